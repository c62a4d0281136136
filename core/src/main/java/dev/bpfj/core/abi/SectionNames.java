package dev.bpfj.core.abi;

import static dev.bpfj.core.abi.AttachType.*;

import java.util.List;
import java.util.Optional;

/**
 * ELF section names of BPF programs as libbpf spells them ({@code SEC("...")}), mapping to a
 * program type, the expected attach type given at load, and load flags implied by the name.
 *
 * <p>libbpf's rules: a plain entry ({@code socket}) matches exactly; an entry ending in {@code +}
 * ({@code kprobe+}) matches the bare name or {@code name/extras}. bpfj also accepts
 * {@code name/anything} for plain entries ({@code sk_lookup/dispatch}), the form libbpf before 1.0
 * accepted and many existing objects still use; {@link Kind#legacy()} reports it.
 */
public final class SectionNames {
    private SectionNames() {
    }

    /**
     * What a section name means.
     *
     * @param type the program type
     * @param expectedAttachType the expected attach type passed at load, or null for none (0)
     * @param progFlags {@code BPF_PROG_LOAD} prog_flags implied by the name (sleepable, XDP frags)
     * @param entry the libbpf table entry that matched, e.g. {@code sk_reuseport/migrate} or {@code kprobe+}
     * @param legacy true when the name only matched as {@code entry/extras} of a plain entry
     */
    public record Kind(ProgramType type, AttachType expectedAttachType, int progFlags, String entry,
                       boolean legacy) {
        /** A kind with no implied flags. */
        public Kind(ProgramType type, AttachType expectedAttachType) {
            this(type, expectedAttachType, 0, forProgram(type, expectedAttachType), false);
        }
    }

    /**
     * One row of the table.
     *
     * @param name the libbpf spelling; a trailing {@code +} allows {@code /extras}
     * @param type program type
     * @param attach expected attach type at load, or null
     * @param progFlags implied prog_flags
     */
    public record Entry(String name, ProgramType type, AttachType attach, int progFlags) {
        /** The name without the trailing {@code +}. */
        public String base() {
            return name.endsWith("+") ? name.substring(0, name.length() - 1) : name;
        }

        /** Whether libbpf accepts {@code base/extras} for this entry. */
        public boolean takesExtras() {
            return name.endsWith("+");
        }
    }

    private static final int SLEEPABLE = Flags.BPF_F_SLEEPABLE;
    private static final int FRAGS = Flags.BPF_F_XDP_HAS_FRAGS;

    private static Entry e(String name, ProgramType type, AttachType attach) {
        return new Entry(name, type, attach, 0);
    }

    private static Entry e(String name, ProgramType type, AttachType attach, int flags) {
        return new Entry(name, type, attach, flags);
    }

    /**
     * libbpf's table, in libbpf's matching order (more specific names first). The first entry for a
     * (type, attach type) pair is the canonical name {@link #forProgram} returns.
     */
    public static final List<Entry> ENTRIES = List.of(
            e("socket", ProgramType.SOCKET_FILTER, null),
            e("sk_reuseport/migrate", ProgramType.SK_REUSEPORT, SK_REUSEPORT_SELECT_OR_MIGRATE),
            e("sk_reuseport", ProgramType.SK_REUSEPORT, SK_REUSEPORT_SELECT),
            e("kprobe+", ProgramType.KPROBE, null),
            e("uprobe+", ProgramType.KPROBE, null),
            e("uprobe.s+", ProgramType.KPROBE, null, SLEEPABLE),
            e("kretprobe+", ProgramType.KPROBE, null),
            e("uretprobe+", ProgramType.KPROBE, null),
            e("uretprobe.s+", ProgramType.KPROBE, null, SLEEPABLE),
            e("kprobe.multi+", ProgramType.KPROBE, TRACE_KPROBE_MULTI),
            e("kretprobe.multi+", ProgramType.KPROBE, TRACE_KPROBE_MULTI),
            e("kprobe.session+", ProgramType.KPROBE, TRACE_KPROBE_SESSION),
            e("uprobe.multi+", ProgramType.KPROBE, TRACE_UPROBE_MULTI),
            e("uretprobe.multi+", ProgramType.KPROBE, TRACE_UPROBE_MULTI),
            e("uprobe.session+", ProgramType.KPROBE, TRACE_UPROBE_SESSION),
            e("uprobe.multi.s+", ProgramType.KPROBE, TRACE_UPROBE_MULTI, SLEEPABLE),
            e("uretprobe.multi.s+", ProgramType.KPROBE, TRACE_UPROBE_MULTI, SLEEPABLE),
            e("uprobe.session.s+", ProgramType.KPROBE, TRACE_UPROBE_SESSION, SLEEPABLE),
            e("ksyscall+", ProgramType.KPROBE, null),
            e("kretsyscall+", ProgramType.KPROBE, null),
            e("usdt+", ProgramType.KPROBE, null),
            e("usdt.s+", ProgramType.KPROBE, null, SLEEPABLE),
            e("tc/ingress", ProgramType.SCHED_CLS, TCX_INGRESS),
            e("tc/egress", ProgramType.SCHED_CLS, TCX_EGRESS),
            e("tcx/ingress", ProgramType.SCHED_CLS, TCX_INGRESS),
            e("tcx/egress", ProgramType.SCHED_CLS, TCX_EGRESS),
            e("tc", ProgramType.SCHED_CLS, null),
            e("classifier", ProgramType.SCHED_CLS, null),
            e("action", ProgramType.SCHED_ACT, null),
            e("netkit/primary", ProgramType.SCHED_CLS, NETKIT_PRIMARY),
            e("netkit/peer", ProgramType.SCHED_CLS, NETKIT_PEER),
            e("tracepoint+", ProgramType.TRACEPOINT, null),
            e("tp+", ProgramType.TRACEPOINT, null),
            e("raw_tracepoint+", ProgramType.RAW_TRACEPOINT, null),
            e("raw_tp+", ProgramType.RAW_TRACEPOINT, null),
            e("raw_tracepoint.w+", ProgramType.RAW_TRACEPOINT_WRITABLE, null),
            e("raw_tp.w+", ProgramType.RAW_TRACEPOINT_WRITABLE, null),
            e("tp_btf+", ProgramType.TRACING, TRACE_RAW_TP),
            e("fentry+", ProgramType.TRACING, TRACE_FENTRY),
            e("fmod_ret+", ProgramType.TRACING, MODIFY_RETURN),
            e("fexit+", ProgramType.TRACING, TRACE_FEXIT),
            e("fentry.s+", ProgramType.TRACING, TRACE_FENTRY, SLEEPABLE),
            e("fmod_ret.s+", ProgramType.TRACING, MODIFY_RETURN, SLEEPABLE),
            e("fexit.s+", ProgramType.TRACING, TRACE_FEXIT, SLEEPABLE),
            e("freplace+", ProgramType.EXT, null),
            e("lsm+", ProgramType.LSM, LSM_MAC),
            e("lsm.s+", ProgramType.LSM, LSM_MAC, SLEEPABLE),
            e("lsm_cgroup+", ProgramType.LSM, LSM_CGROUP),
            e("iter+", ProgramType.TRACING, TRACE_ITER),
            e("iter.s+", ProgramType.TRACING, TRACE_ITER, SLEEPABLE),
            e("syscall", ProgramType.SYSCALL, null, SLEEPABLE),
            e("xdp.frags/devmap", ProgramType.XDP, XDP_DEVMAP, FRAGS),
            e("xdp/devmap", ProgramType.XDP, XDP_DEVMAP),
            e("xdp.frags/cpumap", ProgramType.XDP, XDP_CPUMAP, FRAGS),
            e("xdp/cpumap", ProgramType.XDP, XDP_CPUMAP),
            e("xdp.frags", ProgramType.XDP, XDP, FRAGS),
            e("xdp", ProgramType.XDP, XDP),
            e("perf_event", ProgramType.PERF_EVENT, null),
            e("lwt_in", ProgramType.LWT_IN, null),
            e("lwt_out", ProgramType.LWT_OUT, null),
            e("lwt_xmit", ProgramType.LWT_XMIT, null),
            e("lwt_seg6local", ProgramType.LWT_SEG6LOCAL, null),
            e("sockops", ProgramType.SOCK_OPS, CGROUP_SOCK_OPS),
            e("sk_skb/stream_parser", ProgramType.SK_SKB, SK_SKB_STREAM_PARSER),
            e("sk_skb/stream_verdict", ProgramType.SK_SKB, SK_SKB_STREAM_VERDICT),
            e("sk_skb/verdict", ProgramType.SK_SKB, SK_SKB_VERDICT),
            e("sk_skb", ProgramType.SK_SKB, null),
            e("sk_msg", ProgramType.SK_MSG, SK_MSG_VERDICT),
            e("lirc_mode2", ProgramType.LIRC_MODE2, LIRC_MODE2),
            e("flow_dissector", ProgramType.FLOW_DISSECTOR, FLOW_DISSECTOR),
            e("cgroup_skb/ingress", ProgramType.CGROUP_SKB, CGROUP_INET_INGRESS),
            e("cgroup_skb/egress", ProgramType.CGROUP_SKB, CGROUP_INET_EGRESS),
            e("cgroup/skb", ProgramType.CGROUP_SKB, null),
            e("cgroup/sock_create", ProgramType.CGROUP_SOCK, CGROUP_INET_SOCK_CREATE),
            e("cgroup/sock_release", ProgramType.CGROUP_SOCK, CGROUP_INET_SOCK_RELEASE),
            e("cgroup/sock", ProgramType.CGROUP_SOCK, CGROUP_INET_SOCK_CREATE),
            e("cgroup/post_bind4", ProgramType.CGROUP_SOCK, CGROUP_INET4_POST_BIND),
            e("cgroup/post_bind6", ProgramType.CGROUP_SOCK, CGROUP_INET6_POST_BIND),
            e("cgroup/bind4", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET4_BIND),
            e("cgroup/bind6", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET6_BIND),
            e("cgroup/connect4", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET4_CONNECT),
            e("cgroup/connect6", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET6_CONNECT),
            e("cgroup/connect_unix", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UNIX_CONNECT),
            e("cgroup/sendmsg4", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UDP4_SENDMSG),
            e("cgroup/sendmsg6", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UDP6_SENDMSG),
            e("cgroup/sendmsg_unix", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UNIX_SENDMSG),
            e("cgroup/recvmsg4", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UDP4_RECVMSG),
            e("cgroup/recvmsg6", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UDP6_RECVMSG),
            e("cgroup/recvmsg_unix", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UNIX_RECVMSG),
            e("cgroup/getpeername4", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET4_GETPEERNAME),
            e("cgroup/getpeername6", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET6_GETPEERNAME),
            e("cgroup/getpeername_unix", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UNIX_GETPEERNAME),
            e("cgroup/getsockname4", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET4_GETSOCKNAME),
            e("cgroup/getsockname6", ProgramType.CGROUP_SOCK_ADDR, CGROUP_INET6_GETSOCKNAME),
            e("cgroup/getsockname_unix", ProgramType.CGROUP_SOCK_ADDR, CGROUP_UNIX_GETSOCKNAME),
            e("cgroup/sysctl", ProgramType.CGROUP_SYSCTL, CGROUP_SYSCTL),
            e("cgroup/getsockopt", ProgramType.CGROUP_SOCKOPT, CGROUP_GETSOCKOPT),
            e("cgroup/setsockopt", ProgramType.CGROUP_SOCKOPT, CGROUP_SETSOCKOPT),
            e("cgroup/dev", ProgramType.CGROUP_DEVICE, CGROUP_DEVICE),
            e("struct_ops+", ProgramType.STRUCT_OPS, null),
            e("struct_ops.s+", ProgramType.STRUCT_OPS, null, SLEEPABLE),
            e("sk_lookup", ProgramType.SK_LOOKUP, SK_LOOKUP),
            e("netfilter", ProgramType.NETFILTER, NETFILTER));

    /**
     * The canonical section name for a program of {@code type} loaded with
     * {@code expectedAttachType} (null for none), e.g. {@code sk_reuseport/migrate} for
     * (SK_REUSEPORT, SK_REUSEPORT_SELECT_OR_MIGRATE). A null attach type picks the type's first
     * entry. For {@code +} entries the bare name is returned. Null when libbpf has no name for the
     * pair.
     */
    public static String forProgram(ProgramType type, AttachType expectedAttachType) {
        AttachType want = expectedAttachType;
        if (want == null) {
            // No attach type: prefer an entry without one, else the one the kernel assumes for 0.
            want = switch (type) {
                case SK_REUSEPORT -> SK_REUSEPORT_SELECT;
                case CGROUP_SOCK -> CGROUP_INET_SOCK_CREATE;
                case XDP -> XDP;
                default -> null;
            };
        }
        Entry first = null;
        for (Entry en : ENTRIES) {
            if (en.type() != type || en.progFlags() != 0) {
                continue;
            }
            if (en.attach() == expectedAttachType || en.attach() == want) {
                return en.base();
            }
            if (first == null) {
                first = en;
            }
        }
        return expectedAttachType == null && first != null ? first.base() : null;
    }

    /**
     * Parses a section name. Exact and {@code entry/extras} matches for {@code +} entries follow
     * libbpf; {@code entry/anything} of a plain entry is accepted as legacy. Empty when unknown.
     */
    public static Optional<Kind> parse(String section) {
        if (section == null || section.isEmpty()) {
            return Optional.empty();
        }
        for (Entry en : ENTRIES) {
            String base = en.base();
            if (section.equals(base)
                    || (en.takesExtras() && section.startsWith(base + "/"))) {
                return Optional.of(new Kind(en.type(), en.attach(), en.progFlags(), en.name(), false));
            }
        }
        // Legacy prefix form: longest plain entry that is followed by '/'.
        Entry best = null;
        for (Entry en : ENTRIES) {
            if (!en.takesExtras() && section.startsWith(en.name() + "/")
                    && (best == null || en.name().length() > best.name().length())) {
                best = en;
            }
        }
        if (best != null) {
            return Optional.of(new Kind(best.type(), best.attach(), best.progFlags(), best.name(), true));
        }
        return Optional.empty();
    }
}
