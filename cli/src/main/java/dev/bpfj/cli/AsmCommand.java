package dev.bpfj.cli;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.AssemblyException;
import dev.bpfj.core.Program;
import dev.bpfj.core.insn.EncodeException;
import dev.bpfj.elf.ElfWriteException;
import dev.bpfj.elf.ElfWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
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
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command with its options set, writing to {@code out} and {@code err}. */
    int run(PrintWriter out, PrintWriter err) {
        String name = input.equals("-") ? "<stdin>" : input;
        Format f = format != null ? format
                : output == null ? Format.hex
                : output.getFileName().toString().endsWith(".o") ? Format.elf : Format.raw;
        Assembler.Options options = noProgramChecks ? Assembler.Options.ENCODING_ONLY : Assembler.Options.DEFAULT;
        // Raw and hex need only the encoded instructions: a file of plain instructions is read
        // piece by piece and never becomes an instruction model.
        List<Program> programs = null;
        List<Assembler.Encoded> encoded = null;
        List<ElfWriter.Encoded> object = null;
        List<String> names;
        try {
            if (f == Format.elf || input.equals("-")) {
                byte[] text = readBytes(input);
                if (f == Format.elf) {
                    object = objectPrograms(name, text, options);
                    if (object == null) {
                        programs = Assembler.assemble(name, text, options).programs();
                    }
                } else {
                    encoded = Assembler.encode(name, text, options);
                }
            } else {
                encoded = Assembler.encode(name, inputPath(input), options);
            }
            names = object != null ? object.stream().map(ElfWriter.Encoded::name).toList()
                    : programs != null ? programs.stream().map(Program::name).toList()
                    : encoded.stream().map(Assembler.Encoded::name).toList();
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + reason(e));
            return Main.EXIT_USAGE;
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
        if (program != null) {
            int at = names.indexOf(program);
            if (at < 0) {
                err.println("bpfj: " + name + " has no program '" + program + "'; it has " + names);
                return Main.EXIT_USAGE;
            }
            if (object != null) {
                object = List.of(object.get(at));
            } else if (programs != null) {
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
        byte[] elf = null;
        if (f == Format.elf) {
            if (output == null) {
                err.println("bpfj: an ELF object goes to a file: add -o FILE.o");
                return Main.EXIT_USAGE;
            }
            try {
                if (object == null) {
                    elf = ElfWriter.write(programs);
                }
            } catch (EncodeException | ElfWriteException e) {
                err.println("bpfj: " + name + ": " + e.getMessage());
                return Main.EXIT_FAILED;
            }
        }
        try {
            if (object != null) {
                // Opened at the first byte: a program the writer refuses leaves no file behind.
                try (OutputStream os = new LazyFile(output)) {
                    ElfWriter.writeEncoded(object, os);
                } catch (ElfWriteException e) {
                    err.println("bpfj: " + name + ": " + e.getMessage());
                    return Main.EXIT_FAILED;
                }
            } else if (elf != null) {
                Files.write(output, elf);
            } else if (f == Format.raw) {
                if (output == null) {
                    out.flush();
                    encoded.get(0).writeTo(System.out);
                    System.out.flush();
                } else {
                    try (OutputStream os = Files.newOutputStream(output)) {
                        encoded.get(0).writeTo(os);
                    }
                }
            } else if (output == null) {
                hex(encoded, out);
                out.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    hex(encoded, w);
                }
            }
        } catch (IOException e) {
            err.println("bpfj: cannot write " + (output == null ? "standard output" : output) + ": " + reason(e));
            return Main.EXIT_FAILED;
        }
        return 0;
    }

    /**
     * The programs of a file the assembler can encode without its instruction model (see
     * {@link Assembler#encodeObject}), ready for {@link ElfWriter#writeEncoded}: the same object as
     * {@code ElfWriter.write(Assembler.assemble(name, text, options).programs())}. Null for any
     * other file.
     */
    static List<ElfWriter.Encoded> objectPrograms(String name, byte[] text, Assembler.Options options) {
        List<Assembler.EncodedProgram> ps = Assembler.encodeObject(text, options);
        if (ps == null) {
            return null;
        }
        List<ElfWriter.Encoded> out = new ArrayList<>(ps.size());
        for (Assembler.EncodedProgram p : ps) {
            out.add(new ElfWriter.Encoded(p.name(), p.section(), null, p.slots(), new ElfWriter.SourceLines(name,
                    text, p.lineStarts(), p.line(), p.column())));
        }
        return out;
    }

    /**
     * One instruction per line in hex, bytes in memory order (a 64-bit immediate load's two slots
     * on one line); a {@code # program NAME} line before each program when there are several.
     */
    static void hex(List<Assembler.Encoded> programs, Writer out) throws IOException {
        HexLines lines = new HexLines(out);
        for (Assembler.Encoded p : programs) {
            if (programs.size() > 1) {
                lines.flush();
                out.write("# program " + p.name() + "\n");
            }
            p.writeTo(lines);
            lines.endProgram();
        }
        lines.flush();
    }

    /** A file created and opened at the first write, written through a buffer. */
    private static final class LazyFile extends OutputStream {
        private final Path path;
        private OutputStream out;

        LazyFile(Path path) {
            this.path = path;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }

    /** Instruction bytes in, hex lines out, through one small buffer. */
    private static final class HexLines extends OutputStream {
        private static final char[] DIGITS = "0123456789abcdef".toCharArray();
        private final Writer out;
        private final char[] buf = new char[1 << 16];
        private int n;
        /** Bytes of the current line so far, and how many it takes (8, or 16 for ld_imm64). */
        private int inLine;
        private int lineLength = 8;

        HexLines(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (n + 3 > buf.length) {
                    flush();
                }
                int x = b[i] & 0xff;
                if (inLine == 0) {
                    // Only a 64-bit immediate load (opcode 0x18) takes two slots.
                    lineLength = x == 0x18 ? 16 : 8;
                }
                buf[n++] = DIGITS[x >> 4];
                buf[n++] = DIGITS[x & 0xf];
                if (++inLine == lineLength) {
                    buf[n++] = '\n';
                    inLine = 0;
                }
            }
        }

        /** A program ending inside a 64-bit load (invalid, but printable) ends its line. */
        void endProgram() throws IOException {
            if (inLine != 0) {
                if (n + 1 > buf.length) {
                    flush();
                }
                buf[n++] = '\n';
                inLine = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    // ---- Start without picocli ----

    /**
     * Runs {@code bpfj asm ARGS} without building picocli's command model, which costs more
     * start-up than assembling a big file: for the plain option forms only. Returns null for
     * anything else (help, unknown or repeated options, {@code --opt=value}, {@code @files}), which
     * picocli must read.
     */
    static Integer runDirect(String[] args) {
        AsmCommand c = parseDirect(args);
        return c == null ? null : direct(c::run);
    }

    private static final DirectArgs.Spec DIRECT = DirectArgs.spec().flag("--no-program-checks")
            .option("-o,--output", DirectArgs.PLAIN).option("--format", Set.of("raw", "hex", "elf")::contains)
            .option("--program", DirectArgs.PLAIN);

    /** The options of {@link #runDirect}, or null when picocli must read them. */
    static AsmCommand parseDirect(String[] args) {
        DirectArgs d = DIRECT.parse(args);
        if (d == null) {
            return null;
        }
        AsmCommand c = new AsmCommand();
        c.input = d.input();
        c.noProgramChecks = d.flag("--no-program-checks");
        c.output = d.value("--output") == null ? null : Path.of(d.value("--output"));
        c.format = d.value("--format") == null ? null : Format.valueOf(d.value("--format"));
        c.program = d.value("--program");
        return c;
    }

    /** A value picocli would take as it is: not empty, no option look, no argument file. */
    static boolean plainValue(String v) {
        return v != null && !v.isEmpty() && v.charAt(0) != '-' && v.charAt(0) != '@';
    }

    /** Runs a command on standard output and error as picocli would set them up. */
    static int direct(java.util.function.BiFunction<PrintWriter, PrintWriter, Integer> command) {
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(System.out, System.out.charset())), true);
        PrintWriter err = new PrintWriter(new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(System.err, System.err.charset())), true);
        try {
            return command.apply(out, err);
        } catch (RuntimeException e) {
            // As Main's handler: a bug shows as one line, not a stack trace.
            err.println("bpfj: internal error: " + e);
            return Main.EXIT_FAILED;
        } finally {
            out.flush();
            err.flush();
        }
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

    /** A path to read from, refusing directories as {@link #readBytes} does. */
    static Path inputPath(String input) throws IOException {
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            throw new IOException("is a directory");
        }
        return p;
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
