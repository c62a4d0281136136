package dev.bpfj.difftest;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.Assembly;
import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.Program;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.ProgramLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes disagreements as verifier corpus cases, in the corpus' own format: a {@code .s} file
 * with the program in bpfj's assembly (labels for jump targets, maps by name; comment lines say
 * how difftest found it and what bpfj said) and, next to it, a {@code .expected} file with the
 * live kernel's verdict recorded through bpfj's loader (verdict, errno, failing instruction, key
 * message, processed instructions, the masked level-1 log). Existing files are never overwritten;
 * a case whose program text is already in the directory is not written again.
 */
public final class CorpusWriter {
    private static final Disassembler PRINTER = new Disassembler(new Disassembler.Options(true, true, false));

    /**
     * The kernel's verdict on one program as the corpus records it.
     *
     * @param insn the failing instruction's slot as the kernel numbers it, or -1
     * @param message the key message (kernel addresses masked); null when accepted
     * @param log the whole level-1 log
     */
    public record Recording(boolean accepted, String errno, int insn, String message, long processed, String log) {
    }

    /** Records the kernel's verdict on a program. */
    @FunctionalInterface
    public interface Recorder {
        Recording record(Program p);
    }

    private final Path dir;
    private final Recorder recorder;
    private final String kernelRelease;

    /** Writes into {@code dir}, recording verdicts from the live kernel. */
    public CorpusWriter(Path dir) {
        this(dir, CorpusWriter::recordWithKernel, kernelRelease());
    }

    public CorpusWriter(Path dir, Recorder recorder, String kernelRelease) {
        this.dir = dir;
        this.recorder = recorder;
        this.kernelRelease = kernelRelease;
    }

    public Path dir() {
        return dir;
    }

    /** The running kernel's release, as the corpus headers name it. */
    public static String kernelRelease() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
        } catch (IOException e) {
            return System.getProperty("os.version");
        }
    }

    /** The verdict the way the verifier corpus' recorder takes it: a level-1 log from the first load. */
    public static Recording recordWithKernel(Program p) {
        LoadResult r = ProgramLoader.tryLoad(p, new LogOptions(1, false, true, 1 << 20, 256 << 20));
        String log = r.log() == null ? "" : r.log();
        if (r.accepted()) {
            return new Recording(true, null, -1, null, r.processedInsns(), log);
        }
        String key = Messages.keyLine(log);
        if (key.isEmpty()) {
            key = Messages.mask(r.keyLine());
        }
        return new Recording(false, r.errnoName(), Messages.failingSlot(log), key, r.processedInsns(), log);
    }

    /** The program as assembly text (what a corpus case holds below its header). */
    public static String text(Program p) {
        return PRINTER.disassemble(p);
    }

    /**
     * Writes {@code c} as a case ({@code .s} and {@code .expected}); returns the {@code .s} file, or
     * null when an identical program is already in the directory or the program has no text form.
     * {@code provenance} says where it came from (seed and index).
     */
    public Path write(Comparison c, String provenance) {
        String body = text(c.program());
        try {
            checkRoundTrip(c.program(), body);
        } catch (RuntimeException e) {
            return null;
        }
        String hash = hash(body);
        String stem = "difftest-" + c.program().type().shortName().replace('_', '-') + "-" + c.outcome().slug()
                + "-" + hash;
        try {
            Files.createDirectories(dir);
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith("-" + hash + ".s"))) {
                    return null;
                }
            }
            Recording rec = recorder.record(c.program());
            Path file = dir.resolve(stem + ".s");
            Files.writeString(file, header(c, provenance) + body, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(stem + ".expected"), expected(c.program().name(), rec, provenance),
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comment lines on top of the program: how it was found and what bpfj said then. */
    static String header(Comparison c, String provenance) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Found by difftest (").append(provenance).append("): ").append(c.outcome().slug()).append('\n');
        sb.append("# kernel: ").append(oneLine(c.kernel().toString())).append('\n');
        sb.append("# bpfj:   ").append(oneLine(c.bpfj().toString())).append('\n');
        return sb.toString();
    }

    /** The {@code .expected} text, in the format of the verifier corpus. */
    String expected(String program, Recording r, String provenance) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Recorded from Linux ").append(kernelRelease).append(" through bpfj's loader by difftest (")
                .append(provenance).append("); do not edit.\n");
        sb.append("program: ").append(program).append('\n');
        sb.append("verdict: ").append(r.accepted() ? "accept" : "reject").append('\n');
        if (!r.accepted()) {
            sb.append("errno: ").append(r.errno()).append('\n');
            sb.append("insn: ").append(r.insn()).append('\n');
            sb.append("message: ").append(r.message()).append('\n');
        }
        sb.append("processed: ").append(r.processed()).append('\n');
        for (String l : r.log().split("\n")) {
            if (!l.isEmpty()) {
                sb.append("| ").append(Messages.mask(l)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').strip();
    }

    /** The printed program must assemble back to the same instructions; else the case would lie. */
    static void checkRoundTrip(Program p, String text) {
        Assembly a = Assembler.assemble("difftest.s", text, Assembler.Options.ENCODING_ONLY);
        Program back = a.single();
        if (!Arrays.equals(back.encode(), p.encode()) || !back.relocations().equals(p.relocations())) {
            throw new IllegalStateException("printed program does not assemble back to itself:\n" + text);
        }
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Every case file in the directory (sorted). */
    public List<Path> cases() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".s")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
