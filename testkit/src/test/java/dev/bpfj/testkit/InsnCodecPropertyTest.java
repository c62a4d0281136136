package dev.bpfj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property tests of core's codec. They live here because core cannot depend on the testkit
 * (the testkit depends on core).
 */
class InsnCodecPropertyTest {
    @Test
    void decodeInvertsEncodeForRandomInstructions() {
        Property.forAll("decode(encode(i)) == i", InsnGen.all(), Property.count(200_000),
                insn -> InsnCodec.decode(InsnCodec.encode(List.of(insn))).equals(List.of(insn)));
    }

    @Test
    void decodeInvertsEncodeForRandomSequences() {
        Property.forAll("decode(encode(p)) == p", Gen.listOf(InsnGen.all(), 1), Property.count(5_000),
                p -> InsnCodec.decode(InsnCodec.encode(p)).equals(p));
    }

    @Test
    void failuresReportSeedAndShrunkValue() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll("no exit", Gen.listOf(InsnGen.all(), 1),
                10_000, 30, 42L, p -> p.stream().noneMatch(i -> i instanceof Insn.Exit)));
        assertTrue(e.getMessage().contains("seed 42"), e.getMessage());
        assertTrue(e.getMessage().contains("shrunk:   [Exit[]]"), e.getMessage());
    }

    @Test
    void intShrinksTowardsZero() {
        Integer shrunk = Property.shrink(Gen.intRange(-1000, 1000), 977, v -> v < 10);
        assertEquals(10, shrunk);
    }
}
