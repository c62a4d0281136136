package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.AssemblyException;
import dev.bpfj.core.insn.EncodeException;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Target;
import dev.bpfj.elf.ElfWriteException;
import dev.bpfj.elf.ElfWriter;
import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpfj asm FILE -o OUT.o} takes a path without the program model for files of plain
 * instructions in program sections ({@link AsmCommand#objectPrograms}); its object must be the
 * one {@code ElfWriter.write(Assembler.assemble(...).programs())} writes, byte for byte, and any
 * file it does not take must go the old way (same errors).
 */
class AsmObjectPathTest {
    @TempDir
    Path dir;

    private static final String[] SECTIONS = {"socket", "xdp", "tc", "sk_lookup", "sk_msg", "sk_reuseport",
        "cgroup_skb/ingress", "classifier", "nosuchtype", ".text", "license"};

    /** What the old path makes of a source: the object's bytes in hex, or the error. */
    static String reference(String file, byte[] text, Assembler.Options options) {
        try {
            return HexFormat.of().formatHex(ElfWriter.write(Assembler.assemble(file, text, options).programs()));
        } catch (AssemblyException e) {
            return "asm: " + e.format();
        } catch (ElfWriteException | EncodeException e) {
            return "elf: " + e.getMessage();
        }
    }

    /** What the new path makes of it, or null when it leaves the file to the old one. */
    static String fast(String file, byte[] text, Assembler.Options options) throws IOException {
        List<ElfWriter.Encoded> ps = AsmCommand.objectPrograms(file, text, options);
        if (ps == null) {
            return null;
        }
        try {
            byte[] whole = ElfWriter.writeEncoded(ps);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            ElfWriter.writeEncoded(ps, streamed);
            assertArrayEquals(whole, streamed.toByteArray(), "streamed and whole objects differ");
            return HexFormat.of().formatHex(whole);
        } catch (ElfWriteException e) {
            return "elf: " + e.getMessage();
        }
    }

    /** Random LLVM-style object sources, mostly of the form the new path takes, some not. */
    static final Gen<String> SOURCES = (r, size) -> source(r);

    static String source(SplittableRandom r) {
        InsnGen gen = InsnGen.llvmExpressible();
        InsnPrinter printer = InsnPrinter.llvm();
        String nl = r.nextInt(8) == 0 ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        int units = 1 + r.nextInt(4);
        boolean odd = r.nextInt(4) == 0; // one unusual thing somewhere
        for (int u = 0; u < units; u++) {
            if (u == 0 || r.nextInt(3) == 0) {
                String sec = odd && r.nextInt(4) == 0 ? SECTIONS[r.nextInt(SECTIONS.length)]
                        : SECTIONS[r.nextInt(7)];
                switch (r.nextInt(3)) {
                    case 0 -> sb.append("\t.section\t").append(sec).append(",\"ax\",@progbits").append(nl);
                    case 1 -> sb.append(".section ").append(sec).append(nl);
                    default -> sb.append("  .section   ").append(sec).append(", \"ax\"").append(nl);
                }
            }
            String name = odd && r.nextInt(6) == 0 ? (r.nextBoolean() ? "fn0" : "f.x") : "fn" + u;
            boolean label = !(odd && r.nextInt(5) == 0);
            if (r.nextInt(3) > 0) {
                sb.append("\t.globl\t").append(name).append(nl);
            }
            if (!(odd && r.nextInt(5) == 0)) {
                sb.append("\t.type\t").append(name).append(",@function").append(nl);
            }
            if (odd && r.nextInt(8) == 0) {
                sb.append("\t.p2align\t3").append(nl);
            }
            if (odd && r.nextInt(10) == 0) {
                sb.append(".license \"GPL\"").append(nl);
            }
            if (label) {
                sb.append(name).append(":").append(r.nextInt(4) == 0 ? " # entry" : "").append(nl);
            }
            int n = odd && r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(30);
            List<Insn> insns = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Insn insn = gen.generate(r, 30);
                while (!odd && (insn instanceof Insn.CallLocal
                        || insn instanceof Insn.LoadImm64 ld && ld.src() != PseudoSrc.NONE)) {
                    insn = gen.generate(r, 30);
                }
                insns.add(insn);
            }
            int[] slotOf = InsnCodec.slotIndexes(insns);
            for (int i = 0; i < n; i++) {
                Insn insn = insns.get(i);
                if (insn.branchTarget() instanceof Target.Offset && !(insn instanceof Insn.CallLocal)
                        && !(odd && r.nextInt(4) == 0)) {
                    int j = r.nextInt(n);
                    insns.set(i, insn.withBranchTarget(Target.offset(slotOf[j] - slotOf[i + 1])));
                }
            }
            for (int i = 0; i < n; i++) {
                if (r.nextInt(10) == 0) {
                    sb.append(r.nextBoolean() ? "" : "\t# a comment, ü").append(nl);
                }
                sb.append(switch (r.nextInt(4)) {
                    case 0 -> "\t";
                    case 1 -> "  ";
                    default -> "";
                });
                printer.print(insns.get(i), sb);
                if (r.nextInt(6) == 0) {
                    sb.append(r.nextBoolean() ? "  # trailing é" : " // x");
                }
                if (odd && r.nextInt(30) == 0) {
                    sb.append(" # nul \0 here");
                }
                sb.append(nl);
            }
        }
        if (r.nextBoolean()) {
            sb.setLength(sb.length() - nl.length()); // no newline at the end
        }
        return sb.toString();
    }

    @Test
    void sameObjectOrErrorAsTheProgramModel() {
        int[] taken = new int[1];
        int[] cases = new int[1];
        Property.forAll("object path agrees with the program model", SOURCES, Property.count(1500), src -> {
            byte[] text = src.getBytes(StandardCharsets.UTF_8);
            for (Assembler.Options o : List.of(Assembler.Options.DEFAULT, Assembler.Options.ENCODING_ONLY)) {
                cases[0]++;
                String fast;
                try {
                    fast = fast("in.s", text, o);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                if (fast != null) {
                    taken[0]++;
                    assertEquals(reference("in.s", text, o), fast);
                }
            }
            return true;
        });
        // Most generated files are of the form the new path is for.
        assertTrue(taken[0] > cases[0] / 3, taken[0] + " of " + cases[0] + " took the object path");
    }

    @Test
    void theBenchmarkFormTakesThePathAndMatches() throws IOException {
        StringBuilder sb = new StringBuilder("\t.section\tsocket,\"ax\",@progbits\n");
        SplittableRandom r = new SplittableRandom(7);
        for (int f = 0; f < 2; f++) {
            sb.append("\t.globl\tbench").append(f).append("\n\t.type\tbench").append(f).append(",@function\nbench")
                    .append(f).append(":\n");
            // Enough lines for the writer's two-thread search for repeated texts; many repeats,
            // some texts beyond ASCII.
            for (int i = 0; i < 20_000; i++) {
                switch (r.nextInt(4)) {
                    case 0 -> sb.append("r0 = ").append(r.nextInt(3000)).append('\n');
                    case 1 -> sb.append("if r1 > r2 goto -1\n");
                    case 2 -> sb.append("r").append(r.nextInt(10)).append(" += ").append(r.nextInt(50)).append(" # é\n");
                    default -> sb.append("\tr3 = r").append(r.nextInt(10)).append('\n');
                }
            }
            sb.append("exit\n");
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        String fast = fast("big.s", text, Assembler.Options.DEFAULT);
        assertNotNull(fast, "the benchmark's form must take the object path");
        assertEquals(reference("big.s", text, Assembler.Options.DEFAULT), fast);
    }

    @Test
    void theBenchmarkFormWithFewTextsBeyondAsciiMatches() throws IOException {
        // Texts of all functions found repeated at once and added to the strings unindexed: also
        // with a few texts beyond ASCII (the String way), carriage returns and 64-bit loads.
        StringBuilder sb = new StringBuilder("\t.section\tsocket,\"ax\",@progbits\n");
        SplittableRandom r = new SplittableRandom(11);
        for (int f = 0; f < 3; f++) {
            sb.append("\t.globl\tbench").append(f).append("\n\t.type\tbench").append(f).append(",@function\nbench")
                    .append(f).append(":\n");
            for (int i = 0; i < 9_000; i++) {
                switch (r.nextInt(6)) {
                    case 0 -> sb.append("r0 = ").append(r.nextInt(3000)).append('\n');
                    case 1 -> sb.append("if r1 > r2 goto -1\r\n");
                    case 2 -> sb.append("r").append(r.nextInt(10)).append(" += ").append(r.nextInt(50))
                            .append(r.nextInt(2000) == 0 ? " # é\n" : "\n");
                    case 3 -> sb.append("r2 = ").append(r.nextLong(1L << 40)).append(" ll\n");
                    case 4 -> sb.append("  r4 = r5  # ").append(r.nextInt(100)).append('\n');
                    default -> sb.append("\tr3 = r").append(r.nextInt(10)).append('\n');
                }
            }
            sb.append("exit\n");
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        String fast = fast("big.s", text, Assembler.Options.DEFAULT);
        assertNotNull(fast, "the benchmark's form must take the object path");
        assertEquals(reference("big.s", text, Assembler.Options.DEFAULT), fast);
    }

    @Test
    void commandWritesTheSameObjectAndNoFileOnError() throws IOException {
        String src = "\t.section\tsocket,\"ax\",@progbits\n\t.globl\tf\n\t.type\tf,@function\nf:\nr0 = 0\nexit\n";
        Path in = dir.resolve("f.s");
        Files.writeString(in, src);
        Path out = dir.resolve("f.o");
        AsmCommandTest.Result res = AsmCommandTest.run("asm", in.toString(), "-o", out.toString());
        assertEquals(0, res.code(), res.err());
        byte[] want = ElfWriter.write(Assembler.assemble(in.toString(), src.getBytes(StandardCharsets.UTF_8),
                Assembler.Options.DEFAULT).programs());
        assertArrayEquals(want, Files.readAllBytes(out));

        // Two programs of one name: the writer refuses, as before, and no file is left.
        String dup = src + "\t.type\tf,@function\nf:\nexit\n";
        Files.writeString(in, dup);
        Path bad = dir.resolve("dup.o");
        res = AsmCommandTest.run("asm", in.toString(), "-o", bad.toString());
        assertEquals(1, res.code());
        assertEquals("bpfj: " + in + ": two programs are named 'f'\n", res.err());
        assertTrue(!Files.exists(bad));
        assertTrue(Arrays.asList(dup.split("\n")).contains("f:"));
    }
}
