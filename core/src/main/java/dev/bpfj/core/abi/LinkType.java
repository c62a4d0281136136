package dev.bpfj.core.abi;

/**
 * Kinds of BPF links (uapi {@code enum bpf_link_type}), as {@code BPF_OBJ_GET_INFO_BY_FD} reports
 * them; the constant names drop the {@code BPF_LINK_TYPE_} prefix. Values after STRUCT_OPS are
 * newer than the 6.1 uapi headers and were read off the running kernel's link info.
 */
public enum LinkType {
    UNSPEC, RAW_TRACEPOINT, TRACING, CGROUP, ITER, NETNS, XDP, PERF_EVENT, KPROBE_MULTI, STRUCT_OPS,
    NETFILTER, TCX, UPROBE_MULTI, NETKIT, SOCKMAP;

    private static final LinkType[] BY_ID = values();

    /** The kernel's numeric value. */
    public int id() {
        return ordinal();
    }

    /** The constant with kernel value {@code id}, or null when bpfj does not know it. */
    public static LinkType ofId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
