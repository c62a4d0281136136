package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.testkit.Env;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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
        Env.requireTool("llvm-mc-19");
        Env.requireTool("llvm-objcopy-19");
        long seed = Property.seed();
        int count = Property.count(100_000);
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.llvmExpressible();
        List<Insn> insns = new ArrayList<>(count);
        StringBuilder src = new StringBuilder(count * 24);
        InsnPrinter printer = InsnPrinter.llvm();
        for (int i = 0; i < count; i++) {
            Insn insn = gen.generate(r, 30);
            insns.add(insn);
            printer.print(insn, src);
            src.append('\n');
        }
        byte[] bpfj = assemble(src.toString(), seed);
        byte[] llvm = llvmMc(src.toString());
        compare(insns, bpfj, llvm, "llvm-mc", seed, printer);
        compare(insns, bpfj, InsnCodec.encode(insns), "core encoder", seed, printer);
        System.out.printf("bpfj asm vs llvm-mc-19: %d of %d random instructions byte-identical (seed %d)%n",
                count, count, seed);
    }

    @Test
    void printThenAssembleIsIdentityForTheWholeIsa() {
        long seed = Property.seed();
        int count = Property.count(100_000);
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.all();
        List<Insn> insns = new ArrayList<>(count);
        StringBuilder src = new StringBuilder(count * 24);
        InsnPrinter printer = InsnPrinter.llvm();
        for (int i = 0; i < count; i++) {
            Insn insn = gen.generate(r, 30);
            insns.add(insn);
            printer.print(insn, src);
            src.append('\n');
        }
        List<Insn> back = Assembler.assemble("random.s", src.toString(), Assembler.Options.ENCODING_ONLY)
                .single().insns();
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

    private static void compare(List<Insn> insns, byte[] actual, byte[] expected, String what, long seed,
                                InsnPrinter printer) {
        if (Arrays.equals(expected, actual)) {
            return;
        }
        int[] slotOf = InsnCodec.slotIndexes(insns);
        for (int i = 0; i < insns.size(); i++) {
            int from = slotOf[i] * 8, to = slotOf[i + 1] * 8;
            if (to > actual.length || to > expected.length
                    || !Arrays.equals(expected, from, to, actual, from, to)) {
                fail("seed " + seed + ": insn " + i + " '" + printer.print(insns.get(i)) + "' bpfj="
                        + (to <= actual.length ? Env.hex(Arrays.copyOfRange(actual, from, to)) : "(short)") + " "
                        + what + "=" + (to <= expected.length ? Env.hex(Arrays.copyOfRange(expected, from, to)) : "(short)"));
            }
        }
        fail("seed " + seed + ": lengths differ: bpfj " + actual.length + ", " + what + " " + expected.length);
    }

    private byte[] llvmMc(String source) throws IOException {
        Path s = dir.resolve("in.s"), o = dir.resolve("out.o"), bin = dir.resolve("out.bin");
        Files.writeString(s, source);
        Env.Run mc = Env.run(List.of("llvm-mc-19", "-triple", "bpf", "-mcpu=v4", "-filetype=obj", "-o", o.toString(),
                s.toString()), null, 300);
        assertEquals(0, mc.exitCode(), () -> "llvm-mc-19 failed: " + mc.stderr().lines().limit(10).toList());
        Env.Run cp = Env.run(List.of("llvm-objcopy-19", "-O", "binary", "--only-section=.text", o.toString(),
                bin.toString()), null, 120);
        assertEquals(0, cp.exitCode(), cp.stderr());
        return Files.readAllBytes(bin);
    }
}
