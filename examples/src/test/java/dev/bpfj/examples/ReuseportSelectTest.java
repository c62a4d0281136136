package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Env;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 3 against the live kernel: the whole matrix, in a private network namespace. */
@ExtendWith(NothingLeftBehind.class)
class ReuseportSelectTest {
    @Test
    void selectsByCommandAndHashDropsOrPassesOnFailureAndStopsAfterDetach() {
        Env.requireRoot();
        List<ReuseportSelect.Cell> cells = ReuseportSelect.matrix();
        assertEquals(16, cells.size());
        List<ReuseportSelect.Check> checks = ReuseportSelect.run(cells, s -> { });
        StringBuilder bad = new StringBuilder();
        checks.stream().filter(c -> !c.ok()).forEach(c -> bad.append("\n  ").append(c));
        assertTrue(bad.isEmpty(), bad.toString());
        assertEquals(16 * 13, checks.size());
    }
}
