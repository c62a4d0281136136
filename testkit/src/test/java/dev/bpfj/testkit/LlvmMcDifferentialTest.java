package dev.bpfj.testkit;

import dev.bpfj.core.insn.InsnCodec;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's encoder and printer against llvm-mc-19: random instructions are printed in LLVM syntax,
 * assembled by llvm-mc-19, and the bytes must equal bpfj's encoding of the same instructions.
 */
class LlvmMcDifferentialTest {
    @TempDir
    Path dir;

    @Test
    void randomInstructionsEncodeLikeLlvmMc() throws IOException {
        long seed = Property.seed();
        int count = Property.count(100_000);
        LlvmMc.Listing l = LlvmMc.randomListing(InsnGen.llvmExpressible(), seed, count);
        LlvmMc.assertSameBytes(l.insns(), InsnCodec.encode(l.insns()), LlvmMc.assemble(l.source(), dir), "llvm-mc",
                seed);
        System.out.printf("llvm-mc-19 agreement: %d of %d random instructions byte-identical (seed %d)%n",
                count, count, seed);
    }
}
