package dev.bpfj.elf;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.SectionNames;
import dev.bpfj.core.insn.EncodeException;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.elf.btf.Btf;
import dev.bpfj.elf.btf.BtfExt;
import dev.bpfj.elf.btf.BtfType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes programs as one libbpf-compatible ELF64 relocatable object ({@code EM_BPF}).
 *
 * <p>Layout, as clang lays out {@code -O2 -g -target bpf} objects:
 * <ul>
 *   <li>each program's main function in its section ({@link Program#section()}, else the type's
 *       libbpf name from {@link SectionNames#forProgram}), flags AX, a GLOBAL FUNC symbol with its
 *       size; programs with the same section share it;</li>
 *   <li>subprograms in {@code .text} as LOCAL FUNC symbols; a subprogram that several programs
 *       carry identically is written once; bpf-to-bpf calls get {@code R_BPF_64_32} relocations
 *       against the {@code .text} section symbol, callback addresses {@code R_BPF_64_64};</li>
 *   <li>{@code .maps} with BTF-defined map definitions and a GLOBAL OBJECT symbol per map; map
 *       loads get {@code R_BPF_64_64} against the map's symbol; programs share maps by name;</li>
 *   <li>{@code license}, {@code .BTF} (map structs, VAR and DATASEC with final sizes and offsets,
 *       FUNC and FUNC_PROTO per function), {@code .BTF.ext} (func info, and line info from
 *       {@link Program#positions()} so that {@code bpftool prog dump xlated ... linum} shows the
 *       user's source lines).</li>
 * </ul>
 * The same programs always give the same bytes.
 *
 * <pre>{@code
 * byte[] object = ElfWriter.write(List.of(program));
 * Files.write(Path.of("prog.o"), object);
 * }</pre>
 */
public final class ElfWriter {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED_SECTIONS = Set.of("", ".text", ".maps", "maps", "license", "version",
            ".BTF", ".BTF.ext", ".strtab", ".symtab", ".shstrtab", ".data", ".rodata", ".bss");

    private ElfWriter() {
    }

    /** Whether {@code s} is a C identifier, as BTF requires of function, variable and map names. */
    public static boolean isIdentifier(String s) {
        return s != null && IDENTIFIER.matcher(s).matches();
    }

    /** Writes one object holding {@code programs}. */
    public static byte[] write(Program... programs) {
        return write(List.of(programs));
    }

    /**
     * Writes one object holding {@code programs}.
     *
     * @throws ElfWriteException when the programs cannot be expressed as an object (the message says why)
     */
    public static byte[] write(List<Program> programs) {
        return new Writer(programs, null).write();
    }

    /**
     * Source lines of encoded instructions: per instruction its (1-based) line and column, in
     * {@code line} and {@code column}; the text of line {@code L} is {@code source} (UTF-8) from
     * {@code lineStarts[L - 1]} to {@code lineStarts[L] - 1}, less a carriage return before that
     * end. Instruction {@code k} is at {@link SourcePos}{@code (file, line[k], column[k], text)}.
     */
    public record SourceLines(String file, byte[] source, int[] lineStarts, int[] line, int[] column) {
        /** The position of instruction {@code k}, as {@link Program#positions()} would hold it. */
        public SourcePos at(int k) {
            int s = textStart(k);
            return new SourcePos(file, line[k], column[k],
                    new String(source, s, textEnd(k) - s, StandardCharsets.UTF_8));
        }

        int textStart(int k) {
            return lineStarts[line[k] - 1];
        }

        int textEnd(int k) {
            int s = lineStarts[line[k] - 1];
            int e = lineStarts[line[k]] - 1;
            if (e > s && source[e - 1] == '\r') {
                e--;
            }
            return Math.max(e, s);
        }
    }

    /**
     * One program given as encoded instructions (what {@link Program#encode()} gives, as longs in
     * instruction order) with the source line of each, in the ELF section {@code section}: a
     * program of one function, without map loads, bpf-to-bpf calls or function addresses, whose
     * jumps stay inside it. The object is the same, byte for byte, as {@link #write(List)} writes
     * for the equivalent {@link Program}s; large programs are written without an object per
     * instruction. The writer does not change the arrays.
     */
    public record Encoded(String name, String section, String license, long[] slots, SourceLines lines) {
    }

    /**
     * Writes one object holding {@code programs}.
     *
     * @throws ElfWriteException when the programs cannot be expressed as an object, or are not what
     *                           {@link Encoded} describes (the message says why)
     */
    public static byte[] writeEncoded(List<Encoded> programs) {
        return new Writer(null, programs).write();
    }

    /**
     * Writes the object {@link #writeEncoded(List)} returns to {@code out}, without holding all
     * of it in one array; every check is made (and {@link ElfWriteException} thrown) before the
     * first byte is written.
     */
    public static void writeEncoded(List<Encoded> programs, java.io.OutputStream out) throws java.io.IOException {
        new Writer(null, programs).writeTo(out);
    }

    private static String safe(String s) {
        if (s == null) {
            return "";
        }
        // BTF strings end at NUL; a NUL inside a source line would cut it short anyway.
        return s.indexOf('\0') >= 0 ? s.replace('\0', ' ') : s;
    }

    /**
     * Repeated line texts, found before the string table sees them: per text the first earlier
     * one with the same bytes, on two threads (each takes the texts of one half of the hash
     * values, in order), so that a million lines with many repeats cost the table one look-up per
     * distinct text instead of one comparison at a random place per repeat.
     */
    private static final class Repeats {
        private static final int PARALLEL_FROM = 1 << 14;

        /**
         * {@code first[r]}: the first {@code q <= r} whose text equals text {@code r}, for texts
         * of ASCII without NUL; -1 for the others.
         */
        static int[] first(byte[] src, int[] starts, int[] ln, int m) {
            int[] first = new int[m];
            int[] hash = new int[m];
            for (int r = 0; r < m; r++) {
                int h = 0;
                boolean plain = true;
                for (int k = start(starts, ln[r]), e = end(src, starts, ln[r]); k < e; k++) {
                    byte c = src[k];
                    plain &= c > 0;
                    h = 31 * h + c;
                }
                hash[r] = h * 0x9E3779B9;
                first[r] = plain ? r : -1;
            }
            if (m < PARALLEL_FROM) {
                scan(src, starts, ln, m, hash, first, -1);
                return first;
            }
            RuntimeException[] failed = new RuntimeException[1];
            Thread other = new Thread(() -> {
                try {
                    scan(src, starts, ln, m, hash, first, 1);
                } catch (RuntimeException e) {
                    failed[0] = e;
                }
            }, "bpfj-elf");
            other.setDaemon(true);
            other.start();
            scan(src, starts, ln, m, hash, first, 0);
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            return first;
        }

        private static int[] grow(int[] table, int[] hash) {
            int[] t = new int[table.length * 2];
            int mask = t.length - 1;
            for (int x : table) {
                if (x != 0) {
                    int i = hash[x - 1] >>> 7 & mask;
                    while (t[i] != 0) {
                        i = i + 1 & mask;
                    }
                    t[i] = x;
                }
            }
            return t;
        }

        /** Where the text of line {@code line} starts, as {@link SourceLines} has it. */
        static int start(int[] starts, int line) {
            return starts[line - 1];
        }

        /** Where the text of line {@code line} ends, as {@link SourceLines} has it. */
        static int end(byte[] src, int[] starts, int line) {
            int s = starts[line - 1];
            int e = starts[line] - 1;
            if (e > s && src[e - 1] == '\r') {
                e--;
            }
            return Math.max(e, s);
        }

        /** The texts whose lowest hash bit is {@code part} (all texts when -1), in order. */
        private static void scan(byte[] src, int[] starts, int[] ln, int m, int[] hash, int[] first, int part) {
            // Sized for half of the texts being distinct, grown at three quarters: fresh memory is
            // slow to touch, and many texts are repeats.
            int size = Integer.highestOneBit(Math.max(16, part < 0 ? 2 * m : m));
            int[] table = new int[size];
            int mask = size - 1;
            int count = 0;
            for (int r = 0; r < m; r++) {
                int h = hash[r];
                if (first[r] < 0 || (part >= 0 && (h & 1) != part)) {
                    continue;
                }
                int i = h >>> 7 & mask;
                while (true) {
                    int e = table[i] - 1;
                    if (e < 0) {
                        table[i] = r + 1;
                        if (++count * 4L > table.length * 3L) {
                            table = grow(table, hash);
                            mask = table.length - 1;
                        }
                        break;
                    }
                    if (hash[e] == h && Arrays.equals(src, start(starts, ln[e]), end(src, starts, ln[e]),
                            src, start(starts, ln[r]), end(src, starts, ln[r]))) {
                        first[r] = e;
                        break;
                    }
                    i = i + 1 & mask;
                }
            }
        }
    }

    private static void putLong(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
        b[at + 4] = (byte) (v >>> 32);
        b[at + 5] = (byte) (v >>> 40);
        b[at + 6] = (byte) (v >>> 48);
        b[at + 7] = (byte) (v >>> 56);
    }

    private static long getLong(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[at + i] & 0xffL);
        }
        return v;
    }

    // ---- Per-program analysis ------------------------------------------------------------------

    /** A reference from an instruction (by slot within its function) to another function. */
    private record CallSite(int slot, int target, boolean address) {
    }

    /** One function of one program, with its code cut out and its references made symbolic. */
    private static final class Fn {
        final Prog prog;
        final int index;         // position in prog.fns
        final String name;
        final int startInsn;
        final int endInsn;
        long[] slots;            // references zeroed
        final List<CallSite> calls = new ArrayList<>();
        final TreeMap<Integer, String> mapRefs = new TreeMap<>(); // slot -> map
        Positions positions;     // per insn
        int[] insnSlots;         // slot of each insn, within the function; null: see insnSlots()

        /** The slot of each instruction, made on first use for encoded programs. */
        int[] insnSlots() {
            if (insnSlots == null) {
                int[] at = new int[positions.size()];
                for (int s = 0, k = 0; k < at.length; k++) {
                    at[k] = s;
                    s += ((int) slots[s] & 0xff) == 0x18 ? 2 : 1;
                }
                insnSlots = at;
            }
            return insnSlots;
        }

        Fn(Prog prog, int index, String name, int startInsn, int endInsn) {
            this.prog = prog;
            this.index = index;
            this.name = name;
            this.startInsn = startInsn;
            this.endInsn = endInsn;
        }
    }

    private static final class Prog {
        final String name;
        final String section;
        final List<Fn> fns = new ArrayList<>();

        Prog(String name, String section) {
            this.name = name;
            this.section = section;
        }
    }

    /** The source positions of a function's instructions, indexed from its first. */
    private interface Positions {
        int size();

        SourcePos at(int k);

        /** Whether instruction {@code k} has the position of instruction {@code k - 1}. */
        default boolean sameAsPrevious(int k) {
            return at(k).equals(at(k - 1));
        }

        default int line(int k) {
            return at(k).line();
        }

        default int column(int k) {
            return at(k).column();
        }

        default int fileName(int k, Btf.Builder btf) {
            return btf.string(safe(at(k).file()));
        }

        default int text(int k, Btf.Builder btf) {
            return btf.string(safe(at(k).text()));
        }

        default boolean equalTo(Positions o) {
            if (size() != o.size()) {
                return false;
            }
            for (int k = 0; k < size(); k++) {
                if (!at(k).equals(o.at(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Instructions {@code [from, to)} of a program's positions ({@link SourcePos#UNKNOWN} when it has none). */
    private record ListPositions(Program p, int from, int to) implements Positions {
        @Override
        public int size() {
            return to - from;
        }

        @Override
        public SourcePos at(int k) {
            return p.position(from + k);
        }
    }

    /** Positions read from the arrays of {@link SourceLines}, line texts as bytes. */
    private static final class LinePositions implements Positions {
        final SourceLines l;
        int fileOff = -1;

        LinePositions(SourceLines l) {
            this.l = l;
        }

        @Override
        public int size() {
            return l.line().length;
        }

        @Override
        public SourcePos at(int k) {
            return l.at(k);
        }

        @Override
        public int line(int k) {
            return l.line()[k];
        }

        @Override
        public int column(int k) {
            return l.column()[k];
        }

        @Override
        public boolean sameAsPrevious(int k) {
            // The same line has the same text.
            return l.line()[k] == l.line()[k - 1] && l.column()[k] == l.column()[k - 1];
        }

        @Override
        public int fileName(int k, Btf.Builder btf) {
            if (fileOff < 0) {
                fileOff = btf.string(safe(l.file()));
            }
            return fileOff;
        }

        @Override
        public int text(int k, Btf.Builder btf) {
            byte[] src = l.source();
            int from = l.textStart(k), to = l.textEnd(k);
            for (int i = from; i < to; i++) {
                if (src[i] == 0) {
                    return btf.string(safe(new String(src, from, to - from, StandardCharsets.UTF_8)));
                }
            }
            return btf.string(src, from, to);
        }
    }

    /** Where a function ended up: its section, its first slot there, its symbol name. */
    private static final class Placed {
        final String section;
        final Fn rep;
        final String name;
        int base;
        int funcTypeId;

        Placed(String section, Fn rep, String name) {
            this.section = section;
            this.rep = rep;
            this.name = name;
        }

        int slotCount() {
            return rep.slots.length;
        }
    }

    private static final class Writer {
        final List<Program> programs;
        final List<Encoded> encoded;
        final List<Prog> progs = new ArrayList<>();
        final LinkedHashMap<String, MapSpec> maps = new LinkedHashMap<>();
        final Map<Fn, Placed> placement = new HashMap<>();
        final LinkedHashMap<String, List<Placed>> sections = new LinkedHashMap<>();
        String license;
        boolean lineInfo;

        Writer(List<Program> programs, List<Encoded> encoded) {
            this.programs = programs == null ? null : List.copyOf(programs);
            this.encoded = encoded == null ? null : List.copyOf(encoded);
        }

        byte[] write() {
            if (programs != null ? programs.isEmpty() : encoded.isEmpty()) {
                throw new ElfWriteException("no programs to write");
            }
            if (programs != null) {
                collect();
            } else {
                collectEncoded();
            }
            place();
            return emit().build();
        }

        void writeTo(java.io.OutputStream out) throws java.io.IOException {
            if (encoded.isEmpty()) {
                throw new ElfWriteException("no programs to write");
            }
            collectEncoded();
            place();
            emit().writeTo(out);
        }

        /** What {@link #collect} checks and builds, for programs given encoded. */
        private void collectEncoded() {
            Set<String> names = new HashSet<>();
            for (Encoded p : encoded) {
                checkProgramName(p.name(), names);
                String lic = p.license() == null ? "GPL" : p.license();
                if (license == null) {
                    license = lic;
                } else if (!license.equals(lic)) {
                    throw new ElfWriteException("programs disagree on the license ('" + license + "' and '"
                            + lic + "' of program '" + p.name() + "'); an object has one license");
                }
                if (license.indexOf('\0') >= 0) {
                    throw new ElfWriteException("program '" + p.name() + "': the license contains a NUL character");
                }
                lineInfo = true;
            }
            for (Encoded p : encoded) {
                progs.add(analyseEncoded(p));
            }
        }

        private Prog analyseEncoded(Encoded p) {
            String section = p.section();
            if (section == null || RESERVED_SECTIONS.contains(section) || section.startsWith(".rel")
                    || section.indexOf('\0') >= 0) {
                throw new ElfWriteException("program '" + p.name() + "': '" + section
                        + "' cannot be a program section");
            }
            long[] slots = p.slots();
            int n = p.lines().line().length;
            SourceLines l = p.lines();
            if (l.column().length != n) {
                throw new ElfWriteException("program '" + p.name() + "': source line arrays of different lengths");
            }
            for (int x : l.line()) {
                if (x < 1 || x >= l.lineStarts().length) {
                    throw new ElfWriteException("program '" + p.name() + "': source line " + x + " out of range");
                }
            }
            if (n == 0) {
                throw new ElfWriteException("program '" + p.name() + "' has no instructions");
            }
            int k = 0;
            for (int s = 0; s < slots.length; s++) {
                if (k == n) {
                    k = -1;
                    break;
                }
                k++;
                long v = slots[s];
                int op = (int) v & 0xff;
                int src = (int) (v >>> 12) & 0xf;
                if (op == 0x18) {
                    if (src == 4 || s + 1 >= slots.length) {
                        throw new ElfWriteException("program '" + p.name() + "': insn " + (k - 1)
                                + " is a function address or a truncated 64-bit load, which an encoded program cannot hold");
                    }
                    s++;
                    continue;
                }
                if (op == 0x85 && src == 1) {
                    throw new ElfWriteException("program '" + p.name() + "': insn " + (k - 1)
                            + " is a bpf-to-bpf call, which an encoded program cannot hold");
                }
                int cls = op & 0x07;
                int code = op & 0xf0;
                if ((cls == 0x05 || cls == 0x06) && code != 0x80 && code != 0x90) {
                    long off = cls == 0x06 && code == 0x00 ? (int) (v >>> 32) : (short) (v >>> 16);
                    long to = s + 1 + off;
                    if (to < 0 || to >= slots.length) {
                        throw new ElfWriteException("program '" + p.name() + "': insn " + (k - 1)
                                + " jumps out of the program");
                    }
                }
            }
            if (k != n) {
                throw new ElfWriteException("program '" + p.name() + "': " + n + " source lines for "
                        + "a different number of instructions");
            }
            Prog prog = new Prog(p.name(), section);
            Fn fn = new Fn(prog, 0, p.name(), 0, n);
            fn.slots = slots; // only programs with references have their slots changed
            fn.positions = new LinePositions(l);
            prog.fns.add(fn);
            return prog;
        }

        /** A program name must be a C identifier (BTF, libbpf) and unique in the object. */
        private static void checkProgramName(String name, Set<String> names) {
            if (!isIdentifier(name)) {
                throw new ElfWriteException("program name '" + name + "' is not a C identifier"
                        + " (BTF and libbpf need [A-Za-z_][A-Za-z0-9_]*)");
            }
            if (!names.add(name)) {
                throw new ElfWriteException("two programs are named '" + name + "'");
            }
        }

        private void collect() {
            Set<String> names = new HashSet<>();
            for (Program p : programs) {
                checkProgramName(p.name(), names);
                if (license == null) {
                    license = p.license();
                } else if (!license.equals(p.license())) {
                    throw new ElfWriteException("programs disagree on the license ('" + license + "' and '"
                            + p.license() + "' of program '" + p.name() + "'); an object has one license");
                }
                if (license.indexOf('\0') >= 0) {
                    throw new ElfWriteException("program '" + p.name() + "': the license contains a NUL character");
                }
                for (MapSpec m : p.maps()) {
                    addMap(p, m);
                }
                if (!p.positions().isEmpty()) {
                    if (p.positions().size() != p.insns().size()) {
                        throw new ElfWriteException("program '" + p.name() + "' has " + p.positions().size()
                                + " source positions for " + p.insns().size() + " instructions");
                    }
                    lineInfo = true;
                }
            }
            for (String m : maps.keySet()) {
                if (names.contains(m)) {
                    throw new ElfWriteException("map '" + m + "' has the same name as a program");
                }
            }
            for (Program p : programs) {
                progs.add(analyse(p));
            }
        }

        private void addMap(Program p, MapSpec m) {
            checkMap(p, m, false);
            MapSpec before = maps.putIfAbsent(m.name(), m);
            if (before != null && !before.equals(m)) {
                throw new ElfWriteException("map '" + m.name() + "' of program '" + p.name() + "' differs from the map of"
                        + " that name in another program: " + m + " vs " + before);
            }
        }

        private static void checkMap(Program p, MapSpec m, boolean inner) {
            if (!inner && !isIdentifier(m.name())) {
                throw new ElfWriteException("program '" + p.name() + "': map name '" + m.name()
                        + "' is not a C identifier (BTF needs [A-Za-z_][A-Za-z0-9_]*)");
            }
            if (m.inner() != null) {
                if (inner) {
                    throw new ElfWriteException("program '" + p.name() + "': map '" + m.name()
                            + "' nests maps two levels deep; libbpf supports one level");
                }
                if (m.valueSize() != 4) {
                    throw new ElfWriteException("program '" + p.name() + "': map-in-map '" + m.name()
                            + "' must have value size 4 (an fd), not " + m.valueSize());
                }
                checkMap(p, m.inner(), true);
            }
        }

        private Prog analyse(Program p) {
            String section = p.section();
            if (section == null) {
                section = SectionNames.forProgram(p.type(), p.expectedAttachType());
                if (section == null) {
                    throw new ElfWriteException("program '" + p.name() + "': libbpf has no section name for type "
                            + p.type().shortName() + (p.expectedAttachType() == null ? ""
                            : " with attach type " + p.expectedAttachType().shortName())
                            + "; set Program.section");
                }
            }
            if (RESERVED_SECTIONS.contains(section) || section.startsWith(".rel") || section.indexOf('\0') >= 0) {
                throw new ElfWriteException("program '" + p.name() + "': '" + section
                        + "' cannot be a program section");
            }
            Prog prog = new Prog(p.name(), section);
            List<Insn> insns = p.insns();
            if (insns.isEmpty()) {
                throw new ElfWriteException("program '" + p.name() + "' has no instructions");
            }
            long[] slots;
            try {
                slots = InsnCodec.encodeSlots(insns, p.labels());
            } catch (EncodeException e) {
                throw new ElfWriteException("program '" + p.name() + "': " + e.getMessage(), e);
            }
            int[] slotOf = InsnCodec.slotIndexes(insns);
            Map<Integer, Integer> insnAtSlot = new HashMap<>();
            for (int i = 0; i < insns.size(); i++) {
                insnAtSlot.put(slotOf[i], i);
            }
            // Function starts: the declared ones, plus every call target (as the kernel finds them).
            TreeMap<Integer, String> starts = new TreeMap<>();
            starts.put(0, p.name());
            for (Program.Function fn : p.functions()) {
                if (fn.start() < 0 || fn.start() >= insns.size()) {
                    throw new ElfWriteException("program '" + p.name() + "': function '" + fn.name() + "' starts at insn "
                            + fn.start() + ", outside the program");
                }
                if (fn.start() != 0) {
                    String before = starts.put(fn.start(), fn.name());
                    if (before != null && !before.equals(fn.name())) {
                        throw new ElfWriteException("program '" + p.name() + "': functions '" + before + "' and '"
                                + fn.name() + "' start at the same insn " + fn.start());
                    }
                }
            }
            int[] refTarget = new int[insns.size()];
            Arrays.fill(refTarget, -1);
            for (int i = 0; i < insns.size(); i++) {
                Insn insn = insns.get(i);
                long targetSlot;
                if (insn instanceof Insn.CallLocal) {
                    targetSlot = slotOf[i] + 1L + InsnCodec.Slot.of(slots[slotOf[i]]).imm();
                } else if (insn instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC) {
                    targetSlot = slotOf[i] + 1L + (int) l.imm();
                } else {
                    continue;
                }
                Integer t = insnAtSlot.get((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, targetSlot)));
                if (t == null) {
                    throw new ElfWriteException("program '" + p.name() + "': insn " + i + " " + describe(insn)
                            + " targets slot " + targetSlot + ", which is not an instruction of the program");
                }
                if (t == 0) {
                    throw new ElfWriteException("program '" + p.name() + "': insn " + i
                            + " calls the program's entry; recursion is not allowed");
                }
                refTarget[i] = t;
                starts.computeIfAbsent(t, k -> labelAt(p, k));
            }
            for (String n : starts.values()) {
                if (!isIdentifier(n)) {
                    throw new ElfWriteException("program '" + p.name() + "': function name '" + n
                            + "' is not a C identifier");
                }
            }
            List<Integer> startList = new ArrayList<>(starts.keySet());
            Map<Integer, Integer> fnOfStart = new HashMap<>();
            for (int k = 0; k < startList.size(); k++) {
                int s = startList.get(k);
                int e = k + 1 < startList.size() ? startList.get(k + 1) : insns.size();
                Fn fn = new Fn(prog, k, starts.get(s), s, e);
                fn.slots = Arrays.copyOfRange(slots, slotOf[s], slotOf[e]);
                prog.fns.add(fn);
                fnOfStart.put(s, k);
            }
            Map<Integer, Relocation> relocs = new HashMap<>();
            for (Relocation r : p.relocations()) {
                if (r.insn() < 0 || r.insn() >= insns.size()) {
                    throw new ElfWriteException("program '" + p.name() + "': relocation for map '" + r.symbol()
                            + "' on insn " + r.insn() + ", outside the program");
                }
                if (relocs.put(r.insn(), r) != null) {
                    throw new ElfWriteException("program '" + p.name() + "': two relocations on insn " + r.insn());
                }
            }
            boolean checkJumps = prog.fns.size() > 1 || sharesSection(prog);
            for (Fn fn : prog.fns) {
                int base = slotOf[fn.startInsn];
                fn.insnSlots = new int[fn.endInsn - fn.startInsn];
                fn.positions = new ListPositions(p, fn.startInsn, fn.endInsn);
                for (int i = fn.startInsn; i < fn.endInsn; i++) {
                    int local = slotOf[i] - base;
                    fn.insnSlots[i - fn.startInsn] = local;
                    Insn insn = insns.get(i);
                    Relocation r = relocs.get(i);
                    if (r != null) {
                        if (!(insn instanceof Insn.LoadImm64 l) || l.src() == PseudoSrc.FUNC) {
                            throw new ElfWriteException("program '" + p.name() + "': relocation for '" + r.symbol()
                                    + "' on insn " + i + " (" + describe(insn) + "), which is not a 64-bit map load");
                        }
                        if (r.kind() == Relocation.Kind.MAP_VALUE) {
                            throw new ElfWriteException("program '" + p.name() + "': insn " + i + " refers to the value"
                                    + " of map '" + r.symbol() + "' (global data), which bpfj's ELF objects do not support");
                        }
                        if (!maps.containsKey(r.symbol())) {
                            throw new ElfWriteException("program '" + p.name() + "': insn " + i + " loads map '"
                                    + r.symbol() + "', which no program declares");
                        }
                        fn.mapRefs.put(local, r.symbol());
                        // As clang writes it: the loader puts the fd in and sets src_reg.
                        fn.slots[local] = new InsnCodec.Slot(0x18, ((Insn.LoadImm64) insn).dst().number(), 0, 0, 0).toLong();
                        fn.slots[local + 1] = 0;
                    }
                    if (refTarget[i] >= 0) {
                        int target = fnOfStart.get(refTarget[i]);
                        boolean address = insn instanceof Insn.LoadImm64;
                        fn.calls.add(new CallSite(local, target, address));
                        if (address) {
                            fn.slots[local] = new InsnCodec.Slot(0x18, ((Insn.LoadImm64) insn).dst().number(), 0, 0, 0).toLong();
                            fn.slots[local + 1] = 0;
                        } else {
                            InsnCodec.Slot s = InsnCodec.Slot.of(fn.slots[local]);
                            fn.slots[local] = new InsnCodec.Slot(s.opcode(), s.dst(), s.src(), s.off(), 0).toLong();
                        }
                    }
                    if (checkJumps) {
                        checkJump(p, fn, i, slotOf[i], slots[slotOf[i]], insn, slotOf);
                    }
                }
            }
            return prog;
        }

        private boolean sharesSection(Prog prog) {
            int n = 0;
            for (Program q : programs) {
                String s = q.section() != null ? q.section() : SectionNames.forProgram(q.type(), q.expectedAttachType());
                if (prog.section.equals(s)) {
                    n++;
                }
            }
            return n > 1;
        }

        private static void checkJump(Program p, Fn fn, int i, int slot, long encoded, Insn insn, int[] slotOf) {
            boolean jump = insn instanceof Insn.Jump || insn instanceof Insn.Ja || insn instanceof Insn.JaLong
                    || insn instanceof Insn.MayGoto;
            if (!jump) {
                return;
            }
            InsnCodec.Slot s = InsnCodec.Slot.of(encoded);
            long off = insn instanceof Insn.JaLong ? s.imm() : s.off();
            long to = slot + 1 + off;
            if (to < slotOf[fn.startInsn] || to >= slotOf[fn.endInsn]) {
                throw new ElfWriteException("program '" + p.name() + "': insn " + i + " (" + describe(insn)
                        + ") jumps out of function '" + fn.name + "'; subprograms are laid out separately in"
                        + " the object, so jumps must stay inside their function");
            }
        }

        private static String labelAt(Program p, int index) {
            String best = null;
            for (Map.Entry<String, Integer> e : p.labels().entrySet()) {
                if (e.getValue() == index && (best == null || e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                }
            }
            return best != null ? best : "func_" + index;
        }

        private static String describe(Insn insn) {
            return dev.bpfj.core.insn.InsnPrinter.llvm().print(insn);
        }

        // ---- Placement ---------------------------------------------------------------------------

        private void place() {
            Set<String> taken = new HashSet<>(maps.keySet());
            for (Prog prog : progs) {
                taken.add(prog.name);
            }
            List<Placed> text = new ArrayList<>();
            for (Prog prog : progs) {
                Placed main = new Placed(prog.section, prog.fns.get(0), prog.name);
                placement.put(prog.fns.get(0), main);
                sections.computeIfAbsent(prog.section, k -> new ArrayList<>()).add(main);
            }
            for (Prog prog : progs) {
                for (Fn fn : prog.fns.subList(1, prog.fns.size())) {
                    Placed found = null;
                    for (Placed t : text) {
                        if (t.rep.name.equals(fn.name) && same(fn, t.rep, new HashSet<>())) {
                            found = t;
                            break;
                        }
                    }
                    if (found == null) {
                        String name = fn.name;
                        if (taken.contains(name)) {
                            name = fn.name + "__" + prog.name;
                            for (int n = 2; taken.contains(name); n++) {
                                name = fn.name + "__" + prog.name + "_" + n;
                            }
                        }
                        taken.add(name);
                        found = new Placed(".text", fn, name);
                        text.add(found);
                    }
                    placement.put(fn, found);
                }
            }
            if (!text.isEmpty()) {
                LinkedHashMap<String, List<Placed>> ordered = new LinkedHashMap<>();
                ordered.put(".text", text);
                ordered.putAll(sections);
                sections.clear();
                sections.putAll(ordered);
            }
            for (List<Placed> list : sections.values()) {
                int base = 0;
                for (Placed pl : list) {
                    pl.base = base;
                    base += pl.slotCount();
                }
            }
        }

        /** Whether two functions have the same code, references, positions and (recursively) callees. */
        private static boolean same(Fn a, Fn b, Set<List<Fn>> assumed) {
            if (!assumed.add(List.of(a, b))) {
                return true;
            }
            if (!a.name.equals(b.name) || !Arrays.equals(a.slots, b.slots) || !a.mapRefs.equals(b.mapRefs)
                    || !a.positions.equalTo(b.positions) || a.calls.size() != b.calls.size()) {
                return false;
            }
            for (int k = 0; k < a.calls.size(); k++) {
                CallSite x = a.calls.get(k), y = b.calls.get(k);
                if (x.slot() != y.slot() || x.address() != y.address()
                        || !same(a.prog.fns.get(x.target()), b.prog.fns.get(y.target()), assumed)) {
                    return false;
                }
            }
            return true;
        }

        // ---- Emission ----------------------------------------------------------------------------

        private ElfBuilder emit() {
            ElfBuilder elf = new ElfBuilder();
            Map<String, ElfBuilder.Section> codeSecs = new LinkedHashMap<>();
            Map<String, ElfBuilder.Section> relSecs = new HashMap<>();
            Map<String, List<ElfBuilder.Rel>> rels = new HashMap<>();
            Map<String, byte[]> code = new HashMap<>();

            for (Map.Entry<String, List<Placed>> e : sections.entrySet()) {
                String name = e.getKey();
                ElfBuilder.Section s = elf.add(name, ElfFile.SHT_PROGBITS, ElfFile.SHF_ALLOC | ElfFile.SHF_EXECINSTR, 8, 0);
                codeSecs.put(name, s);
                int total = 0;
                for (Placed pl : e.getValue()) {
                    total += pl.slotCount();
                }
                if (encoded != null && !hasRelocations(e.getValue())) {
                    // Nothing to patch: the slots are written as they are, never gathered.
                    long[][] parts = new long[e.getValue().size()][];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = e.getValue().get(i).rep.slots;
                    }
                    s.slots = parts;
                    continue;
                }
                // Little-endian bytes at once; reference immediates are patched in them below.
                byte[] bytes = new byte[total * 8];
                for (Placed pl : e.getValue()) {
                    InsnCodec.putSlots(pl.rep.slots, 0, pl.rep.slots.length, bytes, pl.base * 8);
                }
                code.put(name, bytes);
                if (hasRelocations(e.getValue())) {
                    relSecs.put(name, elf.addRelocations(s));
                }
            }
            ElfBuilder.Section mapsSec = maps.isEmpty() ? null
                    : elf.add(".maps", ElfFile.SHT_PROGBITS, ElfFile.SHF_WRITE | ElfFile.SHF_ALLOC, 8, 0);
            ElfBuilder.Section licSec = elf.add("license", ElfFile.SHT_PROGBITS, ElfFile.SHF_WRITE | ElfFile.SHF_ALLOC, 1, 0);
            ElfBuilder.Section btfSec = elf.add(".BTF", ElfFile.SHT_PROGBITS, 0, 4, 0);
            ElfBuilder.Section extSec = elf.add(".BTF.ext", ElfFile.SHT_PROGBITS, 0, 4, 0);
            ElfBuilder.Section symtab = elf.add(".symtab", ElfFile.SHT_SYMTAB, 0, 8, ElfFile.SYM_SIZE);

            // Symbols: section symbols and static functions (locals), then programs, maps, license.
            List<ElfBuilder.Symbol> locals = new ArrayList<>();
            List<ElfBuilder.Symbol> globals = new ArrayList<>();
            Map<String, ElfBuilder.Symbol> sectionSym = new HashMap<>();
            for (Map.Entry<String, ElfBuilder.Section> e : codeSecs.entrySet()) {
                ElfBuilder.Symbol s = new ElfBuilder.Symbol(e.getKey(), ElfFile.STB_LOCAL, ElfFile.STT_SECTION,
                        e.getValue(), 0, 0);
                sectionSym.put(e.getKey(), s);
                locals.add(s);
            }
            for (Map.Entry<String, List<Placed>> e : sections.entrySet()) {
                boolean text = e.getKey().equals(".text");
                for (Placed pl : e.getValue()) {
                    ElfBuilder.Symbol s = new ElfBuilder.Symbol(pl.name, text ? ElfFile.STB_LOCAL : ElfFile.STB_GLOBAL,
                            ElfFile.STT_FUNC, codeSecs.get(e.getKey()), pl.base * 8L, pl.slotCount() * 8L);
                    (text ? locals : globals).add(s);
                }
            }
            Map<String, ElfBuilder.Symbol> mapSym = new HashMap<>();
            Map<String, Integer> mapOffset = new LinkedHashMap<>();
            int mapsSize = 0;
            for (MapSpec m : maps.values()) {
                int size = MapDefs.structSize(m);
                mapOffset.put(m.name(), mapsSize);
                ElfBuilder.Symbol s = new ElfBuilder.Symbol(m.name(), ElfFile.STB_GLOBAL, ElfFile.STT_OBJECT, mapsSec,
                        mapsSize, size);
                mapSym.put(m.name(), s);
                globals.add(s);
                mapsSize += size;
            }
            byte[] lic = (license + "\0").getBytes(StandardCharsets.UTF_8);
            globals.add(new ElfBuilder.Symbol("_license", ElfFile.STB_GLOBAL, ElfFile.STT_OBJECT, licSec, 0, lic.length));

            // Relocations and reference immediates.
            for (Map.Entry<String, List<Placed>> e : sections.entrySet()) {
                byte[] slots = code.get(e.getKey());
                if (slots == null) {
                    continue; // streamed, without references
                }
                List<ElfBuilder.Rel> list = new ArrayList<>();
                for (Placed pl : e.getValue()) {
                    Fn fn = pl.rep;
                    TreeMap<Integer, Object> refs = new TreeMap<>();
                    fn.mapRefs.forEach(refs::put);
                    for (CallSite c : fn.calls) {
                        refs.put(c.slot(), c);
                    }
                    for (Map.Entry<Integer, Object> r : refs.entrySet()) {
                        int at = pl.base + r.getKey();
                        if (r.getValue() instanceof String map) {
                            list.add(new ElfBuilder.Rel(at * 8L, ElfFile.R_BPF_64_64, mapSym.get(map)));
                        } else {
                            CallSite c = (CallSite) r.getValue();
                            Placed target = placement.get(fn.prog.fns.get(c.target()));
                            InsnCodec.Slot s = InsnCodec.Slot.of(getLong(slots, at * 8));
                            if (c.address()) {
                                // Byte offset in .text, as clang writes callback addresses.
                                putLong(slots, at * 8, new InsnCodec.Slot(s.opcode(), s.dst(), 0, 0, target.base * 8).toLong());
                                list.add(new ElfBuilder.Rel(at * 8L, ElfFile.R_BPF_64_64, sectionSym.get(".text")));
                            } else {
                                // Against the section symbol: the target is symbol value / 8 + imm + 1.
                                putLong(slots, at * 8, new InsnCodec.Slot(s.opcode(), s.dst(), s.src(), s.off(), target.base - 1).toLong());
                                list.add(new ElfBuilder.Rel(at * 8L, ElfFile.R_BPF_64_32, sectionSym.get(".text")));
                            }
                        }
                    }
                }
                rels.put(e.getKey(), list);
                codeSecs.get(e.getKey()).data = slots;
            }
            if (mapsSec != null) {
                mapsSec.data = new byte[mapsSize];
            }
            licSec.data = lic;

            // BTF and BTF.ext.
            Btf.Builder btf = new Btf.Builder();
            int intId = btf.add(new BtfType.Int("int", 4, BtfType.INT_SIGNED, 0, 32));
            int sizeType = btf.add(new BtfType.Int("__ARRAY_SIZE_TYPE__", 4, 0, 0, 32));
            int voidPtr = btf.add(new BtfType.Ptr(0));
            int mainProto = btf.add(new BtfType.FuncProto(intId, List.of(new BtfType.Param("ctx", voidPtr))));
            int subProto = btf.add(new BtfType.FuncProto(intId, List.of()));
            MapDefs.Encoder enc = new MapDefs.Encoder(btf, intId, sizeType);
            List<BtfType.VarSecInfo> mapVars = new ArrayList<>();
            for (MapSpec m : maps.values()) {
                int struct = enc.struct(m, "");
                int var = btf.add(new BtfType.Var(m.name(), struct, BtfType.LINKAGE_GLOBAL));
                mapVars.add(new BtfType.VarSecInfo(var, mapOffset.get(m.name()), MapDefs.structSize(m)));
            }
            for (Map.Entry<String, List<Placed>> e : sections.entrySet()) {
                boolean text = e.getKey().equals(".text");
                for (Placed pl : e.getValue()) {
                    pl.funcTypeId = btf.add(new BtfType.Func(pl.name, text ? subProto : mainProto,
                            text ? BtfType.LINKAGE_STATIC : BtfType.LINKAGE_GLOBAL));
                }
            }
            int charId = btf.add(new BtfType.Int("char", 1, BtfType.INT_SIGNED, 0, 8));
            int licArr = btf.add(new BtfType.Array(charId, sizeType, lic.length));
            int licVar = btf.add(new BtfType.Var("_license", licArr, BtfType.LINKAGE_GLOBAL));
            if (mapsSec != null) {
                btf.add(new BtfType.DataSec(".maps", mapsSize, mapVars));
            }
            btf.add(new BtfType.DataSec("license", lic.length, List.of(new BtfType.VarSecInfo(licVar, 0, lic.length))));

            List<BtfExt.Sec<BtfExt.FuncInfo>> funcInfo = new ArrayList<>();
            List<String> secNames = new ArrayList<>(sections.keySet());
            int[] funcCounts = new int[secNames.size()];
            int[] maxLines = new int[secNames.size()];
            for (int i = 0; i < secNames.size(); i++) {
                for (Placed pl : sections.get(secNames.get(i))) {
                    funcCounts[i]++;
                    maxLines[i] += pl.rep.positions.size();
                }
            }
            Texts texts = lineInfo && encoded != null ? Texts.of(sections) : null;
            // With texts, the line records are made while the object is written, not held.
            BtfExt.LineWriter ext = new BtfExt.LineWriter(secNames, funcCounts,
                    lineInfo && texts == null ? maxLines : null);
            if (texts != null) {
                // Room for the texts and the few names after them: the table is never copied to grow.
                btf.reserve(0, texts.bytes + (1 << 12));
            }
            int secIndex = -1;
            for (Map.Entry<String, List<Placed>> e : sections.entrySet()) {
                secIndex++;
                List<BtfExt.FuncInfo> fi = new ArrayList<>();
                if (lineInfo) {
                    int insns = maxLines[secIndex];
                    if (encoded != null && texts == null) {
                        long bytes = 0;
                        for (Placed pl : e.getValue()) {
                            SourceLines l = ((LinePositions) pl.rep.positions).l;
                            for (int k = 0; k < l.line().length; k++) {
                                bytes += l.textEnd(k) - l.textStart(k);
                            }
                        }
                        btf.reserve(insns, bytes);
                    }
                }
                for (Placed pl : e.getValue()) {
                    fi.add(new BtfExt.FuncInfo(pl.base * 8, pl.funcTypeId));
                    if (lineInfo) {
                        // A record where the position changes; file name first, then the text, as
                        // the string table's order depends on it.
                        Positions pos = pl.rep.positions;
                        if (pos instanceof LinePositions lp) {
                            if (texts != null) {
                                texts.strings(lp, btf);
                            } else {
                                lineInfo(lp, pl, secIndex, ext, btf);
                            }
                            continue;
                        }
                        for (int k = 0; k < pos.size(); k++) {
                            if (k == 0 || !pos.sameAsPrevious(k)) {
                                int off = (pl.base + pl.rep.insnSlots[k]) * 8;
                                int file = pos.fileName(k, btf);
                                int text = pos.text(k, btf);
                                ext.add(secIndex, off, file, text, BtfExt.LineInfo.lineCol(pos.line(k), pos.column(k)));
                            }
                        }
                    }
                }
                funcInfo.add(new BtfExt.Sec<>(e.getKey(), fi));
            }
            if (texts != null) {
                int[] nameOffs = new int[secNames.size()];
                int[] counts = texts.counts(sections);
                extSec.data = BtfExt.headBeforeLines(funcInfo, btf, secNames, counts, nameOffs);
                extSec.body = texts.lines(sections, nameOffs, counts);
            } else {
                extSec.data = ext.finish(funcInfo, btf);
            }
            btfSec.data = btf.encodeTypes();
            btfSec.more = btf.stringBytes();
            btfSec.moreLen = btf.stringLength();

            List<ElfBuilder.Symbol> all = new ArrayList<>(locals);
            all.addAll(globals);
            Map<ElfBuilder.Symbol, Integer> symIndex = elf.fillSymbols(symtab, all);
            for (Map.Entry<String, ElfBuilder.Section> e : relSecs.entrySet()) {
                elf.fillRelocations(e.getValue(), rels.get(e.getKey()), symIndex, symtab);
            }
            return elf;
        }

        /**
         * The line records of a function given as {@link SourceLines}: as the loop for
         * {@link Program}s makes them, with the line texts added to the strings a batch at a time.
         */
        private static void lineInfo(LinePositions lp, Placed pl, int sec, BtfExt.LineWriter ext, Btf.Builder btf) {
            SourceLines l = lp.l;
            byte[] src = l.source();
            int n = lp.size();
            int[] ks = new int[n];
            int m = 0;
            for (int k = 0; k < n; k++) {
                if (k == 0 || !lp.sameAsPrevious(k)) {
                    ks[m++] = k;
                }
            }
            int[] ln = new int[m];
            for (int r = 0; r < m; r++) {
                ln[r] = l.line()[ks[r]];
            }
            int[] starts = l.lineStarts();
            int[] first = Repeats.first(src, starts, ln, m);
            // The file name before the first text, as record by record; a text seen before in this
            // function has that record's offset, any other is looked up (or added) in order.
            int file = lp.fileName(0, btf);
            int[] offs = new int[m];
            for (int r = 0; r < m; r++) {
                int f = first[r];
                if (f >= 0 && f != r) {
                    offs[r] = offs[f];
                } else if (f >= 0) {
                    offs[r] = btf.string(src, Repeats.start(starts, ln[r]), Repeats.end(src, starts, ln[r]));
                } else {
                    offs[r] = lp.text(ks[r], btf);
                }
            }
            
            for (int r = 0; r < m; r++) {
                int at = ks[r];
                ext.add(sec, (pl.base + pl.rep.insnSlots()[at]) * 8, file, offs[r],
                        BtfExt.LineInfo.lineCol(l.line()[at], l.column()[at]));
            }
        }

        /**
         * The line texts of all encoded functions at once, when they share one source and are
         * many: repeats found across functions before the string table sees them, so each
         * distinct text is appended to it unindexed ({@link Btf.Builder#addDistinct}) instead of
         * looked up in a table of hundreds of thousands of entries.
         */
        private static final class Texts {
            private static final int FROM = 1 << 14;
            /** Texts that are not plain ASCII go the String way, with a look-up each. */
            private static final int MAX_OTHER = 64;

            final byte[] src;
            final int[] starts;
            /** Per record: its line. */
            final int[] ln;
            /** Per record: its first record with the same text; its string offset once added. */
            final int[] first;
            /** Per function in order: its records and its file name's offset. */
            final int[] records;
            final int[] fileOff;
            int next;
            int fn;
            /** The bytes the distinct plain texts take in the string table. */
            long bytes;

            private Texts(byte[] src, int[] starts, int[] ln, int[] first, int[] records) {
                this.src = src;
                this.starts = starts;
                this.ln = ln;
                this.first = first;
                this.records = records;
                this.fileOff = new int[records.length];
            }

            static Texts of(Map<String, List<Placed>> sections) {
                byte[] src = null;
                int[] starts = null;
                int m = 0;
                int fns = 0;
                for (List<Placed> list : sections.values()) {
                    fns += list.size();
                }
                int[] perFn = new int[fns];
                fns = 0;
                for (List<Placed> list : sections.values()) {
                    for (Placed pl : list) {
                        if (!(pl.rep.positions instanceof LinePositions lp)
                                || src != null && (lp.l.source() != src || lp.l.lineStarts() != starts)) {
                            return null;
                        }
                        src = lp.l.source();
                        starts = lp.l.lineStarts();
                        perFn[fns] = records(lp, null, 0);
                        m += perFn[fns++];
                    }
                }
                if (m < FROM) {
                    return null;
                }
                int[] ln = new int[m];
                int at = 0;
                for (List<Placed> list : sections.values()) {
                    for (Placed pl : list) {
                        at = records((LinePositions) pl.rep.positions, ln, at);
                    }
                }
                int[] first = Repeats.first(src, starts, ln, m);
                int other = 0;
                long bytes = 0;
                for (int r = 0; r < m; r++) {
                    if (first[r] < 0 && ++other > MAX_OTHER) {
                        return null;
                    }
                    if (first[r] == r) {
                        bytes += Repeats.end(src, starts, ln[r]) - Repeats.start(starts, ln[r]) + 1;
                    }
                }
                Texts t = new Texts(src, starts, ln, first, perFn);
                t.bytes = bytes;
                return t;
            }

            /** Counts the function's records, or puts their text ranges at {@code at}; returns the next index. */
            private static int records(LinePositions lp, int[] ln, int at) {
                SourceLines l = lp.l;
                int n = lp.size();
                for (int k = 0; k < n; k++) {
                    if (k == 0 || !lp.sameAsPrevious(k)) {
                        if (ln != null) {
                            ln[at] = l.line()[k];
                        }
                        at++;
                    }
                }
                return at;
            }

            /**
             * The function's file name and texts added to the strings in order (as {@link #lineInfo}
             * adds them); each record's text offset kept in {@link #first}.
             */
            void strings(LinePositions lp, Btf.Builder btf) {
                fileOff[fn++] = lp.fileName(0, btf);
                int n = lp.size();
                for (int k = 0; k < n; k++) {
                    if (k != 0 && lp.sameAsPrevious(k)) {
                        continue;
                    }
                    int r = next++;
                    int f = first[r];
                    int off;
                    if (f >= 0 && f != r) {
                        off = first[f]; // already its offset
                    } else if (f >= 0) {
                        int a = Repeats.start(starts, ln[r]);
                        int b = Repeats.end(src, starts, ln[r]);
                        off = btf.addDistinct(src, a, b, Btf.Builder.hash(src, a, b));
                    } else {
                        off = lp.text(k, btf);
                    }
                    first[r] = off;
                }
            }

            /** Line records per section. */
            int[] counts(Map<String, List<Placed>> sections) {
                int[] out = new int[sections.size()];
                int i = 0;
                int f = 0;
                for (List<Placed> list : sections.values()) {
                    for (int j = 0; j < list.size(); j++) {
                        out[i] += records[f++];
                    }
                    i++;
                }
                return out;
            }

            /** The line info block of {@code .BTF.ext}, made as it is written. */
            ElfBuilder.Body lines(Map<String, List<Placed>> sections, int[] nameOffs, int[] counts) {
                List<List<Placed>> lists = List.copyOf(sections.values());
                long size = BtfExt.lineBlockLength(counts);
                return new ElfBuilder.Body() {
                    @Override
                    public long size() {
                        return size;
                    }

                    @Override
                    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
                        byte[] buf = new byte[1 << 16];
                        int at = put(buf, 0, 16);
                        int r = 0;
                        int f = 0;
                        for (int i = 0; i < lists.size(); i++) {
                            at = put(buf, at, nameOffs[i]);
                            at = put(buf, at, counts[i]);
                            for (Placed pl : lists.get(i)) {
                                LinePositions lp = (LinePositions) pl.rep.positions;
                                int[] line = lp.l.line();
                                int[] column = lp.l.column();
                                long[] slots = pl.rep.slots;
                                int file = fileOff[f++];
                                int n = lp.size();
                                for (int k = 0, slot = 0; k < n; k++) {
                                    int s = slot;
                                    slot += ((int) slots[slot] & 0xff) == 0x18 ? 2 : 1;
                                    if (k != 0 && lp.sameAsPrevious(k)) {
                                        continue;
                                    }
                                    if (at + 16 > buf.length) {
                                        out.write(buf, 0, at);
                                        at = 0;
                                    }
                                    at = put(buf, at, (pl.base + s) * 8);
                                    at = put(buf, at, file);
                                    at = put(buf, at, first[r++]);
                                    at = put(buf, at, BtfExt.LineInfo.lineCol(line[k], column[k]));
                                }
                            }
                            if (at + 16 > buf.length) {
                                out.write(buf, 0, at);
                                at = 0;
                            }
                        }
                        out.write(buf, 0, at);
                    }
                };
            }

            private static int put(byte[] b, int at, int v) {
                b[at] = (byte) v;
                b[at + 1] = (byte) (v >>> 8);
                b[at + 2] = (byte) (v >>> 16);
                b[at + 3] = (byte) (v >>> 24);
                return at + 4;
            }
        }

        private static boolean hasRelocations(List<Placed> list) {
            for (Placed pl : list) {
                if (!pl.rep.calls.isEmpty() || !pl.rep.mapRefs.isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }
}
