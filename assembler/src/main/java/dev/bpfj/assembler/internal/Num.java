package dev.bpfj.assembler.internal;

/**
 * An integer literal with its sign: {@code magnitude} is unsigned, so every value from -2^64+1 to
 * 2^64-1 is representable and range checks can tell {@code 0xffffffff} from {@code -1}.
 */
public record Num(long magnitude, boolean negative) {
    private static final long TWO_31 = 1L << 31;

    /** The two's-complement bits of the value (negative values wrap as in C). */
    public long bits() {
        return negative ? -magnitude : magnitude;
    }

    public boolean isZero() {
        return magnitude == 0;
    }

    /** -2^31 .. 2^31-1: what a 64-bit operation sign-extends without changing the value. */
    public boolean fitsS32() {
        return negative ? Long.compareUnsigned(magnitude, TWO_31) <= 0
                : Long.compareUnsigned(magnitude, TWO_31 - 1) <= 0;
    }

    /** -2^31 .. 2^32-1: a 32-bit field read as signed or unsigned. */
    public boolean fits32() {
        return negative ? Long.compareUnsigned(magnitude, TWO_31) <= 0
                : Long.compareUnsigned(magnitude, 0xffffffffL) <= 0;
    }

    /** -2^15 .. 2^15-1. */
    public boolean fitsS16() {
        return negative ? Long.compareUnsigned(magnitude, 1L << 15) <= 0
                : Long.compareUnsigned(magnitude, (1L << 15) - 1) <= 0;
    }

    /** -2^63 .. 2^64-1. */
    public boolean fits64() {
        return !negative || Long.compareUnsigned(magnitude, Long.MIN_VALUE) <= 0;
    }

    public Num negate() {
        return new Num(magnitude, !negative && magnitude != 0);
    }

    @Override
    public String toString() {
        return (negative ? "-" : "") + Long.toUnsignedString(magnitude);
    }

    /**
     * Parses an unsigned literal: decimal, {@code 0x} hex, {@code 0b} binary or, with a leading
     * zero, octal (as LLVM reads it). Returns null when it does not fit in 64 bits or is malformed.
     */
    public static Num parse(CharSequence s, int from, int to, boolean negative) {
        int radix = 10;
        int i = from;
        if (to - from > 2 && s.charAt(from) == '0') {
            char c = s.charAt(from + 1);
            if (c == 'x' || c == 'X') {
                radix = 16;
                i += 2;
            } else if (c == 'b' || c == 'B') {
                radix = 2;
                i += 2;
            }
        }
        if (radix == 10 && to - from > 1 && s.charAt(from) == '0') {
            radix = 8;
            i++;
        }
        if (i >= to) {
            return null;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                return null;
            }
            long hi = Math.unsignedMultiplyHigh(v, radix);
            long lo = v * radix;
            if (hi != 0) {
                return null;
            }
            long sum = lo + d;
            if (Long.compareUnsigned(sum, lo) < 0) {
                return null;
            }
            v = sum;
        }
        return new Num(v, negative && v != 0);
    }
}
