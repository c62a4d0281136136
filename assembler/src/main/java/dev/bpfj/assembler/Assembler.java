package dev.bpfj.assembler;

import dev.bpfj.assembler.internal.Ast;
import dev.bpfj.assembler.internal.Builder;
import dev.bpfj.assembler.internal.LineEncoder;
import dev.bpfj.assembler.internal.ObjectText;
import dev.bpfj.assembler.internal.PlainText;
import dev.bpfj.assembler.internal.SourceText;
import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assembles bpfj assembly text into {@link dev.bpfj.core.Program}s.
 *
 * <p>The syntax is LLVM's BPF assembly as {@code llvm-objdump -d} prints it, the kernel verifier
 * log's instruction forms, and bpfj's directives:
 *
 * <pre>
 * .license "GPL"
 * .map redir_map type=sockmap key=4 value=8 entries=1
 * .program steer type=sk_lookup
 *     r6 = r1
 *     r2 = r10
 *     r2 += -4
 *     *(u32 *)(r10 - 4) = 0
 *     r1 = redir_map ll
 *     call bpf_map_lookup_elem
 *     if r0 == 0 goto drop
 *     ...
 * drop:
 *     r0 = 0
 *     exit
 * </pre>
 *
 * <p>Errors are collected for the whole file (up to {@link Options#maxErrors()}) and thrown as one
 * {@link AssemblyException}; no input makes the assembler throw anything else.
 */
public final class Assembler {
    private Assembler() {
    }

    /**
     * @param programChecks refuse what no program can load: writes to r10 and jumps leaving the
     *                      program; off only to assemble loose instruction streams
     * @param maxErrors     diagnostics reported before giving up
     */
    public record Options(boolean programChecks, int maxErrors) {
        public static final Options DEFAULT = new Options(true, 50);

        /** Only what the encoding needs: syntax, value ranges and symbols. */
        public static final Options ENCODING_ONLY = new Options(false, 50);
    }

    /** Assembles {@code text}; {@code file} names it in diagnostics. */
    public static Assembly assemble(String file, String text) {
        return assemble(file, text, Options.DEFAULT);
    }

    public static Assembly assemble(Path path) throws IOException {
        return assemble(path.toString(), Files.readAllBytes(path), Options.DEFAULT);
    }

    /**
     * The instructions of a text holding one program, labels resolved to offsets: convenient for
     * tests and snippets.
     */
    public static List<Insn> assembleInsns(String text, Options options) {
        return assemble("<input>", text, options).single().resolvedInsns();
    }

    public static Assembly assemble(String file, String text, Options options) {
        return assemble(file, text.getBytes(StandardCharsets.UTF_8), options);
    }

    /** Assembles UTF-8 source bytes; {@code file} names them in diagnostics. */
    public static Assembly assemble(String file, byte[] text, Options options) {
        PlainText.Slots plain = PlainText.encode(text, options.programChecks());
        if (plain != null) {
            return plainAssembly(file, text, plain.toLongs());
        }
        return general(file, text, options);
    }

    /**
     * One program's instructions encoded as {@link Program#encode()} encodes them: labels
     * resolved, map references with placeholder immediates.
     */
    public static final class Encoded {
        private final String name;
        private final byte[] code;
        private final PlainText.Slots slots;

        private Encoded(String name, byte[] code, PlainText.Slots slots) {
            this.name = name;
            this.code = code;
            this.slots = slots;
        }

        /** The program's name. */
        public String name() {
            return name;
        }

        /** The size of the code in bytes. */
        public int size() {
            return code != null ? code.length : slots.count() * 8;
        }

        /** The little-endian instruction bytes, in a new array. */
        public byte[] code() {
            return code != null ? code.clone() : slots.toBytes();
        }

        /** Writes the instruction bytes without gathering them into one array first. */
        public void writeTo(OutputStream out) throws IOException {
            if (code != null) {
                out.write(code);
            } else {
                slots.writeTo(out);
            }
        }
    }

    /**
     * Assembles and encodes every program of the file, in source order: what {@code bpfj asm}
     * writes as raw or hex. A file of plain instructions is encoded without building the
     * instruction model at all; errors are reported exactly as {@link #assemble} reports them.
     */
    public static List<Encoded> encode(String file, byte[] text, Options options) {
        PlainText.Slots plain = PlainText.encode(text, options.programChecks());
        if (plain != null) {
            return List.of(new Encoded(PlainText.PROGRAM, null, plain));
        }
        return encodeGeneral(file, text, options);
    }

    /**
     * Like {@link #encode(String, byte[], Options)} for the file at {@code path}, which a file of
     * plain instructions is read from piece by piece, never whole.
     */
    public static List<Encoded> encode(String file, Path path, Options options) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            PlainText.Slots plain = PlainText.encode(ch, size, options.programChecks());
            if (plain != null) {
                return List.of(new Encoded(PlainText.PROGRAM, null, plain));
            }
        }
        return encodeGeneral(file, Files.readAllBytes(path), options);
    }

    /**
     * One program of a single function, encoded as {@link Program#encode()} encodes it (as longs),
     * with per instruction its source line (1-based) and column: what
     * {@code SourcePos(file, line, column, text)} holds, without an object per instruction. The
     * text of line {@code L} is the source from {@code lineStarts[L - 1]} to
     * {@code lineStarts[L] - 1}, less a carriage return before that end; all programs of a file
     * share the array.
     */
    public record EncodedProgram(String name, String section, long[] slots, int[] lineStarts, int[] line,
                                 int[] column) {
    }

    /**
     * The programs {@link #assemble(String, byte[], Options)} would build from {@code text}, encoded,
     * for a file of programs made of plain instructions in program sections (as LLVM prints an
     * object: {@code .section}, {@code .globl}, {@code .type NAME,@function}, a function label,
     * then instructions); null for any other file and for a file with errors, which
     * {@link #assemble(String, byte[], Options)} then reads (and reports). Every program is
     * {@link Program}-equivalent: same name, section ({@link Program#section()}), license (none
     * given, so the default), code and source positions; it has no maps, relocations or local
     * functions.
     */
    public static List<EncodedProgram> encodeObject(byte[] text, Options options) {
        return ObjectText.encode(text, options.programChecks());
    }

    private static List<Encoded> encodeGeneral(String file, byte[] text, Options options) {
        List<Encoded> out = new ArrayList<>();
        for (Program p : general(file, text, options).programs()) {
            out.add(new Encoded(p.name(), p.encode(), null));
        }
        return out;
    }

    /** The program the general path builds for a loose instruction stream, from its slots. */
    private static Assembly plainAssembly(String file, byte[] text, long[] slots) {
        List<Insn> insns = InsnCodec.decodeSlots(slots);
        SourceText src = new SourceText(text);
        LineEncoder enc = new LineEncoder();
        List<SourcePos> pos = new ArrayList<>(insns.size());
        for (int line = 1; line <= src.count(); line++) {
            if (enc.parse(text, src.lineStart(line), src.lineEnd(line)) > 0) {
                pos.add(new SourcePos(file, line, enc.col, src.lineText(line)));
            }
        }
        Program p = new Program(PlainText.PROGRAM, ProgramType.UNSPEC, null, null, insns, Map.of(), List.of(),
                List.of(), List.of(), pos, PlainText.SECTION);
        return new Assembly(List.of(p), List.of(), null);
    }

    /** Any file: directives, labels, symbols, errors. */
    static Assembly general(String file, byte[] text, Options options) {
        SourceText src = new SourceText(text);
        Builder b = new Builder(file, src, options.programChecks(), options.maxErrors());
        Object[] lines = src.parseAll(b);
        b.expectLines(lines.length);
        for (int i = 0; i < lines.length && !b.full(); i++) {
            Object l = lines[i];
            // Dropped as soon as used: a big file's parse results should not outlive their line.
            lines[i] = null;
            if (l instanceof Ast.Instr in) {
                b.addInstruction(i + 1, in);
            } else if (l != null && l != Ast.Line.EMPTY) {
                b.add(i + 1, (Ast.Line) l);
            }
        }
        // Symbols are resolved even after line errors, so one run reports everything it can.
        Assembly a = b.full() ? null : b.finish();
        if (!b.diagnostics().isEmpty()) {
            List<Diagnostic> ds = new ArrayList<>(b.diagnostics());
            ds.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            if (b.full()) {
                ds.add(new Diagnostic(file, 0, 0, "too many errors; stopped after " + ds.size(), null));
            }
            throw new AssemblyException(ds);
        }
        return a;
    }
}
