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
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * llvm-mc-19 as an oracle for instruction bytes: random listings in LLVM syntax, their bytes as
 * llvm-mc assembles them, and a comparison that names the first instruction whose bytes differ.
 */
public final class LlvmMc {
    private LlvmMc() {
    }

    /** Instructions and their LLVM-syntax source, one per line. */
    public record Listing(List<Insn> insns, String source) {
    }

    /** {@code count} instructions of {@code gen} drawn from {@code seed}, printed by {@link InsnPrinter#llvm()}. */
    public static Listing randomListing(InsnGen gen, long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Insn> insns = new ArrayList<>(count);
        StringBuilder src = new StringBuilder(count * 24);
        InsnPrinter printer = InsnPrinter.llvm();
        for (int i = 0; i < count; i++) {
            Insn insn = gen.generate(r, 30);
            insns.add(insn);
            printer.print(insn, src);
            src.append('\n');
        }
        return new Listing(insns, src.toString());
    }

    /**
     * The {@code .text} bytes llvm-mc-19 ({@code -mcpu=v4}) makes of {@code source}, with scratch
     * files in {@code dir}; requires llvm-mc-19 and llvm-objcopy-19 (see {@link Env#requireTool}).
     */
    public static byte[] assemble(String source, Path dir) throws IOException {
        return text(object(source, dir), dir);
    }

    /** The object file ({@code dir/out.o}) llvm-mc-19 ({@code -mcpu=v4}) makes of {@code source}. */
    public static Path object(String source, Path dir) throws IOException {
        Env.requireTool("llvm-mc-19");
        Path s = dir.resolve("in.s"), o = dir.resolve("out.o");
        Files.writeString(s, source);
        Env.Run mc = Env.run(List.of("llvm-mc-19", "-triple", "bpf", "-mcpu=v4", "-filetype=obj", "-o", o.toString(),
                s.toString()), null, 300);
        assertEquals(0, mc.exitCode(), () -> "llvm-mc-19 failed: " + mc.stderr().lines().limit(10).toList());
        return o;
    }

    /** The {@code .text} section of {@code object}, extracted by llvm-objcopy-19 into {@code dir}. */
    public static byte[] text(Path object, Path dir) throws IOException {
        Env.requireTool("llvm-objcopy-19");
        Path bin = dir.resolve("out.bin");
        Env.Run cp = Env.run(List.of("llvm-objcopy-19", "-O", "binary", "--only-section=.text", object.toString(),
                bin.toString()), null, 120);
        assertEquals(0, cp.exitCode(), cp.stderr());
        return Files.readAllBytes(bin);
    }

    /**
     * Fails unless {@code actual} (bpfj's bytes for {@code insns}) equals {@code expected} (made by
     * {@code what}), naming the seed and the first instruction whose bytes differ.
     */
    public static void assertSameBytes(List<Insn> insns, byte[] actual, byte[] expected, String what, long seed) {
        if (Arrays.equals(expected, actual)) {
            return;
        }
        InsnPrinter printer = InsnPrinter.llvm();
        int[] slotOf = InsnCodec.slotIndexes(insns);
        for (int i = 0; i < insns.size(); i++) {
            int from = slotOf[i] * 8, to = slotOf[i + 1] * 8;
            if (to > actual.length || to > expected.length
                    || !Arrays.equals(expected, from, to, actual, from, to)) {
                fail("seed " + seed + ": insn " + i + " '" + printer.print(insns.get(i)) + "' bpfj="
                        + slice(actual, from, to) + " " + what + "=" + slice(expected, from, to));
            }
        }
        fail("seed " + seed + ": lengths differ: bpfj " + actual.length + ", " + what + " " + expected.length);
    }

    private static String slice(byte[] b, int from, int to) {
        return to <= b.length ? Env.hex(Arrays.copyOfRange(b, from, to)) : "(short)";
    }
}
