package dev.bpfj.verifier.domain;

/**
 * The abstract value of a scalar register as the Linux verifier tracks it: known bits
 * ({@link Tnum}) plus signed and unsigned bounds of the whole 64-bit value and of its low 32 bits.
 * The five views describe one set of values and are kept consistent by {@link #sync()}, which
 * tightens each from the others the way the kernel does after every operation.
 *
 * <p>Unsigned bounds are stored in {@code long}/{@code int} and compared as unsigned.
 *
 * <p>Immutable; the operations ({@link ScalarOps}) build new values.
 */
public record Scalar(long value, long mask, long smin, long smax, long umin, long umax,
                     int s32min, int s32max, int u32min, int u32max) {

    /** A scalar about which nothing is known. */
    public static final Scalar UNKNOWN = new Scalar(0, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1L,
            Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
    /** The constant 0. */
    public static final Scalar ZERO = constant(0);

    /** The constant {@code v}. */
    public static Scalar constant(long v) {
        return new Scalar(v, 0, v, v, v, v, (int) v, (int) v, (int) v, (int) v);
    }

    /** Any value in the unsigned 64-bit range [lo, hi]. */
    public static Scalar unsignedRange(long lo, long hi) {
        MutableScalar m = MutableScalar.unknown();
        m.umin = lo;
        m.umax = hi;
        m.sync();
        return m.freeze();
    }

    /** Any value in the signed 64-bit range [lo, hi]. */
    public static Scalar signedRange(long lo, long hi) {
        MutableScalar m = MutableScalar.unknown();
        m.smin = lo;
        m.smax = hi;
        m.sync();
        return m.freeze();
    }

    /** Any value the tnum allows, with bounds derived from it. */
    public static Scalar ofTnum(Tnum t) {
        MutableScalar m = MutableScalar.unknown();
        m.value = t.value();
        m.mask = t.mask();
        m.sync();
        return m.freeze();
    }

    public Tnum tnum() {
        return new Tnum(value, mask);
    }

    public boolean isConst() {
        return mask == 0;
    }

    /** Whether the low 32 bits are known. */
    public boolean isConst32() {
        return (int) mask == 0;
    }

    /** The constant value; meaningful only when {@link #isConst()}. */
    public long constValue() {
        return value;
    }

    public boolean isUnknown() {
        return this.equals(UNKNOWN);
    }

    /** Whether the value is the constant 0. */
    public boolean isZero() {
        return mask == 0 && value == 0;
    }

    /** The number of bits needed for the largest unsigned value (the kernel's "reg width"). */
    public int width() {
        return 64 - Long.numberOfLeadingZeros(umax);
    }

    /** Re-derives every bound from the others. */
    public Scalar sync() {
        MutableScalar m = MutableScalar.of(this);
        m.sync();
        return m.freeze();
    }

    /** Whether every value this scalar allows is allowed by {@code outer} (range and tnum containment). */
    public boolean within(Scalar outer) {
        return outer.smin <= smin && smax <= outer.smax
                && Long.compareUnsigned(outer.umin, umin) <= 0 && Long.compareUnsigned(umax, outer.umax) <= 0
                && outer.s32min <= s32min && s32max <= outer.s32max
                && Integer.compareUnsigned(outer.u32min, u32min) <= 0
                && Integer.compareUnsigned(u32max, outer.u32max) <= 0
                && outer.tnum().contains(tnum());
    }

    /** Bounds as the kernel's log prints them inside {@code scalar(...)}, without the id. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        ScalarPrinter.appendBounds(this, sb, true);
        return sb.toString();
    }
}
