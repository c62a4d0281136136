package dev.bpfj.verifier.domain;

import static dev.bpfj.verifier.domain.MutableScalar.S32_MAX;
import static dev.bpfj.verifier.domain.MutableScalar.S32_MIN;
import static dev.bpfj.verifier.domain.MutableScalar.S64_MAX;
import static dev.bpfj.verifier.domain.MutableScalar.S64_MIN;
import static dev.bpfj.verifier.domain.MutableScalar.U32_MAX;
import static dev.bpfj.verifier.domain.MutableScalar.U64_MAX;
import static dev.bpfj.verifier.domain.MutableScalar.u32maxOf;
import static dev.bpfj.verifier.domain.MutableScalar.u32minOf;
import static dev.bpfj.verifier.domain.MutableScalar.ult;
import static dev.bpfj.verifier.domain.MutableScalar.umaxOf;
import static dev.bpfj.verifier.domain.MutableScalar.uminOf;

import dev.bpfj.core.insn.AluOp;

/**
 * Transfer functions of ALU instructions on scalars: what {@code dst op= src} does to the known
 * bits and the bounds. Additive and bitwise operations track 64- and 32-bit bounds side by side;
 * shifts track the width they operate on and let the other follow from the known bits; division,
 * modulo and shifts by a non-constant or too-wide amount give an unknown result, as in the kernel.
 */
public final class ScalarOps {
    private ScalarOps() {
    }

    /** Whether the kernel computes a range for {@code op} at all (else the result is unknown). */
    public static boolean tracked(AluOp op, boolean alu64, Scalar src) {
        return switch (op) {
            case ADD, SUB, AND, OR, XOR, MUL -> true;
            case LSH, RSH, ARSH -> alu64 ? src.isConst() && Long.compareUnsigned(src.umax(), 64) < 0
                    : src.isConst32() && Integer.compareUnsigned(src.u32max(), 32) < 0;
            default -> false;
        };
    }

    /** {@code dst op= src} for two scalars; 32-bit operations zero-extend their result. */
    public static Scalar alu(AluOp op, boolean alu64, Scalar dst, Scalar src) {
        if (!tracked(op, alu64, src)) {
            return Scalar.UNKNOWN;
        }
        MutableScalar d = MutableScalar.of(dst);
        switch (op) {
            case ADD -> {
                add32(d, src);
                add64(d, src);
                d.setTnum(d.tnum().add(src.tnum()));
            }
            case SUB -> {
                sub32(d, src);
                sub64(d, src);
                d.setTnum(d.tnum().sub(src.tnum()));
            }
            case MUL -> {
                // A 64-bit product that may overflow keeps no known bits, only the bounds that did
                // not overflow (observed: a value near 2^61 times 155 is "scalar()", where the
                // known bits of the product would fix its sign; a u16 times -1 keeps [-65535, 0]).
                boolean overflow = alu64 && mul64Overflows(dst, src);
                d.setTnum(overflow ? Tnum.UNKNOWN : d.tnum().mul(src.tnum()));
                mul32(d, src);
                mul64(d, src);
            }
            case AND -> {
                d.setTnum(d.tnum().and(src.tnum()));
                and32(d, src);
                and64(d, src);
            }
            case OR -> {
                d.setTnum(d.tnum().or(src.tnum()));
                or32(d, src);
                or64(d, src);
            }
            case XOR -> {
                d.setTnum(d.tnum().xor(src.tnum()));
                xor32(d, src);
                xor64(d, src);
            }
            case LSH -> {
                if (alu64) {
                    lsh64(d, src);
                } else {
                    lsh32(d, src);
                }
            }
            case RSH -> {
                if (alu64) {
                    rsh64(d, src);
                } else {
                    rsh32(d, src);
                }
            }
            case ARSH -> {
                if (alu64) {
                    arsh64(d, src);
                } else {
                    arsh32(d, src);
                }
            }
            default -> throw new AssertionError(op);
        }
        if (!alu64) {
            d.zext32();
        }
        d.sync();
        d.sanityCheck();
        return d.freeze();
    }

    /** {@code dst = -dst}, computed as {@code 0 - dst}. */
    public static Scalar neg(boolean alu64, Scalar dst) {
        MutableScalar d = MutableScalar.of(Scalar.ZERO);
        sub32(d, dst);
        sub64(d, dst);
        d.setTnum(dst.tnum().neg());
        if (!alu64) {
            d.zext32();
        }
        d.sync();
        return d.freeze();
    }

    /**
     * Byte swaps: to little endian on this (little-endian) machine is a truncation that keeps the
     * bounds; a real swap keeps only the known bits.
     */
    public static Scalar endian(boolean swap, int bits, Scalar s) {
        MutableScalar d = MutableScalar.of(s);
        if (swap) {
            d.setTnum(byteSwap(s.tnum(), bits));
            d.unbounded64();
            d.unbounded32();
        }
        // The 16- and 32-bit forms zero-extend their result (whatever the class); the 64-bit
        // forms keep all 64 bits, also in the BPF_ALU class (observed: be64 of 5 is 5 << 56).
        if (bits < 64) {
            d.coerceToSize(bits / 8);
        }
        d.sync();
        return d.freeze();
    }

    static Tnum byteSwap(Tnum t, int bits) {
        long v = t.value();
        long m = t.mask();
        return switch (bits) {
            case 16 -> new Tnum(Short.reverseBytes((short) v) & 0xffffL, Short.reverseBytes((short) m) & 0xffffL);
            case 32 -> new Tnum(Integer.reverseBytes((int) v) & 0xffffffffL, Integer.reverseBytes((int) m) & 0xffffffffL);
            default -> new Tnum(Long.reverseBytes(v), Long.reverseBytes(m));
        };
    }

    /** The value of a 32-bit ALU operand or move: the low 32 bits, zero-extended. */
    public static Scalar zext32(Scalar s) {
        MutableScalar d = MutableScalar.of(s);
        d.zext32();
        d.sync();
        return d.freeze();
    }

    /** Truncation to {@code size} bytes with zero extension (loads of 1, 2 or 4 bytes). */
    public static Scalar coerce(Scalar s, int size) {
        if (size >= 8) {
            return s;
        }
        MutableScalar d = MutableScalar.of(s);
        d.coerceToSize(size);
        return d.freeze();
    }

    /** Truncation to {@code size} bytes with sign extension (sign-extending loads, movsx). */
    public static Scalar coerceSx(Scalar s, int size) {
        MutableScalar d = MutableScalar.of(s);
        d.coerceToSizeSx(size);
        return d.freeze();
    }

    /** {@code w = (s8|s16) w}: sign extension inside the subregister, then zero extension. */
    public static Scalar movsx32(Scalar s, int size) {
        MutableScalar d = MutableScalar.of(s);
        d.coerceSubregToSizeSx(size);
        d.zext32();
        d.sync();
        return d.freeze();
    }

    // ---- add / sub -----------------------------------------------------------------------------

    static void add32(MutableScalar d, Scalar s) {
        long smin = (long) d.s32min + s.s32min();
        long smax = (long) d.s32max + s.s32max();
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = S32_MIN;
            d.s32max = S32_MAX;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        long umin = (d.u32min & 0xffffffffL) + (s.u32min() & 0xffffffffL);
        long umax = (d.u32max & 0xffffffffL) + (s.u32max() & 0xffffffffL);
        boolean minOver = umin > 0xffffffffL;
        boolean maxOver = umax > 0xffffffffL;
        if (!minOver && maxOver) {
            d.u32min = 0;
            d.u32max = U32_MAX;
        } else {
            d.u32min = (int) umin;
            d.u32max = (int) umax;
        }
    }

    static void add64(MutableScalar d, Scalar s) {
        long smin = d.smin + s.smin();
        long smax = d.smax + s.smax();
        boolean sOver = ((d.smin ^ smin) & (s.smin() ^ smin)) < 0 || ((d.smax ^ smax) & (s.smax() ^ smax)) < 0;
        if (sOver) {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        long umin = d.umin + s.umin();
        long umax = d.umax + s.umax();
        boolean minOver = ult(umin, d.umin);
        boolean maxOver = ult(umax, d.umax);
        if (!minOver && maxOver) {
            d.umin = 0;
            d.umax = U64_MAX;
        } else {
            d.umin = umin;
            d.umax = umax;
        }
    }

    static void sub32(MutableScalar d, Scalar s) {
        long smin = (long) d.s32min - s.s32max();
        long smax = (long) d.s32max - s.s32min();
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = S32_MIN;
            d.s32max = S32_MAX;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        long umin = (d.u32min & 0xffffffffL) - (s.u32max() & 0xffffffffL);
        long umax = (d.u32max & 0xffffffffL) - (s.u32min() & 0xffffffffL);
        boolean minUnder = umin < 0;
        boolean maxUnder = umax < 0;
        if (minUnder && !maxUnder) {
            d.u32min = 0;
            d.u32max = U32_MAX;
        } else {
            d.u32min = (int) umin;
            d.u32max = (int) umax;
        }
    }

    static void sub64(MutableScalar d, Scalar s) {
        long smin = d.smin - s.smax();
        long smax = d.smax - s.smin();
        boolean sOver = ((d.smin ^ s.smax()) & (d.smin ^ smin)) < 0 || ((d.smax ^ s.smin()) & (d.smax ^ smax)) < 0;
        if (sOver) {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        boolean minUnder = ult(d.umin, s.umax());
        boolean maxUnder = ult(d.umax, s.umin());
        long umin = d.umin - s.umax();
        long umax = d.umax - s.umin();
        if (minUnder && !maxUnder) {
            d.umin = 0;
            d.umax = U64_MAX;
        } else {
            d.umin = umin;
            d.umax = umax;
        }
    }

    // ---- mul -----------------------------------------------------------------------------------

    static void mul32(MutableScalar d, Scalar s) {
        long umax = (d.u32max & 0xffffffffL) * (s.u32max() & 0xffffffffL);
        long umin = (d.u32min & 0xffffffffL) * (s.u32min() & 0xffffffffL);
        // Both factors are below 2^32, so the products fit in 64 unsigned bits.
        if (Long.compareUnsigned(umax, 0xffffffffL) > 0 || Long.compareUnsigned(umin, 0xffffffffL) > 0) {
            d.u32min = 0;
            d.u32max = U32_MAX;
        } else {
            d.u32min = (int) umin;
            d.u32max = (int) umax;
        }
        long p0 = (long) d.s32min * s.s32min();
        long p1 = (long) d.s32min * s.s32max();
        long p2 = (long) d.s32max * s.s32min();
        long p3 = (long) d.s32max * s.s32max();
        if (p0 != (int) p0 || p1 != (int) p1 || p2 != (int) p2 || p3 != (int) p3) {
            d.s32min = S32_MIN;
            d.s32max = S32_MAX;
        } else {
            d.s32min = (int) Math.min(Math.min(p0, p1), Math.min(p2, p3));
            d.s32max = (int) Math.max(Math.max(p0, p1), Math.max(p2, p3));
        }
    }

    static void mul64(MutableScalar d, Scalar s) {
        if (mulOverflowsUnsigned(d.umax, s.umax()) || mulOverflowsUnsigned(d.umin, s.umin())) {
            d.umin = 0;
            d.umax = U64_MAX;
        } else {
            d.umin = d.umin * s.umin();
            d.umax = d.umax * s.umax();
        }
        long p0;
        long p1;
        long p2;
        long p3;
        try {
            p0 = Math.multiplyExact(d.smin, s.smin());
            p1 = Math.multiplyExact(d.smin, s.smax());
            p2 = Math.multiplyExact(d.smax, s.smin());
            p3 = Math.multiplyExact(d.smax, s.smax());
        } catch (ArithmeticException e) {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
            return;
        }
        d.smin = Math.min(Math.min(p0, p1), Math.min(p2, p3));
        d.smax = Math.max(Math.max(p0, p1), Math.max(p2, p3));
    }

    private static boolean mul64Overflows(Scalar d, Scalar s) {
        if (mulOverflowsUnsigned(d.umax(), s.umax()) || mulOverflowsUnsigned(d.umin(), s.umin())) {
            return true;
        }
        try {
            Math.multiplyExact(d.smin(), s.smin());
            Math.multiplyExact(d.smin(), s.smax());
            Math.multiplyExact(d.smax(), s.smin());
            Math.multiplyExact(d.smax(), s.smax());
            return false;
        } catch (ArithmeticException e) {
            return true;
        }
    }

    private static boolean mulOverflowsUnsigned(long a, long b) {
        return Math.unsignedMultiplyHigh(a, b) != 0;
    }

    // ---- bitwise -------------------------------------------------------------------------------

    static void and32(MutableScalar d, Scalar s) {
        boolean srcKnown = s.isConst32();
        boolean dstKnown = d.isConst32();
        int v = (int) d.value;
        if (srcKnown && dstKnown) {
            d.setKnown32(v);
            return;
        }
        d.u32min = v;
        d.u32max = u32minOf(d.u32max, s.u32max());
        signed32FromUnsigned(d);
    }

    static void and64(MutableScalar d, Scalar s) {
        if (s.isConst() && d.isConst()) {
            d.setKnown(d.value);
            return;
        }
        d.umin = d.value;
        d.umax = uminOf(d.umax, s.umax());
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    static void or32(MutableScalar d, Scalar s) {
        boolean srcKnown = s.isConst32();
        boolean dstKnown = d.isConst32();
        int v = (int) d.value;
        int m = (int) d.mask;
        if (srcKnown && dstKnown) {
            d.setKnown32(v);
            return;
        }
        d.u32min = u32maxOf(d.u32min, s.u32min());
        d.u32max = v | m;
        signed32FromUnsigned(d);
    }

    static void or64(MutableScalar d, Scalar s) {
        if (s.isConst() && d.isConst()) {
            d.setKnown(d.value);
            return;
        }
        d.umin = umaxOf(d.umin, s.umin());
        d.umax = d.value | d.mask;
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    static void xor32(MutableScalar d, Scalar s) {
        boolean srcKnown = s.isConst32();
        boolean dstKnown = d.isConst32();
        int v = (int) d.value;
        int m = (int) d.mask;
        if (srcKnown && dstKnown) {
            d.setKnown32(v);
            return;
        }
        d.u32min = v;
        d.u32max = v | m;
        signed32FromUnsigned(d);
    }

    static void xor64(MutableScalar d, Scalar s) {
        if (s.isConst() && d.isConst()) {
            d.setKnown(d.value);
            return;
        }
        d.umin = d.value;
        d.umax = d.value | d.mask;
        signed64FromUnsigned(d);
        d.updateBounds();
    }

    private static void signed32FromUnsigned(MutableScalar d) {
        if (d.u32min <= d.u32max) {
            d.s32min = d.u32min;
            d.s32max = d.u32max;
        } else {
            d.s32min = S32_MIN;
            d.s32max = S32_MAX;
        }
    }

    private static void signed64FromUnsigned(MutableScalar d) {
        if (d.umin <= d.umax) {
            d.smin = d.umin;
            d.smax = d.umax;
        } else {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
        }
    }

    // ---- shifts (the amount is a known constant below the width) --------------------------------

    private static void lsh32Bounds(MutableScalar d, long uminVal, long umaxVal) {
        d.s32min = S32_MIN;
        d.s32max = S32_MAX;
        if (umaxVal > 31 || (d.u32max & 0xffffffffL) > (1L << (31 - umaxVal))) {
            d.u32min = 0;
            d.u32max = U32_MAX;
        } else {
            d.u32min = (int) ((d.u32min & 0xffffffffL) << uminVal);
            d.u32max = (int) ((d.u32max & 0xffffffffL) << umaxVal);
        }
    }

    static void lsh32(MutableScalar d, Scalar s) {
        long uminVal = s.u32min() & 0xffffffffL;
        long umaxVal = s.u32max() & 0xffffffffL;
        Tnum sub = d.tnum().subreg();
        lsh32Bounds(d, uminVal, umaxVal);
        d.setTnum(sub.lshift((int) uminVal).subreg());
        d.unbounded64();
        d.updateBounds32();
    }

    static void lsh64(MutableScalar d, Scalar s) {
        long uminVal = s.umin();
        long umaxVal = s.umax();
        // The compiler's "<<32 s>>32" sign-extension idiom keeps a non-negative subregister range.
        if (uminVal == 32 && umaxVal == 32 && d.s32max >= 0) {
            d.smax = (long) d.s32max << 32;
        } else {
            d.smax = S64_MAX;
        }
        if (uminVal == 32 && umaxVal == 32 && d.s32min >= 0) {
            d.smin = (long) d.s32min << 32;
        } else {
            d.smin = S64_MIN;
        }
        if (ult(1L << (63 - umaxVal), d.umax)) {
            d.umin = 0;
            d.umax = U64_MAX;
        } else {
            d.umin <<= uminVal;
            d.umax <<= umaxVal;
        }
        lsh32Bounds(d, uminVal, umaxVal);
        d.setTnum(d.tnum().lshift((int) uminVal));
        d.updateBounds();
    }

    static void rsh32(MutableScalar d, Scalar s) {
        Tnum sub = d.tnum().subreg();
        long uminVal = s.u32min() & 0xffffffffL;
        long umaxVal = s.u32max() & 0xffffffffL;
        d.s32min = S32_MIN;
        d.s32max = S32_MAX;
        d.setTnum(sub.rshift((int) uminVal));
        d.u32min = (int) ((d.u32min & 0xffffffffL) >>> umaxVal);
        d.u32max = (int) ((d.u32max & 0xffffffffL) >>> uminVal);
        d.unbounded64();
        d.updateBounds32();
    }

    static void rsh64(MutableScalar d, Scalar s) {
        long uminVal = s.umin();
        long umaxVal = s.umax();
        d.smin = S64_MIN;
        d.smax = S64_MAX;
        d.setTnum(d.tnum().rshift((int) uminVal));
        d.umin >>>= umaxVal;
        d.umax >>>= uminVal;
        d.unbounded32();
        d.updateBounds();
    }

    static void arsh32(MutableScalar d, Scalar s) {
        int shift = s.u32min();
        d.s32min = d.s32min >> shift;
        d.s32max = d.s32max >> shift;
        d.setTnum(d.tnum().subreg().arshift(shift, 32));
        d.u32min = 0;
        d.u32max = U32_MAX;
        d.unbounded64();
        d.updateBounds32();
    }

    static void arsh64(MutableScalar d, Scalar s) {
        int shift = (int) s.umin();
        d.smin >>= shift;
        d.smax >>= shift;
        d.setTnum(d.tnum().arshift(shift, 64));
        d.umin = 0;
        d.umax = U64_MAX;
        d.unbounded32();
        d.updateBounds();
    }
}
