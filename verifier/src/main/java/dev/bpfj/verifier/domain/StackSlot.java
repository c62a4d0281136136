package dev.bpfj.verifier.domain;

/**
 * One 8-byte stack slot: what each of its bytes holds and, when part of it holds a spilled
 * register, that register's value.
 *
 * <p>Byte {@code j} of {@code types} describes the byte at {@code fp - (8 * slot + j + 1)}, the
 * kernel's {@code slot_type[j]}: so index 0 is the slot's highest address. A register spill of
 * {@code n} bytes marks the top {@code n} indexes (the lowest addresses).
 */
public record StackSlot(long types, RegValue spilled) {
    public static final byte INVALID = 0;
    public static final byte SPILL = 1;
    public static final byte MISC = 2;
    public static final byte ZERO = 3;

    public static final StackSlot EMPTY = new StackSlot(0, RegValue.NOT_INIT);
    private static final char[] CHARS = {'?', 'r', 'm', '0'};

    public byte type(int j) {
        return (byte) (types >>> (j * 8));
    }

    public StackSlot withType(int j, byte t) {
        long m = 0xffL << (j * 8);
        return new StackSlot((types & ~m) | ((long) (t & 0xff) << (j * 8)), spilled);
    }

    public static long fill(byte t) {
        long v = t & 0xffL;
        return v * 0x0101010101010101L;
    }

    /** Whether the slot's last byte is part of a register spill (the kernel's "spilled reg"). */
    public boolean isSpill() {
        return type(7) == SPILL;
    }

    /** Whether all eight bytes hold one spilled register. */
    public boolean isFullSpill() {
        return types == fill(SPILL);
    }

    public boolean isEmpty() {
        return types == 0;
    }

    /** How many bytes of a spill: the run of SPILL bytes ending at index 7. */
    public int spillSize() {
        int n = 0;
        for (int j = 7; j >= 0 && type(j) == SPILL; j--) {
            n++;
        }
        return n;
    }

    /** The eight type characters as the log prints them ({@code ?}, {@code r}, {@code m}, {@code 0}). */
    public String typeChars() {
        char[] c = new char[8];
        for (int j = 0; j < 8; j++) {
            c[j] = CHARS[type(j)];
        }
        return new String(c);
    }
}
