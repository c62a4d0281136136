package dev.bpfj.assembler.internal;

import dev.bpfj.core.insn.InsnCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 source bytes split into lines once, for the general path: each line is read by the
 * fastest reader that answers for it ({@link LineEncoder}, then {@link FastLineParser} on the
 * line's text, then the grammar). Line texts are decoded only when needed.
 */
public final class SourceText implements Builder.Source {
    private final byte[] text;
    private int[] starts;
    private final int count;

    public SourceText(byte[] text) {
        this.text = text;
        int len = text.length;
        int[] s = new int[Math.max(16, len / 16)];
        int n = 0;
        int at = 0;
        while (true) {
            if (n + 1 >= s.length) {
                s = Arrays.copyOf(s, s.length * 2);
            }
            s[n++] = at;
            int nl = at;
            while (nl < len && text[nl] != '\n') {
                nl++;
            }
            if (nl >= len || nl + 1 == len) {
                break;
            }
            at = nl + 1;
        }
        // The end of line i is starts[i + 1] - 1; a final line without newline ends at len.
        s[n] = len > 0 && text[len - 1] == '\n' ? len : len + 1;
        this.starts = s;
        this.count = n;
    }

    public int count() {
        return count;
    }

    /**
     * Line starts, shared (not to be changed): line {@code L} (1-based) runs from
     * {@code starts()[L - 1]} to {@code starts()[L] - 1}, where its newline is (or the end of the
     * text), less a carriage return before it; {@link #lineEnd} says the same.
     */
    public int[] starts() {
        return starts;
    }

    /** Byte offset where line {@code line} (1-based) starts. */
    public int lineStart(int line) {
        return start(line - 1);
    }

    /** Byte offset where line {@code line} (1-based) ends, before its line break. */
    public int lineEnd(int line) {
        return end(line - 1);
    }

    private int start(int i) {
        return starts[i];
    }

    private int end(int i) {
        int e = starts[i + 1] - 1;
        if (e > starts[i] && text[e - 1] == '\r') {
            e--;
        }
        return Math.max(e, starts[i]);
    }

    @Override
    public String lineText(int line) {
        if (line < 1 || line > count) {
            return null;
        }
        return string(line - 1);
    }

    private String string(int i) {
        return new String(text, start(i), end(i) - start(i), StandardCharsets.UTF_8);
    }

    private static final int CHUNK = 1 << 14;

    /**
     * Per line: an {@link Ast.Instr} for a plain instruction line, else an {@link Ast.Line}, or
     * null for a line with an error (reported to {@code b}).
     */
    public Object[] parseAll(Builder b) {
        int n = count;
        Object[] out = new Object[n];
        int[] errorCols = new int[n];
        String[] errors = new String[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        PlainText.Parallel.run(chunks, c -> {
            parseRange(c * CHUNK, Math.min(n, (c + 1) * CHUNK), out, errorCols, errors);
            return true;
        });
        for (int i = 0; i < n; i++) {
            if (errors[i] != null) {
                b.error(i + 1, errorCols[i], errors[i]);
                out[i] = null;
            }
        }
        return out;
    }

    private void parseRange(int from, int to, Object[] out, int[] errorCols, String[] errors) {
        LineEncoder enc = new LineEncoder();
        for (int i = from; i < to; i++) {
            int s = start(i);
            int e = end(i);
            int r;
            try {
                r = enc.parse(text, s, e);
            } catch (RuntimeException ex) {
                r = LineEncoder.GRAMMAR; // a defect of the fast path must not lose the line
            }
            if (r == 0) {
                out[i] = Ast.Line.EMPTY;
                continue;
            }
            if (r > 0) {
                long[] slots = r == 1 ? new long[] {enc.slot0} : new long[] {enc.slot0, enc.slot1};
                out[i] = Ast.Instr.plain(InsnCodec.decodeSlots(slots).get(0), enc.col);
                continue;
            }
            String line = string(i);
            Ast.Line l = FastLineParser.parse(line, 0, line.length());
            if (l == null) {
                LineParser.Result res = GrammarLines.parse(line);
                if (res.error() != null) {
                    errorCols[i] = res.error().col();
                    errors[i] = res.error().message();
                    continue;
                }
                l = res.line();
            }
            out[i] = l.opcodeHint() < 0 && l.labels().isEmpty() && l.stmt() instanceof Ast.Instr in ? in : l;
        }
    }
}
