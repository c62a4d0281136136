package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.dsl.examples.MessagePolicy;
import dev.bpfj.dsl.examples.PacketCounter;
import dev.bpfj.dsl.examples.ProxyAllPorts;
import dev.bpfj.dsl.examples.ReuseportSelect;
import dev.bpfj.dsl.examples.ServicesByPrefix;
import dev.bpfj.dsl.examples.SockhashTracker;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The typed DSL's seed programs are at most 20% longer than the same logic written by hand
 * ({@link HandWritten}), counted in instructions and in 8-byte slots.
 */
class CompactnessTest {
    record Pair(String name, Supplier<Program> dsl, Supplier<Program> hand) {
    }

    static final List<Pair> SEEDS = List.of(
            new Pair("two services, IPv4 TCP", () -> ServicesByPrefix.ipv4(Protocol.TCP), HandWritten::servicesV4Tcp),
            new Pair("two services, IPv6 UDP", () -> ServicesByPrefix.ipv6(Protocol.UDP), HandWritten::servicesV6Udp),
            new Pair("proxy, every port", () -> ProxyAllPorts.program(Family.INET, Protocol.TCP, "192.0.2.1/32"),
                    HandWritten::proxy),
            new Pair("reuseport, SOCKMAP by hash", () -> ReuseportSelect.program(ReuseportSelect.GroupMap.SOCKMAP,
                    ReuseportSelect.Selector.HASH, 4, false), HandWritten::reuseportHash),
            new Pair("reuseport, SOCKARRAY by payload", () -> ReuseportSelect.program(
                    ReuseportSelect.GroupMap.REUSEPORT_SOCKARRAY, ReuseportSelect.Selector.PAYLOAD, 4, true),
                    HandWritten::reuseportPayload),
            new Pair("sock_ops sockhash by 4-tuple", SockhashTracker::program, HandWritten::sockopsTracker),
            new Pair("sk_msg cork/pull/redirect", MessagePolicy.SEED::program, HandWritten::messagePolicy),
            new Pair("sk_msg cork/pull/apply/probe",
                    () -> new MessagePolicy(10, 'H', 100, 5000, 'x', false).program(), HandWritten::messageProbe),
            new Pair("cgroup_skb counter", () -> PacketCounter.ingress("count_a", "counter_a"),
                    HandWritten::counter));

    @Test
    void dslIsWithinTwentyPercentOfHandWrittenCode() {
        StringBuilder table = new StringBuilder(String.format("%-34s %5s %5s %6s%n", "program", "dsl", "hand", "ratio"));
        List<String> over = new java.util.ArrayList<>();
        for (Pair s : SEEDS) {
            Program d = s.dsl().get();
            Program h = s.hand().get();
            int dn = d.insns().size();
            int hn = h.insns().size();
            int ds = InsnCodec.slotIndexes(d.insns())[dn];
            int hs = InsnCodec.slotIndexes(h.insns())[hn];
            table.append(String.format("%-34s %5d %5d %6.2f%n", s.name(), dn, hn, (double) dn / hn));
            if (dn > hn * 1.2 || ds > hs * 1.2) {
                over.add(s.name());
            }
        }
        System.out.print(table);
        assertTrue(over.isEmpty(), "more than 20% longer than by hand: " + over + "\n" + table);
    }
}
