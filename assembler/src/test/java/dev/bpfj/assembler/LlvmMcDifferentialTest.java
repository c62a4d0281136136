package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.LlvmMc;
import dev.bpfj.testkit.Property;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bpfj's assembler against llvm-mc-19: random instructions printed in LLVM syntax are assembled
 * by both, and the bytes must be identical; and printing then assembling is the identity for the
 * whole ISA, bpfj's syntax extensions included.
 */
class LlvmMcDifferentialTest {
    @TempDir
    Path dir;

    @Test
    void randomInstructionsAssembleLikeLlvmMc() throws IOException {
        long seed = Property.seed();
        int count = Property.count(100_000);
        LlvmMc.Listing l = LlvmMc.randomListing(InsnGen.llvmExpressible(), seed, count);
        byte[] llvm = LlvmMc.assemble(l.source(), dir);
        byte[] bpfj = assemble(l.source(), seed);
        LlvmMc.assertSameBytes(l.insns(), bpfj, llvm, "llvm-mc", seed);
        LlvmMc.assertSameBytes(l.insns(), bpfj, InsnCodec.encode(l.insns()), "core encoder", seed);
        System.out.printf("bpfj asm vs llvm-mc-19: %d of %d random instructions byte-identical (seed %d)%n",
                count, count, seed);
    }

    @Test
    void printThenAssembleIsIdentityForTheWholeIsa() {
        long seed = Property.seed();
        int count = Property.count(100_000);
        LlvmMc.Listing l = LlvmMc.randomListing(InsnGen.all(), seed, count);
        List<Insn> insns = l.insns();
        List<Insn> back = Assembler.assemble("random.s", l.source(), Assembler.Options.ENCODING_ONLY)
                .single().insns();
        InsnPrinter printer = InsnPrinter.llvm();
        for (int i = 0; i < count; i++) {
            if (!insns.get(i).equals(back.get(i))) {
                fail("seed " + seed + ": insn " + i + " '" + printer.print(insns.get(i)) + "' " + insns.get(i)
                        + " assembled to " + back.get(i));
            }
        }
        assertEquals(count, back.size());
        System.out.printf("print -> assemble identity: %d random instructions of the whole ISA (seed %d)%n",
                count, seed);
    }

    @Test
    void printThenAssembleShrinks() {
        InsnPrinter printer = InsnPrinter.llvm();
        Property.forAll("assemble(print(i)) == i", InsnGen.all(), Property.count(3_000), insn -> {
            List<Insn> back = Assembler.assemble("one.s", printer.print(insn), Assembler.Options.ENCODING_ONLY)
                    .single().insns();
            return back.equals(List.of(insn));
        });
    }

    private static byte[] assemble(String src, long seed) {
        try {
            return Assembler.assemble("random.s", src, Assembler.Options.ENCODING_ONLY).single().encode();
        } catch (AssemblyException e) {
            throw new AssertionError("seed " + seed + ": bpfj rejects printer output:\n" + e.format(), e);
        }
    }
}
