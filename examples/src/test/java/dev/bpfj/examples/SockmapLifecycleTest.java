package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Env;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 6 against the live kernel, IPv4 and IPv6, in private network namespaces. */
@ExtendWith(NothingLeftBehind.class)
class SockmapLifecycleTest {
    @Test
    void listenerChildDisconnectRedirectAndConcurrentCloseVersusDelete() {
        Env.requireRoot();
        List<SockmapLifecycle.Check> checks = SockmapLifecycle.run(s -> { });
        StringBuilder bad = new StringBuilder();
        checks.stream().filter(c -> !c.ok()).forEach(c -> bad.append("\n  ").append(c));
        assertTrue(bad.isEmpty(), bad.toString());
        assertEquals(2 * 14, checks.size());
    }
}
