package dev.bpfj.verifier.domain;

import static dev.bpfj.verifier.domain.MutableScalar.u32maxOf;
import static dev.bpfj.verifier.domain.MutableScalar.u32minOf;
import static dev.bpfj.verifier.domain.MutableScalar.umaxOf;
import static dev.bpfj.verifier.domain.MutableScalar.uminOf;

import dev.bpfj.core.insn.JmpOp;

/**
 * Conditional jumps on scalars: whether a comparison's outcome is already decided by the operands'
 * bounds, and what each branch learns about both operands.
 */
public final class ScalarCompare {
    private ScalarCompare() {
    }

    /** Both operands after a branch refined them. */
    public record Pair(Scalar dst, Scalar src) {
    }

    /**
     * 1 when {@code dst op src} holds for every value, 0 when it never does, -1 when it depends.
     */
    public static int taken(JmpOp op, boolean jmp32, Scalar dst, Scalar src) {
        Tnum t1 = jmp32 ? dst.tnum().subreg() : dst.tnum();
        Tnum t2 = jmp32 ? src.tnum().subreg() : src.tnum();
        long umin1 = jmp32 ? dst.u32min() & 0xffffffffL : dst.umin();
        long umax1 = jmp32 ? dst.u32max() & 0xffffffffL : dst.umax();
        long umin2 = jmp32 ? src.u32min() & 0xffffffffL : src.umin();
        long umax2 = jmp32 ? src.u32max() & 0xffffffffL : src.umax();
        long smin1 = jmp32 ? dst.s32min() : dst.smin();
        long smax1 = jmp32 ? dst.s32max() : dst.smax();
        long smin2 = jmp32 ? src.s32min() : src.smin();
        long smax2 = jmp32 ? src.s32max() : src.smax();
        switch (op) {
            case JEQ -> {
                if (t1.isConst() && t2.isConst()) {
                    return t1.value() == t2.value() ? 1 : 0;
                }
                if (disjoint(jmp32, dst, src, umin1, umax1, umin2, umax2, smin1, smax1, smin2, smax2)
                        || !overlap(t1, t2)) {
                    return 0;
                }
            }
            case JNE -> {
                if (t1.isConst() && t2.isConst()) {
                    return t1.value() != t2.value() ? 1 : 0;
                }
                if (disjoint(jmp32, dst, src, umin1, umax1, umin2, umax2, smin1, smax1, smin2, smax2)
                        || !overlap(t1, t2)) {
                    return 1;
                }
            }
            case JSET -> {
                Tnum a = t1;
                Tnum b = t2;
                if (!b.isConst()) {
                    Tnum x = a;
                    a = b;
                    b = x;
                }
                if (!b.isConst()) {
                    return -1;
                }
                if ((~a.mask() & a.value() & b.value()) != 0) {
                    return 1;
                }
                if (((a.mask() | a.value()) & b.value()) == 0) {
                    return 0;
                }
            }
            case JGT -> {
                if (Long.compareUnsigned(umin1, umax2) > 0) {
                    return 1;
                } else if (Long.compareUnsigned(umax1, umin2) <= 0) {
                    return 0;
                }
            }
            case JSGT -> {
                if (smin1 > smax2) {
                    return 1;
                } else if (smax1 <= smin2) {
                    return 0;
                }
            }
            case JLT -> {
                if (Long.compareUnsigned(umax1, umin2) < 0) {
                    return 1;
                } else if (Long.compareUnsigned(umin1, umax2) >= 0) {
                    return 0;
                }
            }
            case JSLT -> {
                if (smax1 < smin2) {
                    return 1;
                } else if (smin1 >= smax2) {
                    return 0;
                }
            }
            case JGE -> {
                if (Long.compareUnsigned(umin1, umax2) >= 0) {
                    return 1;
                } else if (Long.compareUnsigned(umax1, umin2) < 0) {
                    return 0;
                }
            }
            case JSGE -> {
                if (smin1 >= smax2) {
                    return 1;
                } else if (smax1 < smin2) {
                    return 0;
                }
            }
            case JLE -> {
                if (Long.compareUnsigned(umax1, umin2) <= 0) {
                    return 1;
                } else if (Long.compareUnsigned(umin1, umax2) > 0) {
                    return 0;
                }
            }
            case JSLE -> {
                if (smax1 <= smin2) {
                    return 1;
                } else if (smin1 > smax2) {
                    return 0;
                }
            }
        }
        return -1;
    }

    /** Whether some value is allowed by both tnums: their known bits agree wherever both are known. */
    private static boolean overlap(Tnum a, Tnum b) {
        long known = ~a.mask() & ~b.mask();
        return (a.value() & known) == (b.value() & known);
    }

    private static boolean disjoint(boolean jmp32, Scalar a, Scalar b, long umin1, long umax1, long umin2,
                                    long umax2, long smin1, long smax1, long smin2, long smax2) {
        if (Long.compareUnsigned(umin1, umax2) > 0 || Long.compareUnsigned(umax1, umin2) < 0) {
            return true;
        }
        if (smin1 > smax2 || smax1 < smin2) {
            return true;
        }
        if (!jmp32) {
            if (Integer.compareUnsigned(a.u32min(), b.u32max()) > 0
                    || Integer.compareUnsigned(a.u32max(), b.u32min()) < 0) {
                return true;
            }
            if (a.s32min() > b.s32max() || a.s32max() < b.s32min()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the branch learns: on the taken side ({@code holds}) {@code dst op src} is true, on the
     * fall-through side it is false. Both operands are refined and re-synchronised.
     */
    public static Pair refine(JmpOp op, boolean jmp32, Scalar dst, Scalar src, boolean holds) {
        return refine(op, jmp32, dst, src, holds, false);
    }

    /**
     * As above; {@code sameRegister} when both operands are one register ({@code if r1 > r1}): the
     * kernel then refines one value with both sides' updates.
     */
    public static Pair refine(JmpOp op, boolean jmp32, Scalar dst, Scalar src, boolean holds, boolean sameRegister) {
        MutableScalar a = MutableScalar.of(dst);
        MutableScalar b = sameRegister ? a : MutableScalar.of(src);
        if (holds) {
            refineOp(op, false, jmp32, a, b);
        } else if (op == JmpOp.JSET) {
            refineOp(JmpOp.JSET, true, jmp32, a, b);
        } else {
            refineOp(op.negate(), false, jmp32, a, b);
        }
        a.sync();
        b.sync();
        a.sanityCheck();
        b.sanityCheck();
        return new Pair(a.freeze(), b.freeze());
    }

    private static boolean isConst(MutableScalar r, boolean jmp32) {
        return jmp32 ? r.isConst32() : r.isConst();
    }

    private static long constValue(MutableScalar r, boolean jmp32) {
        return jmp32 ? r.value & 0xffffffffL : r.value;
    }

    /** {@code jsetFalse}: the fall-through side of a JSET, where {@code a & b == 0}. */
    private static void refineOp(JmpOp op, boolean jsetFalse, boolean jmp32, MutableScalar a, MutableScalar b) {
        // Greater-than forms reuse the less-than logic with the operands swapped.
        switch (op) {
            case JGE, JGT, JSGE, JSGT -> {
                MutableScalar x = a;
                a = b;
                b = x;
                op = op.swap();
            }
            default -> {
            }
        }
        switch (op) {
            case JEQ -> {
                if (jmp32) {
                    a.u32min = u32maxOf(a.u32min, b.u32min);
                    a.u32max = u32minOf(a.u32max, b.u32max);
                    a.s32min = Math.max(a.s32min, b.s32min);
                    a.s32max = Math.min(a.s32max, b.s32max);
                    b.u32min = a.u32min;
                    b.u32max = a.u32max;
                    b.s32min = a.s32min;
                    b.s32max = a.s32max;
                    Tnum t = a.tnum().subreg().intersect(b.tnum().subreg());
                    a.setTnum(a.tnum().withSubreg(t));
                    b.setTnum(b.tnum().withSubreg(t));
                } else {
                    a.umin = umaxOf(a.umin, b.umin);
                    a.umax = uminOf(a.umax, b.umax);
                    a.smin = Math.max(a.smin, b.smin);
                    a.smax = Math.min(a.smax, b.smax);
                    b.umin = a.umin;
                    b.umax = a.umax;
                    b.smin = a.smin;
                    b.smax = a.smax;
                    Tnum t = a.tnum().intersect(b.tnum());
                    a.setTnum(t);
                    b.setTnum(t);
                }
            }
            case JNE -> {
                if (!isConst(b, jmp32)) {
                    MutableScalar x = a;
                    a = b;
                    b = x;
                }
                if (!isConst(b, jmp32)) {
                    return;
                }
                long val = constValue(b, jmp32);
                // Two possible values (one unknown bit) minus one of them leaves the other.
                Tnum t = jmp32 ? a.tnum().subreg() : a.tnum();
                if (Long.bitCount(t.mask()) == 1 && (val & ~t.mask()) == t.value()) {
                    Tnum other = Tnum.constant(val ^ t.mask());
                    a.setTnum(jmp32 ? a.tnum().withSubreg(other) : other);
                }
                // A constant at the very edge of the other's range shrinks it by one.
                if (jmp32) {
                    if (a.u32min == (int) val) {
                        a.u32min++;
                    }
                    if (a.u32max == (int) val) {
                        a.u32max--;
                    }
                    if (a.s32min == (int) val) {
                        a.s32min++;
                    }
                    if (a.s32max == (int) val) {
                        a.s32max--;
                    }
                } else {
                    if (a.umin == val) {
                        a.umin++;
                    }
                    if (a.umax == val) {
                        a.umax--;
                    }
                    if (a.smin == val) {
                        a.smin++;
                    }
                    if (a.smax == val) {
                        a.smax--;
                    }
                }
            }
            case JSET -> {
                if (!isConst(b, jmp32)) {
                    MutableScalar x = a;
                    a = b;
                    b = x;
                }
                if (!isConst(b, jmp32)) {
                    return;
                }
                long val = constValue(b, jmp32);
                if (!jsetFalse) {
                    // Only a single tested bit tells which bit is set.
                    if (val == 0 || (val & (val - 1)) != 0) {
                        return;
                    }
                    if (jmp32) {
                        a.setTnum(a.tnum().withSubreg(a.tnum().subreg().or(Tnum.constant(val))));
                    } else {
                        a.setTnum(a.tnum().or(Tnum.constant(val)));
                    }
                } else {
                    a.unbounded64();
                    a.unbounded32();
                    if (jmp32) {
                        a.setTnum(a.tnum().withSubreg(a.tnum().subreg().and(Tnum.constant(~val))));
                    } else {
                        a.setTnum(a.tnum().and(Tnum.constant(~val)));
                    }
                }
            }
            case JLE -> {
                if (jmp32) {
                    a.u32max = u32minOf(a.u32max, b.u32max);
                    b.u32min = u32maxOf(a.u32min, b.u32min);
                } else {
                    a.umax = uminOf(a.umax, b.umax);
                    b.umin = umaxOf(a.umin, b.umin);
                }
            }
            case JLT -> {
                if (jmp32) {
                    a.u32max = u32minOf(a.u32max, b.u32max - 1);
                    b.u32min = u32maxOf(a.u32min + 1, b.u32min);
                } else {
                    a.umax = uminOf(a.umax, b.umax - 1);
                    b.umin = umaxOf(a.umin + 1, b.umin);
                }
            }
            case JSLE -> {
                if (jmp32) {
                    a.s32max = Math.min(a.s32max, b.s32max);
                    b.s32min = Math.max(a.s32min, b.s32min);
                } else {
                    a.smax = Math.min(a.smax, b.smax);
                    b.smin = Math.max(a.smin, b.smin);
                }
            }
            case JSLT -> {
                if (jmp32) {
                    a.s32max = Math.min(a.s32max, b.s32max - 1);
                    b.s32min = Math.max(a.s32min + 1, b.s32min);
                } else {
                    a.smax = Math.min(a.smax, b.smax - 1);
                    b.smin = Math.max(a.smin + 1, b.smin);
                }
            }
            default -> throw new AssertionError(op);
        }
    }
}
