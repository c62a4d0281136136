package dev.bpfj.loader;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Key line, failing slot and counts read from the recorded kernel logs (no kernel needed). */
class VerifierLogTest {
    record Entry(String title, String log) {
    }

    static List<Entry> oracle() throws IOException {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = VerifierLogTest.class.getResourceAsStream("/oracles/kernel-verifier-logs.txt")) {
            assertNotNull(in);
            String title = null;
            StringBuilder log = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("--- ")) {
                    if (title != null) {
                        out.add(new Entry(title, log.toString()));
                    }
                    title = line.substring(4);
                    log.setLength(0);
                } else if (line.startsWith("    | ")) {
                    log.append(line.substring(6)).append('\n');
                } else if (line.equals("    |")) {
                    log.append('\n');
                }
            }
            if (title != null) {
                out.add(new Entry(title, log.toString()));
            }
        }
        return out;
    }

    /** title prefix -> expected key line and slot. */
    static final Map<String, Object[]> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("[uninitialized R0 at exit (socket_filter)]", new Object[] {"R0 !read_ok", 0});
        EXPECTED.put("[bad ctx offset in sk_lookup", new Object[] {"invalid bpf_context access off=100 size=4", 0});
        EXPECTED.put("[SOCKMAP passed to wrong helper", new Object[] {"expected prog array map for tail call", 3});
        EXPECTED.put("[ARRAY map passed", new Object[] {"cannot pass map_type 2 into func bpf_msg_redirect_map#60", 4});
        EXPECTED.put("[helper not allowed", new Object[] {
            "program of this type cannot use helper bpf_sk_select_reuseport#82", 6});
        EXPECTED.put("[deref PTR_TO_SOCKET_OR_NULL without NULL check (sk_lookup)]", new Object[] {
            "R0 invalid mem access 'map_value_or_null'", 6});
        EXPECTED.put("[GPL-only helper", new Object[] {
            "cannot call GPL-restricted function from non-GPL compatible program", 5});
        EXPECTED.put("[jump out of range", new Object[] {"jump out of range from insn 0 to 101", 0});
        EXPECTED.put("[reserved field used", new Object[] {"BPF_MOV uses reserved fields", 0});
        EXPECTED.put("[invalid map fd", new Object[] {"fd 999 is not pointing to valid bpf_map", -1});
    }

    @Test
    void keyLinesOfRecordedKernelLogs() throws IOException {
        List<Entry> entries = oracle();
        assertTrue(entries.size() >= 20, "entries " + entries.size());
        int checked = 0;
        for (Entry e : entries) {
            VerifierLog v = VerifierLog.parse(e.log());
            if (e.log().contains("processed")) {
                assertTrue(v.processedInsns() >= 0, e.title());
                assertFalse(v.keyLine().isEmpty() && !e.title().contains("loaded!"), e.title() + "\n" + e.log());
            }
            for (var x : EXPECTED.entrySet()) {
                if (e.title().startsWith(x.getKey())) {
                    assertEquals(x.getValue()[0], v.keyLine(), e.title());
                    assertEquals(x.getValue()[1], v.slot(), e.title());
                    checked++;
                }
            }
        }
        assertEquals(EXPECTED.size(), checked);
    }

    @Test
    void statsAndGluedLines() {
        VerifierLog v = VerifierLog.parse("""
                func#0 @0
                0: R1=ctx() R10=fp0
                0: (b7) r0 = 0                        ; R0=0
                1: (95) exit
                verification time 12 usec
                stack depth 0
                processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """);
        assertEquals(2, v.processedInsns());
        assertEquals(12, v.verificationTimeUsec());
        assertEquals("", v.keyLine());
        VerifierLog empty = VerifierLog.parse("");
        assertEquals(-1, empty.slot());
        assertEquals(-1, empty.processedInsns());
    }
}
