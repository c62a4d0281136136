package dev.bpfj.core.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code BPF_MAP_CREATE} requires of each map type: key and value sizes, flags, max_entries,
 * an inner map or BTF. {@link #problems} lists what a map definition gets wrong, before the kernel
 * answers EINVAL.
 *
 * @param type the map type
 * @param key allowed key sizes
 * @param value allowed value sizes
 * @param requiredFlags map_flags bits that must be set
 * @param maxEntries rule for max_entries
 * @param needsInnerMap whether an inner map template is required (map-in-map)
 * @param needsBtf whether key/value BTF type ids are required (local storage, struct_ops)
 */
public record MapTypeRules(MapType type, SizeRule key, SizeRule value, int requiredFlags,
                           EntriesRule maxEntries, boolean needsInnerMap, boolean needsBtf) {

    /**
     * A set of allowed sizes: either an explicit set, or a range (optionally of multiples of a
     * step). Upper bounds given as {@link Integer#MAX_VALUE} are only limited by what the kernel
     * can allocate (E2BIG), which these rules do not model.
     *
     * @param exact allowed sizes; empty for a range
     * @param min smallest allowed size (range)
     * @param max largest allowed size (range)
     * @param multipleOf sizes in the range must be multiples of this (1 = any)
     */
    public record SizeRule(Set<Integer> exact, int min, int max, int multipleOf) {
        public SizeRule {
            exact = Set.copyOf(exact);
        }

        public static SizeRule exactly(Integer... sizes) {
            return new SizeRule(Set.of(sizes), 0, 0, 1);
        }

        public static SizeRule range(int min, int max) {
            return new SizeRule(Set.of(), min, max, 1);
        }

        public static SizeRule multiples(int step, int min, int max) {
            return new SizeRule(Set.of(), min, max, step);
        }

        public boolean accepts(int size) {
            return exact.isEmpty() ? size >= min && size <= max && size % multipleOf == 0 : exact.contains(size);
        }

        /** Human wording, e.g. {@code 4 or 8}, {@code 1..65536}, {@code a multiple of 8 in 8..1016}. */
        public String describe() {
            if (exact.isEmpty()) {
                String r = max == Integer.MAX_VALUE ? "at least " + min : min + ".." + max;
                return multipleOf > 1 ? "a multiple of " + multipleOf + " in " + r : r;
            }
            List<Integer> l = exact.stream().sorted().toList();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(i == l.size() - 1 ? " or " : ", ");
                }
                sb.append(l.get(i));
            }
            return sb.toString();
        }
    }

    /** How max_entries must look. */
    public enum EntriesRule {
        /** At least 1. */
        POSITIVE,
        /** Must be 0 (storage maps attached to their owner object). */
        ZERO,
        /** A power of two and a multiple of the page size (ring buffers). */
        PAGE_POWER_OF_TWO,
        /** Anything (ignored). */
        ANY
    }

    // Kernel limits used below: per-CPU values are limited to 32 KiB, socket hash keys to 512
    // bytes, stack traces to perf_event_max_stack (127 by default) frames of 8 bytes.
    private static final int LARGE = Integer.MAX_VALUE;
    private static final int PERCPU_MAX_VALUE = 32768;
    private static final int SOCKHASH_MAX_KEY = 512;

    /** The rules for {@code type}. */
    public static MapTypeRules of(MapType type) {
        SizeRule any = SizeRule.range(1, LARGE);
        SizeRule percpu = SizeRule.range(1, PERCPU_MAX_VALUE);
        SizeRule zero = SizeRule.exactly(0);
        SizeRule four = SizeRule.exactly(4);
        SizeRule fourOrEight = SizeRule.exactly(4, 8);
        EntriesRule pos = EntriesRule.POSITIVE;
        return switch (type) {
            case HASH, LRU_HASH -> new MapTypeRules(type, any, any, 0, pos, false, false);
            case PERCPU_HASH, LRU_PERCPU_HASH -> new MapTypeRules(type, any, percpu, 0, pos, false, false);
            case ARRAY -> new MapTypeRules(type, four, any, 0, pos, false, false);
            case PERCPU_ARRAY -> new MapTypeRules(type, four, percpu, 0, pos, false, false);
            case PROG_ARRAY, PERF_EVENT_ARRAY, CGROUP_ARRAY, XSKMAP ->
                    new MapTypeRules(type, four, four, 0, pos, false, false);
            case STACK_TRACE -> new MapTypeRules(type, four, SizeRule.multiples(8, 8, 1016), 0, pos, false, false);
            // struct bpf_lpm_trie_key: a 4-byte prefix length and 1 to 256 bytes of data.
            case LPM_TRIE -> new MapTypeRules(type, SizeRule.range(5, 260), any, Flags.BPF_F_NO_PREALLOC, pos,
                    false, false);
            case ARRAY_OF_MAPS -> new MapTypeRules(type, four, four, 0, pos, true, false);
            case HASH_OF_MAPS -> new MapTypeRules(type, any, four, 0, pos, true, false);
            case DEVMAP, DEVMAP_HASH, CPUMAP, SOCKMAP, REUSEPORT_SOCKARRAY ->
                    new MapTypeRules(type, four, fourOrEight, 0, pos, false, false);
            case SOCKHASH -> new MapTypeRules(type, SizeRule.range(1, SOCKHASH_MAX_KEY), fourOrEight, 0, pos, false,
                    false);
            // struct bpf_cgroup_storage_key (16 bytes) or a cgroup id (8 bytes); one entry per cgroup.
            case CGROUP_STORAGE -> new MapTypeRules(type, SizeRule.exactly(8, 16), any, 0, EntriesRule.ZERO, false,
                    false);
            case PERCPU_CGROUP_STORAGE -> new MapTypeRules(type, SizeRule.exactly(8, 16), percpu, 0, EntriesRule.ZERO,
                    false, false);
            case QUEUE, STACK, BLOOM_FILTER -> new MapTypeRules(type, zero, any, 0, pos, false, false);
            case SK_STORAGE, INODE_STORAGE, TASK_STORAGE, CGRP_STORAGE ->
                    new MapTypeRules(type, four, any, Flags.BPF_F_NO_PREALLOC, EntriesRule.ZERO, false, true);
            case RINGBUF, USER_RINGBUF -> new MapTypeRules(type, zero, zero, 0, EntriesRule.PAGE_POWER_OF_TWO,
                    false, false);
            case STRUCT_OPS -> new MapTypeRules(type, four, any, 0, EntriesRule.POSITIVE, false, true);
            case ARENA -> new MapTypeRules(type, zero, zero, Flags.BPF_F_MMAPABLE, pos, false, false);
            case UNSPEC -> new MapTypeRules(type, SizeRule.exactly(), SizeRule.exactly(), 0, EntriesRule.ANY,
                    false, false);
        };
    }

    /**
     * What a non-NULL result of bpf_map_lookup_elem points to. The helper returns
     * {@code map_value_or_null} for every map; the NULL check turns it into one of these, by map
     * type. On socket maps the result is a referenced socket that must be released.
     */
    public enum LookupValue {
        /** A pointer to value_size bytes of the map's value. */
        MAP_VALUE,
        /** The inner map of a map-in-map, usable as a map argument. */
        INNER_MAP,
        /** A full socket ({@code sock}), a reference to release with bpf_sk_release. */
        SOCKET,
        /** An AF_XDP socket ({@code xdp_sock}). */
        XDP_SOCK
    }

    /** What a NULL-checked bpf_map_lookup_elem result on {@code type} becomes. */
    public static LookupValue lookupValue(MapType type) {
        return switch (type) {
            case ARRAY_OF_MAPS, HASH_OF_MAPS -> LookupValue.INNER_MAP;
            case SOCKMAP, SOCKHASH -> LookupValue.SOCKET;
            case XSKMAP -> LookupValue.XDP_SOCK;
            default -> LookupValue.MAP_VALUE;
        };
    }

    /** What a definition gets wrong, one line each; empty when the kernel should accept it. */
    public List<String> problems(int keySize, int valueSize, int maxEntries, int flags, boolean hasInner) {
        List<String> out = new ArrayList<>();
        String t = type.shortName();
        if (type == MapType.UNSPEC) {
            out.add("map type unspec cannot be created");
            return out;
        }
        if (!key.accepts(keySize)) {
            out.add(t + " map: key size must be " + key.describe() + ", not " + keySize);
        }
        if (!value.accepts(valueSize)) {
            out.add(t + " map: value size must be " + value.describe() + ", not " + valueSize);
        }
        if ((flags & requiredFlags) != requiredFlags) {
            out.add(t + " map: map_flags must include " + flagNames(requiredFlags & ~flags));
        }
        switch (maxEntries()) {
            case POSITIVE -> {
                if (maxEntries <= 0) {
                    out.add(t + " map: max_entries must be at least 1");
                }
            }
            case ZERO -> {
                if (maxEntries != 0) {
                    out.add(t + " map: max_entries must be 0");
                }
            }
            case PAGE_POWER_OF_TWO -> {
                if (maxEntries <= 0 || Integer.bitCount(maxEntries) != 1 || maxEntries % 4096 != 0) {
                    out.add(t + " map: max_entries must be a power of two and a multiple of the page size");
                }
            }
            case ANY -> { }
        }
        if (needsInnerMap && !hasInner) {
            out.add(t + " map: needs an inner map");
        }
        return out;
    }

    private static String flagNames(int flags) {
        List<String> n = new ArrayList<>();
        if ((flags & Flags.BPF_F_NO_PREALLOC) != 0) {
            n.add("BPF_F_NO_PREALLOC");
        }
        if ((flags & Flags.BPF_F_MMAPABLE) != 0) {
            n.add("BPF_F_MMAPABLE");
        }
        return String.join(" | ", n);
    }
}
