package dev.bpfj.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The raw structure of an ELF64 little-endian BPF relocatable object: header, section headers,
 * symbols and REL relocations. Every offset, size and count is checked against the file before it
 * is used, so a hostile file costs at most memory proportional to its length.
 */
final class ElfFile {
    static final int EHDR_SIZE = 64, SHDR_SIZE = 64, SYM_SIZE = 24, REL_SIZE = 16;
    static final int EM_BPF = 247, ET_REL = 1;
    static final int SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4,
            SHT_NOBITS = 8, SHT_REL = 9;
    static final long SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4, SHF_INFO_LINK = 0x40;
    static final int STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2;
    static final int STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4;
    static final int SHN_UNDEF = 0, SHN_LORESERVE = 0xff00, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2,
            SHN_XINDEX = 0xffff;
    static final int R_BPF_NONE = 0, R_BPF_64_64 = 1, R_BPF_64_ABS64 = 2, R_BPF_64_ABS32 = 3,
            R_BPF_64_NODYLD32 = 4, R_BPF_64_32 = 10;

    /** One section header. {@code name} is resolved through the section name table. */
    record Shdr(int index, String name, int type, long flags, long addr, long offset, long size, int link,
                int info, long align, long entsize) {
        boolean isExec() {
            return type == SHT_PROGBITS && (flags & SHF_EXECINSTR) != 0;
        }

        /** Bytes the section occupies in the file (NOBITS and NULL sections occupy none). */
        long fileSize() {
            return type == SHT_NOBITS || type == SHT_NULL ? 0 : size;
        }
    }

    /** One symbol. {@code shndx} may be a reserved index (SHN_ABS, SHN_COMMON). */
    record Sym(int index, String name, int bind, int type, int shndx, long value, long size) {
    }

    /** One REL entry of the relocation section {@code relSection} applying to {@code target}. */
    record Rel(int relSection, int target, long offset, int type, int sym) {
    }

    final byte[] data;
    final ByteBuffer buf;
    final List<Shdr> sections;
    final List<Sym> symbols;
    final int symtabIndex;

    private ElfFile(byte[] data, List<Shdr> sections, List<Sym> symbols, int symtabIndex) {
        this.data = data;
        this.buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        this.sections = sections;
        this.symbols = symbols;
        this.symtabIndex = symtabIndex;
    }

    static ElfFile parse(byte[] data) throws ElfFormatException {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (data.length < 4 || data[0] != 0x7f || data[1] != 'E' || data[2] != 'L' || data[3] != 'F') {
            throw new ElfFormatException(null, 0, "not an ELF file (bad magic)");
        }
        if (data.length < EHDR_SIZE) {
            throw new ElfFormatException(null, 0, "ELF header truncated: " + data.length + " bytes, need " + EHDR_SIZE);
        }
        if (data[4] != 2) {
            throw new ElfFormatException(null, 4, "not a 64-bit ELF file (EI_CLASS " + data[4] + ")");
        }
        if (data[5] != 1) {
            throw new ElfFormatException(null, 5, "not a little-endian ELF file (EI_DATA " + data[5]
                    + "); big-endian BPF objects are not supported");
        }
        if (data[6] != 1) {
            throw new ElfFormatException(null, 6, "unknown ELF version " + data[6]);
        }
        int type = b.getShort(16) & 0xffff;
        int machine = b.getShort(18) & 0xffff;
        if (machine != EM_BPF) {
            throw new ElfFormatException(null, 18, "not a BPF object: e_machine is " + machine + ", expected " + EM_BPF
                    + " (EM_BPF)");
        }
        if (type != ET_REL) {
            throw new ElfFormatException(null, 16, "not a relocatable object: e_type is " + type + ", expected 1 (ET_REL)");
        }
        long shoff = b.getLong(40);
        int shentsize = b.getShort(58) & 0xffff;
        int shnum = b.getShort(60) & 0xffff;
        int shstrndx = b.getShort(62) & 0xffff;
        if (shoff == 0 || shnum == 0) {
            if (shoff != 0) {
                throw new ElfFormatException(null, 60, "extended section numbering (e_shnum 0) is not supported");
            }
            throw new ElfFormatException(null, 40, "object has no section headers");
        }
        if (shentsize != SHDR_SIZE) {
            throw new ElfFormatException(null, 58, "section header size " + shentsize + ", expected " + SHDR_SIZE);
        }
        if (shoff < 0 || shoff > data.length || (long) shnum * SHDR_SIZE > data.length - shoff) {
            throw new ElfFormatException(null, 40, String.format(
                    "section header table (offset 0x%x, %d entries) runs past the end of the file (%d bytes)",
                    shoff, shnum, data.length));
        }
        if (shstrndx == SHN_XINDEX) {
            throw new ElfFormatException(null, 62, "extended section name table index is not supported");
        }
        if (shstrndx == 0 || shstrndx >= shnum) {
            throw new ElfFormatException(null, 62, "section name table index " + shstrndx + " out of range (" + shnum
                    + " sections)");
        }
        // First pass: raw headers, checked for bounds.
        long[][] raw = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            int at = (int) (shoff + (long) i * SHDR_SIZE);
            long[] h = {
                Integer.toUnsignedLong(b.getInt(at)), Integer.toUnsignedLong(b.getInt(at + 4)), b.getLong(at + 8),
                b.getLong(at + 16), b.getLong(at + 24), b.getLong(at + 32), Integer.toUnsignedLong(b.getInt(at + 40)),
                Integer.toUnsignedLong(b.getInt(at + 44)), b.getLong(at + 48), b.getLong(at + 56), at};
            raw[i] = h;
            long stype = h[1];
            long off = h[4], size = h[5];
            if (i > 0 && stype != SHT_NOBITS && stype != SHT_NULL) {
                if (off < 0 || off > data.length || size < 0 || size > data.length - off) {
                    throw new ElfFormatException("#" + i, at, String.format(
                            "section data (offset 0x%x, size 0x%x) runs past the end of the file (%d bytes)",
                            off, size, data.length));
                }
            }
        }
        long[] strHdr = raw[shstrndx];
        if (strHdr[1] != SHT_STRTAB) {
            throw new ElfFormatException(null, 62, "section name table #" + shstrndx + " is not a string table");
        }
        StringTable shstr = new StringTable(data, (int) strHdr[4], (int) strHdr[5]);
        List<Shdr> sections = new ArrayList<>(shnum);
        for (int i = 0; i < shnum; i++) {
            long[] h = raw[i];
            String name = shstr.at(h[0]);
            if (name == null) {
                throw new ElfFormatException("#" + i, h[10], "section name offset " + h[0]
                        + " is outside the section name table");
            }
            sections.add(new Shdr(i, name, (int) h[1], h[2], h[3], h[4], h[5], (int) h[6], (int) h[7], h[8], h[9]));
        }
        // Symbols.
        int symtab = -1;
        for (Shdr s : sections) {
            if (s.type() == SHT_SYMTAB) {
                if (symtab >= 0) {
                    throw new ElfFormatException(s.name(), s.offset(), "more than one symbol table");
                }
                symtab = s.index();
            }
        }
        List<Sym> symbols = new ArrayList<>();
        if (symtab >= 0) {
            Shdr st = sections.get(symtab);
            if (st.entsize() != SYM_SIZE || st.size() % SYM_SIZE != 0) {
                throw new ElfFormatException(st.name(), st.offset(), "symbol table entry size " + st.entsize()
                        + " / size " + st.size() + " do not match 24-byte ELF64 symbols");
            }
            if (st.link() <= 0 || st.link() >= shnum || sections.get(st.link()).type() != SHT_STRTAB) {
                throw new ElfFormatException(st.name(), st.offset(), "symbol table links to section #"
                        + Integer.toUnsignedString(st.link()) + ", which is not a string table");
            }
            Shdr strs = sections.get(st.link());
            StringTable names = new StringTable(data, (int) strs.offset(), (int) strs.size());
            int n = (int) (st.size() / SYM_SIZE);
            for (int i = 0; i < n; i++) {
                int at = (int) (st.offset() + (long) i * SYM_SIZE);
                long nameOff = Integer.toUnsignedLong(b.getInt(at));
                int info = data[at + 4] & 0xff;
                int shndx = b.getShort(at + 6) & 0xffff;
                long value = b.getLong(at + 8);
                long size = b.getLong(at + 16);
                String name = names.at(nameOff);
                if (name == null) {
                    throw new ElfFormatException(st.name(), at, "symbol #" + i + " name offset " + nameOff
                            + " is outside the string table");
                }
                if (shndx == SHN_XINDEX) {
                    throw new ElfFormatException(st.name(), at, "symbol #" + i + " uses extended section indexes (unsupported)");
                }
                if (shndx < SHN_LORESERVE && shndx >= shnum) {
                    throw new ElfFormatException(st.name(), at, "symbol '" + name + "' refers to section #" + shndx
                            + ", but there are " + shnum + " sections");
                }
                symbols.add(new Sym(i, name, info >>> 4, info & 0xf, shndx, value, size));
            }
        }
        return new ElfFile(data, Collections.unmodifiableList(sections), Collections.unmodifiableList(symbols), symtab);
    }

    Shdr section(String name) {
        for (Shdr s : sections) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The section's bytes (a copy; empty for NOBITS). */
    byte[] bytes(Shdr s) {
        if (s.fileSize() == 0) {
            return new byte[0];
        }
        return Arrays.copyOfRange(data, (int) s.offset(), (int) (s.offset() + s.size()));
    }

    /** The REL entries that apply to section {@code target}, checked against the symbol table. */
    List<Rel> relocations(Shdr target) throws ElfFormatException {
        List<Rel> out = new ArrayList<>();
        for (Shdr r : relocationSections(target)) {
            if (r.type() == SHT_RELA) {
                throw new ElfFormatException(r.name(), r.offset(), "RELA relocations are not used for BPF and not supported");
            }
            if (r.entsize() != REL_SIZE || r.size() % REL_SIZE != 0) {
                throw new ElfFormatException(r.name(), r.offset(), "relocation entry size " + r.entsize() + " / size "
                        + r.size() + " do not match 16-byte ELF64 REL entries");
            }
            if (r.link() != symtabIndex) {
                throw new ElfFormatException(r.name(), r.offset(), "relocation section links to section #"
                        + Integer.toUnsignedString(r.link()) + ", not the symbol table");
            }
            int n = (int) (r.size() / REL_SIZE);
            for (int i = 0; i < n; i++) {
                int at = (int) (r.offset() + (long) i * REL_SIZE);
                long off = buf.getLong(at);
                long info = buf.getLong(at + 8);
                int type = (int) (info & 0xffffffffL);
                long sym = info >>> 32;
                if (sym >= symbols.size()) {
                    throw new ElfFormatException(r.name(), at, "relocation #" + i + " refers to symbol #" + sym + ", but there are "
                            + symbols.size() + " symbols");
                }
                out.add(new Rel(r.index(), target.index(), off, type, (int) sym));
            }
        }
        return out;
    }

    private List<List<Shdr>> relSections;

    /** The REL and RELA sections whose sh_info names {@code target}. */
    List<Shdr> relocationSections(Shdr target) {
        if (relSections == null) {
            List<List<Shdr>> by = new ArrayList<>(sections.size());
            for (int i = 0; i < sections.size(); i++) {
                by.add(new ArrayList<>(1));
            }
            for (Shdr r : sections) {
                if ((r.type() == SHT_REL || r.type() == SHT_RELA) && Integer.compareUnsigned(r.info(), sections.size()) < 0) {
                    by.get(r.info()).add(r);
                }
            }
            relSections = by;
        }
        return relSections.get(target.index());
    }

    /** File offset of relocation entry number {@code i} of its section, for messages. */
    long relFileOffset(Rel rel, int i) {
        return sections.get(rel.relSection()).offset() + (long) i * REL_SIZE;
    }

    /** NUL-terminated strings inside one section, bounds-checked. */
    static final class StringTable {
        private final byte[] data;
        private final int start;
        private final int size;
        private int[] nextNul;

        StringTable(byte[] data, int start, int size) {
            this.data = data;
            this.start = start;
            this.size = size;
        }

        String at(long offset) {
            if (offset < 0 || offset >= size) {
                return offset == 0 ? "" : null;
            }
            if (nextNul == null) {
                // Built lazily and once, so that many lookups into one long string stay linear.
                nextNul = new int[size];
                int next = -1;
                for (int i = size - 1; i >= 0; i--) {
                    if (data[start + i] == 0) {
                        next = i;
                    }
                    nextNul[i] = next;
                }
            }
            int end = nextNul[(int) offset];
            if (end < 0) {
                return null;
            }
            return new String(data, start + (int) offset, end - (int) offset, StandardCharsets.UTF_8);
        }
    }
}
