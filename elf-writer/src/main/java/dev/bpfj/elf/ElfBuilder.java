package dev.bpfj.elf;

import dev.bpfj.core.insn.InsnCodec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out an ELF64 little-endian {@code EM_BPF} relocatable object: header, section data in the
 * order sections were added, then the section header table. One string table, {@code .strtab},
 * holds both section and symbol names (as LLVM writes BPF objects).
 */
final class ElfBuilder {
    /** A section to be written; {@code link} and {@code info} are section indexes. */
    static final class Section {
        final String name;
        final int type;
        final long flags;
        final long align;
        final long entsize;
        byte[] data = new byte[0];
        /**
         * More bytes after {@code data}, for large sections written without being gathered into
         * one array: {@code more[0, moreLen)}, then the slots of {@code slots} in order as
         * little-endian longs.
         */
        byte[] more;
        int moreLen;
        long[][] slots;
        /** Written last, when not null. */
        Body body;
        int link;
        int info;
        int index;

        Section(String name, int type, long flags, long align, long entsize) {
            this.name = name;
            this.type = type;
            this.flags = flags;
            this.align = align;
            this.entsize = entsize;
        }

        long size() {
            long n = data.length + moreLen;
            if (slots != null) {
                for (long[] p : slots) {
                    n += 8L * p.length;
                }
            }
            return body == null ? n : n + body.size();
        }

        void copyTo(byte[] file, int at) {
            System.arraycopy(data, 0, file, at, data.length);
            at += data.length;
            if (more != null) {
                System.arraycopy(more, 0, file, at, moreLen);
                at += moreLen;
            }
            if (slots != null) {
                for (long[] p : slots) {
                    at = InsnCodec.putSlots(p, 0, p.length, file, at);
                }
            }
            if (body != null) {
                int[] pos = {at};
                try {
                    body.writeTo(new java.io.OutputStream() {
                        @Override
                        public void write(int b) {
                            file[pos[0]++] = (byte) b;
                        }

                        @Override
                        public void write(byte[] b, int off, int len) {
                            System.arraycopy(b, off, file, pos[0], len);
                            pos[0] += len;
                        }
                    });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        void writeTo(java.io.OutputStream out) throws java.io.IOException {
            out.write(data);
            if (more != null) {
                out.write(more, 0, moreLen);
            }
            if (slots != null) {
                InsnCodec.writeSlots(slots, out);
            }
            if (body != null) {
                body.writeTo(out);
            }
        }

    }

    /** Bytes made while the object is written, not held. */
    interface Body {
        long size();

        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    record Symbol(String name, int bind, int type, Section section, long value, long size) {
    }

    record Rel(long offset, int type, Symbol symbol) {
    }

    private final List<Section> sections = new ArrayList<>();
    private final Section strtab;
    private final StringTable strings = new StringTable();

    ElfBuilder() {
        sections.add(new Section("", ElfFile.SHT_NULL, 0, 0, 0));
        strtab = add(".strtab", ElfFile.SHT_STRTAB, 0, 1, 0);
    }

    Section add(String name, int type, long flags, long align, long entsize) {
        Section s = new Section(name, type, flags, align, entsize);
        s.index = sections.size();
        sections.add(s);
        return s;
    }

    /** Adds the (still empty) relocation section {@code .rel<target>}. */
    Section addRelocations(Section target) {
        Section r = add(".rel" + target.name, ElfFile.SHT_REL, ElfFile.SHF_INFO_LINK, 8, ElfFile.REL_SIZE);
        r.info = target.index;
        return r;
    }

    /** Fills relocation section {@code r}; symbol indexes come from {@link #fillSymbols}. */
    void fillRelocations(Section r, List<Rel> rels, Map<Symbol, Integer> symIndex, Section symtab) {
        ByteBuffer b = ByteBuffer.allocate(rels.size() * ElfFile.REL_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (Rel rel : rels) {
            Integer idx = symIndex.get(rel.symbol());
            if (idx == null) {
                throw new IllegalStateException("relocation against a symbol not in the table: " + rel.symbol().name());
            }
            b.putLong(rel.offset()).putLong((long) idx << 32 | rel.type());
        }
        r.data = b.array();
        r.link = symtab.index;
    }

    /** Fills {@code symtab}: locals first (as ELF requires), then globals. Returns each symbol's index. */
    Map<Symbol, Integer> fillSymbols(Section symtab, List<Symbol> symbols) {
        List<Symbol> ordered = new ArrayList<>();
        for (Symbol s : symbols) {
            if (s.bind() == ElfFile.STB_LOCAL) {
                ordered.add(s);
            }
        }
        int firstGlobal = ordered.size() + 1;
        for (Symbol s : symbols) {
            if (s.bind() != ElfFile.STB_LOCAL) {
                ordered.add(s);
            }
        }
        ByteBuffer b = ByteBuffer.allocate((ordered.size() + 1) * ElfFile.SYM_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.position(ElfFile.SYM_SIZE);
        Map<Symbol, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Symbol s = ordered.get(i);
            index.put(s, i + 1);
            // Section symbols are nameless in the table; tools show the section's name.
            b.putInt(s.type() == ElfFile.STT_SECTION ? 0 : strings.add(s.name()));
            b.put((byte) (s.bind() << 4 | s.type()));
            b.put((byte) 0);
            b.putShort((short) (s.section() == null ? ElfFile.SHN_UNDEF : s.section().index));
            b.putLong(s.value());
            b.putLong(s.size());
        }
        symtab.data = b.array();
        symtab.link = strtab.index;
        symtab.info = firstGlobal;
        return index;
    }

    /** The object's bytes: {@link #writeTo} into one array. */
    byte[] build() {
        Layout l = layout();
        byte[] file = new byte[(int) l.size];
        for (int i = 1; i < sections.size(); i++) {
            Section s = sections.get(i);
            s.copyTo(file, (int) l.offsets[i]);
        }
        System.arraycopy(l.headers, 0, file, (int) l.shoff, l.headers.length);
        System.arraycopy(l.ehdr, 0, file, 0, l.ehdr.length);
        return file;
    }

    /** Writes the object to {@code out}, section by section, without gathering it first. */
    void writeTo(java.io.OutputStream out) throws java.io.IOException {
        Layout l = layout();
        out.write(l.ehdr);
        long at = l.ehdr.length;
        byte[] zeros = new byte[64];
        for (int i = 1; i < sections.size(); i++) {
            Section s = sections.get(i);
            while (at < l.offsets[i]) {
                int n = (int) Math.min(zeros.length, l.offsets[i] - at);
                out.write(zeros, 0, n);
                at += n;
            }
            s.writeTo(out);
            at += s.size();
        }
        while (at < l.shoff) {
            int n = (int) Math.min(zeros.length, l.shoff - at);
            out.write(zeros, 0, n);
            at += n;
        }
        out.write(l.headers);
    }

    /** Where everything goes: ELF header, section offsets, section header table. */
    private record Layout(byte[] ehdr, long[] offsets, long shoff, byte[] headers, long size) {
    }

    private Layout layout() {
        for (Section s : sections) {
            strings.add(s.name);
        }
        strtab.data = strings.bytes();
        // Offsets first, then one array of the final size: large sections are copied once.
        long[] offsets = new long[sections.size()];
        long size = ElfFile.EHDR_SIZE;
        for (int i = 1; i < sections.size(); i++) {
            Section s = sections.get(i);
            long align = Math.max(1, s.align);
            size = (size + align - 1) / align * align;
            offsets[i] = size;
            size += s.size();
        }
        size = (size + 7) / 8 * 8;
        long shoff = size;
        size += (long) sections.size() * ElfFile.SHDR_SIZE;
        if (size > Integer.MAX_VALUE - 8) {
            throw new ElfWriteException("the object would be " + size + " bytes, more than a Java array holds");
        }
        ByteBuffer sh = ByteBuffer.allocate(sections.size() * ElfFile.SHDR_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            sh.putInt(i == 0 ? 0 : strings.add(s.name));
            sh.putInt(s.type);
            sh.putLong(s.flags);
            sh.putLong(0);
            sh.putLong(offsets[i]);
            sh.putLong(i == 0 ? 0 : s.size());
            sh.putInt(s.link);
            sh.putInt(s.info);
            sh.putLong(s.align);
            sh.putLong(s.entsize);
        }
        byte[] ehdr = new byte[ElfFile.EHDR_SIZE];
        ByteBuffer h = ByteBuffer.wrap(ehdr).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        h.putShort(16, (short) ElfFile.ET_REL);
        h.putShort(18, (short) ElfFile.EM_BPF);
        h.putInt(20, 1);
        h.putLong(24, 0);
        h.putLong(32, 0);
        h.putLong(40, shoff);
        h.putInt(48, 0);
        h.putShort(52, (short) ElfFile.EHDR_SIZE);
        h.putShort(54, (short) 0);
        h.putShort(56, (short) 0);
        h.putShort(58, (short) ElfFile.SHDR_SIZE);
        h.putShort(60, (short) sections.size());
        h.putShort(62, (short) strtab.index);
        return new Layout(ehdr, offsets, shoff, sh.array(), size);
    }

    /** An ELF string table with deduplicated entries, starting with the empty string. */
    private static final class StringTable {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Map<String, Integer> offsets = new HashMap<>();

        StringTable() {
            bytes.write(0);
            offsets.put("", 0);
        }

        int add(String s) {
            Integer off = offsets.get(s);
            if (off != null) {
                return off;
            }
            int at = bytes.size();
            bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            offsets.put(s, at);
            return at;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
