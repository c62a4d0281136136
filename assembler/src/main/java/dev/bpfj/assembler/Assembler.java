package dev.bpfj.assembler;

import dev.bpfj.assembler.internal.Ast;
import dev.bpfj.assembler.internal.Builder;
import dev.bpfj.assembler.internal.FastLineParser;
import dev.bpfj.assembler.internal.LineParser;
import dev.bpfj.core.insn.Insn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        return assemble(path.toString(), Files.readString(path, StandardCharsets.UTF_8), Options.DEFAULT);
    }

    /**
     * The instructions of a text holding one program, labels resolved to offsets: convenient for
     * tests and snippets.
     */
    public static List<Insn> assembleInsns(String text, Options options) {
        return assemble("<input>", text, options).single().resolvedInsns();
    }

    public static Assembly assemble(String file, String text, Options options) {
        Source src = new Source(text);
        Builder b = new Builder(file, src, options.programChecks(), options.maxErrors());
        Object[] lines = parseAll(text, src, b);
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
            List<Diagnostic> ds = new java.util.ArrayList<>(b.diagnostics());
            ds.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            if (b.full()) {
                ds.add(new Diagnostic(file, 0, 0, "too many errors; stopped after " + ds.size(), null));
            }
            throw new AssemblyException(ds);
        }
        return a;
    }

    /** Lines split once; each parsed by the fast path, else by the grammar. */
    static final class Source implements Builder.Source {
        final String text;
        int[] starts;
        int count;

        Source(String text) {
            this.text = text;
            int len = text.length();
            int[] s = new int[Math.max(16, len / 16)];
            int n = 0;
            int at = 0;
            while (true) {
                if (n + 1 >= s.length) {
                    s = Arrays.copyOf(s, s.length * 2);
                }
                s[n++] = at;
                int nl = text.indexOf('\n', at);
                if (nl < 0 || nl + 1 == len) {
                    break;
                }
                at = nl + 1;
            }
            // The end of line i is starts[i + 1] - 1; a final line without newline ends at len.
            s[n] = len > 0 && text.charAt(len - 1) == '\n' ? len : len + 1;
            this.starts = s;
            this.count = n;
        }

        int count() {
            return count;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            int e = starts[i + 1] - 1;
            if (e > starts[i] && text.charAt(e - 1) == '\r') {
                e--;
            }
            return Math.max(e, starts[i]);
        }

        @Override
        public String lineText(int line) {
            if (line < 1 || line > count) {
                return null;
            }
            return text.substring(start(line - 1), end(line - 1));
        }
    }

    private static final int CHUNK = 1 << 14;

    /** Per line: an {@link Ast.Instr} for a plain instruction line, else an {@link Ast.Line}, or null. */
    private static Object[] parseAll(String text, Source src, Builder b) {
        int n = src.count();
        Object[] out = new Object[n];
        LineParser.Error[] errors = new LineParser.Error[n];
        int threads = n >= 4 * CHUNK ? Math.min(Runtime.getRuntime().availableProcessors(), 4) : 1;
        if (threads <= 1) {
            parseRange(src, 0, n, out, errors);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "bpfj-asm");
                t.setDaemon(true);
                return t;
            });
            try {
                Future<?>[] fs = new Future<?>[(n + CHUNK - 1) / CHUNK];
                for (int c = 0; c < fs.length; c++) {
                    int from = c * CHUNK;
                    int to = Math.min(n, from + CHUNK);
                    fs[c] = pool.submit(() -> parseRange(src, from, to, out, errors));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("assembler worker failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < n; i++) {
            if (errors[i] != null) {
                b.error(i + 1, errors[i].col(), errors[i].message());
                out[i] = null;
            }
        }
        return out;
    }

    private static final ThreadLocal<LineParser> PARSERS = ThreadLocal.withInitial(LineParser::new);

    private static void parseRange(Source src, int from, int to, Object[] out, LineParser.Error[] errors) {
        LineParser slow = null;
        String text = src.text;
        for (int i = from; i < to; i++) {
            int s = src.start(i);
            int e = src.end(i);
            Ast.Line l = FastLineParser.parse(text, s, e);
            if (l == null) {
                if (slow == null) {
                    slow = PARSERS.get();
                }
                LineParser.Result r = slow.parse(text.substring(s, e));
                if (r.error() != null) {
                    errors[i] = r.error();
                } else {
                    l = r.line();
                }
            }
            out[i] = l != null && l.opcodeHint() < 0 && l.labels().isEmpty() && l.stmt() instanceof Ast.Instr in ? in : l;
        }
    }
}
