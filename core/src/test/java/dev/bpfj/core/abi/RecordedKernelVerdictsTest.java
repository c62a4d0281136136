package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tables against verdicts recorded from Linux 6.18 (test resources under {@code abi/}), so
 * that machines without root or with another kernel still check them. The live tests re-record
 * the same facts when they can.
 */
class RecordedKernelVerdictsTest {
    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = RecordedKernelVerdictsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void contextAccesses() throws IOException {
        List<String> errors = new ArrayList<>();
        int cases = 0;
        ProgramType type = null;
        AttachType attach = null;
        int span = 0;
        Map<String, String> allowed = new HashMap<>();
        List<String> all = new ArrayList<>(lines("/abi/ctx-access-linux-6.18.txt"));
        all.add("context end - 0");
        for (String l : all) {
            String[] p = l.split(" ");
            if (p[0].equals("context")) {
                if (type != null) {
                    for (int off = 0; off < span; off++) {
                        for (int size : new int[] {1, 2, 4, 8}) {
                            for (boolean write : new boolean[] {false, true}) {
                                String key = (write ? "W " : "R ") + off + " " + size;
                                CtxAccess mine = CtxLayout.access(type, attach, off, size, write).orElseThrow();
                                cases++;
                                String kernel = allowed.get(key);
                                if ((kernel != null) != mine.allowed()) {
                                    errors.add(type + "/" + attach + " " + key + ": kernel " + (kernel != null ? "accepts" : "refuses"));
                                } else if (kernel != null && !write
                                        && !((CtxAccess.Allowed) mine).kind().logName().equals(kernel)) {
                                    errors.add(type + "/" + attach + " " + key + ": kernel yields " + kernel);
                                } else if (mine instanceof CtxAccess.Denied d
                                        && !d.message().equals("invalid bpf_context access off=" + off + " size=" + size)) {
                                    errors.add(type + " " + key + ": message " + d.message());
                                }
                            }
                        }
                    }
                }
                if (p[1].equals("end")) {
                    break;
                }
                type = ProgramType.ofShortName(p[1]);
                attach = p[2].equals("-") ? null : AttachType.ofShortName(p[2]);
                span = Integer.parseInt(p[3]);
                allowed.clear();
                continue;
            }
            allowed.put(p[0] + " " + p[1] + " " + p[2], p[3]);
        }
        assertEquals(List.of(), errors.stream().limit(40).toList());
        System.out.printf("recorded ctx accesses: %d cases agree%n", cases);
        assertTrue(cases > 15000);
    }

    @Test
    void mapHelperCompatibility() throws IOException {
        List<String> errors = new ArrayList<>();
        int cases = 0;
        for (String l : lines("/abi/map-helper-compat-linux-6.18.txt")) {
            String[] p = l.split(" ");
            ProgramType t = ProgramType.ofShortName(p[0]);
            Helper h = Helper.ofName(p[1]);
            MapType m = MapType.ofShortName(p[2]);
            MapHelperCompat.Verdict v = MapHelperCompat.check(t, t.defaultExpectedAttachType(), h, m);
            String mine;
            if (v.allowed()) {
                mine = "YES";
            } else if (v.logLines().size() > 1) {
                mine = "CTX";
            } else if (v.message().startsWith("cannot pass")) {
                mine = "NO";
            } else if (v.message().equals("write into map forbidden")) {
                mine = "RDONLY";
            } else if (v.message().equals("expected prog array map for tail call")) {
                mine = "TAILCALL";
            } else {
                mine = "SOCKARG";
            }
            cases++;
            if (!mine.equals(p[3])) {
                errors.add(l + " but bpfj says " + mine + " (" + v.logLines() + ")");
            }
        }
        assertEquals(List.of(), errors);
        System.out.printf("recorded map/helper compatibility: %d (type, helper, map) verdicts agree%n", cases);
        assertTrue(cases > 1000);
    }
}
