package dev.bpfj.verifier.domain;

/**
 * A scalar's bounds under construction: the transfer functions update the fields in place, in the
 * order the kernel documents, then {@link #freeze()} it. Not thread-safe; short-lived.
 */
public final class MutableScalar {
    static final long S64_MIN = Long.MIN_VALUE;
    static final long S64_MAX = Long.MAX_VALUE;
    static final long U64_MAX = -1L;
    static final int S32_MIN = Integer.MIN_VALUE;
    static final int S32_MAX = Integer.MAX_VALUE;
    static final int U32_MAX = -1;

    public long value;
    public long mask;
    public long smin;
    public long smax;
    public long umin;
    public long umax;
    public int s32min;
    public int s32max;
    public int u32min;
    public int u32max;

    private MutableScalar() {
    }

    public static MutableScalar unknown() {
        MutableScalar m = new MutableScalar();
        m.setUnknown();
        return m;
    }

    public static MutableScalar of(Scalar s) {
        MutableScalar m = new MutableScalar();
        m.value = s.value();
        m.mask = s.mask();
        m.smin = s.smin();
        m.smax = s.smax();
        m.umin = s.umin();
        m.umax = s.umax();
        m.s32min = s.s32min();
        m.s32max = s.s32max();
        m.u32min = s.u32min();
        m.u32max = s.u32max();
        return m;
    }

    public Scalar freeze() {
        return new Scalar(value, mask, smin, smax, umin, umax, s32min, s32max, u32min, u32max);
    }

    Tnum tnum() {
        return new Tnum(value, mask);
    }

    void setTnum(Tnum t) {
        value = t.value();
        mask = t.mask();
    }

    void setUnknown() {
        value = 0;
        mask = U64_MAX;
        unbounded64();
        unbounded32();
    }

    void unbounded64() {
        smin = S64_MIN;
        smax = S64_MAX;
        umin = 0;
        umax = U64_MAX;
    }

    void unbounded32() {
        s32min = S32_MIN;
        s32max = S32_MAX;
        u32min = 0;
        u32max = U32_MAX;
    }

    void setKnown(long v) {
        value = v;
        mask = 0;
        smin = smax = umin = umax = v;
        s32min = s32max = u32min = u32max = (int) v;
    }

    void setKnown32(int v) {
        setTnum(tnum().withConstSubreg(v));
        s32min = s32max = u32min = u32max = v;
    }

    boolean isConst() {
        return mask == 0;
    }

    boolean isConst32() {
        return (int) mask == 0;
    }

    // ---- Bound maintenance ---------------------------------------------------------------------

    static long umaxOf(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static long uminOf(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static int u32maxOf(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static int u32minOf(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static boolean ult(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    static boolean ule(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0;
    }

    static boolean ult32(int a, int b) {
        return Integer.compareUnsigned(a, b) < 0;
    }

    static boolean ule32(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0;
    }

    /** Tightens the 32-bit bounds from the low 32 known bits. */
    void updateBounds32() {
        int v = (int) value;
        int m = (int) mask;
        s32min = Math.max(s32min, v | (m & S32_MIN));
        s32max = Math.min(s32max, v | (m & S32_MAX));
        u32min = u32maxOf(u32min, v);
        u32max = u32minOf(u32max, v | m);
    }

    /** Tightens the 64-bit bounds from the known bits. */
    void updateBounds64() {
        smin = Math.max(smin, value | (mask & S64_MIN));
        smax = Math.min(smax, value | (mask & S64_MAX));
        umin = umaxOf(umin, value);
        umax = uminOf(umax, value | mask);
    }

    void updateBounds() {
        updateBounds32();
        updateBounds64();
    }

    /** 32-bit bounds learned from the 64-bit ones, and signed/unsigned 32-bit cross-learning. */
    private void deduce32() {
        // When the upper 32 bits of the 64-bit bounds agree, the low halves bound the subregister.
        if ((umin >>> 32) == (umax >>> 32)) {
            u32min = u32maxOf(u32min, (int) umin);
            u32max = u32minOf(u32max, (int) umax);
            if ((int) umin <= (int) umax) {
                s32min = Math.max(s32min, (int) umin);
                s32max = Math.min(s32max, (int) umax);
            }
        }
        if ((smin >>> 32) == (smax >>> 32)) {
            if (ule32((int) smin, (int) smax)) {
                u32min = u32maxOf(u32min, (int) smin);
                u32max = u32minOf(u32max, (int) smax);
            }
            if ((int) smin <= (int) smax) {
                s32min = Math.max(s32min, (int) smin);
                s32max = Math.min(s32max, (int) smax);
            }
        }
        // The upper halves differ by one and the low halves cross the 32-bit sign boundary: the
        // subregister still stays within a signed range.
        if ((int) (umin >>> 32) + 1 == (int) (umax >>> 32) && (int) umin < 0 && (int) umax >= 0) {
            s32min = Math.max(s32min, (int) umin);
            s32max = Math.min(s32max, (int) umax);
        }
        if ((int) (smin >> 32) + 1 == (int) (smax >> 32) && (int) smin < 0 && (int) smax >= 0) {
            s32min = Math.max(s32min, (int) smin);
            s32max = Math.min(s32max, (int) smax);
        }
        // As for 64 bits: a signed range crossing the sign boundary and an unsigned range touching
        // only one of its ends.
        if (ult32(u32max, s32min)) {
            s32min = u32min;
            u32max = u32minOf(u32max, s32max);
        } else if (ult32(s32max, u32min)) {
            u32min = u32maxOf(u32min, s32min);
            s32max = Math.min(s32max, u32max);
        }
        if (u32min <= u32max) { // the unsigned 32-bit range, read as signed, is ordered
            s32min = Math.max(s32min, u32min);
            s32max = Math.min(s32max, u32max);
        }
        if (ule32(s32min, s32max)) {
            u32min = u32maxOf(u32min, s32min);
            u32max = u32minOf(u32max, s32max);
        }
    }

    /** Signed and unsigned 64-bit bounds learned from each other. */
    private void deduce64() {
        if (umin <= umax) { // read as signed, the unsigned range does not cross the sign boundary
            smin = Math.max(smin, umin);
            smax = Math.min(smax, umax);
        }
        // A signed range crossing the sign boundary covers both ends of the unsigned domain; an
        // unsigned range overlapping only one end pins down both.
        if (ult(umax, smin)) {
            smin = umin;
            umax = uminOf(umax, smax);
        } else if (ult(smax, umin)) {
            umin = umaxOf(umin, smin);
            smax = Math.min(smax, umax);
        }
        if (ule(smin, smax)) { // the signed range does not cross the unsigned boundary
            umin = umaxOf(umin, smin);
            umax = uminOf(umax, smax);
        }
    }

    /** 64-bit bounds learned from 32-bit ones. */
    private void deduceMixed() {
        long newUmin = (umin & 0xffffffff00000000L) | (u32min & 0xffffffffL);
        long newUmax = (umax & 0xffffffff00000000L) | (u32max & 0xffffffffL);
        umin = umaxOf(umin, newUmin);
        umax = uminOf(umax, newUmax);
        long newSmin = (smin & 0xffffffff00000000L) | (u32min & 0xffffffffL);
        long newSmax = (smax & 0xffffffff00000000L) | (u32max & 0xffffffffL);
        smin = Math.max(smin, newSmin);
        smax = Math.min(smax, newSmax);
        // A non-negative 32-bit range in a 64-bit range that fits in s32 is the whole story.
        if (s32min >= 0 && smin >= S32_MIN && smax <= S32_MAX) {
            smin = s32min;
            smax = s32max;
            umin = s32min;
            umax = s32max;
            setTnum(tnum().intersect(Tnum.range(smin, smax)));
        }
    }

    private void deduceBounds() {
        deduce32();
        deduce64();
        deduceMixed();
    }

    /** Known bits learned from the bounds. */
    private void boundOffset() {
        Tnum var64 = tnum().intersect(Tnum.range(umin, umax));
        Tnum var32 = var64.subreg().intersect(Tnum.range(u32min & 0xffffffffL, u32max & 0xffffffffL));
        setTnum(var64.withSubreg(var32));
    }

    /** Brings the five views in agreement. */
    public void sync() {
        updateBounds();
        deduceBounds();
        deduceBounds();
        boundOffset();
        updateBounds();
        singleMember();
    }

    /**
     * When exactly one value of the known bits lies within [umin, umax], the kernel knows it
     * (observed: {@code r2 &= 24} then {@code r2 s> 16} gives 24). It does not otherwise move the
     * bounds to the nearest members.
     */
    private void singleMember() {
        if (mask == 0 || ult(umax, umin)) {
            return;
        }
        long max = value | mask;
        if (ult(max, umin)) {
            return;
        }
        long first = nextMember(value, mask, umin);
        if (ult(umax, first)) {
            return;
        }
        if (ult(first, max) && ule(nextMember(value, mask, first + 1), umax)) {
            return;
        }
        setKnown(first);
    }

    /**
     * The smallest value y >= x (unsigned) whose bits agree with the known bits of (value, mask);
     * x must not exceed the largest one, value | mask.
     */
    static long nextMember(long value, long mask, long x) {
        long y = 0;
        int raise = -1;
        for (int i = 63; i >= 0; i--) {
            long bit = 1L << i;
            long xb = x & bit;
            if ((mask & bit) != 0) {
                y |= xb;
                if (xb == 0) {
                    raise = i;
                }
                continue;
            }
            long vb = value & bit;
            if (vb == xb) {
                y |= vb;
                continue;
            }
            if (vb != 0) {
                // A known 1 where x has 0: greater from here on, the rest at their minimum.
                return y | vb | (value & (bit - 1));
            }
            // A known 0 where x has 1: set the last unknown bit x has clear, the rest minimal.
            long b = 1L << raise;
            long keep = raise == 63 ? 0 : y & (-1L << (raise + 1));
            return keep | b | (value & (b - 1));
        }
        return y;
    }

    /**
     * The kernel's reg_bounds_sanity_check: bounds that contradict each other or the known bits
     * (possible on paths that cannot happen, and after some deductions) are dropped, keeping the
     * known bits. Returns whether they were.
     */
    public boolean sanityCheck() {
        boolean bad = Long.compareUnsigned(umin, umax) > 0 || smin > smax
                || Integer.compareUnsigned(u32min, u32max) > 0 || s32min > s32max;
        if (!bad && mask == 0) {
            bad = umin != value || umax != value || smin != value || smax != value;
        }
        if (!bad && (int) mask == 0) {
            int v = (int) value;
            bad = u32min != v || u32max != v || s32min != v || s32max != v;
        }
        if (bad) {
            unbounded64();
            unbounded32();
        }
        return bad;
    }

    /** Zero-extends the low 32 bits into the whole register (result of any 32-bit ALU op). */
    void zext32() {
        setTnum(tnum().subreg());
        assign32Into64();
    }

    private void assign32Into64() {
        umin = u32min & 0xffffffffL;
        umax = u32max & 0xffffffffL;
        if (s32min >= 0 && s32max >= 0) {
            smin = s32min;
            smax = s32max;
        } else {
            smin = 0;
            smax = 0xffffffffL;
        }
    }

    /** Truncates to the low {@code size} bytes, zero-extending (narrow loads, 32-bit moves). */
    public void coerceToSize(int size) {
        if (size >= 8) {
            return;
        }
        setTnum(tnum().cast(size));
        long sizeMask = (1L << (size * 8)) - 1;
        if ((umin & ~sizeMask) == (umax & ~sizeMask)) {
            umin &= sizeMask;
            umax &= sizeMask;
        } else {
            umin = 0;
            umax = sizeMask;
        }
        smin = umin;
        smax = umax;
        // With a 4-byte truncation the subregister keeps its bounds; narrower ones derive them.
        if (size < 4) {
            unbounded32();
        }
        sync();
    }

    /**
     * Truncates to the low {@code size} bytes and sign-extends (sign-extending loads, 64-bit movsx).
     * When the signed bounds do not pin the sign, the result is the full signed range of the width.
     */
    public void coerceToSizeSx(int size) {
        int bits = size * 8;
        if (isConst()) {
            setKnown(signExtend(value, bits));
            return;
        }
        long topSmax = (smax >>> bits) << bits;
        long topSmin = (smin >>> bits) << bits;
        if (topSmax == topSmin) {
            long a = signExtend(smax, bits);
            long b = signExtend(smin, bits);
            long hi = Math.max(a, b);
            long lo = Math.min(a, b);
            if ((hi >= 0) == (lo >= 0)) {
                smin = lo;
                smax = hi;
                s32min = (int) lo;
                s32max = (int) hi;
                umin = lo;
                umax = hi;
                u32min = (int) lo;
                u32max = (int) hi;
                setTnum(Tnum.range(lo, hi));
                return;
            }
        }
        long lo = -(1L << (bits - 1));
        long hi = (1L << (bits - 1)) - 1;
        smin = lo;
        smax = hi;
        s32min = (int) lo;
        s32max = (int) hi;
        umin = 0;
        u32min = 0;
        umax = U64_MAX;
        u32max = U32_MAX;
        setTnum(Tnum.UNKNOWN);
    }

    /** Sign-extends the low {@code size} (1 or 2) bytes within the subregister (32-bit movsx). */
    public void coerceSubregToSizeSx(int size) {
        int bits = size * 8;
        if (isConst()) {
            long v = signExtend(value, bits);
            setTnum(Tnum.constant(v));
            s32min = s32max = (int) v;
            u32min = u32max = (int) v;
            return;
        }
        int topSmax = (s32max >>> bits) << bits;
        int topSmin = (s32min >>> bits) << bits;
        if (topSmax == topSmin) {
            int a = (int) signExtend(s32max, bits);
            int b = (int) signExtend(s32min, bits);
            int hi = Math.max(a, b);
            int lo = Math.min(a, b);
            if ((lo >= 0) == (hi >= 0)) {
                s32min = lo;
                s32max = hi;
                u32min = lo;
                u32max = hi;
                setTnum(Tnum.range(lo, hi).subreg());
                return;
            }
        }
        s32min = -(1 << (bits - 1));
        s32max = (1 << (bits - 1)) - 1;
        u32min = 0;
        u32max = U32_MAX;
        setTnum(Tnum.UNKNOWN.subreg());
    }

    static long signExtend(long v, int bits) {
        int shift = 64 - bits;
        return (v << shift) >> shift;
    }
}
