package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Helper#packetAccess()} against the live kernel: every helper is called
 * with a packet pointer in R1..R5 in programs with packet data. The kernel refuses it with "helper
 * access to the packet is not allowed" exactly when the helper may not take packet pointers and
 * has an argument that is not "anything".
 */
class PacketAccessLiveTest {
    private static final String REFUSED = "helper access to the packet is not allowed";

    private static List<long[]> program(ProgramType type, int helperId) {
        List<long[]> p = new ArrayList<>();
        switch (type) {
            case SK_MSG, SK_REUSEPORT -> p.add(LiveBpf.insn(0x79, 2, 1, 0, 0)); // r2 = ctx->data (64-bit)
            case XDP -> p.add(LiveBpf.insn(0x61, 2, 1, 0, 0)); // r2 = xdp->data
            default -> p.add(LiveBpf.insn(0x61, 2, 1, 76, 0)); // r2 = skb->data
        }
        for (int r : new int[] {1, 3, 4, 5}) {
            p.add(LiveBpf.insn(0xbf, r, 2, 0, 0));
        }
        p.add(LiveBpf.insn(0x85, 0, 0, 0, helperId));
        p.add(LiveBpf.insn(0xb7, 0, 0, 0, 0));
        p.add(LiveBpf.insn(0x95, 0, 0, 0, 0));
        return p;
    }

    @Test
    void packetPointersReachOnlyHelpersThatTakeThem() {
        LiveBpf.require();
        List<String> errors = new ArrayList<>();
        int refused = 0;
        int cases = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            for (ProgramType type : List.of(ProgramType.SCHED_CLS, ProgramType.SK_MSG, ProgramType.XDP,
                    ProgramType.SK_SKB, ProgramType.SK_REUSEPORT, ProgramType.CGROUP_SKB)) {
                for (Helper h : HelperAccess.helpers(type, null)) {
                    if (h.mightSleep()) {
                        continue;
                    }
                    HelperProto proto = h.proto(type);
                    boolean typed = proto.args().stream().anyMatch(a -> a != ArgType.ANYTHING && a != ArgType.DONTCARE);
                    if (!typed) {
                        continue;
                    }
                    LiveBpf.Load l = bpf.load(type, 0, 0, true, 1, program(type, h.id()));
                    boolean kernelRefuses = l.log().contains(REFUSED);
                    cases++;
                    if (kernelRefuses) {
                        refused++;
                    }
                    boolean takes = h.packetAccess();
                    if (kernelRefuses == takes) {
                        errors.add(type + " " + h.kernelName() + ": kernel " + (kernelRefuses ? "refuses" : "takes")
                                + " packet pointers (" + l.keyLine() + "), bpfj says "
                                + (takes ? "it takes them" : "it refuses them"));
                    }
                }
            }
        }
        System.out.printf("helper packet access vs live kernel: %d helpers, %d refuse packet pointers, %d disagree%n",
                cases, refused, errors.size());
        errors.forEach(System.out::println);
        assertEquals(List.of(), errors);
        assertTrue(cases > 100);
    }
}
