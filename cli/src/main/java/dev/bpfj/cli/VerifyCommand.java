package dev.bpfj.cli;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.AssemblyException;
import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.elf.ElfFormatException;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierOptions;
import dev.bpfj.verifier.VerifierResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bpfj verify}: the Linux verifier's verdict on every program of a file, computed without a
 * kernel. Rejections print as {@code FILE:LINE:COL: error: <kernel message>}, the source line and
 * a hint; {@code --format json} prints one JSON object per program per line. Exit code 0 when every
 * program is accepted, 1 when any is rejected, 2 for unusable input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check programs as the Linux 6.18 verifier would (privileged), without loading them.",
            "Input: bpfj assembly (.s) or an ELF object. Rejections are reported with the kernel's message,",
            "the source line and a hint on how to fix it."})
final class VerifyCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "A .s file or an ELF object; - reads standard input.")
    String input;

    @Option(names = "--program", paramLabel = "NAME", description = "Verify only this program of the file.")
    String program;

    @Option(names = "--log", description = "Also print the kernel-style verifier log (level 1: the failing path).")
    boolean log;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (one object per program per line).")
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
        List<Program> programs;
        List<String> sourceLines = List.of();
        try {
            if (input.endsWith(".s")) {
                String text = AsmCommand.readText(input);
                sourceLines = List.of(text.split("\n", -1));
                programs = Assembler.assemble(name, text, Assembler.Options.ENCODING_ONLY).programs();
            } else {
                ElfObject obj = ElfReader.read(AsmCommand.readBytes(input));
                for (String w : obj.warnings()) {
                    err.println("bpfj: " + name + ": warning: " + w);
                }
                programs = obj.programs();
            }
        } catch (AssemblyException e) {
            err.print(e.format());
            err.flush();
            return Main.EXIT_USAGE;
        } catch (ElfFormatException e) {
            err.println("bpfj: " + name + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + AsmCommand.reason(e));
            return Main.EXIT_USAGE;
        }
        if (program != null) {
            List<Program> sel = new ArrayList<>();
            for (Program p : programs) {
                if (p.name().equals(program)) {
                    sel.add(p);
                }
            }
            if (sel.isEmpty()) {
                err.println("bpfj: " + name + " has no program '" + program + "'; it has "
                        + programs.stream().map(Program::name).toList());
                return Main.EXIT_USAGE;
            }
            programs = sel;
        }
        if (programs.isEmpty()) {
            err.println("bpfj: " + name + " contains no program");
            return Main.EXIT_USAGE;
        }
        boolean anyRejected = false;
        VerifierOptions opts = VerifierOptions.DEFAULT.withLog(log);
        for (Program p : programs) {
            VerifierResult r;
            try {
                r = Verifier.verify(p, opts);
            } catch (IllegalArgumentException e) {
                err.println("bpfj: " + name + ": program " + p.name() + ": " + e.getMessage());
                return Main.EXIT_USAGE;
            }
            anyRejected |= !r.accepted();
            if (format == Format.json) {
                out.println(json(name, r));
            } else {
                text(name, r, sourceLines, out);
            }
        }
        out.flush();
        return anyRejected ? Main.EXIT_FAILED : 0;
    }

    private void text(String file, VerifierResult r, List<String> lines, PrintWriter out) {
        if (log) {
            out.print(r.log());
        }
        if (r.accepted()) {
            out.println(file + ": " + r.program() + " (" + r.type().shortName() + "): accepted, "
                    + r.processed() + " insns processed, " + r.states() + " states");
            return;
        }
        // Checks before verification (the attach type, for one) fail with an empty kernel log.
        String message = r.message() == null || r.message().isEmpty()
                ? "rejected with " + r.errno() + " before verification (the kernel logs nothing)"
                : r.message();
        SourcePos pos = r.location();
        if (pos.isKnown()) {
            out.println(pos + ": error: " + message);
            String src = pos.text();
            if (src == null && pos.line() - 1 < lines.size()) {
                src = lines.get(pos.line() - 1);
            }
            if (src != null) {
                src = src.replace("\t", "    ");
                out.println("    " + src.stripTrailing());
                if (pos.column() > 0) {
                    out.println("    " + " ".repeat(Math.max(0, pos.column() - 1)) + "^");
                }
            }
        } else {
            out.println(file + ": error: " + message);
            out.println("    in program " + r.program() + (r.insn() >= 0 ? " at insn " + r.insn() : ""));
        }
        for (String d : r.details()) {
            out.println("    " + d);
        }
        if (r.hint() != null) {
            out.println("hint: " + r.hint());
        }
    }

    static String json(String file, VerifierResult r) {
        StringBuilder sb = new StringBuilder(256);
        sb.append('{');
        field(sb, "file", file).append(',');
        field(sb, "program", r.program()).append(',');
        field(sb, "type", r.type().shortName()).append(',');
        sb.append("\"accepted\":").append(r.accepted()).append(',');
        sb.append("\"insn\":").append(r.accepted() || r.insn() < 0 ? "null" : Integer.toString(r.insn())).append(',');
        field(sb, "message", r.message()).append(',');
        field(sb, "errno", r.errno()).append(',');
        field(sb, "hint", r.hint()).append(',');
        field(sb, "location", r.location().isKnown() ? r.location().toString() : null).append(',');
        sb.append("\"processed\":").append(r.processed()).append(',');
        sb.append("\"states\":").append(r.states());
        if (!r.log().isEmpty()) {
            sb.append(',');
            field(sb, "log", r.log());
        }
        return sb.append('}').toString();
    }

    private static StringBuilder field(StringBuilder sb, String k, String v) {
        sb.append('"').append(k).append("\":");
        if (v == null) {
            return sb.append("null");
        }
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /**
     * Runs {@code bpfj verify ARGS} without picocli (see {@link AsmCommand#runDirect}); null for
     * anything but the plain option forms.
     */
    static Integer runDirect(String[] args) {
        VerifyCommand c = parseDirect(args);
        return c == null ? null : AsmCommand.direct(c::run);
    }

    private static final DirectArgs.Spec DIRECT = DirectArgs.spec().flag("--log")
            .option("--program", DirectArgs.PLAIN).option("--format", Set.of("text", "json")::contains);

    /** The options of {@link #runDirect}, or null when picocli must read them. */
    static VerifyCommand parseDirect(String[] args) {
        DirectArgs d = DIRECT.parse(args);
        if (d == null) {
            return null;
        }
        VerifyCommand c = new VerifyCommand();
        c.input = d.input();
        c.log = d.flag("--log");
        c.program = d.value("--program");
        if (d.value("--format") != null) {
            c.format = Format.valueOf(d.value("--format"));
        }
        return c;
    }
}
