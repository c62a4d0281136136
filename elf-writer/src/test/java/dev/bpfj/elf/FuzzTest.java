package dev.bpfj.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.testkit.Property;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Corrupt, truncated and hostile objects: the reader answers each with an object or an
 * {@link ElfFormatException}, never anything else. The default run mutates 25,000 objects;
 * {@code -Dbpfj.scale=N} multiplies that (scale 4 and more for the 100,000-object campaign).
 */
class FuzzTest {
    /** A seed object and the byte ranges worth aiming at (headers, tables, BTF). */
    private record Seed(String name, byte[] bytes, List<long[]> regions) {
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> out = new ArrayList<>();
        for (String name : Tools.fixtureObjects(n -> true)) {
            out.add(seed(name, Files.readAllBytes(Tools.fixture(name))));
        }
        out.add(seed("bpfj:dispatch+verdict", ElfWriter.write(ElfWriterTest.dispatch(), ElfWriterTest.verdict())));
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 4; i++) {
            out.add(seed("bpfj:random" + i, ElfWriter.write(ProgramGen.anyPrograms().generate(r, 12))));
        }
        return out;
    }

    private static Seed seed(String name, byte[] bytes) {
        List<long[]> regions = new ArrayList<>();
        regions.add(new long[] {0, ElfFile.EHDR_SIZE});
        try {
            ElfFile f = ElfFile.parse(bytes);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            long shoff = b.getLong(40);
            regions.add(new long[] {shoff, (long) f.sections.size() * ElfFile.SHDR_SIZE});
            for (ElfFile.Shdr s : f.sections) {
                boolean interesting = s.type() == ElfFile.SHT_SYMTAB || s.type() == ElfFile.SHT_REL
                        || s.name().startsWith(".BTF") || s.name().equals(".maps") || s.name().equals("maps")
                        || s.name().equals("license") || s.isExec();
                if (interesting && s.fileSize() > 0) {
                    regions.add(new long[] {s.offset(), s.size()});
                }
            }
        } catch (ElfFormatException e) {
            throw new AssertionError("seed " + name + " must be readable: " + e.getMessage(), e);
        }
        return new Seed(name, bytes, regions);
    }

    private static final long[] INTERESTING = {0, 1, 2, 7, 8, 0x10, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000,
        0x7fffffffL, 0x80000000L, 0xffffffffL, -1L, Long.MAX_VALUE, Long.MIN_VALUE};

    /** Applies one to three mutations; returns the new bytes and a description for failure reports. */
    private static byte[] mutate(Seed seed, SplittableRandom r, StringBuilder how) {
        byte[] b = seed.bytes().clone();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n && b.length > 0; k++) {
            long[] region = r.nextInt(4) == 0 ? new long[] {0, b.length} : seed.regions().get(r.nextInt(seed.regions().size()));
            int lo = (int) Math.min(region[0], b.length - 1);
            int len = (int) Math.max(1, Math.min(region[1], b.length - lo));
            int at = lo + r.nextInt(len);
            switch (r.nextInt(7)) {
                case 0 -> {
                    int bit = r.nextInt(8);
                    b[at] ^= (byte) (1 << bit);
                    how.append(String.format("flip bit %d at 0x%x; ", bit, at));
                }
                case 1 -> {
                    int m = 1 + r.nextInt(16);
                    for (int i = 0; i < m && at + i < b.length; i++) {
                        b[at + i] = (byte) r.nextInt(256);
                    }
                    how.append(String.format("random %d bytes at 0x%x; ", m, at));
                }
                case 2, 3 -> {
                    int width = new int[] {1, 2, 4, 8}[r.nextInt(4)];
                    at = Math.max(0, Math.min(at & ~(width - 1), b.length - width));
                    long v = r.nextInt(3) == 0 ? b.length + r.nextInt(-16, 17) : INTERESTING[r.nextInt(INTERESTING.length)];
                    if (r.nextInt(4) == 0) {
                        v = -v;
                    }
                    for (int i = 0; i < width && at + i < b.length; i++) {
                        b[at + i] = (byte) (v >>> (8 * i));
                    }
                    how.append(String.format("%d-byte field at 0x%x = 0x%x; ", width, at, v));
                }
                case 4 -> {
                    int cut = r.nextInt(b.length);
                    b = Arrays.copyOf(b, cut);
                    how.append(String.format("truncate to %d; ", cut));
                }
                case 5 -> {
                    int m = Math.min(1 + r.nextInt(64), b.length - at);
                    byte[] nb = new byte[b.length - m];
                    System.arraycopy(b, 0, nb, 0, at);
                    System.arraycopy(b, at + m, nb, at, b.length - at - m);
                    b = nb;
                    how.append(String.format("delete %d bytes at 0x%x; ", m, at));
                }
                default -> {
                    int from = r.nextInt(b.length);
                    int m = Math.min(1 + r.nextInt(32), Math.min(b.length - from, b.length - at));
                    System.arraycopy(b, from, b, at, m);
                    how.append(String.format("copy %d bytes from 0x%x to 0x%x; ", m, from, at));
                }
            }
        }
        return b;
    }

    @Test
    void mutatedObjectsAreReadOrRefusedClearly() throws IOException {
        List<Seed> seeds = seeds();
        int count = Property.count(25_000);
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        int accepted = 0, refused = 0, rewritten = 0;
        java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Seed s = seeds.get(r.nextInt(seeds.size()));
            StringBuilder how = new StringBuilder();
            byte[] bytes = mutate(s, r, how);
            String where = "case " + i + " (replay with -Dbpfj.seed=" + seed + "): " + s.name() + ": " + how;
            ElfObject obj;
            try {
                obj = ElfReader.readUnguarded(bytes);
                accepted++;
            } catch (ElfFormatException e) {
                refused++;
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), where);
                reasons.merge(e.problem().replaceAll("[0-9a-fx]{2,}|'[^']*'|\\d+", "#"), 1, Integer::sum);
                continue;
            } catch (Throwable t) {
                throw new AssertionError("reader threw " + t + " instead of ElfFormatException at " + where, t);
            }
            // What the reader accepts, the writer writes or refuses clearly, and reads back.
            List<Program> programs = obj.programs();
            if (programs.isEmpty()) {
                continue;
            }
            byte[] again;
            try {
                again = ElfWriter.write(programs);
            } catch (ElfWriteException e) {
                continue;
            } catch (Throwable t) {
                throw new AssertionError("writer threw " + t + " on what the reader accepted at " + where, t);
            }
            try {
                ElfReader.readUnguarded(again);
                rewritten++;
            } catch (Throwable t) {
                throw new AssertionError("cannot read back what was written from " + where + ": " + t, t);
            }
        }
        System.out.printf("fuzz: %d mutated objects from %d seeds: %d read, %d refused (%d kinds of message), %d rewritten%n",
                count, seeds.size(), accepted, refused, reasons.size(), rewritten);
        assertEquals(count, accepted + refused);
        assertTrue(refused > count / 10, "mutations should mostly break something");
    }

    @Test
    void errorsNameTheSectionAndOffset() throws Exception {
        byte[] good = Files.readAllBytes(Tools.fixture("sk_lookup.clang19.o"));
        ElfFile f = ElfFile.parse(good);
        ElfFile.Shdr sec = f.section("sk_lookup");
        byte[] bad = good.clone();
        bad[(int) sec.offset() + 8] = (byte) 0xff; // opcode of insn 1
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfReader.read(bad));
        assertEquals("sk_lookup", e.section());
        assertEquals(sec.offset() + 8, e.offset());
        assertEquals("section 'sk_lookup' at offset 0x" + Long.toHexString(sec.offset() + 8)
                + ": insn 1: unknown opcode ff", e.getMessage());

        byte[] truncated = Arrays.copyOf(good, 100);
        e = assertThrows(ElfFormatException.class, () -> ElfReader.read(truncated));
        assertTrue(e.getMessage().contains("section header table"), e.getMessage());

        e = assertThrows(ElfFormatException.class, () -> ElfReader.read(new byte[] {1, 2, 3}));
        assertEquals("at offset 0x0: not an ELF file (bad magic)", e.getMessage());

        ElfFile.Shdr btf = f.section(".BTF");
        byte[] badBtf = good.clone();
        badBtf[(int) btf.offset()] = 0; // magic
        e = assertThrows(ElfFormatException.class, () -> ElfReader.read(badBtf));
        assertEquals(".BTF", e.section());
        assertTrue(e.getMessage().contains("bad BTF magic"), e.getMessage());
    }

    @Test
    void hugeCountsCostNoMemory() throws Exception {
        byte[] good = ElfWriter.write(ElfWriterTest.dispatch());
        ElfFile f = ElfFile.parse(good);
        ByteBuffer b = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN);
        // A .BTF.ext block claiming four billion line records.
        ElfFile.Shdr ext = f.section(".BTF.ext");
        byte[] bad = good.clone();
        int lineOff = (int) ext.offset() + 32 + b.getInt((int) ext.offset() + 16);
        ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(lineOff + 8, -1);
        ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfReader.read(bad));
        assertTrue(e.getMessage().contains("claims 4294967295 records"), e.getMessage());
        // A BTF struct with 65535 members in a few bytes.
        ElfFile.Shdr btf = f.section(".BTF");
        byte[] bad2 = good.clone();
        int typeStart = (int) btf.offset() + 24;
        // Type [1] is INT; make it a STRUCT with vlen 0xffff.
        ByteBuffer.wrap(bad2).order(ByteOrder.LITTLE_ENDIAN).putInt(typeStart + 4, 4 << 24 | 0xffff);
        e = assertThrows(ElfFormatException.class, () -> ElfReader.read(bad2));
        assertTrue(e.getMessage().contains("runs past the type section"), e.getMessage());
    }
}
