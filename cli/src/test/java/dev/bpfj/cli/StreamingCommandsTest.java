package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.testkit.InsnGen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big inputs go through {@code asm} and {@code disasm} in pieces (files of plain instructions are
 * read chunk by chunk, raw code is printed block by block); the results are those of the whole.
 */
class StreamingCommandsTest {
    @TempDir
    Path dir;

    @Test
    void bigPlainFileRoundTripsThroughRawAndHex() throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        InsnGen gen = InsnGen.llvmExpressible();
        InsnPrinter printer = InsnPrinter.llvm();
        List<Insn> insns = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120_000; i++) {
            Insn insn = gen.generate(r, 30);
            insns.add(insn);
            sb.append('\t').append(printer.print(insn)).append(i % 1000 == 0 ? " # note\r\n" : "\n");
        }
        Path s = dir.resolve("big.s"), bin = dir.resolve("big.bin"), hex = dir.resolve("big.hex");
        Files.writeString(s, sb);
        AsmCommandTest.Result raw = AsmCommandTest.run("asm", "--no-program-checks", s.toString(), "-o", bin.toString());
        assertEquals(0, raw.code(), raw.err());
        byte[] code = InsnCodec.encode(insns);
        assertArrayEquals(code, Files.readAllBytes(bin));
        AsmCommandTest.Result h = AsmCommandTest.run("asm", "--no-program-checks", s.toString(), "--format", "hex",
                "-o", hex.toString());
        assertEquals(0, h.code(), h.err());
        List<String> lines = Files.readAllLines(hex);
        assertEquals(insns.size(), lines.size());
        assertEquals(insns.get(0).slots() * 16, lines.get(0).length());
        AsmCommandTest.Result d = AsmCommandTest.run("disasm", "--raw", "--numeric", bin.toString());
        assertEquals(0, d.code(), d.err());
        StringBuilder want = new StringBuilder();
        for (Insn insn : insns) {
            want.append('\t').append(printer.print(insn)).append('\n');
        }
        assertEquals(want.toString(), d.out());
    }

    @Test
    void invalidCodeStopsAfterPrintingWhatCameBefore() throws IOException {
        byte[] good = InsnCodec.encode(List.of(Insn.mov64(Reg.R0, 0), Insn.exit()));
        Path bad = dir.resolve("bad.bin");
        byte[] code = new byte[good.length + 8];
        System.arraycopy(good, 0, code, 0, good.length);
        code[good.length] = (byte) 0xff;
        Files.write(bad, code);
        AsmCommandTest.Result r = AsmCommandTest.run("disasm", "--raw", bad.toString());
        assertEquals(1, r.code());
        assertEquals("\tr0 = 0\n\texit\n", r.out());
        assertTrue(r.err().contains("unknown opcode ff") && r.err().contains("byte offset 16"), r.err());
        Path odd = dir.resolve("odd.bin");
        Files.write(odd, java.util.Arrays.copyOf(good, good.length + 3));
        AsmCommandTest.Result o = AsmCommandTest.run("disasm", "--raw", odd.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("program size 19 is not a multiple of 8 bytes"), o.err());
        AsmCommandTest.Result dirIn = AsmCommandTest.run("disasm", "--raw", dir.toString());
        assertEquals(2, dirIn.code());
        assertTrue(dirIn.err().startsWith("bpfj: cannot read "), dirIn.err());
    }

    @Test
    void severalProgramsInHexHaveHeaders() throws IOException {
        Path s = dir.resolve("two.s");
        Files.writeString(s, ".program a type=xdp\nr0 = 2\nexit\n.program b type=xdp\nr1 = 1 ll\nr0 = 1\nexit\n");
        AsmCommandTest.Result r = AsmCommandTest.run("asm", s.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("# program a\nb700000002000000\n9500000000000000\n# program b\n"
                + "18010000010000000000000000000000\nb700000001000000\n9500000000000000\n", r.out());
    }
}
