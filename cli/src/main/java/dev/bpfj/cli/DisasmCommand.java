package dev.bpfj.cli;

import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.Program;
import dev.bpfj.core.insn.DecodeException;
import dev.bpfj.elf.ElfFormatException;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Set;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpfj disasm}: instruction bytes to assembly text that assembles back to the same bytes. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = {"Disassemble eBPF instructions into LLVM syntax that 'bpfj asm' reads back to the same bytes."})
final class DisasmCommand implements Callable<Integer> {
    enum Format { text, hex }

    @Parameters(index = "0", paramLabel = "IN", description = "An ELF object (bpfj or clang), or instruction bytes with --raw; - reads standard input.")
    String input;

    @Option(names = "--raw", description = "The input is raw instruction bytes (8-byte little-endian slots).")
    boolean raw;

    @Option(names = "--labels", description = "Print jump targets as labels instead of +N offsets.")
    boolean labels;

    @Option(names = "--program", paramLabel = "NAME", description = "Only this program of an ELF object.")
    String program;

    @Option(names = "--numeric", description = "Print helper calls by number, as llvm-objdump does.")
    boolean numeric;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default; assembles back) or hex (slot numbers and bytes, like llvm-objdump).")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command with its options set, writing to {@code out} and {@code err}. */
    int run(PrintWriter out, PrintWriter err) {
        String name = input.equals("-") ? "<stdin>" : input;
        Disassembler d = new Disassembler(new Disassembler.Options(!numeric, labels, format == Format.hex));
        if (raw) {
            return raw(d, name, out, err);
        }
        byte[] data;
        try {
            data = AsmCommand.readBytes(input);
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + AsmCommand.reason(e));
            return Main.EXIT_USAGE;
        }
        boolean elf = data.length >= 4 && data[0] == 0x7f && data[1] == 'E' && data[2] == 'L' && data[3] == 'F';
        if (!elf) {
            err.println("bpfj: " + name + " is not an ELF object; use --raw for raw instruction bytes");
            return Main.EXIT_USAGE;
        }
        if (format == Format.text && !labels) {
            Integer done = fromBytes(d, data, out, err, name);
            if (done != null) {
                return done;
            }
        }
        ElfObject obj;
        try {
            obj = ElfReader.read(data);
        } catch (ElfFormatException e) {
            err.println("bpfj: " + name + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        List<Program> programs = obj.programs();
        if (program != null) {
            Program p = obj.program(program);
            if (p == null) {
                err.println("bpfj: " + name + " has no program '" + program + "'; it has "
                        + programs.stream().map(Program::name).toList());
                return Main.EXIT_USAGE;
            }
            programs = List.of(p);
        }
        for (String w : obj.warnings()) {
            err.println("bpfj: " + name + ": warning: " + w);
        }
        try {
            out.print(d.disassemblePrograms(programs));
        } catch (RuntimeException e) {
            err.println("bpfj: " + name + ": " + e.getMessage());
            return Main.EXIT_FAILED;
        }
        out.flush();
        return 0;
    }

    /**
     * The object's programs printed from their code bytes: the same text as through the program
     * model, in a fraction of the time and memory. Null when the object (or the asked-for
     * program) needs the full reader, which then prints or reports exactly what it would anyway.
     */
    private Integer fromBytes(Disassembler d, byte[] data, PrintWriter out, PrintWriter err, String name) {
        ElfReader.Listing listing = ElfReader.readListing(data);
        if (listing == null) {
            return null;
        }
        List<Program> headers = listing.headers();
        List<byte[]> code = listing.code();
        if (program != null) {
            int k = 0;
            while (k < headers.size() && !headers.get(k).name().equals(program)) {
                k++;
            }
            if (k == headers.size()) {
                return null;
            }
            headers = List.of(headers.get(k));
            code = List.of(code.get(k));
        }
        // Kept until the end: invalid code (found while printing) goes the full reader's way.
        Pieces text = new Pieces();
        try {
            d.disassembleCode(headers, code, text);
        } catch (DecodeException e) {
            return null; // the full reader says where and why
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // Pieces never throws it
        }
        for (String w : listing.warnings()) {
            err.println("bpfj: " + name + ": warning: " + w);
        }
        for (char[] p : text.pieces) {
            out.write(p);
        }
        out.flush();
        return 0;
    }

    /** Text kept as the printer hands it over, without copying it into one ever larger buffer. */
    private static final class Pieces extends java.io.Writer {
        final List<char[]> pieces = new java.util.ArrayList<>();

        @Override
        public void write(char[] cbuf, int off, int len) {
            pieces.add(java.util.Arrays.copyOfRange(cbuf, off, off + len));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Raw instruction bytes, streamed: any amount of code in a small buffer. */
    private Integer raw(Disassembler d, String name, PrintWriter out, PrintWriter err) {
        InputStream in;
        try {
            in = input.equals("-") ? System.in : Files.newInputStream(AsmCommand.inputPath(input));
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + AsmCommand.reason(e));
            return Main.EXIT_USAGE;
        }
        try {
            d.disassemble(in, out);
        } catch (DecodeException e) {
            out.flush();
            err.println("bpfj: " + name + ": " + e.getMessage() + " (byte offset " + (long) e.slot() * 8 + ")");
            return Main.EXIT_FAILED;
        } catch (IOException e) {
            out.flush();
            err.println("bpfj: cannot read " + name + ": " + AsmCommand.reason(e));
            return Main.EXIT_USAGE;
        } finally {
            if (in != System.in) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // Nothing was written through it.
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Runs {@code bpfj disasm ARGS} without picocli (see {@link AsmCommand#runDirect}); null for
     * anything but the plain option forms.
     */
    static Integer runDirect(String[] args) {
        DisasmCommand c = parseDirect(args);
        return c == null ? null : AsmCommand.direct(c::run);
    }

    private static final DirectArgs.Spec DIRECT = DirectArgs.spec().flag("--raw").flag("--labels")
            .flag("--numeric").option("--program", DirectArgs.PLAIN).option("--format", Set.of("text", "hex")::contains);

    /** The options of {@link #runDirect}, or null when picocli must read them. */
    static DisasmCommand parseDirect(String[] args) {
        DirectArgs d = DIRECT.parse(args);
        if (d == null) {
            return null;
        }
        DisasmCommand c = new DisasmCommand();
        c.input = d.input();
        c.raw = d.flag("--raw");
        c.labels = d.flag("--labels");
        c.numeric = d.flag("--numeric");
        c.program = d.value("--program");
        if (d.value("--format") != null) {
            c.format = Format.valueOf(d.value("--format"));
        }
        return c;
    }
}
