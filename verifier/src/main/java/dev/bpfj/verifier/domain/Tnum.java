package dev.bpfj.verifier.domain;

/**
 * A tristate number: for each of 64 bits, known 0, known 1 or unknown. {@code mask} has a 1 for
 * every unknown bit; {@code value} holds the known bits and is 0 wherever {@code mask} is 1.
 *
 * <p>The operations are the sound over-approximations described by Vishwanathan et al., "Sound,
 * Precise, and Fast Abstract Interpretation with Tristate Numbers" (CGO 2022), which is the
 * domain the Linux verifier uses for a register's known bits ({@code var_off}).
 */
public record Tnum(long value, long mask) {
    /** Every bit unknown. */
    public static final Tnum UNKNOWN = new Tnum(0, -1L);
    /** The constant 0. */
    public static final Tnum ZERO = new Tnum(0, 0);

    public Tnum {
        if ((value & mask) != 0) {
            throw new IllegalArgumentException("tnum value and mask overlap: " + value + ", " + mask);
        }
    }

    public static Tnum constant(long v) {
        return v == 0 ? ZERO : new Tnum(v, 0);
    }

    /** The smallest tnum holding every value of the unsigned range [min, max]. */
    public static Tnum range(long min, long max) {
        long chi = min ^ max;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        if (bits > 63) {
            return UNKNOWN;
        }
        long delta = (1L << bits) - 1;
        return new Tnum(min & ~delta, delta);
    }

    public boolean isConst() {
        return mask == 0;
    }

    public boolean isUnknown() {
        return mask == -1L;
    }

    /** Whether the low 32 bits are all known. */
    public boolean isSubregConst() {
        return (int) mask == 0;
    }

    /** The smallest value (as unsigned) the tnum may hold. */
    public long umin() {
        return value;
    }

    /** The largest value (as unsigned) the tnum may hold. */
    public long umax() {
        return value | mask;
    }

    public Tnum lshift(int shift) {
        return new Tnum(value << shift, mask << shift);
    }

    public Tnum rshift(int shift) {
        return new Tnum(value >>> shift, mask >>> shift);
    }

    /** Arithmetic right shift of the low {@code bits} (32 or 64) bits; a 32-bit result is zero-extended. */
    public Tnum arshift(int shift, int bits) {
        if (bits == 32) {
            return new Tnum(((int) value >> shift) & 0xffffffffL, ((int) mask >> shift) & 0xffffffffL);
        }
        return new Tnum(value >> shift, mask >> shift);
    }

    public Tnum add(Tnum b) {
        long sm = mask + b.mask;
        long sv = value + b.value;
        long sigma = sm + sv;
        long chi = sigma ^ sv;
        long mu = chi | mask | b.mask;
        return new Tnum(sv & ~mu, mu);
    }

    public Tnum sub(Tnum b) {
        long dv = value - b.value;
        long alpha = dv + mask;
        long beta = dv - b.mask;
        long chi = alpha ^ beta;
        long mu = chi | mask | b.mask;
        return new Tnum(dv & ~mu, mu);
    }

    public Tnum neg() {
        return ZERO.sub(this);
    }

    public Tnum and(Tnum b) {
        long alpha = value | mask;
        long beta = b.value | b.mask;
        long v = value & b.value;
        return new Tnum(v, alpha & beta & ~v);
    }

    public Tnum or(Tnum b) {
        long v = value | b.value;
        long mu = mask | b.mask;
        return new Tnum(v, mu & ~v);
    }

    public Tnum xor(Tnum b) {
        long v = value ^ b.value;
        long mu = mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /**
     * Multiplication by long multiplication over the known and unknown bits: each set bit of the
     * multiplier adds the shifted multiplicand, each unknown bit adds it as all-unknown.
     */
    public Tnum mul(Tnum b) {
        Tnum a = this;
        Tnum acc = constant(value * b.value);
        Tnum accMask = ZERO;
        while (a.value != 0 || a.mask != 0) {
            if ((a.value & 1) != 0) {
                accMask = accMask.add(new Tnum(0, b.mask));
            } else if ((a.mask & 1) != 0) {
                accMask = accMask.add(new Tnum(0, b.value | b.mask));
            }
            a = a.rshift(1);
            b = b.lshift(1);
        }
        return acc.add(accMask);
    }

    /** The values both tnums allow (both must describe the same value). */
    public Tnum intersect(Tnum b) {
        long v = value | b.value;
        long mu = mask & b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /** The smallest tnum holding every value either tnum allows. */
    public Tnum union(Tnum b) {
        long v = value & b.value;
        long mu = mask | b.mask | (value ^ b.value);
        return new Tnum(v & ~mu, mu);
    }

    /** Truncation to the low {@code bytes} bytes. */
    public Tnum cast(int bytes) {
        if (bytes >= 8) {
            return this;
        }
        long keep = (1L << (bytes * 8)) - 1;
        return new Tnum(value & keep, mask & keep);
    }

    /** Whether every value is a multiple of {@code size} (a power of two). */
    public boolean isAligned(long size) {
        return size == 0 || ((value | mask) & (size - 1)) == 0;
    }

    /** Whether every value {@code b} allows is also allowed by this tnum. */
    public boolean contains(Tnum b) {
        if ((b.mask & ~mask) != 0) {
            return false;
        }
        return value == (b.value & ~mask);
    }

    /** The low 32 bits. */
    public Tnum subreg() {
        return cast(4);
    }

    /** The value with its low 32 bits cleared. */
    public Tnum clearSubreg() {
        return rshift(32).lshift(32);
    }

    /** This tnum's high 32 bits with {@code low}'s low 32 bits. */
    public Tnum withSubreg(Tnum low) {
        return clearSubreg().or(low.subreg());
    }

    /** This tnum's high 32 bits with the low 32 bits known to be {@code v}. */
    public Tnum withConstSubreg(int v) {
        return withSubreg(constant(v & 0xffffffffL));
    }

    /** {@code (0x..; 0x..)} as the kernel's log prints it. */
    @Override
    public String toString() {
        return "(0x" + Long.toHexString(value) + "; 0x" + Long.toHexString(mask) + ")";
    }
}
