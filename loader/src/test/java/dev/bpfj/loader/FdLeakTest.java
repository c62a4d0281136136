package dev.bpfj.loader;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.testkit.Env;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Loading and closing leaves nothing behind: no fds in this process, no programs in the kernel. */
@ExtendWith(KernelLeakCheck.class)
class FdLeakTest {
    @Test
    void tenThousandLoadCloseCyclesKeepTheFdCount() {
        Env.requireRoot();
        Program p = TestProgs.returning(ProgramType.SOCKET_FILTER, null, 0);
        Program withMaps = TestProgs.skMsgCounting();
        // Warm up (class loading may open jar files).
        ProgramLoader.load(p).close();
        ProgramLoader.load(withMaps).close();
        int before = KernelLeakCheck.fdCount();
        List<Integer> sampled = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            try (LoadedProgram lp = ProgramLoader.load(i % 10 == 0 ? withMaps : p)) {
                if (i % 1000 == 0) {
                    sampled.add(lp.info().id());
                }
            }
        }
        // Rejections go through the logging path and must not leak either.
        Program bad = Program.of("bad", ProgramType.SOCKET_FILTER, null,
                List.of(dev.bpfj.core.insn.Insn.exit()));
        for (int i = 0; i < 200; i++) {
            assertThrows(VerifierRejection.class, () -> ProgramLoader.load(bad));
            assertFalse(ProgramLoader.tryLoad(bad, LogOptions.withStats()).accepted());
        }
        assertEquals(before, KernelLeakCheck.fdCount());
        for (int id : sampled) {
            assertNull(ProgramInfo.byId(id), "program " + id + " is still loaded");
        }
    }
}
