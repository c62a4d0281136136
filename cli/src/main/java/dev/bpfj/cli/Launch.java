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
        if (Boolean.getBoolean("bpfj.aot.training") && args.length == 2 && args[0].equals("verify")) {
            train(args[1]);
        }
        Integer direct = runDirect(args);
        System.exit(direct != null ? direct : Main.execute(args));
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
     * The launcher's start-up training run ({@code -Dbpfj.aot.training=true verify FILE}) also goes
     * through the other common commands on the same small file, so that the start-up cache holds
     * their classes too: the assembler, ELF writer and reader, the disassembler, and the loader's
     * bpf(2) binding, reached
     * here with a call that fails harmlessly (a program's info on fd -1) and changes nothing.
     */
    static void train(String sample) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bpfj-training");
            String bin = dir.resolve("t.bin").toString();
            String obj = dir.resolve("t.o").toString();
            runDirect(new String[] {"asm", sample});
            runDirect(new String[] {"asm", sample, "-o", bin});
            runDirect(new String[] {"disasm", "--raw", bin});
            runDirect(new String[] {"asm", sample, "-o", obj});
            runDirect(new String[] {"disasm", obj});
            runDirect(new String[] {"verify", obj});
        } catch (IOException | RuntimeException e) {
            // Training is best effort: a missing piece only makes the cache smaller.
        } finally {
            if (dir != null) {
                for (String f : new String[] {"t.bin", "t.o", ""}) {
                    try {
                        Files.deleteIfExists(dir.resolve(f));
                    } catch (IOException ignored) {
                        // A temporary file left behind is harmless.
                    }
                }
            }
        }
        try {
            ProgramInfo.of(-1);
        } catch (BpfException | UnsupportedOperationException e) {
            // Expected: EBADF, or no bpf(2) here.
        }
    }
}
