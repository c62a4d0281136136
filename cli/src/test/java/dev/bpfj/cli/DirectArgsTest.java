package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code asm} and {@code disasm} can start without picocli for their plain option forms; wherever
 * that reading answers, picocli reads the same options, and it declines everything else.
 */
class DirectArgsTest {
    private static final String[] ASM_WORDS = {"--no-program-checks", "-o", "--output", "--format", "raw", "hex", "elf",
        "ELF", "--program", "p", "in.s", "-", "out.bin", "x.o", "--help", "-h", "-V", "--format=hex", "-oout", "@args",
        "", "--", "--nope"};
    private static final String[] DISASM_WORDS = {"--raw", "--labels", "--numeric", "--program", "p", "--format", "text",
        "hex", "raw", "in.o", "-", "in.bin", "--help", "--format=hex", "@args", "", "--", "--nope"};

    @Test
    void directReadingAgreesWithPicocli() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        int answered = 0;
        int count = Property.count(20_000);
        for (int i = 0; i < count; i++) {
            boolean asm = r.nextBoolean();
            String[] words = asm ? ASM_WORDS : DISASM_WORDS;
            List<String> args = new ArrayList<>();
            int n = r.nextInt(0, 6);
            for (int k = 0; k < n; k++) {
                args.add(words[r.nextInt(words.length)]);
            }
            String[] a = args.toArray(String[]::new);
            String direct = asm ? describe(AsmCommand.parseDirect(a)) : describe(DisasmCommand.parseDirect(a));
            if (direct == null) {
                continue;
            }
            answered++;
            String picocli;
            if (asm) {
                AsmCommand c = new AsmCommand();
                new CommandLine(c).parseArgs(a);
                picocli = describe(c);
            } else {
                DisasmCommand c = new DisasmCommand();
                new CommandLine(c).parseArgs(a);
                picocli = describe(c);
            }
            assertEquals(picocli, direct, "seed " + seed + ": " + args);
        }
        System.out.printf("direct options: %d of %d argument lists read as picocli reads them (seed %d)%n",
                answered, count, seed);
        assertTrue(answered > 0);
    }

    @Test
    void commonFormsStartDirectly() {
        assertEquals("in.s out.bin null null true", describe(AsmCommand.parseDirect(
                new String[] {"--no-program-checks", "in.s", "-o", "out.bin"})));
        assertEquals("- null hex p false", describe(AsmCommand.parseDirect(new String[] {"--format", "hex", "--program", "p", "-"})));
        assertEquals("in.bin true false null false text", describe(DisasmCommand.parseDirect(new String[] {"--raw", "in.bin"})));
        assertEquals(null, AsmCommand.parseDirect(new String[] {"--help"}));
        assertEquals(null, DisasmCommand.parseDirect(new String[] {"@more", "x"}));
    }

    private static String describe(AsmCommand c) {
        return c == null ? null : c.input + " " + c.output + " " + c.format + " " + c.program + " " + c.noProgramChecks;
    }

    private static String describe(DisasmCommand c) {
        return c == null ? null : c.input + " " + c.raw + " " + c.labels + " " + c.program + " " + c.numeric + " " + c.format;
    }
}
