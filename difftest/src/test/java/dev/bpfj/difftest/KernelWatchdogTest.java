package dev.bpfj.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Target;
import dev.bpfj.testkit.Env;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelWatchdogTest {
    /** A loop the kernel walks to its one-million-instruction limit: seconds of verification. */
    private static Program slow() {
        List<Insn> insns = List.of(
                Insn.mov64(Reg.R9, 0),
                Insn.call(Helper.KTIME_GET_COARSE_NS.id()),
                Insn.mov64(Reg.R7, Reg.R0),
                Insn.jump(JmpOp.JLE, Reg.R9, 0, Target.label("top")),
                Insn.mov64(Reg.R0, 0),
                Insn.exit());
        return new Program("slow", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT, "GPL", insns,
                Map.of("top", 1), List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void aLongVerificationIsCutShort() {
        Env.requireRoot();
        try (DiffRunner runner = new DiffRunner(10_000, 100)) {
            // The outcome says the watchdog interrupted the load; how long that took depends on the
            // machine's load, so it is not asserted.
            Comparison c = runner.compare(slow());
            assertEquals(Outcome.KERNEL_TIMEOUT, c.outcome(), c.toString());
            // The runner still works afterwards.
            Comparison ok = runner.compare(Program.of("ok", ProgramType.SOCKET_FILTER, null,
                    List.of(Insn.mov64(Reg.R0, 0), Insn.exit())));
            assertEquals(Outcome.AGREE, ok.outcome(), ok.toString());
            assertTrue(ok.kernel().accepted());
        }
    }
}
