package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bpfj.core.Program;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A file of plain instructions takes a path of its own (straight to slots, checks on the slots,
 * the model built from them); it must give exactly the programs, bytes and diagnostics the general
 * path gives.
 */
class PlainTextTest {
    private static final InsnPrinter PRINTER = InsnPrinter.llvm();

    /** Plain lines: printed instructions, blank lines, comments, CRLF, odd spacing. */
    private static String plainFile(SplittableRandom r, int lines, boolean wild) {
        StringBuilder sb = new StringBuilder();
        InsnGen gen = wild ? InsnGen.all() : InsnGen.llvmExpressible();
        for (int i = 0; i < lines; i++) {
            switch (r.nextInt(12)) {
                case 0 -> sb.append("");
                case 1 -> sb.append("  # a comment \u00e9");
                case 2 -> sb.append("; ").append(i);
                default -> {
                    sb.append(r.nextBoolean() ? "\t" : "  ").append(PRINTER.print(gen.generate(r, 30)));
                    if (r.nextInt(5) == 0) {
                        sb.append(" // trailing");
                    }
                }
            }
            sb.append(r.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        if (r.nextBoolean()) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    @Test
    void plainFilesAssembleAsTheGeneralPathDoes() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        int files = Property.count(300);
        int accepted = 0;
        for (int f = 0; f < files; f++) {
            String text = plainFile(r, r.nextInt(1, 300), r.nextInt(3) == 0);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (Assembler.Options o : List.of(Assembler.Options.DEFAULT, Assembler.Options.ENCODING_ONLY)) {
                Object general = outcome(() -> Assembler.general("p.s", bytes, o));
                Object plain = outcome(() -> Assembler.assemble("p.s", bytes, o));
                assertEquals(general, plain, "seed " + seed + ", file " + f + ":\n" + text);
                Object encoded = outcome(() -> Assembler.encode("p.s", bytes, o));
                if (general instanceof Assembly a) {
                    accepted++;
                    @SuppressWarnings("unchecked")
                    List<Assembler.Encoded> e = (List<Assembler.Encoded>) encoded;
                    assertEquals(a.programs().size(), e.size());
                    for (int i = 0; i < e.size(); i++) {
                        Program p = a.programs().get(i);
                        assertEquals(p.name(), e.get(i).name());
                        assertArrayEquals(p.encode(), e.get(i).code(), "seed " + seed);
                    }
                } else {
                    assertEquals(general, encoded, "seed " + seed);
                }
            }
        }
        System.out.printf("plain path: %d files, %d assemblies as the general path's (seed %d)%n", files, accepted, seed);
    }

    @Test
    void bigFileIsParsedInParallelChunks() {
        SplittableRandom r = new SplittableRandom(42);
        String text = plainFile(r, 100_000, false);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Assembly general = Assembler.general("big.s", bytes, Assembler.Options.ENCODING_ONLY);
        assertEquals(general, Assembler.assemble("big.s", bytes, Assembler.Options.ENCODING_ONLY));
        assertArrayEquals(general.single().encode(),
                Assembler.encode("big.s", bytes, Assembler.Options.ENCODING_ONLY).get(0).code());
    }

    @Test
    void checksFallBackToTheGeneralPathsDiagnostics() {
        for (String text : List.of("r10 = 1\nexit\n", "goto +1\nexit\n", "goto -2\nexit\n", "goto +0\nr1 = 1 ll\nexit\n",
                "goto +1\nr1 = 1 ll\nexit\n", "r10 = atomic_fetch_add((u64 *)(r1 + 0), r10)\nexit\n",
                "w10 = *(u8 *)(r8 + 3)\nexit", "", "\n# only a comment\n")) {
            AssemblyException general = null;
            try {
                Assembler.general("c.s", text.getBytes(StandardCharsets.UTF_8), Assembler.Options.DEFAULT);
            } catch (AssemblyException e) {
                general = e;
            }
            if (general == null) {
                assertEquals(Assembler.general("c.s", text.getBytes(StandardCharsets.UTF_8), Assembler.Options.DEFAULT),
                        Assembler.assemble("c.s", text));
                continue;
            }
            AssemblyException plain = assertThrows(AssemblyException.class, () -> Assembler.assemble("c.s", text));
            assertEquals(general.diagnostics(), plain.diagnostics(), text);
        }
    }

    private static Object outcome(java.util.function.Supplier<Object> run) {
        try {
            return run.get();
        } catch (AssemblyException e) {
            return e.diagnostics();
        }
    }
}
