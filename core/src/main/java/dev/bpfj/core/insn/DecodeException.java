package dev.bpfj.core.insn;

/** Bytes that are not a valid instruction; the message uses the kernel's wording where it has one. */
public final class DecodeException extends IllegalArgumentException {
    private final int slot;
    private final String kernelMessage;

    public DecodeException(int slot, String kernelMessage) {
        super("insn " + slot + ": " + kernelMessage);
        this.slot = slot;
        this.kernelMessage = kernelMessage;
    }

    /** Index of the offending 8-byte slot. */
    public int slot() {
        return slot;
    }

    /** The message alone, e.g. {@code unknown opcode ff}. */
    public String kernelMessage() {
        return kernelMessage;
    }
}
