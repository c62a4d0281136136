package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Map key/value/max_entries rules against BPF_MAP_CREATE on the live kernel. */
class MapTypeRulesLiveTest {
    /** Types that need BTF (or a struct_ops type, or an mmap-able arena) to be created at all. */
    static final Set<MapType> NOT_PROBED = EnumSet.of(MapType.UNSPEC, MapType.SK_STORAGE, MapType.INODE_STORAGE,
            MapType.TASK_STORAGE, MapType.CGRP_STORAGE, MapType.STRUCT_OPS, MapType.ARENA);
    static final int[] KEYS = {0, 1, 2, 3, 4, 5, 8, 16, 64, 260, 261, 512, 513};
    static final int[] VALUES = {0, 1, 2, 4, 6, 8, 12, 16, 24, 1016, 1020, 1024, 32768, 32769};
    static final int E2BIG = -7;

    private static int entries(MapTypeRules r) {
        return switch (r.maxEntries()) {
            case POSITIVE, ANY -> 4;
            case ZERO -> 0;
            case PAGE_POWER_OF_TWO -> 4096;
        };
    }

    @Test
    void createMatchesTheRules() {
        LiveBpf.require();
        List<String> errors = new ArrayList<>();
        int cases = 0;
        int tooBig = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            int inner = bpf.createMap(MapType.ARRAY, 4, 4, 1, 0, 0);
            assertTrue(inner > 0, "cannot create an array map: " + inner);
            try {
                for (MapType t : MapType.values()) {
                    if (NOT_PROBED.contains(t)) {
                        continue;
                    }
                    MapTypeRules r = MapTypeRules.of(t);
                    int innerFd = r.needsInnerMap() ? inner : 0;
                    for (int k : KEYS) {
                        for (int v : VALUES) {
                            int fd = bpf.createMap(t, k, v, entries(r), r.requiredFlags(), innerFd);
                            if (fd > 0) {
                                bpf.close(fd);
                            }
                            boolean mine = r.problems(k, v, entries(r), r.requiredFlags(), innerFd != 0).isEmpty();
                            cases++;
                            if (fd == E2BIG && mine) {
                                tooBig++;
                            } else if ((fd > 0) != mine) {
                                errors.add(t + " key=" + k + " value=" + v + ": kernel " + (fd > 0 ? "accepts" : "refuses ("
                                        + fd + ")") + ", bpfj " + r.problems(k, v, entries(r), r.requiredFlags(),
                                        innerFd != 0));
                            }
                        }
                    }
                    // max_entries: the other choice than the rule's (0 for POSITIVE, 1 for ZERO).
                    int k = r.key().exact().isEmpty() ? r.key().min() : r.key().exact().iterator().next();
                    int v = r.value().exact().isEmpty() ? r.value().min() * r.value().multipleOf()
                            : r.value().exact().iterator().next();
                    int other = r.maxEntries() == MapTypeRules.EntriesRule.POSITIVE ? 0 : 1;
                    int fd = bpf.createMap(t, k, v, other, r.requiredFlags(), innerFd);
                    if (fd > 0) {
                        bpf.close(fd);
                    }
                    boolean mine = r.problems(k, v, other, r.requiredFlags(), innerFd != 0).isEmpty();
                    cases++;
                    if ((fd > 0) != mine) {
                        errors.add(t + " max_entries=" + other + ": kernel " + (fd > 0 ? "accepts" : "refuses " + fd));
                    }
                    if (r.requiredFlags() != 0) {
                        fd = bpf.createMap(t, k, v, entries(r), 0, innerFd);
                        if (fd > 0) {
                            bpf.close(fd);
                        }
                        cases++;
                        if (fd > 0) {
                            errors.add(t + " without its required flags: kernel accepts");
                        }
                    }
                }
            } finally {
                bpf.close(inner);
            }
        }
        System.out.printf("map type rules vs BPF_MAP_CREATE: %d of %d cases agree (%d E2BIG allocation limits not "
                + "modelled)%n", cases - errors.size(), cases, tooBig);
        assertEquals(List.of(), errors.stream().limit(40).toList());
    }
}
