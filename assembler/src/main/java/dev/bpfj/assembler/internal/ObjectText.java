package dev.bpfj.assembler.internal;

import dev.bpfj.assembler.Assembler.EncodedProgram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A file of programs made of plain instructions, as LLVM prints them for an object: a
 * {@code .section} naming a program type, {@code .globl} and {@code .type NAME,@function}, a
 * function label starting each program, then instruction lines. Such a file is encoded straight
 * to slots by {@link LineEncoder} in parallel (the few other lines go through the same readers
 * the general path uses), each instruction keeping only its line and column: the programs are
 * exactly those the general path builds, without an instruction or a position object each.
 *
 * <p>Anything else (maps, licenses, {@code .program}, {@code .text} functions, symbolic operands,
 * other labels, data, any error, jumps leaving their program) is left to the general path.
 */
public final class ObjectText {
    private ObjectText() {
    }

    private static final int CHUNK = 1 << 14;

    /** What one chunk of lines holds. */
    private static final class Part {
        long[] slots = new long[CHUNK + CHUNK / 8];
        int nSlots;
        /** Per instruction: its line index (0-based) and column. */
        int[] line = new int[CHUNK];
        int[] col = new int[CHUNK];
        int n;
        /** The other lines: their index, how many instructions of the chunk come before them, what they say. */
        final List<Integer> otherLine = new ArrayList<>();
        final List<Integer> otherBefore = new ArrayList<>();
        final List<Ast.Line> other = new ArrayList<>();

        void add(int lineIndex, int column, int r, long s0, long s1) {
            if (nSlots + 2 > slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
            }
            if (n == line.length) {
                line = Arrays.copyOf(line, n * 2);
                col = Arrays.copyOf(col, n * 2);
            }
            slots[nSlots++] = s0;
            if (r == 2) {
                slots[nSlots++] = s1;
            }
            line[n] = lineIndex;
            col[n] = column;
            n++;
        }
    }

    /**
     * The programs of {@code text}, or null when the general path must assemble it. With
     * {@code programChecks}, programs failing the general path's checks are left to it too (it
     * reports them).
     */
    public static List<EncodedProgram> encode(byte[] text, boolean programChecks) {
        SourceText src = new SourceText(text);
        int n = src.count();
        int chunks = (n + CHUNK - 1) / CHUNK;
        Part[] parts = new Part[chunks];
        boolean ok = PlainText.Parallel.run(chunks, c -> {
            Part part = chunk(src, text, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
            parts[c] = part;
            return part != null;
        });
        if (!ok) {
            return null;
        }
        return build(src, parts, programChecks);
    }

    private static Part chunk(SourceText src, byte[] text, int from, int to) {
        Part out = new Part();
        LineEncoder enc = new LineEncoder();
        for (int i = from; i < to; i++) {
            int s = src.lineStart(i + 1);
            int e = src.lineEnd(i + 1);
            int r;
            try {
                r = enc.parse(text, s, e);
            } catch (RuntimeException ex) {
                r = LineEncoder.GRAMMAR; // as the general path: the grammar decides
            }
            if (r == 0) {
                continue;
            }
            if (r > 0) {
                out.add(i, enc.col, r, enc.slot0, enc.slot1);
                continue;
            }
            String line = src.lineText(i + 1);
            Ast.Line l = FastLineParser.parse(line, 0, line.length());
            if (l == null) {
                LineParser.Result res = GrammarLines.parse(line);
                if (res.error() != null) {
                    return null;
                }
                l = res.line();
            }
            if (l.stmt() instanceof Ast.Instr in && !l.labels().isEmpty()) {
                return null; // a label beside an instruction: rare, the general path takes it
            }
            out.otherLine.add(i);
            out.otherBefore.add(out.n);
            out.other.add(l);
        }
        return out;
    }

    /** The general path's reading of sections, function symbols and labels, for what this path takes. */
    private static List<EncodedProgram> build(SourceText src, Part[] parts, boolean programChecks) {
        int total = 0;
        for (Part p : parts) {
            total += p.n;
        }
        // Where each unit starts (instruction index in the file).
        List<String> names = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        String section = ".text";
        boolean code = true;
        boolean current = false;
        Set<String> functionSymbols = new HashSet<>();
        int at = 0;
        for (Part p : parts) {
            int done = 0;
            for (int k = 0; k <= p.other.size(); k++) {
                int upTo = k < p.other.size() ? p.otherBefore.get(k) : p.n;
                if (upTo > done) {
                    // Instructions: into the current unit, or an implicit one named after the section.
                    if (!code || section.equals(".text")) {
                        return null;
                    }
                    if (!current) {
                        names.add(implicitName(section));
                        sections.add(section);
                        starts.add(at);
                        current = true;
                    }
                    at += upTo - done;
                    done = upTo;
                }
                if (k == p.other.size()) {
                    break;
                }
                Ast.Line l = p.other.get(k);
                for (Ast.LabelDef label : l.labels()) {
                    // Only labels of declared functions, each starting a program.
                    if (!code || section.equals(".text") || !functionSymbols.contains(label.name())) {
                        return null;
                    }
                    names.add(label.name());
                    sections.add(section);
                    starts.add(at);
                    current = true;
                }
                switch (l.stmt()) {
                    case null -> {
                    }
                    case Ast.SectionDir d -> {
                        section = d.name();
                        code = d.flags() != null ? d.flags().indexOf('x') >= 0
                                : section.equals(".text") || ProgramKinds.ofSection(section) != null;
                        current = false;
                        if (code && !section.equals(".text") && ProgramKinds.ofSection(section) == null) {
                            return null;
                        }
                    }
                    case Ast.OtherDir d -> {
                        String name = d.name();
                        if (name.equals("type") && d.args().size() >= 4
                                && d.args().get(d.args().size() - 1).equals("function")) {
                            functionSymbols.add(d.args().get(0));
                        } else if (!Builder.ignored(name)) {
                            return null;
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            }
        }
        if (starts.isEmpty()) {
            return null;
        }
        List<EncodedProgram> out = new ArrayList<>();
        // Copy each unit's instructions out of the parts, which hold them in file order; a
        // part's instructions take one slot each, a 64-bit load two.
        int part = 0;
        int local = 0;
        int localSlot = 0;
        for (int u = 0; u < starts.size(); u++) {
            int from = starts.get(u);
            int to = u + 1 < starts.size() ? starts.get(u + 1) : total;
            int m = to - from;
            if (m == 0) {
                return null; // "has no instructions"
            }
            int[] ul = new int[m];
            int[] uc = new int[m];
            long[] us = new long[slotCount(parts, part, localSlot, m)];
            int nSlots = 0;
            for (int i = 0; i < m; ) {
                Part p = parts[part];
                if (local == p.n) {
                    part++;
                    local = 0;
                    localSlot = 0;
                    continue;
                }
                int k = Math.min(m - i, p.n - local);
                int slotFrom = localSlot;
                int slotEnd = local + k < p.n ? skip(p.slots, slotFrom, k) : p.nSlots;
                int slotCount = slotEnd - slotFrom;
                localSlot = slotEnd;
                System.arraycopy(p.slots, slotFrom, us, nSlots, slotCount);
                nSlots += slotCount;
                System.arraycopy(p.col, local, uc, i, k);
                for (int j = 0; j < k; j++) {
                    ul[i + j] = p.line[local + j] + 1;
                }
                i += k;
                local += k;
            }
            if (!plainProgram(us, programChecks)) {
                return null;
            }
            out.add(new EncodedProgram(names.get(u), sections.get(u), us, src.starts(), ul, uc));
        }
        return out;
    }

    /** The slot after {@code k} instructions starting at slot {@code at}. */
    private static int skip(long[] slots, int at, int k) {
        for (; k > 0; k--) {
            at += ((int) slots[at] & 0xff) == LDDW ? 2 : 1;
        }
        return at;
    }

    /** The slots of {@code m} instructions starting at slot {@code slot} of part {@code part}. */
    private static int slotCount(Part[] parts, int part, int slot, int m) {
        int n = 0;
        while (m > 0) {
            Part p = parts[part];
            int end = p.nSlots;
            int k = 0;
            while (k < m && slot < end) {
                int w = ((int) p.slots[slot] & 0xff) == LDDW ? 2 : 1;
                slot += w;
                n += w;
                k++;
            }
            m -= k;
            part++;
            slot = 0;
        }
        return n;
    }

    private static String implicitName(String section) {
        String n = section.startsWith(".") ? section.substring(1) : section;
        return n.replace('/', '_');
    }

    private static final int LDDW = 0x18;

    /**
     * No bpf-to-bpf call or function address (the general path makes those into functions),
     * every jump lands inside the program, and with {@code programChecks} the rest of the
     * general path's checks pass: no write to r10, no jump into the middle of a 64-bit load.
     */
    static boolean plainProgram(long[] slots, boolean programChecks) {
        int total = slots.length;
        long[] second = new long[(total + 63) >>> 6];
        for (int s = 0; s < total; s++) {
            long v = slots[s];
            int op = (int) v & 0xff;
            int src = (int) (v >>> 12) & 0xf;
            if (op == 0x85 && src == 1) {
                return false;
            }
            if (programChecks && !PlainText.writesOnlyAllowed(v)) {
                return false;
            }
            if (op == LDDW) {
                if (src == 4) {
                    return false;
                }
                s++;
                if (s < total) {
                    second[s >>> 6] |= 1L << s;
                }
            }
        }
        for (int s = 0; s < total; s++) {
            long v = slots[s];
            if (((int) v & 0xff) == LDDW) {
                s++;
                continue;
            }
            long off = PlainText.jumpOffset(v);
            if (off == PlainText.NO_JUMP) {
                continue;
            }
            long dest = s + 1 + off;
            if (dest < 0 || dest >= total) {
                return false;
            }
            if (programChecks && (second[(int) (dest >>> 6)] & 1L << dest) != 0) {
                return false;
            }
        }
        return true;
    }
}
