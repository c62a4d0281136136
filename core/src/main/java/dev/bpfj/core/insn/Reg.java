package dev.bpfj.core.insn;

/** The eleven eBPF registers. R10 is the read-only frame pointer. */
public enum Reg implements Operand {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10;

    private static final Reg[] BY_NUMBER = values();

    /** Register number as encoded in the dst/src nibbles. */
    public int number() {
        return ordinal();
    }

    /** The register numbered {@code n}; {@code n} must be 0..10. */
    public static Reg of(int n) {
        if (n < 0 || n >= BY_NUMBER.length) {
            throw new IllegalArgumentException("no register r" + n + ": registers are r0..r10");
        }
        return BY_NUMBER[n];
    }

    /** {@code r3} or, for 32-bit sub-register use, {@code w3}. */
    public String name(boolean wide) {
        return (wide ? "r" : "w") + ordinal();
    }
}
