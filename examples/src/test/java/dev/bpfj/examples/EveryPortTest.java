package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Env;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 2 against the live kernel, in a private network namespace. */
@ExtendWith(NothingLeftBehind.class)
class EveryPortTest {
    @Test
    void proxyReceivesEverySampledPortWithTheOriginalDestination() throws Exception {
        Env.requireRoot();
        Env.requireTool("ip");
        Env.requireTool("nsenter");
        long seed = Long.getLong("bpfj.seed", 20240901L);
        List<Integer> ports = EveryPort.ports(seed, 100);
        List<EveryPort.Probe> probes = EveryPort.run(EveryPort.program(), ports, s -> { });
        StringBuilder bad = new StringBuilder();
        probes.stream().filter(p -> !p.ok()).forEach(p -> bad.append("\n  ").append(p));
        assertTrue(bad.isEmpty(), "seed " + seed + ":" + bad);
        assertEquals(2 * ports.size() + 4, probes.size());
        long viaProxy = probes.stream().filter(p -> p.reached().equals(EveryPort.PROXY)).count();
        assertEquals(2 * (ports.size() - 2), viaProxy, "every sampled port but the two bypass ports, both families");
    }
}
