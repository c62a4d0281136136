package dev.bpfj.verifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Soundness of the scalar domain against concrete arithmetic: for random small sets of values, the
 * abstract result of an operation contains every concrete result, and a branch's refinement keeps
 * every pair of values that takes that branch.
 */
class ScalarOpsTest {
    private static final int N = Property.count(1500);

    static long concrete(AluOp op, boolean alu64, long x, long y) {
        if (!alu64) {
            int a = (int) x;
            int b = (int) y;
            int r = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case AND -> a & b;
                case OR -> a | b;
                case XOR -> a ^ b;
                case LSH -> a << b;
                case RSH -> a >>> b;
                case ARSH -> a >> b;
                case DIV -> b == 0 ? 0 : Integer.divideUnsigned(a, b);
                case MOD -> b == 0 ? a : Integer.remainderUnsigned(a, b);
                default -> throw new AssertionError(op);
            };
            return r & 0xffffffffL;
        }
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case AND -> x & y;
            case OR -> x | y;
            case XOR -> x ^ y;
            case LSH -> x << y;
            case RSH -> x >>> y;
            case ARSH -> x >> y;
            case DIV -> y == 0 ? 0 : Long.divideUnsigned(x, y);
            case MOD -> y == 0 ? x : Long.remainderUnsigned(x, y);
            default -> throw new AssertionError(op);
        };
    }

    @Test
    void abstractionAndSyncKeepEveryValue() {
        Property.forAll("sync is sound", Concrete.SETS, N, vs -> {
            Scalar s = Concrete.abstraction(vs);
            for (long v : vs) {
                if (!Concrete.contains(s, v)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void aluResultsContainEveryConcreteResult() {
        AluOp[] ops = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.AND, AluOp.OR, AluOp.XOR, AluOp.LSH, AluOp.RSH,
            AluOp.ARSH, AluOp.DIV, AluOp.MOD};
        for (AluOp op : ops) {
            for (boolean alu64 : new boolean[] {true, false}) {
                int width = alu64 ? 64 : 32;
                Property.forAll(op + (alu64 ? "64" : "32") + " is sound", Concrete.PAIRS, N, p -> {
                    Scalar a = Concrete.abstraction(p.a());
                    Scalar b = Concrete.abstraction(p.b());
                    Scalar r = ScalarOps.alu(op, alu64, a, b);
                    for (long x : p.a()) {
                        for (long y : p.b()) {
                            boolean shift = op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH;
                            long amount = alu64 ? y : y & 0xffffffffL;
                            if (shift && Long.compareUnsigned(amount, width) >= 0) {
                                continue;
                            }
                            if (!Concrete.contains(r, concrete(op, alu64, x, y))) {
                                throw new AssertionError(op + " " + x + ", " + y + " -> " + concrete(op, alu64, x, y)
                                        + " not in " + r + " (a=" + a + ", b=" + b + ")");
                            }
                        }
                    }
                    return true;
                });
            }
        }
    }

    @Test
    void negIsSound() {
        for (boolean alu64 : new boolean[] {true, false}) {
            Property.forAll("neg" + alu64, Concrete.SETS, N, vs -> {
                Scalar r = ScalarOps.neg(alu64, Concrete.abstraction(vs));
                for (long x : vs) {
                    long c = alu64 ? -x : (-(int) x) & 0xffffffffL;
                    if (!Concrete.contains(r, c)) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    @Test
    void truncationsAreSound() {
        Property.forAll("coerce and sign extension", Concrete.SETS, N, vs -> {
            Scalar a = Concrete.abstraction(vs);
            for (int size : new int[] {1, 2, 4}) {
                Scalar z = ScalarOps.coerce(a, size);
                Scalar sx = ScalarOps.coerceSx(a, size);
                long m = (1L << (size * 8)) - 1;
                for (long x : vs) {
                    long zx = x & m;
                    long sxv = (x << (64 - size * 8)) >> (64 - size * 8);
                    if (!Concrete.contains(z, zx) || !Concrete.contains(sx, sxv)) {
                        throw new AssertionError("size " + size + " x=" + x + " z=" + z + " sx=" + sx);
                    }
                    if (size < 4) {
                        long w = ((int) (x << (32 - size * 8)) >> (32 - size * 8)) & 0xffffffffL;
                        if (!Concrete.contains(ScalarOps.movsx32(a, size), w)) {
                            throw new AssertionError("movsx32 " + size + " x=" + x);
                        }
                    }
                }
                if (!Concrete.contains(ScalarOps.zext32(a), vs[0] & 0xffffffffL)) {
                    return false;
                }
            }
            return true;
        });
    }

    static boolean holds(JmpOp op, boolean jmp32, long x, long y) {
        if (jmp32) {
            x = x & 0xffffffffL;
            y = y & 0xffffffffL;
            int a = (int) x;
            int b = (int) y;
            return switch (op) {
                case JEQ -> a == b;
                case JNE -> a != b;
                case JGT -> Integer.compareUnsigned(a, b) > 0;
                case JGE -> Integer.compareUnsigned(a, b) >= 0;
                case JLT -> Integer.compareUnsigned(a, b) < 0;
                case JLE -> Integer.compareUnsigned(a, b) <= 0;
                case JSGT -> a > b;
                case JSGE -> a >= b;
                case JSLT -> a < b;
                case JSLE -> a <= b;
                case JSET -> (a & b) != 0;
            };
        }
        return switch (op) {
            case JEQ -> x == y;
            case JNE -> x != y;
            case JGT -> Long.compareUnsigned(x, y) > 0;
            case JGE -> Long.compareUnsigned(x, y) >= 0;
            case JLT -> Long.compareUnsigned(x, y) < 0;
            case JLE -> Long.compareUnsigned(x, y) <= 0;
            case JSGT -> x > y;
            case JSGE -> x >= y;
            case JSLT -> x < y;
            case JSLE -> x <= y;
            case JSET -> (x & y) != 0;
        };
    }

    @Test
    void branchesAreSound() {
        for (JmpOp op : JmpOp.values()) {
            for (boolean jmp32 : new boolean[] {true, false}) {
                Property.forAll(op + (jmp32 ? "32" : "64") + " refinement is sound", Concrete.PAIRS, N, p -> {
                    Scalar a = Concrete.abstraction(p.a());
                    Scalar b = Concrete.abstraction(p.b());
                    int taken = ScalarCompare.taken(op, jmp32, a, b);
                    ScalarCompare.Pair yes = ScalarCompare.refine(op, jmp32, a, b, true);
                    ScalarCompare.Pair no = ScalarCompare.refine(op, jmp32, a, b, false);
                    for (long x : p.a()) {
                        for (long y : p.b()) {
                            boolean h = holds(op, jmp32, x, y);
                            if (taken == 1 && !h || taken == 0 && h) {
                                throw new AssertionError("taken=" + taken + " but " + x + " " + op + " " + y + " is " + h);
                            }
                            if (taken >= 0) {
                                continue; // the refined side is never explored
                            }
                            ScalarCompare.Pair side = h ? yes : no;
                            if (!Concrete.contains(side.dst(), x) || !Concrete.contains(side.src(), y)) {
                                throw new AssertionError(x + " " + op + " " + y + " (" + h + ") lost: " + side);
                            }
                        }
                    }
                    return true;
                });
            }
        }
    }

    @Test
    void knownExamples() {
        Scalar u32 = ScalarOps.coerce(Scalar.UNKNOWN, 4);
        assertEquals("smin=0,smax=umax=0xffffffff,var_off=(0x0; 0xffffffff)", u32.toString());
        Scalar masked = ScalarOps.alu(AluOp.AND, true, u32, Scalar.constant(255));
        assertEquals("smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff)", masked.toString());
        assertEquals(1, ScalarCompare.taken(JmpOp.JLE, false, masked, Scalar.constant(255)));
        assertEquals(-1, ScalarCompare.taken(JmpOp.JLT, false, masked, Scalar.constant(255)));
        Scalar shifted = ScalarOps.alu(AluOp.LSH, true, masked, Scalar.constant(4));
        assertTrue(shifted.umax() == 255 << 4 && shifted.value() == 0 && shifted.mask() == 0xff0);
        assertFalse(ScalarOps.tracked(AluOp.LSH, true, u32), "shift by a non-constant");
        assertEquals(Scalar.UNKNOWN, ScalarOps.alu(AluOp.DIV, true, masked, Scalar.constant(3)));
    }
}
