package dev.bpfj.core.abi;

import java.util.EnumSet;
import java.util.Set;

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

    /**
     * The expected attach types the kernel accepts at {@code BPF_PROG_LOAD} for this type, when it
     * checks them; empty when any value is accepted (the field is then ignored or only selects
     * optional behaviour, as for XDP). A null {@code expected_attach_type} is the value 0, which
     * {@link #acceptsNoExpectedAttachType()} tells about separately.
     */
    public Set<AttachType> expectedAttachTypes() {
        return switch (this) {
            case SK_LOOKUP -> EnumSet.of(AttachType.SK_LOOKUP);
            case SK_REUSEPORT -> EnumSet.of(AttachType.SK_REUSEPORT_SELECT,
                    AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE);
            case CGROUP_SKB -> EnumSet.of(AttachType.CGROUP_INET_INGRESS,
                    AttachType.CGROUP_INET_EGRESS);
            case CGROUP_SOCK -> EnumSet.of(AttachType.CGROUP_INET_SOCK_CREATE,
                    AttachType.CGROUP_INET_SOCK_RELEASE, AttachType.CGROUP_INET4_POST_BIND,
                    AttachType.CGROUP_INET6_POST_BIND);
            case CGROUP_SOCK_ADDR -> EnumSet.of(AttachType.CGROUP_INET4_BIND,
                    AttachType.CGROUP_INET6_BIND, AttachType.CGROUP_INET4_CONNECT,
                    AttachType.CGROUP_INET6_CONNECT, AttachType.CGROUP_UNIX_CONNECT,
                    AttachType.CGROUP_UDP4_SENDMSG, AttachType.CGROUP_UDP6_SENDMSG,
                    AttachType.CGROUP_UNIX_SENDMSG, AttachType.CGROUP_UDP4_RECVMSG,
                    AttachType.CGROUP_UDP6_RECVMSG, AttachType.CGROUP_UNIX_RECVMSG,
                    AttachType.CGROUP_INET4_GETPEERNAME, AttachType.CGROUP_INET6_GETPEERNAME,
                    AttachType.CGROUP_UNIX_GETPEERNAME, AttachType.CGROUP_INET4_GETSOCKNAME,
                    AttachType.CGROUP_INET6_GETSOCKNAME, AttachType.CGROUP_UNIX_GETSOCKNAME);
            case CGROUP_SOCKOPT -> EnumSet.of(AttachType.CGROUP_GETSOCKOPT,
                    AttachType.CGROUP_SETSOCKOPT);
            case NETFILTER -> EnumSet.of(AttachType.NETFILTER);
            default -> EnumSet.noneOf(AttachType.class);
        };
    }

    /**
     * Whether a load without an expected attach type (value 0) is accepted. sk_lookup,
     * cgroup_sock_addr, cgroup_sockopt and netfilter programs are rejected with EINVAL before
     * verification; for sk_reuseport 0 means {@code BPF_SK_REUSEPORT_SELECT}, for cgroup_skb
     * 0 is {@code BPF_CGROUP_INET_INGRESS}, for cgroup_sock it means socket creation.
     */
    public boolean acceptsNoExpectedAttachType() {
        return switch (this) {
            case SK_LOOKUP, CGROUP_SOCK_ADDR, CGROUP_SOCKOPT, NETFILTER -> false;
            default -> true;
        };
    }

    /** Whether the load must name an expected attach type (the contrary of {@link #acceptsNoExpectedAttachType()}). */
    public boolean requiresExpectedAttachType() {
        return !acceptsNoExpectedAttachType();
    }

    /**
     * The expected attach type bpfj uses when the program does not name one: the only choice where
     * there is one (sk_lookup, netfilter), else null (load with 0).
     */
    public AttachType defaultExpectedAttachType() {
        return switch (this) {
            case SK_LOOKUP -> AttachType.SK_LOOKUP;
            case NETFILTER -> AttachType.NETFILTER;
            default -> null;
        };
    }

    /**
     * Whether {@code attach} (null = 0) is accepted as expected attach type at load. Types whose
     * set is empty accept anything, except syscall programs, which accept none.
     */
    public boolean acceptsExpectedAttachType(AttachType attach) {
        if (attach == null) {
            return acceptsNoExpectedAttachType();
        }
        if (this == SYSCALL) {
            // Syscall programs take no attach type at all.
            return attach.id() == 0;
        }
        Set<AttachType> allowed = expectedAttachTypes();
        if (allowed.isEmpty()) {
            return true;
        }
        // 0 is also CGROUP_INET_INGRESS: accepted wherever "none" is.
        return allowed.contains(attach) || (attach.id() == 0 && acceptsNoExpectedAttachType());
    }

    /**
     * The attach types a program of this type can be attached with ({@code BPF_PROG_ATTACH} or
     * {@code BPF_LINK_CREATE}); empty where attachment is not by attach type (socket filters,
     * sk_reuseport use setsockopt; tc classic uses netlink).
     */
    public Set<AttachType> attachTypes() {
        return switch (this) {
            case SK_LOOKUP -> EnumSet.of(AttachType.SK_LOOKUP);
            case SK_MSG -> EnumSet.of(AttachType.SK_MSG_VERDICT);
            case SK_SKB -> EnumSet.of(AttachType.SK_SKB_STREAM_PARSER,
                    AttachType.SK_SKB_STREAM_VERDICT, AttachType.SK_SKB_VERDICT);
            case SOCK_OPS -> EnumSet.of(AttachType.CGROUP_SOCK_OPS);
            case CGROUP_SKB -> EnumSet.of(AttachType.CGROUP_INET_INGRESS,
                    AttachType.CGROUP_INET_EGRESS);
            case SCHED_CLS -> EnumSet.of(AttachType.TCX_INGRESS, AttachType.TCX_EGRESS,
                    AttachType.NETKIT_PRIMARY, AttachType.NETKIT_PEER);
            case XDP -> EnumSet.of(AttachType.XDP);
            case FLOW_DISSECTOR -> EnumSet.of(AttachType.FLOW_DISSECTOR);
            case CGROUP_DEVICE -> EnumSet.of(AttachType.CGROUP_DEVICE);
            case CGROUP_SYSCTL -> EnumSet.of(AttachType.CGROUP_SYSCTL);
            case LIRC_MODE2 -> EnumSet.of(AttachType.LIRC_MODE2);
            case NETFILTER -> EnumSet.of(AttachType.NETFILTER);
            case CGROUP_SOCK, CGROUP_SOCK_ADDR, CGROUP_SOCKOPT -> expectedAttachTypes();
            default -> EnumSet.noneOf(AttachType.class);
        };
    }

    /**
     * The return values the verifier accepts from programs of this type loaded with
     * {@code expectedAttachType} (null = none), or null when it does not check them (socket filters,
     * tc, XDP, sk_skb, sk_msg, sk_reuseport, tracing). Tracing-like types with BTF attach targets
     * (LSM, struct_ops, fmod_ret) have rules of their own and are not covered.
     */
    public ReturnRange returnRange(AttachType expectedAttachType) {
        ReturnRange zeroOne = new ReturnRange(0, 1);
        return switch (this) {
            case SK_LOOKUP, SOCK_OPS, CGROUP_SOCK, CGROUP_DEVICE, CGROUP_SYSCTL, CGROUP_SOCKOPT, NETFILTER -> zeroOne;
            // Egress may also return 2 and 3 (congestion notification).
            case CGROUP_SKB -> expectedAttachType == AttachType.CGROUP_INET_EGRESS ? new ReturnRange(0, 3) : zeroOne;
            case CGROUP_SOCK_ADDR -> expectedAttachType == null ? zeroOne : switch (expectedAttachType) {
                // bind may return 2 and 3: bind done by the program, skip port capability checks.
                case CGROUP_INET4_BIND, CGROUP_INET6_BIND -> new ReturnRange(0, 3);
                case CGROUP_UDP4_RECVMSG, CGROUP_UDP6_RECVMSG, CGROUP_UNIX_RECVMSG, CGROUP_INET4_GETPEERNAME,
                     CGROUP_INET6_GETPEERNAME, CGROUP_UNIX_GETPEERNAME, CGROUP_INET4_GETSOCKNAME,
                     CGROUP_INET6_GETSOCKNAME, CGROUP_UNIX_GETSOCKNAME -> new ReturnRange(1, 1);
                default -> zeroOne;
            };
            default -> null;
        };
    }

    /** Direct packet access through the context's {@code data}/{@code data_end} pointers. */
    public PacketAccess packetAccess() {
        return switch (this) {
            case LWT_IN, LWT_OUT, LWT_SEG6LOCAL, SK_REUSEPORT, FLOW_DISSECTOR, CGROUP_SKB -> PacketAccess.READ;
            case SCHED_CLS, SCHED_ACT, XDP, LWT_XMIT, SK_SKB, SK_MSG, CGROUP_SOCKOPT -> PacketAccess.READ_WRITE;
            default -> PacketAccess.NONE;
        };
    }

    /**
     * Whether every helper may be given this type's packet pointers, not only those with
     * {@link Helper#packetAccess()}: cgroup sockopt programs' packet is the option buffer, which
     * the kernel lets them pass to any helper that takes memory.
     */
    public boolean anyHelperTakesPacketPointers() {
        return this == CGROUP_SOCKOPT;
    }

    /** Whether the legacy packet loads {@code BPF_LD_[ABS|IND]} are allowed (they read the skb in R6). */
    public boolean allowsLegacyPacketLoads() {
        return this == SOCKET_FILTER || this == SCHED_CLS || this == SCHED_ACT;
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
