package dev.bpfj.elf.btf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .BTF.ext} section of an ELF object: per code section, function info (which BTF FUNC
 * starts at which instruction), line info (which source line each instruction came from) and
 * CO-RE relocations. Instruction offsets are in bytes from the start of the ELF section, as
 * compilers write them (the kernel wants instruction indexes; loaders divide by 8).
 *
 * @param funcInfo records of 8 bytes: insn_off, type_id
 * @param lineInfo records of 16 bytes: insn_off, file_name_off, line_off, line_col
 * @param coreRelos records of 16 bytes: insn_off, type_id, access_str_off, kind
 */
public record BtfExt(List<Sec<FuncInfo>> funcInfo, List<Sec<LineInfo>> lineInfo, List<Sec<CoreRelo>> coreRelos) {
    static final int HEADER_LEN = 32;
    static final int FUNC_INFO_SIZE = 8, LINE_INFO_SIZE = 16, CORE_RELO_SIZE = 16;

    public BtfExt {
        funcInfo = List.copyOf(funcInfo);
        lineInfo = List.copyOf(lineInfo);
        coreRelos = List.copyOf(coreRelos);
    }

    /** The records of one ELF section. */
    public record Sec<T>(String section, List<T> records) {
        public Sec {
            records = List.copyOf(records);
        }
    }

    /** BTF FUNC {@code typeId} starts at byte {@code insnOff} of the section. */
    public record FuncInfo(int insnOff, int typeId) {
    }

    /**
     * The instruction at byte {@code insnOff} (and those after it up to the next record) came from
     * {@code line} and {@code column} of the file named at string offset {@code fileNameOff}; the
     * line's text is at {@code lineOff}.
     */
    public record LineInfo(int insnOff, int fileNameOff, int lineOff, int lineCol) {
        /** Columns take the low 10 bits of line_col; larger ones are clamped to this. */
        public static final int MAX_COLUMN = (1 << 10) - 1;
        /** Lines take the high 22 bits. */
        public static final int MAX_LINE = (1 << 22) - 1;

        public static LineInfo of(int insnOff, int fileNameOff, int lineOff, int line, int column) {
            return new LineInfo(insnOff, fileNameOff, lineOff, lineCol(line, column));
        }

        /** The line_col field: line and column, each clamped to its bits. */
        public static int lineCol(int line, int column) {
            int l = Math.clamp(line, 0, MAX_LINE);
            int c = Math.clamp(column, 0, MAX_COLUMN);
            return l << 10 | c;
        }

        public int line() {
            return lineCol >>> 10;
        }

        public int column() {
            return lineCol & MAX_COLUMN;
        }
    }

    /** A CO-RE relocation record (bpfj reads them only to refuse them clearly). */
    public record CoreRelo(int insnOff, int typeId, int accessStrOff, int kind) {
    }

    /** Number of CO-RE relocation records over all sections. */
    public int coreReloCount() {
        int n = 0;
        for (Sec<CoreRelo> s : coreRelos) {
            n += s.records().size();
        }
        return n;
    }

    /** Encodes the section; section names and strings go into {@code strings}, the object's BTF. */
    public byte[] encode(Btf.Builder strings) {
        byte[] fi = encodeBlock(funcInfo, FUNC_INFO_SIZE, strings);
        byte[] li = encodeBlock(lineInfo, LINE_INFO_SIZE, strings);
        byte[] cr = coreRelos.isEmpty() ? new byte[0] : encodeBlock(coreRelos, CORE_RELO_SIZE, strings);
        ByteBuffer b = ByteBuffer.allocate(HEADER_LEN + fi.length + li.length + cr.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) Btf.MAGIC).put((byte) 1).put((byte) 0).putInt(HEADER_LEN);
        b.putInt(0).putInt(fi.length);
        b.putInt(fi.length).putInt(li.length);
        b.putInt(fi.length + li.length).putInt(cr.length);
        b.put(fi).put(li).put(cr);
        return b.array();
    }

    /**
     * Writes a {@code .BTF.ext} of func info and line info (no CO-RE relocations) with the line
     * records put straight into the section's bytes: what
     * {@code new BtfExt(funcInfo, lineInfo, List.of()).encode(strings)} gives, for millions of
     * records without an object each. Sections are given in order with their most line records;
     * section names go into the string table at {@link #finish}, after the records' strings, as
     * {@link #encode} adds them.
     */
    public static final class LineWriter {
        private final List<String> sections;
        private final int fiLen;
        private final int[] at;
        private final int[] first;
        private final int[] count;
        private final boolean lines;
        private byte[] out;

        /** {@code maxLines[i]}: at most that many records for section {@code i}; no line info when null. */
        public LineWriter(List<String> sections, int[] funcCounts, int[] maxLines) {
            this.sections = List.copyOf(sections);
            int fi = sections.isEmpty() ? 0 : 4;
            for (int n : funcCounts) {
                fi += 8 + FUNC_INFO_SIZE * n;
            }
            this.fiLen = fi;
            this.lines = maxLines != null && !sections.isEmpty();
            int n = sections.size();
            at = new int[n];
            first = new int[n];
            count = new int[n];
            long len = HEADER_LEN + fi + (lines ? 4 : 0);
            for (int i = 0; i < n && lines; i++) {
                first[i] = (int) len + 8;
                at[i] = first[i];
                len += 8 + (long) LINE_INFO_SIZE * maxLines[i];
            }
            if (len > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(".BTF.ext of " + len + " bytes");
            }
            out = new byte[(int) len];
        }

        /** A line record of section {@code sec} (in order). */
        public void add(int sec, int insnOff, int fileNameOff, int lineOff, int lineCol) {
            int p = at[sec];
            put(out, p, insnOff);
            put(out, p + 4, fileNameOff);
            put(out, p + 8, lineOff);
            put(out, p + 12, lineCol);
            at[sec] = p + LINE_INFO_SIZE;
            count[sec]++;
        }

        /** The section's bytes; {@code funcInfo} must list the sections given, in order. */
        public byte[] finish(List<Sec<FuncInfo>> funcInfo, Btf.Builder strings) {
            byte[] fi = encodeBlock(funcInfo, FUNC_INFO_SIZE, strings);
            if (fi.length != fiLen) {
                throw new IllegalArgumentException("func info of " + fi.length + " bytes, expected " + fiLen);
            }
            System.arraycopy(fi, 0, out, HEADER_LEN, fi.length);
            int liLen = 0;
            if (lines) {
                // Records were put at each section's room; close the gaps where fewer came.
                int w = HEADER_LEN + fiLen;
                put(out, w, LINE_INFO_SIZE);
                w += 4;
                for (int i = 0; i < sections.size(); i++) {
                    put(out, w, strings.string(sections.get(i)));
                    put(out, w + 4, count[i]);
                    int n = count[i] * LINE_INFO_SIZE;
                    if (w + 8 != first[i]) {
                        System.arraycopy(out, first[i], out, w + 8, n);
                    }
                    w += 8 + n;
                }
                liLen = w - HEADER_LEN - fiLen;
                if (w != out.length) {
                    out = java.util.Arrays.copyOf(out, w);
                }
            }
            ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            b.putShort((short) Btf.MAGIC).put((byte) 1).put((byte) 0).putInt(HEADER_LEN);
            b.putInt(0).putInt(fiLen);
            b.putInt(fiLen).putInt(liLen);
            b.putInt(fiLen + liLen).putInt(0);
            return out;
        }

        private static void put(byte[] b, int at, int v) {
            b[at] = (byte) v;
            b[at + 1] = (byte) (v >>> 8);
            b[at + 2] = (byte) (v >>> 16);
            b[at + 3] = (byte) (v >>> 24);
        }
    }

    /**
     * The start of a {@code .BTF.ext} whose line records the caller writes after it: header and
     * func info, as {@link LineWriter#finish} makes them for sections {@code sections} with
     * {@code counts[i]} line records each. The line info block that follows is
     * {@link #lineBlockLength} bytes: the record size (16), then per section its name's offset
     * (put in {@code nameOffs}, the names added to {@code strings} as {@code finish} adds them),
     * its count and its records.
     */
    public static byte[] headBeforeLines(List<Sec<FuncInfo>> funcInfo, Btf.Builder strings, List<String> sections,
            int[] counts, int[] nameOffs) {
        byte[] fi = encodeBlock(funcInfo, FUNC_INFO_SIZE, strings);
        for (int i = 0; i < sections.size(); i++) {
            nameOffs[i] = strings.string(sections.get(i));
        }
        long liLen = lineBlockLength(counts);
        if (HEADER_LEN + fi.length + liLen > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(".BTF.ext of " + (HEADER_LEN + fi.length + liLen) + " bytes");
        }
        ByteBuffer b = ByteBuffer.allocate(HEADER_LEN + fi.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) Btf.MAGIC).put((byte) 1).put((byte) 0).putInt(HEADER_LEN);
        b.putInt(0).putInt(fi.length);
        b.putInt(fi.length).putInt((int) liLen);
        b.putInt(fi.length + (int) liLen).putInt(0);
        b.put(fi);
        return b.array();
    }

    /** The length of the line info block of sections with {@code counts[i]} records each. */
    public static long lineBlockLength(int[] counts) {
        long n = 4;
        for (int c : counts) {
            n += 8 + (long) LINE_INFO_SIZE * c;
        }
        return n;
    }

    private static <T> byte[] encodeBlock(List<Sec<T>> secs, int recSize, Btf.Builder strings) {
        if (secs.isEmpty()) {
            return new byte[0];
        }
        int len = 4;
        for (Sec<T> s : secs) {
            len += 8 + recSize * s.records().size();
        }
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(recSize);
        for (Sec<T> s : secs) {
            b.putInt(strings.string(s.section())).putInt(s.records().size());
            for (T r : s.records()) {
                switch (r) {
                    case FuncInfo f -> b.putInt(f.insnOff()).putInt(f.typeId());
                    case LineInfo l -> b.putInt(l.insnOff()).putInt(l.fileNameOff()).putInt(l.lineOff()).putInt(l.lineCol());
                    case CoreRelo c -> b.putInt(c.insnOff()).putInt(c.typeId()).putInt(c.accessStrOff()).putInt(c.kind());
                    default -> throw new IllegalArgumentException("not a .BTF.ext record: " + r);
                }
            }
        }
        return b.array();
    }

    /** Parses a {@code .BTF.ext} blob whose strings live in {@code btf}; every length is bounds-checked. */
    public static BtfExt parse(byte[] data, Btf btf) throws BtfFormatException {
        if (data.length < 24) {
            throw new BtfFormatException(0, ".BTF.ext header truncated: " + data.length + " bytes, need at least 24");
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int magic = b.getShort(0) & 0xffff;
        if (magic != Btf.MAGIC) {
            throw new BtfFormatException(0, String.format("bad .BTF.ext magic 0x%04x", magic));
        }
        if ((b.get(2) & 0xff) != 1) {
            throw new BtfFormatException(2, "unsupported .BTF.ext version " + (b.get(2) & 0xff));
        }
        long hdrLen = Integer.toUnsignedLong(b.getInt(4));
        if (hdrLen < 24 || hdrLen > data.length) {
            throw new BtfFormatException(4, ".BTF.ext header length " + hdrLen + " out of range");
        }
        List<Sec<FuncInfo>> fi = new ArrayList<>();
        List<Sec<LineInfo>> li = new ArrayList<>();
        List<Sec<CoreRelo>> cr = new ArrayList<>();
        parseBlock(b, (int) hdrLen, 8, "func_info", FUNC_INFO_SIZE, btf, fi,
                (buf, at) -> new FuncInfo(buf.getInt(at), buf.getInt(at + 4)));
        parseBlock(b, (int) hdrLen, 16, "line_info", LINE_INFO_SIZE, btf, li,
                (buf, at) -> new LineInfo(buf.getInt(at), buf.getInt(at + 4), buf.getInt(at + 8), buf.getInt(at + 12)));
        if (hdrLen >= 32) {
            parseBlock(b, (int) hdrLen, 24, "core_relo", CORE_RELO_SIZE, btf, cr,
                    (buf, at) -> new CoreRelo(buf.getInt(at), buf.getInt(at + 4), buf.getInt(at + 8), buf.getInt(at + 12)));
        }
        return new BtfExt(fi, li, cr);
    }

    @FunctionalInterface
    private interface RecordReader<T> {
        T read(ByteBuffer b, int at);
    }

    private static <T> void parseBlock(ByteBuffer b, int hdrLen, int fieldAt, String what, int minRec, Btf btf,
                                       List<Sec<T>> out, RecordReader<T> reader) throws BtfFormatException {
        int total = b.capacity();
        long off = Integer.toUnsignedLong(b.getInt(fieldAt));
        long len = Integer.toUnsignedLong(b.getInt(fieldAt + 4));
        if (len == 0) {
            return;
        }
        long start = hdrLen + off;
        if (start > total || len > total - start) {
            throw new BtfFormatException(fieldAt, ".BTF.ext " + what + " (offset " + off + ", length " + len
                    + ") exceeds the section (" + total + " bytes)");
        }
        int pos = (int) start;
        int end = (int) (start + len);
        if (len < 4) {
            throw new BtfFormatException(pos, ".BTF.ext " + what + " too short for its record size");
        }
        long recSize = Integer.toUnsignedLong(b.getInt(pos));
        if (recSize < minRec || recSize % 4 != 0 || recSize > len) {
            throw new BtfFormatException(pos, ".BTF.ext " + what + " record size " + recSize + " (need a multiple of 4, at least "
                    + minRec + ")");
        }
        pos += 4;
        while (pos < end) {
            if (end - pos < 8) {
                throw new BtfFormatException(pos, ".BTF.ext " + what + " section header truncated");
            }
            int nameOff = b.getInt(pos);
            long num = Integer.toUnsignedLong(b.getInt(pos + 4));
            String name = btf.string(nameOff);
            if (name == null) {
                throw new BtfFormatException(pos, ".BTF.ext " + what + " section name offset "
                        + Integer.toUnsignedString(nameOff) + " is not in the BTF string table");
            }
            pos += 8;
            if (num * recSize > end - pos) {
                throw new BtfFormatException(pos - 4, ".BTF.ext " + what + " of section '" + name + "' claims " + num
                        + " records of " + recSize + " bytes, more than the " + (end - pos) + " bytes left");
            }
            List<T> recs = new ArrayList<>((int) num);
            for (long i = 0; i < num; i++) {
                recs.add(reader.read(b, pos));
                pos += (int) recSize;
            }
            out.add(new Sec<>(name, recs));
        }
    }
}
