package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Helper availability and GPL-only flags against the live kernel: one tiny program per (program
 * type, helper) calls the helper with zeroed arguments; the kernel refuses an unavailable helper
 * before it looks at the arguments ("program of this type cannot use helper ..."), so any other
 * verdict means the helper is available to the type.
 */
class HelperAccessLiveTest {
    /** Program type, expected attach type id, prog_flags. */
    record Config(ProgramType type, int attach, int flags) {
        AttachType attachType() {
            return type.expectedAttachTypes().isEmpty() ? null : AttachType.ofId(attach);
        }
    }

    static final List<Config> CONFIGS = List.of(
            new Config(ProgramType.SOCKET_FILTER, 0, 0),
            new Config(ProgramType.SCHED_CLS, 0, 0),
            new Config(ProgramType.SCHED_ACT, 0, 0),
            new Config(ProgramType.XDP, 0, 0),
            new Config(ProgramType.XDP, AttachType.XDP_DEVMAP.id(), 0),
            new Config(ProgramType.CGROUP_SKB, 0, 0),
            new Config(ProgramType.CGROUP_SKB, 1, 0),
            new Config(ProgramType.SOCK_OPS, 0, 0),
            new Config(ProgramType.SK_SKB, 0, 0),
            new Config(ProgramType.SK_MSG, 0, 0),
            new Config(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT.id(), 0),
            new Config(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE.id(), 0),
            new Config(ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP.id(), 0),
            new Config(ProgramType.KPROBE, 0, 0),
            new Config(ProgramType.TRACEPOINT, 0, 0),
            new Config(ProgramType.PERF_EVENT, 0, 0),
            new Config(ProgramType.RAW_TRACEPOINT, 0, 0),
            new Config(ProgramType.RAW_TRACEPOINT_WRITABLE, 0, 0),
            new Config(ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE.id(), 0),
            new Config(ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET4_POST_BIND.id(), 0),
            new Config(ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_BIND.id(), 0),
            new Config(ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_CONNECT.id(), 0),
            new Config(ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_RECVMSG.id(), 0),
            new Config(ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UNIX_SENDMSG.id(), 0),
            new Config(ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_GETPEERNAME.id(), 0),
            new Config(ProgramType.LWT_IN, 0, 0),
            new Config(ProgramType.LWT_OUT, 0, 0),
            new Config(ProgramType.LWT_XMIT, 0, 0),
            new Config(ProgramType.LWT_SEG6LOCAL, 0, 0),
            new Config(ProgramType.CGROUP_DEVICE, AttachType.CGROUP_DEVICE.id(), 0),
            new Config(ProgramType.FLOW_DISSECTOR, AttachType.FLOW_DISSECTOR.id(), 0),
            new Config(ProgramType.CGROUP_SYSCTL, AttachType.CGROUP_SYSCTL.id(), 0),
            new Config(ProgramType.CGROUP_SOCKOPT, AttachType.CGROUP_GETSOCKOPT.id(), 0),
            new Config(ProgramType.CGROUP_SOCKOPT, AttachType.CGROUP_SETSOCKOPT.id(), 0),
            new Config(ProgramType.SYSCALL, 0, Flags.BPF_F_SLEEPABLE),
            new Config(ProgramType.NETFILTER, AttachType.NETFILTER.id(), 0));

    private static List<long[]> callProgram(int helperId) {
        List<long[]> p = new ArrayList<>();
        for (int r = 2; r <= 5; r++) {
            p.add(LiveBpf.insn(0xb7, r, 0, 0, 0)); // rN = 0
        }
        p.add(LiveBpf.insn(0x85, 0, 0, 0, helperId)); // call
        p.add(LiveBpf.insn(0xb7, 0, 0, 0, 0)); // r0 = 0
        p.add(LiveBpf.insn(0x95, 0, 0, 0, 0)); // exit
        return p;
    }

    private static boolean unavailable(String log) {
        return log.contains("cannot use helper") || log.contains("unknown func") || log.contains("invalid func")
                || log.contains("helper call is not allowed in probe");
    }

    @Test
    void availabilityAndGplOnlyMatchTheKernel() {
        LiveBpf.require();
        List<String> errors = new ArrayList<>();
        int pairs = 0;
        int agree = 0;
        int socketPairs = 0;
        int gplChecked = 0;
        int messages = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            for (Config c : CONFIGS) {
                for (Helper h : Helper.values()) {
                    if (h == Helper.UNSPEC) {
                        continue;
                    }
                    LiveBpf.Load l = bpf.load(c.type(), c.attach(), c.flags(), true, 1, callProgram(h.id()));
                    boolean kernel = !unavailable(l.log());
                    boolean mine = HelperAccess.allowed(c.type(), c.attachType(), h);
                    pairs++;
                    if (kernel == mine) {
                        agree++;
                    } else {
                        errors.add(c.type() + "/" + c.attachType() + " " + h.kernelName() + ": kernel "
                                + (kernel ? "allows" : "refuses") + " (" + l.keyLine() + ")");
                    }
                    if (List.of(ProgramType.SK_LOOKUP, ProgramType.SK_REUSEPORT, ProgramType.SK_MSG, ProgramType.SK_SKB,
                            ProgramType.SOCK_OPS, ProgramType.CGROUP_SKB, ProgramType.SOCKET_FILTER,
                            ProgramType.SCHED_CLS, ProgramType.XDP).contains(c.type())) {
                        socketPairs++;
                    }
                    if (!kernel && l.log().contains("cannot use helper")) {
                        assertEquals(HelperAccess.cannotUseMessage(h), l.keyLine());
                        messages++;
                    }
                    if (kernel) {
                        LiveBpf.Load g = bpf.load(c.type(), c.attach(), c.flags(), false, 1, callProgram(h.id()));
                        boolean gpl = g.log().contains("GPL-restricted") || g.log().contains("GPL-incompatible");
                        gplChecked++;
                        if (gpl != h.gplOnly(c.type())) {
                            errors.add(c.type() + " " + h.kernelName() + ": kernel says gpl_only=" + gpl);
                        }
                    }
                }
            }
        }
        System.out.printf("helper availability vs live kernel: %d of %d (type, helper) pairs agree (%d for the socket "
                + "program types); %d GPL-only flags checked; %d rejection messages equal%n", agree, pairs,
                socketPairs, gplChecked, messages);
        assertEquals(List.of(), errors);
        assertTrue(pairs > 7000);
    }
}
