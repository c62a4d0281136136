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
 * The string table of {@link Btf.Builder} built through its byte forms
 * ({@link Btf.Builder#string(byte[], int, int)}, {@link Btf.Builder#strings}) is the one its
 * {@code String} form builds: same offsets, same bytes, whatever the mix and order.
 */
class BtfStringsTest {
    private static final String[] PARTS = {"", "a", "r0 = 1", "exit", "ü", "é x", "\uD800", "int", "socket", "  # c"};

    /** Lists of (string, how to add it: 0 as String, 1 as bytes, 2 in a batch). */
    static final Gen<List<Object[]>> CASES = (r, size) -> {
        List<Object[]> out = new ArrayList<>();
        int n = r.nextInt(1, 60);
        for (int i = 0; i < n; i++) {
            String s = r.nextInt(3) == 0 ? PARTS[r.nextInt(PARTS.length)]
                    : PARTS[r.nextInt(PARTS.length)] + r.nextInt(5);
            // A lone surrogate has no UTF-8 form of its own: only the String form can add it.
            out.add(new Object[] {s, s.chars().anyMatch(ch -> Character.isSurrogate((char) ch)) ? 0 : r.nextInt(3)});
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
            List<byte[]> batch = new ArrayList<>();
            List<Integer> batchWant = new ArrayList<>();
            List<String> batchStrings = new ArrayList<>();
            for (Object[] c : cases) {
                String s = (String) c[0];
                int how = (int) c[1];
                int w = want.string(s);
                if (how == 2) {
                    batch.add(s.getBytes(StandardCharsets.UTF_8));
                    batchWant.add(w);
                    batchStrings.add(s);
                    continue;
                }
                flush(got, batch, batchWant, batchStrings);
                int g = how == 0 ? got.string(s) : bytes(got, s);
                assertEquals(w, g, "offset of '" + s + "'");
            }
            flush(got, batch, batchWant, batchStrings);
            assertArrayEquals(want.encode(), got.encode());
            return true;
        });
    }

    private static int bytes(Btf.Builder b, String s) {
        // The string amid other bytes, as a line amid a source file.
        byte[] x = ("xx\n" + s + "\nyy").getBytes(StandardCharsets.UTF_8);
        int from = 3;
        return b.string(x, from, from + s.getBytes(StandardCharsets.UTF_8).length);
    }

    private static void flush(Btf.Builder b, List<byte[]> batch, List<Integer> want, List<String> strings) {
        if (batch.isEmpty()) {
            return;
        }
        int total = 0;
        for (byte[] x : batch) {
            total += x.length + 1;
        }
        byte[] src = new byte[total];
        int[] from = new int[batch.size()];
        int[] to = new int[batch.size()];
        int at = 0;
        for (int i = 0; i < batch.size(); i++) {
            byte[] x = batch.get(i);
            System.arraycopy(x, 0, src, at, x.length);
            from[i] = at;
            to[i] = at + x.length;
            at += x.length + 1;
            src[to[i]] = '\n';
        }
        int[] out = new int[batch.size()];
        b.strings(src, from, to, batch.size(), out, i -> b.string(strings.get(i)));
        for (int i = 0; i < out.length; i++) {
            assertEquals(want.get(i), out[i], "offset of '" + strings.get(i) + "' in a batch");
        }
        batch.clear();
        want.clear();
        strings.clear();
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
