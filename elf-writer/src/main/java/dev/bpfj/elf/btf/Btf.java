package dev.bpfj.elf.btf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed or built BTF blob: the type records and the string table. Type id {@code n} is
 * {@code types().get(n - 1)}; id 0 is {@code void}.
 *
 * <pre>{@code
 * Btf.Builder b = new Btf.Builder();
 * int intId = b.add(new BtfType.Int("int", 4, BtfType.INT_SIGNED, 0, 32));
 * byte[] blob = b.encode();
 * Btf parsed = Btf.parse(blob);
 * }</pre>
 */
public final class Btf {
    /** BTF magic, as the little-endian u16 at offset 0. */
    public static final int MAGIC = 0xeb9f;
    static final int HEADER_LEN = 24;
    /** How far type resolution follows modifiers and arrays before calling the chain a loop. */
    static final int MAX_CHAIN = 64;

    private final List<BtfType> types;
    private final Strings strings;

    private Btf(List<BtfType> types, byte[] strings) {
        this.types = Collections.unmodifiableList(types);
        this.strings = new Strings(strings);
    }

    /** Every type, id 1 first. */
    public List<BtfType> types() {
        return types;
    }

    /** The type with id {@code id}, or null for 0 ({@code void}) and ids out of range. */
    public BtfType type(int id) {
        return id >= 1 && id <= types.size() ? types.get(id - 1) : null;
    }

    /** Whether {@code id} names void or an existing type. */
    public boolean isValidId(int id) {
        return id >= 0 && id <= types.size();
    }

    /** The string at {@code offset} of the string table, or null when the offset is not valid. */
    public String string(int offset) {
        return strings.at(offset);
    }

    /** The id of the first type of {@code kind} named {@code name}, or -1. */
    public int find(int kind, String name) {
        for (int i = 0; i < types.size(); i++) {
            BtfType t = types.get(i);
            if (t.kind() == kind && t.name().equals(name)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Follows typedefs and qualifiers from {@code id}; returns the first other id (0 for void), or -1 on a loop or bad id. */
    public int skipModifiers(int id) {
        int cur = id;
        for (int n = 0; n < MAX_CHAIN; n++) {
            if (!isValidId(cur)) {
                return -1;
            }
            if (!(type(cur) instanceof BtfType.Modifier m)) {
                return cur;
            }
            cur = m.type();
        }
        return -1;
    }

    /** The size in bytes of type {@code id}, or -1 when it has none (void, functions) or cannot be resolved. */
    public long sizeOf(int id) {
        long factor = 1;
        int cur = id;
        for (int n = 0; n < MAX_CHAIN; n++) {
            cur = skipModifiers(cur);
            if (cur <= 0) {
                return -1;
            }
            BtfType t = type(cur);
            long size;
            switch (t) {
                case BtfType.Int i -> size = i.size();
                case BtfType.Ptr p -> size = 8;
                case BtfType.Struct s -> size = s.size();
                case BtfType.Enum e -> size = e.size();
                case BtfType.Float f -> size = f.size();
                case BtfType.DataSec d -> size = d.size();
                case BtfType.Var v -> {
                    cur = v.type();
                    continue;
                }
                case BtfType.Array a -> {
                    factor *= Integer.toUnsignedLong(a.nelems());
                    if (factor > 0xffff_ffffL) {
                        return -1;
                    }
                    cur = a.elemType();
                    continue;
                }
                default -> {
                    return -1;
                }
            }
            long total = factor * Integer.toUnsignedLong((int) size);
            return total > 0xffff_ffffL ? -1 : total;
        }
        return -1;
    }

    /** The raw string table. */
    public byte[] strings() {
        return strings.bytes.clone();
    }

    // ---- Encoding ------------------------------------------------------------------------------

    /** Builds a BTF blob: types get ids in the order they are added; strings are deduplicated. */
    public static final class Builder {
        private final List<BtfType> types = new ArrayList<>();
        /** The string table so far: {@code strBytes[0, strLen)}, each string followed by a NUL. */
        private byte[] strBytes = new byte[256];
        private int strLen;
        private final Map<String, Integer> stringOffsets = new HashMap<>();
        /**
         * The same strings keyed by their bytes (per used entry: hash in the high half, offset + 1
         * in the low), made on the first {@link #string(byte[], int, int)}: large string tables (a
         * line of source per instruction) are built without a String per entry.
         */
        private long[] byteTable;
        private int byteCount;
        /**
         * Strings from {@link #addDistinct} at or after this offset are not in the table above
         * (-1: none): a look-up that misses the table reads them one by one.
         */
        private int unindexedFrom = -1;

        public Builder() {
            string("");
        }

        /** Adds a type; returns its id. */
        public int add(BtfType t) {
            types.add(t);
            names(t);
            return types.size();
        }

        /** The type with id {@code id} added so far, or null. */
        public BtfType type(int id) {
            return id >= 1 && id <= types.size() ? types.get(id - 1) : null;
        }

        /** Number of types added. */
        public int size() {
            return types.size();
        }

        /** Adds {@code s} to the string table (once); returns its offset. */
        public int string(String s) {
            Integer off = stringOffsets.get(s);
            if (off != null) {
                return off;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            for (byte x : b) {
                if (x == 0) {
                    throw new IllegalArgumentException("BTF strings cannot contain NUL: " + s);
                }
            }
            boolean keyed = byteTable != null && wellFormed(s);
            if (keyed) {
                int found = findBytes(b, 0, b.length, hash(b, 0, b.length));
                if (found >= 0) {
                    stringOffsets.put(s, found);
                    return found;
                }
            }
            int at = append(b, 0, b.length);
            stringOffsets.put(s, at);
            if (keyed) {
                insertBytes(at, hash(b, 0, b.length));
            }
            return at;
        }

        /**
         * Adds the string whose UTF-8 bytes are {@code b[from, to)} (once, as {@link #string(String)}
         * would add it); returns its offset.
         */
        public int string(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] <= 0) {
                    // NUL (refused as the String form refuses it) or beyond ASCII (decoded as that form decodes it).
                    return string(new String(b, from, to - from, StandardCharsets.UTF_8));
                }
            }
            makeByteTable();
            return addBytes(b, from, to, hash(b, from, to));
        }

        /**
         * Adds the string of ASCII bytes (no NUL) {@code b[from, to)} whose {@link #hash} is
         * {@code h}, which the caller knows equals no string added with this method before: as
         * {@link #string(byte[], int, int)} adds it, but strings added this way are not indexed,
         * so a large table of distinct line texts costs no look-up each. Returns its offset.
         */
        public int addDistinct(byte[] b, int from, int to, int h) {
            for (int i = from; i < to; i++) {
                if (b[i] <= 0) {
                    return string(b, from, to); // not what this method takes: the usual way
                }
            }
            makeByteTable();
            int found = findIndexed(b, from, to, h);
            if (found >= 0) {
                return found;
            }
            int at = append(b, from, to);
            if (unindexedFrom < 0) {
                unindexedFrom = at;
            }
            return at;
        }

        /** The hash {@link #addDistinct} takes: of the bytes {@code b[from, to)}. */
        public static int hash(byte[] b, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            return h * 0x9E3779B9;
        }

        private int addBytes(byte[] b, int from, int to, int h) {
            int found = findBytes(b, from, to, h);
            if (found >= 0) {
                return found;
            }
            int at = append(b, from, to);
            insertBytes(at, h);
            return at;
        }

        private void makeByteTable() {
            if (byteTable == null) {
                byteTable = new long[1024];
                for (Map.Entry<String, Integer> e : stringOffsets.entrySet()) {
                    if (wellFormed(e.getKey())) {
                        byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
                        insertBytes(e.getValue(), hash(k, 0, k.length));
                    }
                }
            }
        }

        /**
         * Makes room for up to {@code strings} more strings of {@code bytes} bytes in all, added
         * with {@link #string(byte[], int, int)}: saves growing the string bytes step by step.
         */
        public void reserve(int strings, long bytes) {
            long want = strLen + bytes + strings;
            if (want > strBytes.length && want < Integer.MAX_VALUE - 8) {
                strBytes = java.util.Arrays.copyOf(strBytes, (int) want);
            }
            // The table is not sized ahead: many of the strings may be repeats, and growing it
            // moves only its entries (their hashes are kept in them).
        }

        /** Strings without surrogates: their UTF-8 bytes are equal exactly when the strings are. */
        private static boolean wellFormed(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private int append(byte[] b, int from, int to) {
            int at = strLen;
            int n = to - from;
            if (at + n + 1 > strBytes.length) {
                strBytes = java.util.Arrays.copyOf(strBytes, Math.max(strBytes.length * 2, at + n + 1));
            }
            System.arraycopy(b, from, strBytes, at, n);
            strBytes[at + n] = 0;
            strLen = at + n + 1;
            return at;
        }

        private int findBytes(byte[] b, int from, int to, int h) {
            int found = findIndexed(b, from, to, h);
            if (found >= 0 || unindexedFrom < 0) {
                return found;
            }
            // The strings added by addDistinct, in order (each is there once); they are ASCII
            // without NUL, so other bytes need no reading of them.
            int n = to - from;
            for (int i = from; i < to; i++) {
                if (b[i] <= 0) {
                    return -1;
                }
            }
            for (int at = unindexedFrom; at < strLen; ) {
                int end = at;
                while (strBytes[end] != 0) {
                    end++;
                }
                if (end - at == n && same(strBytes, at, b, from, n)) {
                    return at;
                }
                at = end + 1;
            }
            return -1;
        }

        private int findIndexed(byte[] b, int from, int to, int h) {
            int mask = byteTable.length - 1;
            int n = to - from;
            for (int i = h >>> 7 & mask; ; i = i + 1 & mask) {
                long e = byteTable[i];
                if (e == 0) {
                    return -1;
                }
                if ((int) (e >>> 32) != h) {
                    continue;
                }
                int off = (int) e - 1;
                if (off + n < strLen && strBytes[off + n] == 0 && same(strBytes, off, b, from, n)) {
                    return off;
                }
            }
        }

        private static boolean same(byte[] a, int at, byte[] b, int from, int n) {
            for (int i = 0; i < n; i++) {
                if (a[at + i] != b[from + i]) {
                    return false;
                }
            }
            return true;
        }

        private void insertBytes(int off, int h) {
            // Filled up to three quarters: a smaller table is read faster than fewer probes save.
            if (++byteCount * 4L > byteTable.length * 3L) {
                rehash(byteTable.length * 2);
            }
            put(off + 1, h);
        }

        private void rehash(int size) {
            long[] old = byteTable;
            byteTable = new long[size];
            for (long e : old) {
                if (e != 0) {
                    put((int) e, (int) (e >>> 32));
                }
            }
        }

        private void put(int entry, int h) {
            int mask = byteTable.length - 1;
            int i = h >>> 7 & mask;
            while (byteTable[i] != 0) {
                i = i + 1 & mask;
            }
            byteTable[i] = (long) h << 32 | entry & 0xffffffffL;
        }

        private void names(BtfType t) {
            string(t.name());
            switch (t) {
                case BtfType.Struct s -> s.members().forEach(m -> string(m.name()));
                case BtfType.Enum e -> e.values().forEach(v -> string(v.name()));
                case BtfType.FuncProto p -> p.params().forEach(x -> string(x.name()));
                default -> {
                }
            }
        }

        /** The encoded blob: header, type section, string section. */
        public byte[] encode() {
            ByteBuffer tb = ByteBuffer.allocate(typeBytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (BtfType t : types) {
                encodeType(t, tb);
            }
            ByteBuffer out = ByteBuffer.allocate(HEADER_LEN + tb.capacity() + strLen).order(ByteOrder.LITTLE_ENDIAN);
            out.putShort((short) MAGIC).put((byte) 1).put((byte) 0).putInt(HEADER_LEN);
            out.putInt(0).putInt(tb.capacity()).putInt(tb.capacity()).putInt(strLen);
            out.put(tb.array()).put(strBytes, 0, strLen);
            return out.array();
        }

        /**
         * {@link #encode()} in two parts, without copying the strings: the header and types, then
         * {@link #stringBytes()} up to {@link #stringLength()}.
         */
        public byte[] encodeTypes() {
            ByteBuffer tb = ByteBuffer.allocate(typeBytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (BtfType t : types) {
                encodeType(t, tb);
            }
            ByteBuffer out = ByteBuffer.allocate(HEADER_LEN + tb.capacity()).order(ByteOrder.LITTLE_ENDIAN);
            out.putShort((short) MAGIC).put((byte) 1).put((byte) 0).putInt(HEADER_LEN);
            out.putInt(0).putInt(tb.capacity()).putInt(tb.capacity()).putInt(strLen);
            out.put(tb.array());
            return out.array();
        }

        /** The string table's bytes so far (shared, not to be changed): valid up to {@link #stringLength()}. */
        public byte[] stringBytes() {
            return strBytes;
        }

        /** The string table's length in bytes. */
        public int stringLength() {
            return strLen;
        }

        /** The blob parsed back, for callers that want a {@link Btf} view of what they built. */
        public Btf build() {
            return new Btf(new ArrayList<>(types), java.util.Arrays.copyOf(strBytes, strLen));
        }

        private int typeBytes() {
            int n = 0;
            for (BtfType t : types) {
                n += recordSize(t);
            }
            return n;
        }

        private void encodeType(BtfType t, ByteBuffer b) {
            switch (t) {
                case BtfType.Int i -> {
                    head(b, i.name(), BtfType.KIND_INT, 0, false, i.size());
                    b.putInt((i.encoding() & 0xf) << 24 | (i.offset() & 0xff) << 16 | (i.bits() & 0xff));
                }
                case BtfType.Ptr p -> head(b, "", BtfType.KIND_PTR, 0, false, p.type());
                case BtfType.Array a -> {
                    head(b, "", BtfType.KIND_ARRAY, 0, false, 0);
                    b.putInt(a.elemType()).putInt(a.indexType()).putInt(a.nelems());
                }
                case BtfType.Struct s -> {
                    head(b, s.name(), s.kind(), s.members().size(), s.kindFlag(), s.size());
                    for (BtfType.Member m : s.members()) {
                        b.putInt(string(m.name())).putInt(m.type()).putInt(m.offset());
                    }
                }
                case BtfType.Enum e -> {
                    head(b, e.name(), e.kind(), e.values().size(), e.signed(), e.size());
                    for (BtfType.EnumValue v : e.values()) {
                        b.putInt(string(v.name())).putInt((int) v.value());
                        if (e.enum64()) {
                            b.putInt((int) (v.value() >>> 32));
                        }
                    }
                }
                case BtfType.Fwd f -> head(b, f.name(), BtfType.KIND_FWD, 0, f.union(), 0);
                case BtfType.Modifier m -> head(b, m.name(), m.kind(), 0, false, m.type());
                case BtfType.Func f -> head(b, f.name(), BtfType.KIND_FUNC, f.linkage(), false, f.proto());
                case BtfType.FuncProto p -> {
                    head(b, "", BtfType.KIND_FUNC_PROTO, p.params().size(), false, p.returnType());
                    for (BtfType.Param x : p.params()) {
                        b.putInt(string(x.name())).putInt(x.type());
                    }
                }
                case BtfType.Var v -> {
                    head(b, v.name(), BtfType.KIND_VAR, 0, false, v.type());
                    b.putInt(v.linkage());
                }
                case BtfType.DataSec d -> {
                    head(b, d.name(), BtfType.KIND_DATASEC, d.vars().size(), false, d.size());
                    for (BtfType.VarSecInfo v : d.vars()) {
                        b.putInt(v.type()).putInt(v.offset()).putInt(v.size());
                    }
                }
                case BtfType.Float f -> head(b, f.name(), BtfType.KIND_FLOAT, 0, false, f.size());
                case BtfType.DeclTag d -> {
                    head(b, d.name(), BtfType.KIND_DECL_TAG, 0, false, d.type());
                    b.putInt(d.componentIdx());
                }
            }
        }

        private void head(ByteBuffer b, String name, int kind, int vlen, boolean kindFlag, int sizeOrType) {
            if (vlen > 0xffff) {
                throw new IllegalArgumentException("BTF type with " + vlen + " entries (at most 65535)");
            }
            b.putInt(string(name));
            b.putInt((kindFlag ? 1 << 31 : 0) | (kind & 0x1f) << 24 | vlen);
            b.putInt(sizeOrType);
        }
    }

    static int recordSize(BtfType t) {
        return 12 + switch (t) {
            case BtfType.Int i -> 4;
            case BtfType.Array a -> 12;
            case BtfType.Struct s -> 12 * s.members().size();
            case BtfType.Enum e -> (e.enum64() ? 12 : 8) * e.values().size();
            case BtfType.FuncProto p -> 8 * p.params().size();
            case BtfType.Var v -> 4;
            case BtfType.DataSec d -> 12 * d.vars().size();
            case BtfType.DeclTag d -> 4;
            default -> 0;
        };
    }

    // ---- Parsing -------------------------------------------------------------------------------

    /**
     * Parses a BTF blob. Every offset and count is checked against the blob's length, so hostile
     * input costs at most memory proportional to its size.
     */
    public static Btf parse(byte[] data) throws BtfFormatException {
        if (data.length < HEADER_LEN) {
            throw new BtfFormatException(0, "BTF header truncated: " + data.length + " bytes, need " + HEADER_LEN);
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int magic = b.getShort(0) & 0xffff;
        if (magic != MAGIC) {
            throw new BtfFormatException(0, String.format("bad BTF magic 0x%04x (expected 0x%04x; big-endian BTF is not supported)",
                    magic, MAGIC));
        }
        int version = b.get(2) & 0xff;
        if (version != 1) {
            throw new BtfFormatException(2, "unsupported BTF version " + version);
        }
        long hdrLen = u32(b, 4);
        if (hdrLen < HEADER_LEN || hdrLen > data.length) {
            throw new BtfFormatException(4, "BTF header length " + hdrLen + " out of range");
        }
        for (long i = HEADER_LEN; i < hdrLen; i++) {
            if (data[(int) i] != 0) {
                throw new BtfFormatException(i, "unknown non-zero BTF header field");
            }
        }
        long typeOff = u32(b, 8), typeLen = u32(b, 12), strOff = u32(b, 16), strLen = u32(b, 20);
        long avail = data.length - hdrLen;
        if (typeOff > avail || typeLen > avail - typeOff) {
            throw new BtfFormatException(8, "BTF type section (offset " + typeOff + ", length " + typeLen
                    + ") exceeds the blob (" + avail + " bytes after the header)");
        }
        if (strOff > avail || strLen > avail - strOff) {
            throw new BtfFormatException(16, "BTF string section (offset " + strOff + ", length " + strLen
                    + ") exceeds the blob (" + avail + " bytes after the header)");
        }
        if (typeLen % 4 != 0) {
            throw new BtfFormatException(12, "BTF type section length " + typeLen + " is not a multiple of 4");
        }
        int strStart = (int) (hdrLen + strOff);
        byte[] strings = java.util.Arrays.copyOfRange(data, strStart, strStart + (int) strLen);
        if (strLen > 0 && (strings[0] != 0 || strings[strings.length - 1] != 0)) {
            throw new BtfFormatException(strStart, "BTF string section must start and end with NUL");
        }
        int start = (int) (hdrLen + typeOff);
        int end = start + (int) typeLen;
        List<BtfType> types = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Parser p = new Parser(b, new Strings(strings), start, end);
        while (p.pos < end) {
            offsets.add(p.pos);
            types.add(p.next());
        }
        Btf btf = new Btf(types, strings);
        btf.checkReferences(offsets);
        return btf;
    }

    private void checkReferences(List<Integer> offsets) throws BtfFormatException {
        for (int i = 0; i < types.size(); i++) {
            BtfType t = types.get(i);
            List<Integer> refs = new ArrayList<>();
            switch (t) {
                case BtfType.Ptr p -> refs.add(p.type());
                case BtfType.Array a -> {
                    refs.add(a.elemType());
                    refs.add(a.indexType());
                }
                case BtfType.Struct s -> s.members().forEach(m -> refs.add(m.type()));
                case BtfType.Modifier m -> refs.add(m.type());
                case BtfType.Func f -> refs.add(f.proto());
                case BtfType.FuncProto p -> {
                    refs.add(p.returnType());
                    p.params().forEach(x -> refs.add(x.type()));
                }
                case BtfType.Var v -> refs.add(v.type());
                case BtfType.DataSec d -> d.vars().forEach(v -> refs.add(v.type()));
                case BtfType.DeclTag d -> refs.add(d.type());
                default -> {
                }
            }
            for (int r : refs) {
                if (!isValidId(r)) {
                    throw new BtfFormatException(offsets.get(i), "type [" + (i + 1) + "] " + t.kindName()
                            + " refers to type id " + Integer.toUnsignedString(r) + ", beyond the last type ["
                            + types.size() + "]");
                }
            }
        }
    }

    private static final class Parser {
        final ByteBuffer b;
        final Strings strings;
        final int end;
        int pos;

        Parser(ByteBuffer b, Strings strings, int start, int end) {
            this.b = b;
            this.strings = strings;
            this.pos = start;
            this.end = end;
        }

        private int u32() throws BtfFormatException {
            if (end - pos < 4) {
                throw new BtfFormatException(pos, "BTF type record truncated at the end of the type section");
            }
            int v = b.getInt(pos);
            pos += 4;
            return v;
        }

        private String name(int off, int at) throws BtfFormatException {
            String s = strings.at(off);
            if (s == null) {
                throw new BtfFormatException(at, "name offset " + Integer.toUnsignedString(off)
                        + " outside the BTF string section (" + strings.bytes.length + " bytes)");
            }
            return s;
        }

        private void need(int vlen, int each, int at) throws BtfFormatException {
            if ((long) vlen * each > end - pos) {
                throw new BtfFormatException(at, "BTF type with vlen " + vlen + " runs past the type section");
            }
        }

        BtfType next() throws BtfFormatException {
            int at = pos;
            int nameOff = u32();
            int info = u32();
            int sizeOrType = u32();
            int kind = (info >>> 24) & 0x1f;
            int vlen = info & 0xffff;
            boolean kflag = (info >>> 31) != 0;
            String name = name(nameOff, at);
            return switch (kind) {
                case BtfType.KIND_INT -> {
                    int enc = u32();
                    yield new BtfType.Int(name, sizeOrType, (enc >>> 24) & 0xf, (enc >>> 16) & 0xff, enc & 0xff);
                }
                case BtfType.KIND_PTR -> new BtfType.Ptr(sizeOrType);
                case BtfType.KIND_ARRAY -> new BtfType.Array(u32(), u32(), u32());
                case BtfType.KIND_STRUCT, BtfType.KIND_UNION -> {
                    need(vlen, 12, at);
                    List<BtfType.Member> ms = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++) {
                        int mAt = pos;
                        ms.add(new BtfType.Member(name(u32(), mAt), u32(), u32()));
                    }
                    yield new BtfType.Struct(name, kind == BtfType.KIND_UNION, sizeOrType, kflag, ms);
                }
                case BtfType.KIND_ENUM, BtfType.KIND_ENUM64 -> {
                    boolean e64 = kind == BtfType.KIND_ENUM64;
                    need(vlen, e64 ? 12 : 8, at);
                    List<BtfType.EnumValue> vs = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++) {
                        int vAt = pos;
                        String vn = name(u32(), vAt);
                        long lo = u32();
                        long v = e64 ? (lo & 0xffff_ffffL) | ((long) u32() << 32) : (kflag ? lo : lo & 0xffff_ffffL);
                        vs.add(new BtfType.EnumValue(vn, v));
                    }
                    yield new BtfType.Enum(name, e64, sizeOrType, kflag, vs);
                }
                case BtfType.KIND_FWD -> new BtfType.Fwd(name, kflag);
                case BtfType.KIND_TYPEDEF, BtfType.KIND_VOLATILE, BtfType.KIND_CONST, BtfType.KIND_RESTRICT,
                     BtfType.KIND_TYPE_TAG -> new BtfType.Modifier(kind, name, sizeOrType);
                case BtfType.KIND_FUNC -> new BtfType.Func(name, sizeOrType, vlen);
                case BtfType.KIND_FUNC_PROTO -> {
                    need(vlen, 8, at);
                    List<BtfType.Param> ps = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++) {
                        int pAt = pos;
                        ps.add(new BtfType.Param(name(u32(), pAt), u32()));
                    }
                    yield new BtfType.FuncProto(sizeOrType, ps);
                }
                case BtfType.KIND_VAR -> new BtfType.Var(name, sizeOrType, u32());
                case BtfType.KIND_DATASEC -> {
                    need(vlen, 12, at);
                    List<BtfType.VarSecInfo> vs = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++) {
                        vs.add(new BtfType.VarSecInfo(u32(), u32(), u32()));
                    }
                    yield new BtfType.DataSec(name, sizeOrType, vs);
                }
                case BtfType.KIND_FLOAT -> new BtfType.Float(name, sizeOrType);
                case BtfType.KIND_DECL_TAG -> new BtfType.DeclTag(name, sizeOrType, u32());
                default -> throw new BtfFormatException(at, "unknown BTF kind " + kind);
            };
        }
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    /**
     * A string table with the position of the next NUL precomputed, so that looking up many
     * offsets into one long string stays linear in the table's size.
     */
    static final class Strings {
        final byte[] bytes;
        private final int[] nextNul;

        Strings(byte[] bytes) {
            this.bytes = bytes;
            this.nextNul = new int[bytes.length];
            int next = -1;
            for (int i = bytes.length - 1; i >= 0; i--) {
                if (bytes[i] == 0) {
                    next = i;
                }
                nextNul[i] = next;
            }
        }

        /** The NUL-terminated string at {@code offset}, or null when there is none. */
        String at(int offset) {
            if (offset == 0 && bytes.length == 0) {
                return "";
            }
            if (offset < 0 || offset >= bytes.length || nextNul[offset] < 0) {
                return null;
            }
            return new String(bytes, offset, nextNul[offset] - offset, StandardCharsets.UTF_8);
        }
    }
}
