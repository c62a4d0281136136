package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.testkit.Env;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenario 4 against the live kernel, in a private cgroup and network namespace. */
@ExtendWith(NothingLeftBehind.class)
class MessagePolicyTest {
    @Test
    void sockOpsFillsTheSockhashAndSkMsgRedirectsAppliesCorksPullsAndDrops() throws Exception {
        Env.requireRoot();
        Env.requireTool("nsenter");
        List<MessagePolicy.Check> checks = MessagePolicy.run(s -> { });
        StringBuilder all = new StringBuilder();
        checks.forEach(c -> all.append("\n  ").append(c));
        assertTrue(checks.stream().allMatch(MessagePolicy.Check::ok), all.toString());
        assertEquals(10, checks.size(), all.toString());
    }
}
