package dev.bpfj.core.abi;

/** eBPF map types (uapi {@code enum bpf_map_type}); the constant names drop the {@code BPF_MAP_TYPE_} prefix. */
public enum MapType {
    UNSPEC(0),
    HASH(1),
    ARRAY(2),
    PROG_ARRAY(3),
    PERF_EVENT_ARRAY(4),
    PERCPU_HASH(5),
    PERCPU_ARRAY(6),
    STACK_TRACE(7),
    CGROUP_ARRAY(8),
    LRU_HASH(9),
    LRU_PERCPU_HASH(10),
    LPM_TRIE(11),
    ARRAY_OF_MAPS(12),
    HASH_OF_MAPS(13),
    DEVMAP(14),
    SOCKMAP(15),
    CPUMAP(16),
    XSKMAP(17),
    SOCKHASH(18),
    CGROUP_STORAGE(19),
    REUSEPORT_SOCKARRAY(20),
    PERCPU_CGROUP_STORAGE(21),
    QUEUE(22),
    STACK(23),
    SK_STORAGE(24),
    DEVMAP_HASH(25),
    STRUCT_OPS(26),
    RINGBUF(27),
    INODE_STORAGE(28),
    TASK_STORAGE(29),
    BLOOM_FILTER(30),
    USER_RINGBUF(31),
    CGRP_STORAGE(32),
    ARENA(33);

    private final int id;

    MapType(int id) {
        this.id = id;
    }

    /** The kernel's numeric value. */
    public int id() {
        return id;
    }

    /** The kernel's constant name, e.g. {@code BPF_MAP_TYPE_HASH}. */
    public String kernelName() {
        return "BPF_MAP_TYPE_" + name();
    }

    /**
     * The kernel struct that embeds {@code struct bpf_map} for this type, as BTF names it (what
     * the verifier prints for a map pointer, e.g. {@code bpf_stab} for SOCKMAP).
     */
    public String kernelStructName() {
        return switch (this) {
            case ARRAY, PERCPU_ARRAY, PROG_ARRAY, PERF_EVENT_ARRAY, CGROUP_ARRAY, ARRAY_OF_MAPS -> "bpf_array";
            case HASH, PERCPU_HASH, LRU_HASH, LRU_PERCPU_HASH, HASH_OF_MAPS -> "bpf_htab";
            case SOCKMAP -> "bpf_stab";
            case SOCKHASH -> "bpf_shtab";
            case REUSEPORT_SOCKARRAY -> "reuseport_array";
            case LPM_TRIE -> "lpm_trie";
            case RINGBUF -> "bpf_ringbuf_map";
            case QUEUE, STACK -> "bpf_queue_stack";
            case DEVMAP, DEVMAP_HASH -> "bpf_dtab";
            case CPUMAP -> "bpf_cpu_map";
            case XSKMAP -> "xsk_map";
            case STACK_TRACE -> "bpf_stack_map";
            case BLOOM_FILTER -> "bpf_bloom_filter";
            default -> "bpf_map";
        };
    }

    /** The lower-case name without prefix, as bpfj's text formats and CLI spell it. */
    public String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final MapType[] BY_ID = values();

    /** The constant with kernel value {@code id}, or null when bpfj does not know it. */
    public static MapType ofId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** The constant whose {@link #shortName()} is {@code name} (case-insensitive), or null. */
    public static MapType ofShortName(String name) {
        for (MapType v : BY_ID) {
            if (v.name().equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }
}
