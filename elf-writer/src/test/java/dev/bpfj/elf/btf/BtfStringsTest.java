package dev.bpfj.elf.btf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.Property;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The string table of {@link Btf.Builder} built through its byte form
 * ({@link Btf.Builder#string(byte[], int, int)}) is the one its {@code String} form builds: same
 * offsets, same bytes, whatever the mix and order.
 */
class BtfStringsTest {
    private static final String[] PARTS = {"", "a", "r0 = 1", "exit", "ü", "é x", "\uD800", "int", "socket", "  # c"};

    /** Lists of (string, how to add it: 0 as String, 1 as bytes). */
    static final Gen<List<Object[]>> CASES = (r, size) -> {
        List<Object[]> out = new ArrayList<>();
        int n = r.nextInt(1, 60);
        for (int i = 0; i < n; i++) {
            String s = r.nextInt(3) == 0 ? PARTS[r.nextInt(PARTS.length)]
                    : PARTS[r.nextInt(PARTS.length)] + r.nextInt(5);
            // A lone surrogate has no UTF-8 form of its own: only the String form can add it.
            out.add(new Object[] {s, s.chars().anyMatch(ch -> Character.isSurrogate((char) ch)) ? 0 : r.nextInt(2)});
        }
        return out;
    };

    @Test
    void byteFormsAgreeWithTheStringForm() {
        Property.forAll("byte and String forms build one table", CASES, Property.count(3000), cases -> {
            Btf.Builder want = new Btf.Builder();
            Btf.Builder got = new Btf.Builder();
            want.add(new BtfType.Int("int", 4, BtfType.INT_SIGNED, 0, 32));
            got.add(new BtfType.Int("int", 4, BtfType.INT_SIGNED, 0, 32));
            for (Object[] c : cases) {
                String s = (String) c[0];
                int how = (int) c[1];
                int w = want.string(s);
                int g = how == 0 ? got.string(s) : bytes(got, s);
                assertEquals(w, g, "offset of '" + s + "'");
            }
            assertArrayEquals(want.encode(), got.encode());
            return true;
        });
    }

    @Test
    void distinctStringsAddedUnindexedAgreeWithTheStringForm() {
        Property.forAll("addDistinct and the String form build one table", CASES, Property.count(3000), cases -> {
            Btf.Builder want = new Btf.Builder();
            Btf.Builder got = new Btf.Builder();
            want.add(new BtfType.Int("int", 4, BtfType.INT_SIGNED, 0, 32));
            got.add(new BtfType.Int("int", 4, BtfType.INT_SIGNED, 0, 32));
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (Object[] c : cases) {
                String s = (String) c[0];
                int w = want.string(s);
                int g;
                boolean plain = s.chars().allMatch(ch -> ch > 0 && ch < 0x80);
                if (plain && (int) c[1] == 1 && distinct.add(s)) {
                    byte[] x = ("xx\n" + s + "\nyy").getBytes(StandardCharsets.US_ASCII);
                    g = got.addDistinct(x, 3, 3 + s.length(), Btf.Builder.hash(x, 3, 3 + s.length()));
                } else {
                    // Later look-ups, either form, find the unindexed strings too.
                    g = (int) c[1] == 0 || !plain ? got.string(s) : bytes(got, s);
                }
                assertEquals(w, g, "offset of '" + s + "'");
            }
            byte[] all = want.encode();
            byte[] head = got.encodeTypes();
            byte[] parts = java.util.Arrays.copyOf(head, head.length + got.stringLength());
            System.arraycopy(got.stringBytes(), 0, parts, head.length, got.stringLength());
            assertArrayEquals(all, parts);
            assertArrayEquals(all, got.encode());
            return true;
        });
    }

    private static int bytes(Btf.Builder b, String s) {
        // The string amid other bytes, as a line amid a source file.
        byte[] x = ("xx\n" + s + "\nyy").getBytes(StandardCharsets.UTF_8);
        int from = 3;
        return b.string(x, from, from + s.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void manyStringsGrowTheTable() {
        Btf.Builder want = new Btf.Builder();
        Btf.Builder got = new Btf.Builder();
        SplittableRandom r = new SplittableRandom(1);
        got.reserve(10, 10);
        for (int i = 0; i < 50_000; i++) {
            String s = "line " + r.nextInt(30_000);
            assertEquals(want.string(s), bytes(got, s));
        }
        assertArrayEquals(want.encode(), got.encode());
    }
}
