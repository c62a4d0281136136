package dev.bpfj.loader.attach;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.KernelLeakCheck;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.NativeSocket;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.TestProgs;
import dev.bpfj.loader.TestRun;
import dev.bpfj.loader.ns.NetNs;
import dev.bpfj.testkit.Env;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sk_reuseport against the live kernel, in a private network namespace, with FFM-made sockets. */
@ExtendWith(KernelLeakCheck.class)
class SkReuseportTest {
    static final InetSocketAddress GROUP = new InetSocketAddress("127.0.0.1", 8000);
    static final int N = 4;
    static final int BURST = 40;

    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    /** Connects {@code BURST} times and returns how many connections each listener got. */
    static int[] burst(NetNs ns, List<NativeSocket> group) {
        ns.run(() -> {
            for (int i = 0; i < BURST; i++) {
                NativeSocket.tcpConnect(GROUP).close();
            }
        });
        int[] got = new int[group.size()];
        for (int i = 0; i < group.size(); i++) {
            NativeSocket c;
            while ((c = group.get(i).tryAccept()) != null) {
                c.close();
                got[i]++;
            }
        }
        return got;
    }

    @Test
    void selectsSocketKAndDetachRestoresSpread() {
        int k = 2;
        try (NetNs ns = NetNs.create(); LoadedProgram p = ProgramLoader.load(TestProgs.reuseportSelect(k, N))) {
            List<NativeSocket> group = new ArrayList<>();
            try {
                ns.run(() -> {
                    for (int i = 0; i < N; i++) {
                        group.add(NativeSocket.tcpListener(GROUP, 128, true));
                    }
                });
                LoadedMap array = p.map("group");
                for (int i = 0; i < N; i++) {
                    array.putSocket(i, group.get(i));
                }
                SkReuseportProgram.Attachment att = SkReuseportProgram.of(p).attach(group.get(0));
                int[] with = burst(ns, group);
                assertArrayEquals(new int[] {0, 0, BURST, 0}, with);
                att.close();
                int[] without = burst(ns, group);
                assertEquals(BURST, java.util.Arrays.stream(without).sum());
                assertTrue(java.util.Arrays.stream(without).filter(n -> n > 0).count() >= 2,
                        "kernel spread after detach: " + java.util.Arrays.toString(without));
            } finally {
                group.forEach(NativeSocket::close);
            }
        }
    }

    @Test
    void testRunIsRefusedWithAReason() {
        try (LoadedProgram p = ProgramLoader.load(TestProgs.reuseportSelect(0, N))) {
            BpfException e = assertThrows(BpfException.class, () -> p.testRun(TestRun.ofData(new byte[64])));
            assertTrue(e.getMessage().contains("no BPF_PROG_TEST_RUN for sk_reuseport"), e.getMessage());
        }
    }
}
