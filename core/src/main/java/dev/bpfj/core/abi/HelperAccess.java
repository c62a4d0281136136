package dev.bpfj.core.abi;

import static dev.bpfj.core.abi.Helper.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which helpers each program type may call on Linux 6.18, as observed from the live kernel (a
 * privileged loader: CAP_BPF, CAP_PERFMON, CAP_NET_ADMIN). A call to a helper outside the set is
 * rejected at verification with {@link #cannotUseMessage(Helper)}.
 *
 * <p>The table is {@link #BASE} (available to every program type bpfj knows) plus per-type extras,
 * plus a few extras that depend on the expected attach type. Tracing, LSM, struct_ops and
 * extension programs (which need a BTF attach target) are not tabulated: {@link #knows} is false
 * for them and only {@link #BASE} is reported.
 */
public final class HelperAccess {
    private HelperAccess() {
    }

    private static Set<Helper> set(Helper... hs) {
        EnumSet<Helper> s = EnumSet.noneOf(Helper.class);
        Collections.addAll(s, hs);
        return Collections.unmodifiableSet(s);
    }

    /** Helpers every tabulated program type may call. */
    public static final Set<Helper> BASE = set(
            MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM, KTIME_GET_NS,
            TRACE_PRINTK, GET_PRANDOM_U32, GET_SMP_PROCESSOR_ID, TAIL_CALL,
            GET_CURRENT_PID_TGID, GET_CURRENT_UID_GID, GET_CURRENT_COMM,
            GET_CGROUP_CLASSID, PERF_EVENT_READ, GET_CURRENT_TASK,
            CURRENT_TASK_UNDER_CGROUP, GET_NUMA_NODE_ID, PERF_EVENT_READ_VALUE,
            GET_CURRENT_CGROUP_ID, MAP_PUSH_ELEM, MAP_POP_ELEM, MAP_PEEK_ELEM,
            SPIN_LOCK, SPIN_UNLOCK, STRTOL, STRTOUL, SEND_SIGNAL, PROBE_READ_USER,
            PROBE_READ_KERNEL, PROBE_READ_USER_STR, PROBE_READ_KERNEL_STR,
            SEND_SIGNAL_THREAD, JIFFIES64, GET_NS_CURRENT_PID_TGID,
            GET_CURRENT_ANCESTOR_CGROUP_ID, KTIME_GET_BOOT_NS, RINGBUF_OUTPUT,
            RINGBUF_RESERVE, RINGBUF_SUBMIT, RINGBUF_DISCARD, RINGBUF_QUERY,
            GET_TASK_STACK, COPY_FROM_USER, SNPRINTF_BTF, PER_CPU_PTR, THIS_CPU_PTR,
            TASK_STORAGE_GET, TASK_STORAGE_DELETE, GET_CURRENT_TASK_BTF,
            FOR_EACH_MAP_ELEM, SNPRINTF, TIMER_INIT, TIMER_SET_CALLBACK, TIMER_START,
            TIMER_CANCEL, TASK_PT_REGS, GET_BRANCH_SNAPSHOT, TRACE_VPRINTK, FIND_VMA,
            LOOP, STRNCMP, COPY_FROM_USER_TASK, KPTR_XCHG, MAP_LOOKUP_PERCPU_ELEM,
            DYNPTR_FROM_MEM, RINGBUF_RESERVE_DYNPTR, RINGBUF_SUBMIT_DYNPTR,
            RINGBUF_DISCARD_DYNPTR, DYNPTR_READ, DYNPTR_WRITE, DYNPTR_DATA,
            KTIME_GET_TAI_NS, USER_RINGBUF_DRAIN, CGRP_STORAGE_GET, CGRP_STORAGE_DELETE);

    private static final Map<ProgramType, Set<Helper>> EXTRA = new EnumMap<>(Map.ofEntries(
            Map.entry(ProgramType.SOCKET_FILTER, set(
                    PERF_EVENT_OUTPUT, SKB_LOAD_BYTES, GET_SOCKET_COOKIE,
                    GET_SOCKET_UID, SKB_LOAD_BYTES_RELATIVE, GET_NETNS_COOKIE,
                    SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.SCHED_CLS, set(
                    SKB_STORE_BYTES, L3_CSUM_REPLACE, L4_CSUM_REPLACE,
                    CLONE_REDIRECT, SKB_VLAN_PUSH, SKB_VLAN_POP,
                    SKB_GET_TUNNEL_KEY, SKB_SET_TUNNEL_KEY, REDIRECT,
                    GET_ROUTE_REALM, PERF_EVENT_OUTPUT, SKB_LOAD_BYTES,
                    CSUM_DIFF, SKB_GET_TUNNEL_OPT, SKB_SET_TUNNEL_OPT,
                    SKB_CHANGE_PROTO, SKB_CHANGE_TYPE, SKB_UNDER_CGROUP,
                    GET_HASH_RECALC, SKB_CHANGE_TAIL, SKB_PULL_DATA,
                    CSUM_UPDATE, SET_HASH_INVALID, SKB_CHANGE_HEAD,
                    GET_SOCKET_COOKIE, GET_SOCKET_UID, SET_HASH,
                    SKB_ADJUST_ROOM, SKB_GET_XFRM_STATE,
                    SKB_LOAD_BYTES_RELATIVE, FIB_LOOKUP, SKB_CGROUP_ID,
                    SKB_ANCESTOR_CGROUP_ID, SK_LOOKUP_TCP, SK_LOOKUP_UDP,
                    SK_RELEASE, SK_FULLSOCK, TCP_SOCK, SKB_ECN_SET_CE,
                    GET_LISTENER_SOCK, SKC_LOOKUP_TCP, TCP_CHECK_SYNCOOKIE,
                    SK_STORAGE_GET, SK_STORAGE_DELETE, TCP_GEN_SYNCOOKIE,
                    GET_NETNS_COOKIE, SK_ASSIGN, CSUM_LEVEL, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    SKB_CGROUP_CLASSID, REDIRECT_NEIGH, REDIRECT_PEER,
                    KTIME_GET_COARSE_NS, CHECK_MTU, SKC_TO_UNIX_SOCK,
                    SKB_SET_TSTAMP, SKC_TO_MPTCP_SOCK,
                    TCP_RAW_GEN_SYNCOOKIE_IPV4, TCP_RAW_GEN_SYNCOOKIE_IPV6,
                    TCP_RAW_CHECK_SYNCOOKIE_IPV4, TCP_RAW_CHECK_SYNCOOKIE_IPV6)),
            Map.entry(ProgramType.XDP, set(
                    REDIRECT, PERF_EVENT_OUTPUT, CSUM_DIFF, XDP_ADJUST_HEAD,
                    REDIRECT_MAP, XDP_ADJUST_META, XDP_ADJUST_TAIL, FIB_LOOKUP,
                    SK_LOOKUP_TCP, SK_LOOKUP_UDP, SK_RELEASE, SKC_LOOKUP_TCP,
                    TCP_CHECK_SYNCOOKIE, TCP_GEN_SYNCOOKIE, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, CHECK_MTU, SKC_TO_UNIX_SOCK,
                    XDP_GET_BUFF_LEN, XDP_LOAD_BYTES, XDP_STORE_BYTES,
                    SKC_TO_MPTCP_SOCK, TCP_RAW_GEN_SYNCOOKIE_IPV4,
                    TCP_RAW_GEN_SYNCOOKIE_IPV6, TCP_RAW_CHECK_SYNCOOKIE_IPV4,
                    TCP_RAW_CHECK_SYNCOOKIE_IPV6)),
            Map.entry(ProgramType.CGROUP_SKB, set(
                    PERF_EVENT_OUTPUT, SKB_LOAD_BYTES, GET_SOCKET_COOKIE,
                    GET_SOCKET_UID, SKB_LOAD_BYTES_RELATIVE, SKB_CGROUP_ID,
                    GET_LOCAL_STORAGE, SKB_ANCESTOR_CGROUP_ID, SK_LOOKUP_TCP,
                    SK_LOOKUP_UDP, SK_RELEASE, SK_FULLSOCK, TCP_SOCK,
                    SKB_ECN_SET_CE, GET_LISTENER_SOCK, SKC_LOOKUP_TCP,
                    SK_STORAGE_GET, SK_STORAGE_DELETE, GET_NETNS_COOKIE,
                    SK_CGROUP_ID, SK_ANCESTOR_CGROUP_ID, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.SOCK_OPS, set(
                    PERF_EVENT_OUTPUT, GET_SOCKET_COOKIE, SETSOCKOPT,
                    SOCK_MAP_UPDATE, GETSOCKOPT, SOCK_OPS_CB_FLAGS_SET,
                    SOCK_HASH_UPDATE, GET_LOCAL_STORAGE, TCP_SOCK,
                    SK_STORAGE_GET, SK_STORAGE_DELETE, GET_NETNS_COOKIE,
                    SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK, LOAD_HDR_OPT,
                    STORE_HDR_OPT, RESERVE_HDR_OPT, KTIME_GET_COARSE_NS,
                    SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.SK_SKB, set(
                    SKB_STORE_BYTES, PERF_EVENT_OUTPUT, SKB_LOAD_BYTES,
                    SKB_CHANGE_TAIL, SKB_PULL_DATA, SKB_CHANGE_HEAD,
                    GET_SOCKET_COOKIE, GET_SOCKET_UID, SKB_ADJUST_ROOM,
                    SK_REDIRECT_MAP, SK_REDIRECT_HASH, SK_LOOKUP_TCP,
                    SK_LOOKUP_UDP, SK_RELEASE, SKC_LOOKUP_TCP, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.SK_MSG, set(
                    PERF_EVENT_OUTPUT, MSG_REDIRECT_MAP, MSG_APPLY_BYTES,
                    MSG_CORK_BYTES, MSG_PULL_DATA, MSG_REDIRECT_HASH,
                    MSG_PUSH_DATA, MSG_POP_DATA, SK_STORAGE_GET,
                    SK_STORAGE_DELETE, GET_NETNS_COOKIE, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.SK_REUSEPORT, set(
                    SKB_LOAD_BYTES, GET_SOCKET_COOKIE, SKB_LOAD_BYTES_RELATIVE,
                    SK_SELECT_REUSEPORT, KTIME_GET_COARSE_NS)),
            Map.entry(ProgramType.SK_LOOKUP, set(
                    PERF_EVENT_OUTPUT, SK_RELEASE, SK_ASSIGN, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.KPROBE, set(
                    PROBE_READ, PERF_EVENT_OUTPUT, GET_STACKID, PROBE_READ_STR,
                    GET_STACK, GET_FUNC_IP, GET_ATTACH_COOKIE)),
            Map.entry(ProgramType.SCHED_ACT, set(
                    SKB_STORE_BYTES, L3_CSUM_REPLACE, L4_CSUM_REPLACE,
                    CLONE_REDIRECT, SKB_VLAN_PUSH, SKB_VLAN_POP,
                    SKB_GET_TUNNEL_KEY, SKB_SET_TUNNEL_KEY, REDIRECT,
                    GET_ROUTE_REALM, PERF_EVENT_OUTPUT, SKB_LOAD_BYTES,
                    CSUM_DIFF, SKB_GET_TUNNEL_OPT, SKB_SET_TUNNEL_OPT,
                    SKB_CHANGE_PROTO, SKB_CHANGE_TYPE, SKB_UNDER_CGROUP,
                    GET_HASH_RECALC, SKB_CHANGE_TAIL, SKB_PULL_DATA,
                    CSUM_UPDATE, SET_HASH_INVALID, SKB_CHANGE_HEAD,
                    GET_SOCKET_COOKIE, GET_SOCKET_UID, SET_HASH,
                    SKB_ADJUST_ROOM, SKB_GET_XFRM_STATE,
                    SKB_LOAD_BYTES_RELATIVE, FIB_LOOKUP, SKB_CGROUP_ID,
                    SKB_ANCESTOR_CGROUP_ID, SK_LOOKUP_TCP, SK_LOOKUP_UDP,
                    SK_RELEASE, SK_FULLSOCK, TCP_SOCK, SKB_ECN_SET_CE,
                    GET_LISTENER_SOCK, SKC_LOOKUP_TCP, TCP_CHECK_SYNCOOKIE,
                    SK_STORAGE_GET, SK_STORAGE_DELETE, TCP_GEN_SYNCOOKIE,
                    GET_NETNS_COOKIE, SK_ASSIGN, CSUM_LEVEL, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    SKB_CGROUP_CLASSID, REDIRECT_NEIGH, REDIRECT_PEER,
                    KTIME_GET_COARSE_NS, CHECK_MTU, SKC_TO_UNIX_SOCK,
                    SKB_SET_TSTAMP, SKC_TO_MPTCP_SOCK,
                    TCP_RAW_GEN_SYNCOOKIE_IPV4, TCP_RAW_GEN_SYNCOOKIE_IPV6,
                    TCP_RAW_CHECK_SYNCOOKIE_IPV4, TCP_RAW_CHECK_SYNCOOKIE_IPV6)),
            Map.entry(ProgramType.TRACEPOINT, set(
                    PROBE_READ, PERF_EVENT_OUTPUT, GET_STACKID, PROBE_READ_STR,
                    GET_STACK, GET_FUNC_IP, GET_ATTACH_COOKIE)),
            Map.entry(ProgramType.PERF_EVENT, set(
                    PROBE_READ, PERF_EVENT_OUTPUT, GET_STACKID, PROBE_READ_STR,
                    PERF_PROG_READ_VALUE, GET_STACK, READ_BRANCH_RECORDS,
                    GET_FUNC_IP, GET_ATTACH_COOKIE)),
            Map.entry(ProgramType.CGROUP_SOCK, set(
                    PERF_EVENT_OUTPUT, GET_SOCKET_COOKIE, GET_LOCAL_STORAGE,
                    SK_STORAGE_GET, GET_NETNS_COOKIE, KTIME_GET_COARSE_NS,
                    GET_RETVAL, SET_RETVAL)),
            Map.entry(ProgramType.LWT_IN, set(
                    GET_ROUTE_REALM, PERF_EVENT_OUTPUT, SKB_LOAD_BYTES,
                    CSUM_DIFF, SKB_UNDER_CGROUP, GET_HASH_RECALC, SKB_PULL_DATA,
                    LWT_PUSH_ENCAP, SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK,
                    SKC_TO_TCP_TIMEWAIT_SOCK, SKC_TO_TCP_REQUEST_SOCK,
                    SKC_TO_UDP6_SOCK, KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK,
                    SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.LWT_OUT, set(
                    GET_ROUTE_REALM, PERF_EVENT_OUTPUT, SKB_LOAD_BYTES,
                    CSUM_DIFF, SKB_UNDER_CGROUP, GET_HASH_RECALC, SKB_PULL_DATA,
                    SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.LWT_XMIT, set(
                    SKB_STORE_BYTES, L3_CSUM_REPLACE, L4_CSUM_REPLACE,
                    CLONE_REDIRECT, SKB_GET_TUNNEL_KEY, SKB_SET_TUNNEL_KEY,
                    REDIRECT, GET_ROUTE_REALM, PERF_EVENT_OUTPUT,
                    SKB_LOAD_BYTES, CSUM_DIFF, SKB_GET_TUNNEL_OPT,
                    SKB_SET_TUNNEL_OPT, SKB_UNDER_CGROUP, GET_HASH_RECALC,
                    SKB_CHANGE_TAIL, SKB_PULL_DATA, CSUM_UPDATE,
                    SET_HASH_INVALID, SKB_CHANGE_HEAD, LWT_PUSH_ENCAP,
                    CSUM_LEVEL, SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK,
                    SKC_TO_TCP_TIMEWAIT_SOCK, SKC_TO_TCP_REQUEST_SOCK,
                    SKC_TO_UDP6_SOCK, KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK,
                    SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.CGROUP_DEVICE, set(
                    PERF_EVENT_OUTPUT, GET_LOCAL_STORAGE, GET_RETVAL, SET_RETVAL)),
            Map.entry(ProgramType.RAW_TRACEPOINT, set(
                    PROBE_READ, PERF_EVENT_OUTPUT, GET_STACKID, PROBE_READ_STR,
                    GET_STACK, GET_FUNC_IP, GET_ATTACH_COOKIE)),
            Map.entry(ProgramType.CGROUP_SOCK_ADDR, set(
                    PERF_EVENT_OUTPUT, GET_SOCKET_COOKIE, SETSOCKOPT,
                    GETSOCKOPT, GET_LOCAL_STORAGE, SK_LOOKUP_TCP, SK_LOOKUP_UDP,
                    SK_RELEASE, SKC_LOOKUP_TCP, SK_STORAGE_GET,
                    SK_STORAGE_DELETE, GET_NETNS_COOKIE, SKC_TO_TCP6_SOCK,
                    SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.LWT_SEG6LOCAL, set(
                    GET_ROUTE_REALM, PERF_EVENT_OUTPUT, SKB_LOAD_BYTES,
                    CSUM_DIFF, SKB_UNDER_CGROUP, GET_HASH_RECALC, SKB_PULL_DATA,
                    LWT_SEG6_STORE_BYTES, LWT_SEG6_ADJUST_SRH, LWT_SEG6_ACTION,
                    SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK,
                    KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK, SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.FLOW_DISSECTOR, set(
                    SKB_LOAD_BYTES, SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK,
                    SKC_TO_TCP_TIMEWAIT_SOCK, SKC_TO_TCP_REQUEST_SOCK,
                    SKC_TO_UDP6_SOCK, KTIME_GET_COARSE_NS, SKC_TO_UNIX_SOCK,
                    SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.CGROUP_SYSCTL, set(
                    PERF_EVENT_OUTPUT, GET_LOCAL_STORAGE, SYSCTL_GET_NAME,
                    SYSCTL_GET_CURRENT_VALUE, SYSCTL_GET_NEW_VALUE,
                    SYSCTL_SET_NEW_VALUE, KTIME_GET_COARSE_NS, GET_RETVAL,
                    SET_RETVAL)),
            Map.entry(ProgramType.RAW_TRACEPOINT_WRITABLE, set(
                    PROBE_READ, PERF_EVENT_OUTPUT, GET_STACKID, PROBE_READ_STR,
                    GET_STACK, GET_FUNC_IP, GET_ATTACH_COOKIE)),
            Map.entry(ProgramType.CGROUP_SOCKOPT, set(
                    PERF_EVENT_OUTPUT, GET_LOCAL_STORAGE, TCP_SOCK,
                    SK_STORAGE_GET, SK_STORAGE_DELETE, GET_NETNS_COOKIE,
                    GET_RETVAL, SET_RETVAL)),
            Map.entry(ProgramType.SYSCALL, set(
                    PROBE_READ, PERF_EVENT_OUTPUT, GET_STACKID, PROBE_READ_STR,
                    GET_SOCKET_COOKIE, GET_STACK, SKB_OUTPUT, XDP_OUTPUT,
                    SKC_TO_TCP6_SOCK, SKC_TO_TCP_SOCK, SKC_TO_TCP_TIMEWAIT_SOCK,
                    SKC_TO_TCP_REQUEST_SOCK, SKC_TO_UDP6_SOCK, SOCK_FROM_FILE,
                    SYS_BPF, BTF_FIND_BY_NAME_KIND, SYS_CLOSE, GET_FUNC_IP,
                    SKC_TO_UNIX_SOCK, KALLSYMS_LOOKUP_NAME, XDP_GET_BUFF_LEN,
                    SKC_TO_MPTCP_SOCK)),
            Map.entry(ProgramType.NETFILTER, set(
))));

    /** Extras that exist only with some expected attach types. */
    private static final Map<AttachType, Set<Helper>> SOCK_ADDR_BY_ATTACH = new EnumMap<>(Map.of(
            AttachType.CGROUP_INET4_CONNECT, set(BIND, GET_RETVAL, SET_RETVAL),
            AttachType.CGROUP_INET6_CONNECT, set(BIND, GET_RETVAL, SET_RETVAL),
            AttachType.CGROUP_INET4_BIND, set(GET_RETVAL, SET_RETVAL),
            AttachType.CGROUP_INET6_BIND, set(GET_RETVAL, SET_RETVAL),
            AttachType.CGROUP_UDP4_SENDMSG, set(GET_RETVAL, SET_RETVAL),
            AttachType.CGROUP_UDP6_SENDMSG, set(GET_RETVAL, SET_RETVAL),
            AttachType.CGROUP_UNIX_CONNECT, set(GET_RETVAL, SET_RETVAL),
            AttachType.CGROUP_UNIX_SENDMSG, set(GET_RETVAL, SET_RETVAL)));

    private static final Set<Helper> SOCKOPT_SET = set(SETSOCKOPT, GETSOCKOPT);

    /** Whether bpfj has a table for {@code type} (otherwise only {@link #BASE} is known). */
    public static boolean knows(ProgramType type) {
        return EXTRA.containsKey(type);
    }

    /** Whether programs of {@code type} may call {@code helper}, whatever their attach type. */
    public static boolean allowed(ProgramType type, Helper helper) {
        return allowed(type, null, helper);
    }

    /**
     * Whether programs of {@code type} loaded with {@code expectedAttachType} (null when none or
     * unknown) may call {@code helper}.
     */
    public static boolean allowed(ProgramType type, AttachType expectedAttachType, Helper helper) {
        if (helper == null || helper == UNSPEC) {
            return false;
        }
        return helpers(type, expectedAttachType).contains(helper);
    }

    /** Every helper programs of {@code type} may call (whatever their attach type). */
    public static Set<Helper> helpers(ProgramType type) {
        return helpers(type, null);
    }

    /** Every helper programs of {@code type} loaded with {@code expectedAttachType} may call. */
    public static Set<Helper> helpers(ProgramType type, AttachType expectedAttachType) {
        EnumSet<Helper> s = EnumSet.copyOf(BASE);
        Set<Helper> extra = EXTRA.get(type);
        if (extra != null) {
            s.addAll(extra);
        }
        if (expectedAttachType != null) {
            if (type == ProgramType.CGROUP_SOCK_ADDR) {
                s.addAll(SOCK_ADDR_BY_ATTACH.getOrDefault(expectedAttachType, Set.of()));
            } else if (type == ProgramType.CGROUP_SOCKOPT && expectedAttachType == AttachType.CGROUP_SETSOCKOPT) {
                s.addAll(SOCKOPT_SET);
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** The kernel's rejection for a helper the program type may not call. */
    public static String cannotUseMessage(Helper helper) {
        return "program of this type cannot use helper " + helper.kernelName() + "#" + helper.id();
    }
}
