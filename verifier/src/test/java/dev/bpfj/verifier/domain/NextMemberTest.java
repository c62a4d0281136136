package dev.bpfj.verifier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The smallest member of a tnum at or above a bound, against enumeration on 8-bit tnums. */
class NextMemberTest {
    @Test
    void agreesWithEnumeration() {
        for (int mask = 0; mask < 256; mask++) {
            for (int v = 0; v < 256; v++) {
                if ((v & mask) != 0) {
                    continue;
                }
                int max = v | mask;
                for (int x = 0; x <= max; x++) {
                    int expected = -1;
                    for (int y = x; y <= max; y++) {
                        if ((y & ~mask) == v) {
                            expected = y;
                            break;
                        }
                    }
                    assertEquals(expected, MutableScalar.nextMember(v, mask, x), v + "/" + mask + " from " + x);
                }
            }
        }
    }

    @Test
    void worksAtTheTopOfTheRange() {
        assertEquals(-1L, MutableScalar.nextMember(0, -1L, -1L));
        assertEquals(Long.MIN_VALUE, MutableScalar.nextMember(Long.MIN_VALUE, 0xff, 5));
        assertEquals(-2L, MutableScalar.nextMember(0, -2L, -3L));
    }

    @Test
    void aSingleValueInRangeIsKnown() {
        // r &= 24 gives {0, 8, 16, 24}; r > 16 (signed or not) leaves only 24.
        Scalar s = ScalarOps.alu(dev.bpfj.core.insn.AluOp.AND, true, Scalar.unsignedRange(0, 0xffffffffL),
                Scalar.constant(24));
        MutableScalar m = MutableScalar.of(s);
        m.umin = 17;
        m.smin = 17;
        m.sync();
        assertEquals(Scalar.constant(24), m.freeze());
    }
}
