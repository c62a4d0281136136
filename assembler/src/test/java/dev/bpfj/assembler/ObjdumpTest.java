package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.testkit.Env;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.LlvmMc;
import dev.bpfj.testkit.Property;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bpfj's disassembler against llvm-objdump-19: the code llvm-mc-19 assembles from the corpus (and
 * from random instructions) disassembles to the text llvm-objdump-19 prints, whitespace aside; and
 * that text assembles back to the same bytes.
 */
class ObjdumpTest {
    @TempDir
    Path dir;

    @Test
    void corpusDisassemblesLikeObjdump() throws IOException {
        List<String> forms = new ArrayList<>();
        for (Corpus c : Corpus.load()) {
            if (c.ok()) {
                forms.add(c.asm());
            }
        }
        int n = compare(String.join("\n", forms) + "\n");
        System.out.printf("llvm-objdump-19: %d corpus instructions disassemble identically%n", n);
    }

    @Test
    void randomInstructionsDisassembleLikeObjdump() throws IOException {
        long seed = Property.seed();
        int n = compare(LlvmMc.randomListing(InsnGen.llvmExpressible(), seed, Property.count(20_000)).source());
        System.out.printf("llvm-objdump-19: %d random instructions disassemble identically (seed %d)%n", n, seed);
    }

    private int compare(String source) throws IOException {
        Env.requireTool("llvm-objdump-19");
        Path o = LlvmMc.object(source, dir);
        byte[] code = LlvmMc.text(o, dir);
        Env.Run od = Env.run(List.of("llvm-objdump-19", "-d", "--mcpu=v4", "--no-print-imm-hex", o.toString()), null, 300);
        assertEquals(0, od.exitCode(), od.stderr());
        List<String> expected = new ArrayList<>();
        for (String line : od.stdout().split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3 && parts[0].trim().matches("\\d+:")) {
                expected.add(normalize(parts[2].replaceAll("\\s*<[^\\s<>]+>\\s*$", "")));
            }
        }
        String text = new Disassembler(Disassembler.Options.LLVM).disassemble(code);
        List<String> actual = new ArrayList<>();
        for (String line : text.split("\n")) {
            actual.add(normalize(line));
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail("instruction " + i + ": llvm-objdump-19 '" + expected.get(i) + "', bpfj '" + actual.get(i) + "'");
            }
        }
        assertEquals(expected.size(), actual.size(), "instruction count");
        // And the listing assembles back to the same bytes.
        List<Insn> back = Assembler.assemble("disasm.s", text, Assembler.Options.ENCODING_ONLY).single().insns();
        assertArrayEquals(code, dev.bpfj.core.insn.InsnCodec.encode(back));
        return actual.size();
    }

    private static String normalize(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
