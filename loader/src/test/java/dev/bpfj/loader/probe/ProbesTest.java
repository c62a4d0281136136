package dev.bpfj.loader.probe;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.KernelLeakCheck;
import dev.bpfj.testkit.Env;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Probes against the running 6.x kernel, whose answers for the socket types are known. */
@ExtendWith(KernelLeakCheck.class)
class ProbesTest {
    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    @Test
    void programTypes() {
        for (ProgramType t : new ProgramType[] {ProgramType.SOCKET_FILTER, ProgramType.SK_LOOKUP,
                ProgramType.SK_REUSEPORT, ProgramType.SK_MSG, ProgramType.SK_SKB, ProgramType.SOCK_OPS,
                ProgramType.CGROUP_SKB, ProgramType.SCHED_CLS, ProgramType.XDP, ProgramType.CGROUP_SOCK_ADDR}) {
            assertEquals(Probes.Support.SUPPORTED, Probes.programType(t).support(), t + ": " + Probes.programType(t));
        }
        assertEquals(Probes.Support.UNKNOWN, Probes.programType(ProgramType.TRACING).support());
        assertSame(Probes.programType(ProgramType.SK_LOOKUP), Probes.programType(ProgramType.SK_LOOKUP), "cached");
    }

    @Test
    void mapTypes() {
        for (MapType t : new MapType[] {MapType.HASH, MapType.ARRAY, MapType.SOCKMAP, MapType.SOCKHASH,
                MapType.REUSEPORT_SOCKARRAY, MapType.ARRAY_OF_MAPS, MapType.HASH_OF_MAPS, MapType.LPM_TRIE,
                MapType.RINGBUF, MapType.QUEUE, MapType.BLOOM_FILTER, MapType.PERCPU_ARRAY}) {
            assertEquals(Probes.Support.SUPPORTED, Probes.mapType(t).support(), t + ": " + Probes.mapType(t));
        }
        assertEquals(Probes.Support.UNKNOWN, Probes.mapType(MapType.SK_STORAGE).support());
    }

    @Test
    void helpersPerProgramType() {
        assertTrue(Probes.helper(ProgramType.SK_LOOKUP, Helper.SK_ASSIGN).supported());
        assertTrue(Probes.helper(ProgramType.SK_REUSEPORT, Helper.SK_SELECT_REUSEPORT).supported());
        assertTrue(Probes.helper(ProgramType.SK_MSG, Helper.MSG_REDIRECT_MAP).supported());
        Probes.Result no = Probes.helper(ProgramType.SK_LOOKUP, Helper.SK_SELECT_REUSEPORT);
        assertEquals(Probes.Support.UNSUPPORTED, no.support(), no.toString());
        assertTrue(no.detail().contains("sk_select_reuseport"), no.detail());
    }

    @Test
    void linkKinds() {
        assertTrue(Probes.linkKind(AttachType.SK_LOOKUP).supported(), Probes.linkKind(AttachType.SK_LOOKUP).toString());
        assertTrue(Probes.linkKind(AttachType.CGROUP_INET_INGRESS).supported());
        assertTrue(Probes.linkKind(AttachType.SK_MSG_VERDICT).supported(), Probes.linkKind(AttachType.SK_MSG_VERDICT).toString());
        assertEquals(Probes.Support.UNKNOWN, Probes.linkKind(AttachType.XDP).support());
    }
}
