package dev.bpfj.verifier.corpus;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.Assembly;
import dev.bpfj.core.Program;
import dev.bpfj.loader.KernelMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The verifier corpus: {@code .s} files under {@code src/test/resources/corpus}, each with a
 * {@code .expected} file next to it recording the live kernel's verdict per program.
 *
 * <p>{@code .expected} format: {@code key: value} lines per program, programs separated by a
 * {@code program:} line, then the kernel's log with each line prefixed by {@code | }.
 */
public final class Corpus {
    private Corpus() {
    }

    /** One recorded verdict. */
    public record Expected(String program, boolean accepted, String errno, int insn, String message,
                           long processed, String log) {
    }

    /** One case: a program from a {@code .s} file and what the kernel said about it. */
    public record Case(Path file, String id, Program program, Expected expected) {
    }

    /** The corpus directory: {@code verifier/src/test/resources/corpus} in the source tree. */
    public static Path dir() {
        String root = System.getProperty("bpfj.repo.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        Path p = base.resolve("verifier/src/test/resources/corpus");
        if (Files.isDirectory(p)) {
            return p;
        }
        return Path.of("src/test/resources/corpus").toAbsolutePath();
    }

    /** Every {@code .s} file under {@code dir}, sorted. */
    public static List<Path> sources(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Assembles a case file the way the recorder did (no assembler-level program checks). */
    public static Assembly assemble(Path file) throws IOException {
        return Assembler.assemble(file.getFileName().toString(), Files.readString(file),
                Assembler.Options.ENCODING_ONLY);
    }

    public static Path expectedFile(Path source) {
        String n = source.getFileName().toString();
        return source.resolveSibling(n.substring(0, n.length() - 2) + ".expected");
    }

    /** All cases with a recording, in file order. */
    public static List<Case> load(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path src : sources(dir)) {
            Path exp = expectedFile(src);
            if (!Files.exists(exp)) {
                continue;
            }
            Map<String, Expected> byProgram = parse(Files.readString(exp));
            Assembly asm = assemble(src);
            String rel = dir.relativize(src).toString();
            for (Program p : asm.programs()) {
                Expected e = byProgram.get(p.name());
                if (e != null) {
                    out.add(new Case(src, rel + ":" + p.name(), p, e));
                }
            }
        }
        return out;
    }

    static Map<String, Expected> parse(String text) {
        Map<String, Expected> out = new LinkedHashMap<>();
        String program = null;
        boolean accepted = false;
        String errno = null;
        int insn = -1;
        String message = null;
        long processed = -1;
        StringBuilder log = new StringBuilder();
        for (String line : (text + "\nprogram: \n").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(TRUNCATED)) {
                log.append(line).append('\n');
                continue;
            }
            if (line.startsWith("| ") || line.equals("|")) {
                log.append(line.length() > 2 ? line.substring(2) : "").append('\n');
                continue;
            }
            int c = line.indexOf(": ");
            String k = c < 0 ? line.strip() : line.substring(0, c);
            String v = c < 0 ? "" : line.substring(c + 2);
            switch (k) {
                case "program", "program:" -> {
                    if (program != null) {
                        out.put(program, new Expected(program, accepted, errno, insn, message, processed, log.toString()));
                    }
                    program = v.strip();
                    accepted = false;
                    errno = null;
                    insn = -1;
                    message = null;
                    processed = -1;
                    log.setLength(0);
                }
                case "verdict" -> accepted = v.strip().equals("accept");
                case "errno" -> errno = v.strip();
                case "insn" -> insn = Integer.parseInt(v.strip());
                case "message" -> message = v;
                case "processed" -> processed = Long.parseLong(v.strip());
                default -> {
                }
            }
        }
        return out;
    }

    static final int MAX_LOG_LINES = 400;
    private static final int HEAD_LINES = 100;
    private static final int TAIL_LINES = 30;
    /** Marks a log shortened on recording. */
    public static final String TRUNCATED = "|...";

    /** Whether the recorded log was shortened (too long to keep whole). */
    public static boolean truncated(Expected e) {
        return e.log().contains(TRUNCATED);
    }

    /** The {@code .expected} text for recorded verdicts. */
    public static String format(String kernel, List<Expected> es) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Recorded from Linux ").append(kernel)
                .append(" through bpfj's loader by scripts/record-verifier-corpus; do not edit.\n");
        for (Expected e : es) {
            sb.append("program: ").append(e.program()).append('\n');
            sb.append("verdict: ").append(e.accepted() ? "accept" : "reject").append('\n');
            if (!e.accepted()) {
                sb.append("errno: ").append(e.errno()).append('\n');
                sb.append("insn: ").append(e.insn()).append('\n');
                sb.append("message: ").append(e.message()).append('\n');
            }
            sb.append("processed: ").append(e.processed()).append('\n');
            String[] lines = e.log().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines.length > MAX_LOG_LINES && i == HEAD_LINES) {
                    // Long logs (complexity-limit cases) keep their start and their end.
                    sb.append(TRUNCATED).append(' ').append(lines.length - HEAD_LINES - TAIL_LINES)
                            .append(" lines omitted\n");
                    i = lines.length - TAIL_LINES;
                }
                if (!lines[i].isEmpty()) {
                    sb.append("| ").append(KernelMessages.mask(lines[i])).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
