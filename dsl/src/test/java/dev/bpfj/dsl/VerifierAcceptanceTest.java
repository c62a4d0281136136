package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.examples.PacketCounter;
import dev.bpfj.dsl.examples.ProxyAllPorts;
import dev.bpfj.dsl.examples.ReuseportSelect;
import dev.bpfj.dsl.examples.ServicesByPrefix;
import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bpfj's own verifier accepts every seed program (and its hand-written twin), no kernel needed. */
class VerifierAcceptanceTest {
    static List<Program> all() {
        List<Program> out = new ArrayList<>();
        for (CompactnessTest.Pair s : CompactnessTest.SEEDS) {
            out.add(s.dsl().get());
            out.add(s.hand().get());
        }
        for (Protocol proto : Protocol.values()) {
            out.add(ServicesByPrefix.ipv4(proto));
            out.add(ServicesByPrefix.ipv6(proto));
            out.add(ProxyAllPorts.program(Family.INET6, proto, "2001:db8:c::/64"));
        }
        for (var map : ReuseportSelect.GroupMap.values()) {
            for (var sel : ReuseportSelect.Selector.values()) {
                for (boolean pass : new boolean[] {false, true}) {
                    out.add(ReuseportSelect.program(map, sel, 8, pass));
                }
            }
        }
        out.add(PacketCounter.egress("count_b", "counter_b"));
        return out;
    }

    @Test
    void everySeedProgramPassesBpfjsVerifier() {
        List<String> rejected = new ArrayList<>();
        int n = 0;
        for (Program p : all()) {
            VerifierResult r = Verifier.verify(p);
            n++;
            if (!r.accepted()) {
                rejected.add(p.name() + ": " + r.location() + ": " + r.message() + " (" + r.errno() + ", insn "
                        + r.insn() + ") " + r.hint());
            }
        }
        System.out.println("verifier: " + (n - rejected.size()) + "/" + n + " accepted");
        assertTrue(rejected.isEmpty(), String.join("\n", rejected));
    }
}
