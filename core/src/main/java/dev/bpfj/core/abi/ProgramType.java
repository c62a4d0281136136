package dev.bpfj.core.abi;

/** eBPF program types (uapi {@code enum bpf_prog_type}); the constant names drop the {@code BPF_PROG_TYPE_} prefix. */
public enum ProgramType {
    UNSPEC(0),
    SOCKET_FILTER(1),
    KPROBE(2),
    SCHED_CLS(3),
    SCHED_ACT(4),
    TRACEPOINT(5),
    XDP(6),
    PERF_EVENT(7),
    CGROUP_SKB(8),
    CGROUP_SOCK(9),
    LWT_IN(10),
    LWT_OUT(11),
    LWT_XMIT(12),
    SOCK_OPS(13),
    SK_SKB(14),
    CGROUP_DEVICE(15),
    SK_MSG(16),
    RAW_TRACEPOINT(17),
    CGROUP_SOCK_ADDR(18),
    LWT_SEG6LOCAL(19),
    LIRC_MODE2(20),
    SK_REUSEPORT(21),
    FLOW_DISSECTOR(22),
    CGROUP_SYSCTL(23),
    RAW_TRACEPOINT_WRITABLE(24),
    CGROUP_SOCKOPT(25),
    TRACING(26),
    STRUCT_OPS(27),
    EXT(28),
    LSM(29),
    SK_LOOKUP(30),
    SYSCALL(31),
    NETFILTER(32);

    private final int id;

    ProgramType(int id) {
        this.id = id;
    }

    /** The kernel's numeric value. */
    public int id() {
        return id;
    }

    /** The kernel's constant name, e.g. {@code BPF_PROG_TYPE_SOCKET_FILTER}. */
    public String kernelName() {
        return "BPF_PROG_TYPE_" + name();
    }

    /** The lower-case name without prefix, as bpfj's text formats and CLI spell it. */
    public String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final ProgramType[] BY_ID = values();

    /** The constant with kernel value {@code id}, or null when bpfj does not know it. */
    public static ProgramType ofId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** The constant whose {@link #shortName()} is {@code name} (case-insensitive), or null. */
    public static ProgramType ofShortName(String name) {
        for (ProgramType v : BY_ID) {
            if (v.name().equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }
}
