package dev.bpfj.core.insn;

/** An instruction that cannot be encoded: a value out of range, an unknown label, a bad operand. */
public final class EncodeException extends IllegalArgumentException {
    private final int index;

    public EncodeException(int index, String message) {
        super("insn " + index + ": " + message);
        this.index = index;
    }

    /** Index of the offending instruction in the list given to the encoder. */
    public int index() {
        return index;
    }
}
