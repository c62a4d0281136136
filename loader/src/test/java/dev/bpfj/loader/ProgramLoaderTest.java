package dev.bpfj.loader;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.testkit.Env;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.extension.ExtendWith(KernelLeakCheck.class)
class ProgramLoaderTest {
    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    static Program ret(ProgramType t, AttachType at, int v) {
        return Program.of("ret" + v, t, at, List.of(Insn.mov64(Reg.R0, v), Insn.exit()));
    }

    @Test
    void loadsAndReportsInfo() {
        try (LoadedProgram p = ProgramLoader.load(ret(ProgramType.SOCKET_FILTER, null, 0))) {
            ProgramInfo info = p.info();
            assertEquals(ProgramType.SOCKET_FILTER, info.type());
            assertEquals("ret0", info.name());
            assertEquals(16, info.tag().length());
            assertTrue(info.id() > 0);
            assertTrue(ProgramInfo.loadedIds().contains(info.id()));
            assertEquals(info.tag(), ProgramInfo.byId(info.id()).tag());
        }
    }

    @Test
    void rejectionCarriesLogKeyLineIndexAndSource() {
        Program bad = new Program("bad", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                List.of(Insn.mov64(Reg.R1, 1), Insn.exit()), Map.of(), List.of(), List.of(), List.of(),
                List.of(SourcePos.of("x.s", 1, 1), SourcePos.of("x.s", 2, 5)), null);
        VerifierRejection r = assertThrows(VerifierRejection.class, () -> ProgramLoader.load(bad));
        assertEquals(Errno.EACCES, r.errno());
        assertEquals("EACCES", r.errnoName());
        assertEquals("R0 !read_ok", r.keyLine());
        assertEquals(1, r.insnIndex());
        assertEquals("x.s:2:5", r.source().toString());
        assertTrue(r.log().contains("processed"), r.log());
        assertTrue(r.getMessage().contains("x.s:2:5"), r.getMessage());
    }

    @Test
    void missingExpectedAttachTypeIsEinvalWithHint() {
        BpfException e = assertThrows(BpfException.class,
                () -> ProgramLoader.load(ret(ProgramType.SK_LOOKUP, null, 1)));
        assertEquals(Errno.EINVAL, e.errno());
        assertTrue(e.getMessage().contains("sk_lookup programs must be loaded with an expected attach type "
                + "([BPF_SK_LOOKUP])"), e.getMessage());
        BpfException wrong = assertThrows(BpfException.class,
                () -> ProgramLoader.load(ret(ProgramType.SK_LOOKUP, AttachType.SK_MSG_VERDICT, 1)));
        assertTrue(wrong.getMessage().contains("cannot be loaded with expected attach type BPF_SK_MSG_VERDICT"),
                wrong.getMessage());
    }

    @Test
    void tryLoadReportsStatsWithoutThrowing() {
        LoadResult ok = ProgramLoader.tryLoad(ret(ProgramType.SOCKET_FILTER, null, 0), LogOptions.withStats());
        assertTrue(ok.accepted(), ok.toString());
        assertEquals(2, ok.processedInsns());
        assertTrue(ok.verificationTimeUsec() >= 0, ok.log());
        Program bad = Program.of("bad", ProgramType.SOCKET_FILTER, null, List.of(Insn.exit()));
        LoadResult no = ProgramLoader.tryLoad(bad, LogOptions.withStats());
        assertFalse(no.accepted());
        assertEquals(Errno.EACCES, no.errno());
        assertEquals("R0 !read_ok", no.keyLine());
        assertEquals(0, no.insnIndex());
        assertEquals(1, no.processedInsns());
    }

    @Test
    void relocatesMapsAndOwnsThem() {
        // r1 = map; r2 = fp-4 (key 0); call lookup; r0 = 0; exit
        List<Insn> insns = List.of(
                Insn.store(dev.bpfj.core.insn.Size.W, Reg.R10, -4, 0),
                Insn.mov64(Reg.R2, Reg.R10),
                Insn.alu64(dev.bpfj.core.insn.AluOp.ADD, Reg.R2, -4),
                Insn.ldMap(Reg.R1),
                Insn.call(1),
                Insn.mov64(Reg.R0, 0),
                Insn.exit());
        Program p = new Program("lookup", ProgramType.SOCKET_FILTER, null, "GPL", insns, Map.of(),
                List.of(Relocation.map(3, "counts")), List.of(MapSpec.of("counts", MapType.ARRAY, 4, 8, 4)),
                List.of(), List.of(), null);
        LoadedMap m;
        try (LoadedProgram lp = ProgramLoader.load(p)) {
            m = lp.map("counts");
            assertEquals(List.of(m.info().id()), lp.info().mapIds());
        }
        assertTrue(m.isClosed());
    }

    @Test
    void localFunctionsAndMapValuePointers() {
        // main: r1 = &counts[0] + 4 (MAP_VALUE); call f; exit.  f: r0 = *(u32 *)(r1 + 0); exit
        List<Insn> insns = List.of(
                Insn.ldMap(Reg.R1),
                new Insn.CallLocal(dev.bpfj.core.insn.Target.label("f")),
                Insn.exit(),
                Insn.load(dev.bpfj.core.insn.Size.W, Reg.R0, Reg.R1, 0),
                Insn.exit());
        Program p = new Program("calls", ProgramType.SOCKET_FILTER, null, "GPL", insns, Map.of("f", 3),
                List.of(new Relocation(0, Relocation.Kind.MAP_VALUE, "data", 4)),
                List.of(MapSpec.of("data", MapType.ARRAY, 4, 8, 1)),
                List.of(new Program.Function("calls", 0), new Program.Function("f", 3)), List.of(), null);
        try (LoadedProgram lp = ProgramLoader.load(p)) {
            lp.map("data").update(Codec.u32().encode(0), new byte[] {0, 0, 0, 0, 42, 0, 0, 0});
            TestRun.Result r = lp.testRun(TestRun.ofData(new byte[64]));
            assertEquals(42, r.retval());
        }
    }

    @Test
    void failingInsnIndexCountsInstructionsNotSlots() {
        // ld_imm64 takes two slots: the kernel names slot 3 for instruction 2.
        List<Insn> insns = List.of(Insn.ldImm64(Reg.R2, 1L << 40), Insn.mov64(Reg.R1, 0), Insn.exit());
        Program p = new Program("slots", ProgramType.SOCKET_FILTER, null, "GPL", insns, Map.of(), List.of(),
                List.of(), List.of(), List.of(SourcePos.of("s.s", 1, 1), SourcePos.of("s.s", 2, 1),
                        SourcePos.of("s.s", 3, 1)), null);
        VerifierRejection r = assertThrows(VerifierRejection.class, () -> ProgramLoader.load(p));
        assertEquals(2, r.insnIndex());
        assertEquals("s.s:3:1", r.source().toString());
        LoadResult t = ProgramLoader.tryLoad(p, LogOptions.DEFAULT);
        assertEquals(2, t.insnIndex());
        assertEquals(LoadResult.Stage.PROG_LOAD, t.stage());
    }

    @Test
    void logBufferGrowsUntilTheWholeLogFits() {
        // A long straight line of instructions makes a level-2 log far larger than 128 bytes.
        List<Insn> insns = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            insns.add(Insn.mov64(Reg.R0, i));
        }
        insns.add(Insn.exit());
        Program p = Program.of("long", ProgramType.SOCKET_FILTER, null, insns);
        LoadResult r = ProgramLoader.tryLoad(p, new LogOptions(2, true, true, 128, 16 << 20));
        assertTrue(r.accepted(), r.keyLine());
        assertTrue(r.log().length() > 4096, "log " + r.log().length());
        assertTrue(r.log().contains("200: (95) exit"), r.log());
        assertEquals(201, r.processedInsns());
    }

    @Test
    void problemsBeforeTheKernelAreReportedAsSuch() {
        Program missing = new Program("m", ProgramType.SOCKET_FILTER, null, "GPL",
                List.of(Insn.ldMap(Reg.R1), Insn.mov64(Reg.R0, 0), Insn.exit()), Map.of(),
                List.of(Relocation.map(0, "nowhere")), List.of(), List.of(), List.of(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgramLoader.load(missing));
        assertTrue(e.getMessage().contains("\"nowhere\""), e.getMessage());
        Program badMap = missing.withMaps(List.of(MapSpec.of("nowhere", MapType.ARRAY, 8, 4, 1)));
        LoadResult r = ProgramLoader.tryLoad(badMap, LogOptions.DEFAULT);
        assertEquals(LoadResult.Stage.MAP_CREATE, r.stage());
        assertEquals(Errno.EINVAL, r.errno());
        Program badLabel = Program.of("l", ProgramType.SOCKET_FILTER, null,
                List.of(Insn.ja(dev.bpfj.core.insn.Target.label("nope")), Insn.exit()));
        LoadResult enc = ProgramLoader.tryLoad(badLabel, LogOptions.DEFAULT);
        assertEquals(LoadResult.Stage.ENCODE, enc.stage());
        assertEquals(0, enc.insnIndex());
    }

    @Test
    void eagainIsRetriedABoundedNumberOfTimes() {
        int[] calls = {0};
        // EAGAIN twice (a signal interrupted the verifier), then the kernel's answer.
        assertEquals(7, ProgramLoader.retryOnEagain(() -> ++calls[0] <= 2 ? -Errno.EAGAIN : 7, 5));
        assertEquals(3, calls[0]);
        calls[0] = 0;
        assertEquals(-Errno.EACCES, ProgramLoader.retryOnEagain(() -> {
            calls[0]++;
            return -Errno.EACCES;
        }, 5));
        assertEquals(1, calls[0], "other errors are not retried");
        calls[0] = 0;
        assertEquals(-Errno.EAGAIN, ProgramLoader.retryOnEagain(() -> {
            calls[0]++;
            return -Errno.EAGAIN;
        }, 5));
        assertEquals(6, calls[0], "gives up after the bound, reporting EAGAIN");
        assertTrue(ProgramLoader.EAGAIN_RETRIES > 0);
    }

    @Test
    void repeatedLoadsOfOneProgramGetTheirOwnMapFds() {
        // The encoded instructions are kept per program; every load must patch in its own maps.
        List<Insn> insns = List.of(
                Insn.ldMap(Reg.R1),
                Insn.load(dev.bpfj.core.insn.Size.W, Reg.R0, Reg.R1, 0),
                Insn.exit());
        Program p = new Program("twice", ProgramType.SOCKET_FILTER, null, "GPL", insns, Map.of(),
                List.of(new Relocation(0, Relocation.Kind.MAP_VALUE, "data", 4)),
                List.of(MapSpec.of("data", MapType.ARRAY, 4, 8, 1)), List.of(), List.of(), null);
        try (LoadedProgram a = ProgramLoader.load(p); LoadedProgram b = ProgramLoader.load(p)) {
            a.map("data").update(Codec.u32().encode(0), new byte[] {0, 0, 0, 0, 11, 0, 0, 0});
            b.map("data").update(Codec.u32().encode(0), new byte[] {0, 0, 0, 0, 22, 0, 0, 0});
            assertNotEquals(a.map("data").fd(), b.map("data").fd());
            assertEquals(11, a.testRun(TestRun.ofData(new byte[64])).retval());
            assertEquals(22, b.testRun(TestRun.ofData(new byte[64])).retval());
        }
    }
}
