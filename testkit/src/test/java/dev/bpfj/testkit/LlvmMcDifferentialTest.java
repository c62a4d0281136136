package dev.bpfj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
        byte[] expected = InsnCodec.encode(insns);
        byte[] actual = llvmMc(src.toString());
        if (!java.util.Arrays.equals(expected, actual)) {
            int[] slotOf = InsnCodec.slotIndexes(insns);
            for (int i = 0; i < insns.size(); i++) {
                int from = slotOf[i] * 8, to = slotOf[i + 1] * 8;
                if (to > actual.length || !java.util.Arrays.equals(expected, from, to, actual, from, to)) {
                    fail("seed " + seed + ": insn " + i + " '" + printer.print(insns.get(i)) + "' bpfj="
                            + Env.hex(java.util.Arrays.copyOfRange(expected, from, to)) + " llvm-mc="
                            + (to <= actual.length ? Env.hex(java.util.Arrays.copyOfRange(actual, from, to)) : "(short)"));
                }
            }
            fail("seed " + seed + ": lengths differ: bpfj " + expected.length + " llvm-mc " + actual.length);
        }
        System.out.printf("llvm-mc-19 agreement: %d of %d random instructions byte-identical (seed %d)%n",
                count, count, seed);
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
