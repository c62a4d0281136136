package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Env;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 5 against the live kernel, in a private cgroup and network namespace. */
@ExtendWith(NothingLeftBehind.class)
class CgroupReplaceTest {
    @Test
    void replaceKeepsOrderMissesNoPacketAndErrorCasesReturnTheirErrno() throws Exception {
        Env.requireRoot();
        Env.requireTool("nsenter");
        List<CgroupReplace.Check> checks = CgroupReplace.run(20_000, s -> { });
        StringBuilder all = new StringBuilder();
        checks.forEach(c -> all.append("\n  ").append(c));
        assertTrue(checks.stream().allMatch(CgroupReplace.Check::ok), all.toString());
        assertEquals(9, checks.size(), all.toString());
    }
}
