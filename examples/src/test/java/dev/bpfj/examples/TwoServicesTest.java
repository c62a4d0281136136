package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Env;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 1 against the live kernel, in a private network namespace. */
@ExtendWith(NothingLeftBehind.class)
class TwoServicesTest {
    @Test
    void steersByDestinationPrefixTcpUdpV4V6AndLeavesOtherTrafficAlone() throws Exception {
        Env.requireRoot();
        Env.requireTool("ip");
        Env.requireTool("nsenter");
        List<String> log = new ArrayList<>();
        TwoServices.Report r = TwoServices.run(TwoServices.program(), log::add);
        StringBuilder all = new StringBuilder();
        r.all().forEach(p -> all.append("\n  ").append(p));
        assertTrue(r.ok(), "probes:" + all);
        assertEquals(13, r.attached().size());
        assertTrue(r.attached().stream().filter(p -> p.protocol().equals("tcp") && p.to().getPort() == 80
                        && !p.to().getAddress().isLoopbackAddress())
                .allMatch(p -> p.detail().equals("accepted on " + Scenarios.show(p.to()))),
                "accepted sockets show the original destination:" + all);
    }
}
