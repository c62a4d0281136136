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
 * {@code asm}, {@code disasm}, {@code verify} and {@code load} can start without picocli for their plain option forms; wherever
 * that reading answers, picocli reads the same options, and it declines everything else.
 */
class DirectArgsTest {
    private static final String[] ASM_WORDS = {"--no-program-checks", "-o", "--output", "--format", "raw", "hex", "elf",
        "ELF", "--program", "p", "in.s", "-", "out.bin", "x.o", "--help", "-h", "-V", "--format=hex", "-oout", "@args",
        "", "--", "--nope"};
    private static final String[] DISASM_WORDS = {"--raw", "--labels", "--numeric", "--program", "p", "--format", "text",
        "hex", "raw", "in.o", "-", "in.bin", "--help", "--format=hex", "@args", "", "--", "--nope"};
    private static final String[] LOAD_WORDS = {"--log", "--pin", "/sys/fs/bpf/x", "-p", "--program", "p", "q",
        "--log-level", "1", "2", "01", "x", "in.o", "-", "--help", "--pin=d", "-pq", "@args", "", "--", "--nope"};
    private static final String[] VERIFY_WORDS = {"--log", "--program", "p", "--format", "text", "json", "hex", "in.s",
        "-", "in.o", "--help", "-V", "--format=json", "--log=true", "@args", "", "--", "--nope"};

    @Test
    void directReadingAgreesWithPicocli() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        int answered = 0;
        int count = Property.count(5_000);
        for (int i = 0; i < count; i++) {
            int which = r.nextInt(4);
            String[] words = switch (which) {
                case 0 -> ASM_WORDS;
                case 1 -> DISASM_WORDS;
                case 2 -> VERIFY_WORDS;
                default -> LOAD_WORDS;
            };
            List<String> args = new ArrayList<>();
            int n = r.nextInt(0, 6);
            for (int k = 0; k < n; k++) {
                args.add(words[r.nextInt(words.length)]);
            }
            String[] a = args.toArray(String[]::new);
            String direct = switch (which) {
                case 0 -> describe(AsmCommand.parseDirect(a));
                case 1 -> describe(DisasmCommand.parseDirect(a));
                case 2 -> describe(VerifyCommand.parseDirect(a));
                default -> describe(LoadCommand.parseDirect(a));
            };
            if (direct == null) {
                continue;
            }
            answered++;
            String picocli;
            if (which == 0) {
                AsmCommand c = new AsmCommand();
                new CommandLine(c).parseArgs(a);
                picocli = describe(c);
            } else if (which == 1) {
                DisasmCommand c = new DisasmCommand();
                new CommandLine(c).parseArgs(a);
                picocli = describe(c);
            } else if (which == 2) {
                VerifyCommand c = new VerifyCommand();
                new CommandLine(c).parseArgs(a);
                picocli = describe(c);
            } else {
                LoadCommand c = new LoadCommand();
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
        assertEquals("small.s null true json", describe(VerifyCommand.parseDirect(
                new String[] {"--log", "small.s", "--format", "json"})));
        assertEquals(null, VerifyCommand.parseDirect(new String[] {"--format=json", "x.s"}));
        assertEquals("x.o /sys/fs/bpf/d [a, b] false 2", describe(LoadCommand.parseDirect(
                new String[] {"x.o", "--pin", "/sys/fs/bpf/d", "-p", "a", "--program", "b", "--log-level", "2"})));
    }

    @Test
    void mainStartsOnlyThesePlainFormsDirectly() {
        assertEquals(null, Launch.runDirect(new String[] {}));
        assertEquals(null, Launch.runDirect(new String[] {"prog", "list"}));
        assertEquals(null, Launch.runDirect(new String[] {"load", "--help"}));
        assertEquals(null, Launch.runDirect(new String[] {"verify", "--help"}));
        assertEquals(null, Launch.runDirect(new String[] {"asm"}));
    }

    private static String describe(AsmCommand c) {
        return c == null ? null : c.input + " " + c.output + " " + c.format + " " + c.program + " " + c.noProgramChecks;
    }

    private static String describe(LoadCommand c) {
        return c == null ? null : c.input + " " + c.pin + " " + c.only + " " + c.log + " " + c.logLevel;
    }

    private static String describe(VerifyCommand c) {
        return c == null ? null : c.input + " " + c.program + " " + c.log + " " + c.format;
    }

    private static String describe(DisasmCommand c) {
        return c == null ? null : c.input + " " + c.raw + " " + c.labels + " " + c.program + " " + c.numeric + " " + c.format;
    }
}
