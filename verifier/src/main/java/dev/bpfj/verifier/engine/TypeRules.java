package dev.bpfj.verifier.engine;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;

/**
 * Verifier policy that depends on the program type but is not part of the uapi layouts: which
 * types may touch packet memory directly, which may use the legacy packet loads, and which return
 * values the kernel enforces at program exit.
 */
final class TypeRules {
    private TypeRules() {
    }

    /** Direct packet access: 0 none, 1 read only, 2 read and write. */
    static int packetAccess(ProgramType type) {
        return switch (type) {
            case LWT_IN, LWT_OUT, LWT_SEG6LOCAL, SK_REUSEPORT, FLOW_DISSECTOR, CGROUP_SKB -> 1;
            case SCHED_CLS, SCHED_ACT, XDP, LWT_XMIT, SK_SKB, SK_MSG, CGROUP_SOCKOPT -> 2;
            default -> 0;
        };
    }

    /** Whether BPF_LD_[ABS|IND] are allowed (they need an skb in R6). */
    static boolean legacyPacketLoads(ProgramType type) {
        return type == ProgramType.SOCKET_FILTER || type == ProgramType.SCHED_CLS || type == ProgramType.SCHED_ACT;
    }

    /** The range R0 must be in at program exit, or null when the kernel does not check. */
    static long[] returnRange(ProgramType type, AttachType attach) {
        return switch (type) {
            case SK_LOOKUP, NETFILTER, CGROUP_SOCK, SOCK_OPS, CGROUP_DEVICE, CGROUP_SYSCTL, CGROUP_SOCKOPT ->
                    new long[] {0, 1};
            case CGROUP_SKB -> attach == AttachType.CGROUP_INET_EGRESS ? new long[] {0, 3} : new long[] {0, 1};
            case CGROUP_SOCK_ADDR -> sockAddrRange(attach);
            default -> null;
        };
    }

    private static long[] sockAddrRange(AttachType attach) {
        if (attach == null) {
            return new long[] {0, 1};
        }
        return switch (attach.name()) {
            case "CGROUP_UDP4_RECVMSG", "CGROUP_UDP6_RECVMSG", "CGROUP_UNIX_RECVMSG", "CGROUP_INET4_GETPEERNAME",
                 "CGROUP_INET6_GETPEERNAME", "CGROUP_UNIX_GETPEERNAME", "CGROUP_INET4_GETSOCKNAME",
                 "CGROUP_INET6_GETSOCKNAME", "CGROUP_UNIX_GETSOCKNAME" -> new long[] {1, 1};
            case "CGROUP_INET4_BIND", "CGROUP_INET6_BIND" -> new long[] {0, 3};
            default -> new long[] {0, 1};
        };
    }
}
