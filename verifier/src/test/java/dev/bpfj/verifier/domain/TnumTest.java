package dev.bpfj.verifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.Property;
import java.util.function.BinaryOperator;
import java.util.function.LongBinaryOperator;
import org.junit.jupiter.api.Test;

/** Tristate numbers: every operation's result contains every concrete result of its members. */
class TnumTest {
    /** A tnum with at most 4 unknown bits, so its members can be enumerated. */
    static final Gen<Tnum> TNUMS = (r, size) -> {
        long mask = 0;
        int unknown = r.nextInt(5);
        for (int i = 0; i < unknown; i++) {
            mask |= 1L << (r.nextInt(3) == 0 ? r.nextInt(64) : r.nextInt(12));
        }
        long v = r.nextInt(3) == 0 ? r.nextInt(64) : r.nextLong();
        return new Tnum(v & ~mask, mask);
    };

    record TT(Tnum a, Tnum b) {
    }

    static final Gen<TT> PAIRS = (r, size) -> new TT(TNUMS.generate(r, size), TNUMS.generate(r, size));

    static long[] members(Tnum t) {
        int n = Long.bitCount(t.mask());
        long[] out = new long[1 << n];
        for (int i = 0; i < out.length; i++) {
            long v = t.value();
            int bit = 0;
            for (int k = 0; k < 64; k++) {
                if ((t.mask() & (1L << k)) != 0) {
                    if ((i & (1 << bit)) != 0) {
                        v |= 1L << k;
                    }
                    bit++;
                }
            }
            out[i] = v;
        }
        return out;
    }

    static boolean in(Tnum t, long v) {
        return (v & ~t.mask()) == t.value();
    }

    private static void sound(String name, BinaryOperator<Tnum> abs, LongBinaryOperator con) {
        Property.forAll(name, PAIRS, Property.count(2000), p -> {
            Tnum r = abs.apply(p.a(), p.b());
            for (long x : members(p.a())) {
                for (long y : members(p.b())) {
                    if (!in(r, con.applyAsLong(x, y))) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    @Test
    void arithmeticAndBitwiseAreSound() {
        sound("add", Tnum::add, Long::sum);
        sound("sub", Tnum::sub, (x, y) -> x - y);
        sound("mul", Tnum::mul, (x, y) -> x * y);
        sound("and", Tnum::and, (x, y) -> x & y);
        sound("or", Tnum::or, (x, y) -> x | y);
        sound("xor", Tnum::xor, (x, y) -> x ^ y);
        sound("union", Tnum::union, (x, y) -> x);
        sound("union'", Tnum::union, (x, y) -> y);
    }

    @Test
    void shiftsAreSound() {
        Property.forAll("shifts", TNUMS, Property.count(2000), t -> {
            for (int s : new int[] {0, 1, 7, 31, 32, 63}) {
                for (long x : members(t)) {
                    if (!in(t.lshift(s), x << s) || !in(t.rshift(s), x >>> s) || !in(t.arshift(s, 64), x >> s)) {
                        return false;
                    }
                    if (s < 32 && !in(t.subreg().arshift(s, 32), ((int) x >> s) & 0xffffffffL)) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    @Test
    void rangeAndContainment() {
        assertEquals(new Tnum(0, 0xf), Tnum.range(3, 12));
        assertEquals(Tnum.constant(5), Tnum.range(5, 5));
        assertTrue(Tnum.UNKNOWN.contains(Tnum.constant(42)));
        assertFalse(Tnum.constant(42).contains(Tnum.UNKNOWN));
        assertTrue(new Tnum(8, 4).isAligned(4));
        assertFalse(new Tnum(8, 6).isAligned(4));
        assertEquals("(0x0; 0xff)", new Tnum(0, 0xff).toString());
    }
}
