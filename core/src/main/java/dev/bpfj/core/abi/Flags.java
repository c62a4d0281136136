package dev.bpfj.core.abi;

/**
 * Flag and constant values of the bpf uapi ({@code linux/bpf.h}, plus XDP and TC verdicts). Field
 * names are the kernel's names; each group says where the value goes.
 */
public final class Flags {
    private Flags() {
    }

    // ---- map element update flags (BPF_MAP_UPDATE_ELEM flags, bpf_map_update_elem arg 4)
    public static final long BPF_ANY = 0;
    public static final long BPF_NOEXIST = 1;
    public static final long BPF_EXIST = 2;
    public static final long BPF_F_LOCK = 4;

    // ---- map_flags of BPF_MAP_CREATE
    public static final int BPF_F_NO_PREALLOC = 1 << 0;
    public static final int BPF_F_NO_COMMON_LRU = 1 << 1;
    public static final int BPF_F_NUMA_NODE = 1 << 2;
    /** Also a file_flags value of BPF_OBJ_GET and the *_GET_FD_BY_ID commands. */
    public static final int BPF_F_RDONLY = 1 << 3;
    /** Also a file_flags value of BPF_OBJ_GET and the *_GET_FD_BY_ID commands. */
    public static final int BPF_F_WRONLY = 1 << 4;
    public static final int BPF_F_STACK_BUILD_ID = 1 << 5;
    public static final int BPF_F_ZERO_SEED = 1 << 6;
    public static final int BPF_F_RDONLY_PROG = 1 << 7;
    public static final int BPF_F_WRONLY_PROG = 1 << 8;
    public static final int BPF_F_CLONE = 1 << 9;
    public static final int BPF_F_MMAPABLE = 1 << 10;
    public static final int BPF_F_PRESERVE_ELEMS = 1 << 11;
    public static final int BPF_F_INNER_MAP = 1 << 12;
    /** Map flag for struct_ops maps, and attach flag meaning "relative to a link". */
    public static final int BPF_F_LINK = 1 << 13;
    public static final int BPF_F_PATH_FD = 1 << 14;
    public static final int BPF_F_VTYPE_BTF_OBJ_FD = 1 << 15;
    /** Map, program and BTF creation with a BPF token. */
    public static final int BPF_F_TOKEN_FD = 1 << 16;
    public static final int BPF_F_SEGV_ON_FAULT = 1 << 17;
    public static final int BPF_F_NO_USER_CONV = 1 << 18;

    // ---- attach_flags of BPF_PROG_ATTACH / flags of BPF_LINK_CREATE (cgroup, tcx, netkit)
    public static final int BPF_F_ALLOW_OVERRIDE = 1 << 0;
    public static final int BPF_F_ALLOW_MULTI = 1 << 1;
    public static final int BPF_F_REPLACE = 1 << 2;
    public static final int BPF_F_BEFORE = 1 << 3;
    public static final int BPF_F_AFTER = 1 << 4;
    public static final int BPF_F_ID = 1 << 5;

    // ---- prog_flags of BPF_PROG_LOAD
    public static final int BPF_F_STRICT_ALIGNMENT = 1 << 0;
    public static final int BPF_F_ANY_ALIGNMENT = 1 << 1;
    public static final int BPF_F_TEST_RND_HI32 = 1 << 2;
    public static final int BPF_F_TEST_STATE_FREQ = 1 << 3;
    public static final int BPF_F_SLEEPABLE = 1 << 4;
    public static final int BPF_F_XDP_HAS_FRAGS = 1 << 5;
    public static final int BPF_F_XDP_DEV_BOUND_ONLY = 1 << 6;
    public static final int BPF_F_TEST_REG_INVARIANTS = 1 << 7;

    // ---- BPF_PROG_QUERY query.query_flags
    public static final int BPF_F_QUERY_EFFECTIVE = 1 << 0;

    // ---- BPF_PROG_TEST_RUN test.flags
    public static final int BPF_F_TEST_RUN_ON_CPU = 1 << 0;
    public static final int BPF_F_TEST_XDP_LIVE_FRAMES = 1 << 1;
    public static final int BPF_F_TEST_SKB_CHECKSUM_COMPLETE = 1 << 2;

    // ---- BPF_LINK_CREATE kprobe_multi flags
    public static final int BPF_F_KPROBE_MULTI_RETURN = 1 << 0;

    // ---- log_level of BPF_PROG_LOAD / BPF_BTF_LOAD
    public static final int BPF_LOG_LEVEL1 = 1;
    public static final int BPF_LOG_LEVEL2 = 2;
    public static final int BPF_LOG_STATS = 4;
    public static final int BPF_LOG_LEVEL = BPF_LOG_LEVEL1 | BPF_LOG_LEVEL2;

    // ---- ld_imm64 src_reg (insn[0].src_reg) and call src_reg
    public static final int BPF_PSEUDO_MAP_FD = 1;
    public static final int BPF_PSEUDO_MAP_VALUE = 2;
    public static final int BPF_PSEUDO_BTF_ID = 3;
    public static final int BPF_PSEUDO_FUNC = 4;
    public static final int BPF_PSEUDO_MAP_IDX = 5;
    public static final int BPF_PSEUDO_MAP_IDX_VALUE = 6;
    public static final int BPF_PSEUDO_CALL = 1;
    public static final int BPF_PSEUDO_KFUNC_CALL = 2;

    // ---- redirect helpers (bpf_redirect*, bpf_sk_redirect_*, bpf_msg_redirect_*)
    public static final long BPF_F_INGRESS = 1L << 0;
    public static final long BPF_F_BROADCAST = 1L << 3;
    public static final long BPF_F_EXCLUDE_INGRESS = 1L << 4;

    // ---- bpf_sk_assign in sk_lookup programs
    public static final long BPF_SK_LOOKUP_F_REPLACE = 1L << 0;
    public static final long BPF_SK_LOOKUP_F_NO_REUSEPORT = 1L << 1;

    // ---- sk_skb / sk_msg / sk_reuseport verdicts
    public static final int SK_DROP = 0;
    public static final int SK_PASS = 1;

    // ---- XDP verdicts (enum xdp_action)
    public static final int XDP_ABORTED = 0;
    public static final int XDP_DROP = 1;
    public static final int XDP_PASS = 2;
    public static final int XDP_TX = 3;
    public static final int XDP_REDIRECT = 4;

    // ---- tc verdicts (linux/pkt_cls.h)
    public static final int TC_ACT_UNSPEC = -1;
    public static final int TC_ACT_OK = 0;
    public static final int TC_ACT_RECLASSIFY = 1;
    public static final int TC_ACT_SHOT = 2;
    public static final int TC_ACT_PIPE = 3;
    public static final int TC_ACT_STOLEN = 4;
    public static final int TC_ACT_QUEUED = 5;
    public static final int TC_ACT_REPEAT = 6;
    public static final int TC_ACT_REDIRECT = 7;

    // ---- bpf_skb_store_bytes, bpf_l3/l4_csum_replace
    public static final long BPF_F_RECOMPUTE_CSUM = 1L << 0;
    public static final long BPF_F_INVALIDATE_HASH = 1L << 1;
    public static final long BPF_F_HDR_FIELD_MASK = 0xfL;
    public static final long BPF_F_PSEUDO_HDR = 1L << 4;
    public static final long BPF_F_MARK_MANGLED_0 = 1L << 5;
    public static final long BPF_F_MARK_ENFORCE = 1L << 6;

    // ---- bpf_perf_event_output / bpf_get_stackid
    public static final long BPF_F_INDEX_MASK = 0xffffffffL;
    public static final long BPF_F_CURRENT_CPU = BPF_F_INDEX_MASK;
    public static final long BPF_F_CTXLEN_MASK = 0xfffffL << 32;
    public static final long BPF_F_SKIP_FIELD_MASK = 0xffL;
    public static final long BPF_F_USER_STACK = 1L << 8;
    public static final long BPF_F_FAST_STACK_CMP = 1L << 9;
    public static final long BPF_F_REUSE_STACKID = 1L << 10;
    public static final long BPF_F_USER_BUILD_ID = 1L << 11;

    // ---- bpf_skb_adjust_room
    public static final long BPF_F_ADJ_ROOM_FIXED_GSO = 1L << 0;
    public static final long BPF_F_ADJ_ROOM_ENCAP_L3_IPV4 = 1L << 1;
    public static final long BPF_F_ADJ_ROOM_ENCAP_L3_IPV6 = 1L << 2;
    public static final long BPF_F_ADJ_ROOM_ENCAP_L4_GRE = 1L << 3;
    public static final long BPF_F_ADJ_ROOM_ENCAP_L4_UDP = 1L << 4;
    public static final long BPF_F_ADJ_ROOM_NO_CSUM_RESET = 1L << 5;
    public static final long BPF_F_ADJ_ROOM_ENCAP_L2_ETH = 1L << 6;
    public static final long BPF_F_ADJ_ROOM_DECAP_L3_IPV4 = 1L << 7;
    public static final long BPF_F_ADJ_ROOM_DECAP_L3_IPV6 = 1L << 8;

    // ---- local storage helpers (bpf_sk_storage_get, ...)
    public static final long BPF_LOCAL_STORAGE_GET_F_CREATE = 1L << 0;
    public static final long BPF_SK_STORAGE_GET_F_CREATE = BPF_LOCAL_STORAGE_GET_F_CREATE;

    // ---- ring buffer helpers
    public static final long BPF_RB_NO_WAKEUP = 1L << 0;
    public static final long BPF_RB_FORCE_WAKEUP = 1L << 1;

    // ---- BPF_LINK_CREATE for XDP (XDP_FLAGS_*, linux/if_link.h)
    public static final int XDP_FLAGS_UPDATE_IF_NOEXIST = 1 << 0;
    public static final int XDP_FLAGS_SKB_MODE = 1 << 1;
    public static final int XDP_FLAGS_DRV_MODE = 1 << 2;
    public static final int XDP_FLAGS_HW_MODE = 1 << 3;
    public static final int XDP_FLAGS_REPLACE = 1 << 4;

    // ---- sizes
    public static final int BPF_OBJ_NAME_LEN = 16;
    public static final int BPF_TAG_SIZE = 8;
    public static final int BPF_MAX_LOOPS = 8 * 1024 * 1024;
}
