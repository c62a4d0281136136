package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What bpf_map_lookup_elem returns, before and after the NULL check, per map type (live kernel). */
class MapLookupLiveTest {
    private static final Pattern R0 = Pattern.compile("R0(?:_w)?=([a-z_]+)");
    private static final Pattern R1 = Pattern.compile("R1(?:_w)?=([a-z_]+)");

    private static String regAt(String log, int insn, Pattern reg) {
        for (String line : log.split("\n")) {
            if (line.startsWith(insn + ": (")) {
                Matcher m = reg.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return "?";
    }

    @Test
    void lookupResultsMatchTheKernel() {
        LiveBpf.require();
        List<MapType> types = List.of(MapType.HASH, MapType.ARRAY, MapType.PERCPU_HASH, MapType.LRU_HASH,
                MapType.LPM_TRIE, MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS, MapType.DEVMAP, MapType.SOCKMAP,
                MapType.SOCKHASH, MapType.XSKMAP);
        List<String> errors = new ArrayList<>();
        try (LiveBpf bpf = new LiveBpf()) {
            int inner = bpf.createMap(MapType.ARRAY, 4, 4, 1, 0, 0);
            try {
                for (MapType t : types) {
                    MapTypeRules r = MapTypeRules.of(t);
                    int key = t == MapType.LPM_TRIE ? 8 : 4;
                    int value = r.value().accepts(8) ? 8 : 4;
                    int fd = bpf.createMap(t, key, value, 4, r.requiredFlags(), r.needsInnerMap() ? inner : 0);
                    assertTrue(fd > 0, "cannot create " + t + ": " + fd);
                    try {
                        List<long[]> p = List.of(
                                LiveBpf.insn(0x7a, 10, 0, -8, 0),       // *(u64 *)(r10 - 8) = 0
                                LiveBpf.insn(0xbf, 2, 10, 0, 0),        // r2 = r10
                                LiveBpf.insn(0x07, 2, 0, 0, -8),        // r2 += -8
                                LiveBpf.insn(0x18, 1, 1, 0, fd),        // r1 = map
                                LiveBpf.insn(0x00, 0, 0, 0, 0),
                                LiveBpf.insn(0x85, 0, 0, 0, Helper.MAP_LOOKUP_ELEM.id()),
                                LiveBpf.insn(0x15, 0, 0, 1, 0),         // 6: if r0 == 0 goto +1
                                LiveBpf.insn(0xbf, 1, 0, 0, 0),         // 7: r1 = r0
                                LiveBpf.insn(0xb7, 0, 0, 0, 0),
                                LiveBpf.insn(0x95, 0, 0, 0, 0));
                        LiveBpf.Load l = bpf.load(ProgramType.XDP, 0, 0, true, 2, p);
                        String before = regAt(l.log(), 5, R0);
                        String after = regAt(l.log(), 7, R1);
                        String want = switch (MapTypeRules.lookupValue(t)) {
                            case MAP_VALUE -> "map_value";
                            case INNER_MAP -> "map_ptr";
                            case SOCKET -> "sock";
                            case XDP_SOCK -> "xdp_sock";
                        };
                        if (!before.equals("map_value_or_null")) {
                            errors.add(t + ": lookup returns " + before);
                        }
                        if (!after.equals(want)) {
                            errors.add(t + ": after the NULL check " + after + ", bpfj " + want);
                        }
                        boolean leak = l.log().contains("Unreleased reference");
                        if (leak != Helper.MAP_LOOKUP_ELEM.acquiresReference(t)) {
                            errors.add(t + ": reference " + (leak ? "acquired" : "not acquired") + " by the kernel");
                        }
                    } finally {
                        bpf.close(fd);
                    }
                }
            } finally {
                bpf.close(inner);
            }
        }
        assertEquals(List.of(), errors);
        System.out.printf("map lookups vs live kernel: %d map types agree on result type and reference%n", types.size());
    }
}
