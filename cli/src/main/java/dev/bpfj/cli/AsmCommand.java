package dev.bpfj.cli;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.AssemblyException;
import dev.bpfj.core.Program;
import dev.bpfj.core.insn.EncodeException;
import dev.bpfj.elf.ElfWriteException;
import dev.bpfj.elf.ElfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpfj asm}: assembly text to instruction bytes. */
@Command(name = "asm", mixinStandardHelpOptions = true,
        description = {"Assemble bpfj assembly (LLVM BPF syntax, verifier-log forms, .program/.map directives).",
            "Errors are reported as FILE:LINE:COL: error: MESSAGE with the source line and a caret."})
final class AsmCommand implements Callable<Integer> {
    enum Format { raw, hex, elf }

    @Parameters(index = "0", paramLabel = "IN.s", description = "Assembly source; - reads standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "elf (a relocatable object with maps and BTF, as clang writes), raw (instruction "
                    + "bytes of one program) or hex (one instruction per line). Default: elf for -o FILE.o, raw for "
                    + "other -o files, hex on standard output.")
    Format format;

    @Option(names = "--program", paramLabel = "NAME", description = "Only this program of the file.")
    String program;

    @Option(names = "--no-program-checks",
            description = "Assemble a loose instruction stream: allow writes to r10 and jumps leaving the program.")
    boolean noProgramChecks;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = input.equals("-") ? "<stdin>" : input;
        byte[] text;
        try {
            text = readBytes(input);
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + reason(e));
            return Main.EXIT_USAGE;
        }
        Format f = format != null ? format
                : output == null ? Format.hex
                : output.getFileName().toString().endsWith(".o") ? Format.elf : Format.raw;
        Assembler.Options options = noProgramChecks ? Assembler.Options.ENCODING_ONLY : Assembler.Options.DEFAULT;
        // Raw and hex need only the encoded instructions; a plain file never builds the model.
        List<Program> programs = null;
        List<Assembler.Encoded> encoded = null;
        List<String> names;
        try {
            if (f == Format.elf) {
                programs = Assembler.assemble(name, text, options).programs();
                names = programs.stream().map(Program::name).toList();
            } else {
                encoded = Assembler.encode(name, text, options);
                names = encoded.stream().map(Assembler.Encoded::name).toList();
            }
        } catch (AssemblyException e) {
            err.print(e.format());
            int n = e.diagnostics().size();
            err.println(n + (n == 1 ? " error" : " errors") + " in " + name);
            err.flush();
            return Main.EXIT_FAILED;
        } catch (EncodeException e) {
            err.println("bpfj: " + name + ": " + e.getMessage());
            return Main.EXIT_FAILED;
        }
        text = null;
        if (program != null) {
            int at = names.indexOf(program);
            if (at < 0) {
                err.println("bpfj: " + name + " has no program '" + program + "'; it has " + names);
                return Main.EXIT_USAGE;
            }
            if (programs != null) {
                programs = List.of(programs.get(at));
            } else {
                encoded = List.of(encoded.get(at));
            }
            names = List.of(program);
        }
        if (f == Format.raw && names.size() != 1) {
            err.println("bpfj: " + name + " defines " + names.size() + " programs " + names
                    + "; raw output holds one: choose with --program NAME");
            return Main.EXIT_USAGE;
        }
        byte[] out;
        try {
            if (f == Format.elf) {
                out = ElfWriter.write(programs);
            } else if (f == Format.raw) {
                out = encoded.get(0).code();
            } else {
                out = hex(encoded);
            }
        } catch (EncodeException | ElfWriteException e) {
            err.println("bpfj: " + name + ": " + e.getMessage());
            return Main.EXIT_FAILED;
        }
        try {
            if (output == null && f == Format.elf) {
                err.println("bpfj: an ELF object goes to a file: add -o FILE.o");
                return Main.EXIT_USAGE;
            } else if (output == null && f == Format.hex) {
                PrintWriter o = spec.commandLine().getOut();
                o.write(new String(out, StandardCharsets.UTF_8));
                o.flush();
            } else if (output == null) {
                spec.commandLine().getOut().flush();
                OutputStream os = System.out;
                os.write(out);
                os.flush();
            } else {
                Files.write(output, out);
            }
        } catch (IOException e) {
            err.println("bpfj: cannot write " + (output == null ? "standard output" : output) + ": " + reason(e));
            return Main.EXIT_FAILED;
        }
        return 0;
    }

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /**
     * One instruction per line in hex, bytes in memory order (a 64-bit immediate load's two slots
     * on one line); a {@code # program NAME} line before each program when there are several.
     */
    static byte[] hex(List<Assembler.Encoded> programs) {
        int size = 0;
        for (Assembler.Encoded p : programs) {
            size += p.code().length / 8 * 17 + p.name().length() * 3 + 16;
        }
        byte[] out = new byte[size];
        int n = 0;
        for (Assembler.Encoded p : programs) {
            if (programs.size() > 1) {
                byte[] h = ("# program " + p.name() + "\n").getBytes(StandardCharsets.UTF_8);
                System.arraycopy(h, 0, out, n, h.length);
                n += h.length;
            }
            byte[] code = p.code();
            for (int at = 0; at < code.length; ) {
                // Only a 64-bit immediate load (opcode 0x18) takes two slots.
                int end = code[at] == 0x18 && at + 16 <= code.length ? at + 16 : at + 8;
                for (; at < end; at++) {
                    int x = code[at] & 0xff;
                    out[n++] = HEX_DIGITS[x >> 4];
                    out[n++] = HEX_DIGITS[x & 0xf];
                }
                out[n++] = '\n';
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    // ---- Inputs, where "-" means standard input (DisasmCommand reads the same way) ----

    static byte[] readBytes(String input) throws IOException {
        if (input.equals("-")) {
            return System.in.readAllBytes();
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return Files.readAllBytes(p);
    }

    static String readText(String input) throws IOException {
        return new String(readBytes(input), StandardCharsets.UTF_8);
    }

    /** A short reason for an I/O failure, without exception class names. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
