package dev.bpfj.cli;

import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.ProgramInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code bpfj} executable's entry point. {@code asm}, {@code disasm}, {@code verify} and
 * {@code load} with
 * their plain option forms run without picocli; everything else goes to {@link Main}'s picocli
 * command line. Building picocli's model (reflection, annotation proxies and pre-Java-6 class
 * files that no start-up cache can hold) takes longer than the JVM's own start. This class names
 * no picocli type in its methods: the JVM's launcher looks at every method of the main class, and
 * {@link Main}'s would load picocli.
 */
public final class Launch {
    private Launch() {
    }

    /** Runs {@code bpfj ARGS} and exits with its code. */
    public static void main(String[] args) {
        String training = System.getProperty("bpfj.aot.training");
        int code;
        if (training != null && args.length == 2 && args[0].equals("verify")) {
            code = train(training, args[1]);
        } else {
            Integer direct = runDirect(args);
            code = direct != null ? direct : Main.execute(args);
        }
        if (training != null) {
            // The JVM writes the start-up cache on its normal exit path.
            System.exit(code);
        }
        // System.exit would first look up a System.Logger for the exit event, which searches every
        // jar of the class path for logging services: milliseconds of every run. Nothing of bpfj's
        // waits for shutdown hooks; what the commands printed is flushed here.
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    /** The exit code of a command run without picocli, or null when picocli must read {@code args}. */
    static Integer runDirect(String[] args) {
        if (args.length == 0) {
            return null;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "asm" -> AsmCommand.runDirect(rest);
            case "disasm" -> DisasmCommand.runDirect(rest);
            case "verify" -> VerifyCommand.runDirect(rest);
            case "load" -> LoadCommand.runDirect(rest);
            default -> null;
        };
    }

    /**
     * The launcher's training runs ({@code -Dbpfj.aot.training=GROUP verify FILE}) for its start-up
     * caches, one per group of commands, each holding only what its commands load (everything in
     * a cache is mapped and linked at every start, used or not). {@code verify} also verifies a
     * program it rejects, then runs the command itself; {@code asm} and
     * {@code disasm} run their command on the same small file in its output forms instead,
     * {@code load} loads it;
     * {@code all}, the cache for every other command, runs all of them and the verify command, and
     * reaches the loader's bpf(2) binding with a call that fails
     * harmlessly (a program's info on fd -1) and changes nothing. Returns the exit code.
     */
    static int train(String group, String sample) {
        boolean all = group.equals("all");
        boolean verify = all || group.equals("verify");
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bpfj-training");
            String bin = dir.resolve("t.bin").toString();
            String obj = dir.resolve("t.o").toString();
            if (verify) {
                // A rejection's message and hint are verify's too (not --log: its printers would
                // bring the class-file API with them, a tenth more cache for every run).
                Path rejected = dir.resolve("r.s");
                Files.writeString(rejected, REJECTED);
                runDirect(new String[] {"verify", rejected.toString()});
                if (!all) {
                    return runVerify(sample);
                }
            }
            if (all || group.equals("asm")) {
                runDirect(new String[] {"asm", sample});
            }
            // disasm's training needs the inputs, which only asm makes.
            runDirect(new String[] {"asm", sample, "-o", bin});
            runDirect(new String[] {"asm", sample, "-o", obj});
            if (all || group.equals("disasm")) {
                runDirect(new String[] {"disasm", "--raw", bin});
                runDirect(new String[] {"disasm", obj});
            }
            if (group.equals("load")) {
                // Loads the sample's map and program into the kernel and closes them again (the
                // user asked bpfj to load something anyway); without root it fails, and the cache
                // holds less.
                runDirect(new String[] {"load", obj});
            }
            if (all) {
                runDirect(new String[] {"verify", obj});
            }
        } catch (IOException | RuntimeException e) {
            // Training is best effort: a missing piece only makes the cache smaller.
        } finally {
            if (dir != null) {
                for (String f : new String[] {"t.bin", "t.o", "r.s", ""}) {
                    try {
                        Files.deleteIfExists(dir.resolve(f));
                    } catch (IOException ignored) {
                        // A temporary file left behind is harmless.
                    }
                }
            }
        }
        if (!all) {
            return 0;
        }
        try {
            ProgramInfo.of(-1);
        } catch (BpfException | UnsupportedOperationException e) {
            // Expected: EBADF, or no bpf(2) here.
        }
        return runVerify(sample);
    }

    private static int runVerify(String file) {
        Integer code = runDirect(new String[] {"verify", file});
        return code != null ? code : Main.EXIT_USAGE;
    }

    /** A program the verifier rejects with a hint: R0 out of range at exit. */
    private static final String REJECTED = """
            .program p type=sk_lookup
                r0 = 7
                exit
            """;
}
