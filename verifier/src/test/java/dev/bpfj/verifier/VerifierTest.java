package dev.bpfj.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public API: what a verdict carries, on programs from the Java model and from assembly. */
class VerifierTest {
    private static Program asm(String text) {
        return Assembler.assemble("t.s", text, Assembler.Options.ENCODING_ONLY).programs().getFirst();
    }

    @Test
    void acceptedProgramHasNoMessage() {
        VerifierResult r = Verifier.verify(Program.of("ok", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP,
                List.of(Insn.mov64(Reg.R0, 1), Insn.exit())));
        assertTrue(r.accepted());
        assertEquals(-1, r.insn());
        assertEquals(null, r.message());
        assertEquals(2, r.processed());
        assertEquals("", r.log());
    }

    @Test
    void cpuIdIsBoundedByTheTargetsCpuCount() {
        // The kernel bounds bpf_get_smp_processor_id by its possible CPUs: on a 2-CPU machine the
        // id is a valid sk_lookup verdict (observed), with 4 CPUs it is not.
        Program p = asm("""
                .program cpu type=sk_lookup
                    call bpf_get_smp_processor_id
                    exit
                """);
        assertTrue(Verifier.verify(p, VerifierOptions.DEFAULT.withNrCpuIds(2)).accepted());
        VerifierResult four = Verifier.verify(p, VerifierOptions.DEFAULT.withNrCpuIds(4));
        assertEquals("At program exit the register R0 has smin=0 smax=3 should have been in [0, 1]", four.message());
        assertFalse(Verifier.verify(p, VerifierOptions.DEFAULT.withNrCpuIds(0)).accepted());
    }

    @Test
    void rejectionCarriesSlotListIndexSourceAndHint() {
        Program p = asm("""
                .map sm type=sockmap key=4 value=8 entries=1
                .program steer type=sk_lookup
                    *(u32 *)(r10 - 4) = 0
                    r2 = r10
                    r2 += -4
                    r1 = sm ll
                    call bpf_map_lookup_elem
                    r1 = *(u32 *)(r0 + 4)
                    r0 = 0
                    exit
                """);
        VerifierResult r = Verifier.verify(p);
        assertFalse(r.accepted());
        assertEquals("R0 invalid mem access 'map_value_or_null'", r.message());
        assertEquals("EACCES", r.errno());
        assertEquals(6, r.insn(), "the kernel counts the 64-bit load as two slots");
        assertEquals(5, r.insnListIndex());
        assertEquals(8, r.location().line());
        assertTrue(r.hint().contains("may be NULL"), r.hint());
        assertEquals(6, r.processed());
    }

    @Test
    void logFollowsTheKernelsFormat() {
        Program p = asm("""
                .program t type=socket_filter
                    r2 = *(u32 *)(r1 + 0)
                    r0 = *(u64 *)(r2 + 0)
                    exit
                """);
        VerifierResult r = Verifier.verify(p, VerifierOptions.DEFAULT.withLog(true));
        assertEquals("""
                0: R1=ctx() R10=fp0
                0: (61) r2 = *(u32 *)(r1 +0)          ; R1=ctx() R2=scalar(smin=0,smax=umax=0xffffffff,var_off=(0x0; 0xffffffff))
                1: (79) r0 = *(u64 *)(r2 +0)
                R2 invalid mem access 'scalar'
                processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """, r.log());
    }

    @Test
    void referenceLeakListsTheAllocatingInstruction() {
        Program p = asm("""
                .program t type=sched_cls
                    *(u64 *)(r10 - 16) = 0
                    *(u32 *)(r10 - 8) = 0
                    r2 = r10
                    r2 += -16
                    r3 = 12
                    r4 = -1
                    r5 = 0
                    call bpf_sk_lookup_tcp
                    r0 = 0
                    exit
                """);
        VerifierResult r = Verifier.verify(p);
        assertEquals("Unreleased reference id=2 alloc_insn=7", r.message());
        assertEquals(List.of("BPF_EXIT instruction in main prog would lead to reference leak"), r.details());
        assertEquals("EINVAL", r.errno());
        assertTrue(r.hint().contains("bpf_sk_lookup_tcp (line 9)"), r.hint());
    }

    @Test
    void structuralErrorsHaveNoInstruction() {
        VerifierResult r = Verifier.verify(Program.of("t", ProgramType.SOCKET_FILTER, null,
                List.of(Insn.ja(Target.offset(100)), Insn.exit())));
        assertEquals("jump out of range from insn 0 to 101", r.message());
        assertEquals(-1, r.insn());
        assertEquals(0, r.processed());
    }

    @Test
    void labelsAndMapsFromTheJavaModel() {
        List<Insn> insns = new ArrayList<>();
        insns.add(Insn.store(Size.W, Reg.R10, -4, 0));
        insns.add(Insn.mov64(Reg.R2, Reg.R10));
        insns.add(Insn.alu64(dev.bpfj.core.insn.AluOp.ADD, Reg.R2, -4));
        insns.add(Insn.ldMap(Reg.R1));
        insns.add(Insn.call(1));
        insns.add(Insn.jump(JmpOp.JEQ, Reg.R0, 0, Target.label("out")));
        insns.add(Insn.load(Size.DW, Reg.R0, Reg.R0, 0));
        insns.add(Insn.mov64(Reg.R0, 0));
        insns.add(Insn.exit());
        Program p = new Program("t", ProgramType.SCHED_CLS, null, "GPL", insns, Map.of("out", 7),
                List.of(Relocation.map(3, "h")), List.of(MapSpec.of("h", MapType.HASH, 4, 8, 4)), List.of(),
                List.of(), null);
        VerifierResult r = Verifier.verify(p);
        assertTrue(r.accepted(), () -> r.message());
    }

    @Test
    void complexityLimitIsTheKernels() {
        Program p = asm("""
                .program t type=sched_cls
                    r1 = 0
                loop:
                    r1 += 1
                    if r1 != 0 goto loop
                    r0 = 0
                    exit
                """);
        VerifierResult r = Verifier.verify(p);
        assertEquals("BPF program is too large. Processed 1000001 insn", r.message());
        assertEquals("E2BIG", r.errno());
        VerifierResult small = Verifier.verify(p, new VerifierOptions(false, 1000));
        assertEquals("BPF program is too large. Processed 1001 insn", small.message());
    }

    @Test
    void everyRejectionHasAHint() {
        for (String body : List.of("exit", "r10 = 1\nexit", "r0 = *(u32 *)(r1 + 1000)\nexit", "call 300\nexit",
                "r0 = 1\nr0 /= 0\nexit", "*(u64 *)(r10 + 8) = r1\nexit")) {
            VerifierResult r = Verifier.verify(asm(".program t type=socket_filter\n" + body + "\n"));
            assertFalse(r.accepted());
            assertNotNull(r.hint(), r.message());
        }
    }

    @Test
    void rawBytesGetTheKernelsDecodingChecks() {
        java.util.HexFormat hex = java.util.HexFormat.of();
        VerifierResult unknown = Verifier.verifyRaw("t", ProgramType.SOCKET_FILTER, null, "GPL",
                hex.parseHex("ff000000000000009500000000000000"), VerifierOptions.DEFAULT);
        assertEquals("unknown opcode ff", unknown.message());
        assertEquals(0, unknown.processed());
        // Reserved fields are refused when reached, after the instruction is printed.
        VerifierResult reserved = Verifier.verifyRaw("t", ProgramType.SOCKET_FILTER, null, "GPL",
                hex.parseHex("b7000100010000009500000000000000"), VerifierOptions.DEFAULT.withLog(true));
        assertEquals("BPF_MOV uses reserved fields", reserved.message());
        assertEquals(0, reserved.insn());
        assertTrue(reserved.log().startsWith("0: R1=ctx() R10=fp0\n0: (b7) r0 = 1\nBPF_MOV uses reserved fields\n"),
                reserved.log());
        VerifierResult unreachableFirst = Verifier.verifyRaw("t", ProgramType.SOCKET_FILTER, null, "GPL",
                hex.parseHex("b7000000000000009500000000000000b700010001000000"), VerifierOptions.DEFAULT);
        assertEquals("last insn is not an exit or jmp", unreachableFirst.message());
    }

    /**
     * Random instruction streams (mostly nonsense) never make the verifier fail with anything but
     * a verdict: every rejection has a message and a hint.
     */
    @Test
    void randomProgramsGetAVerdictNotAnException() {
        dev.bpfj.testkit.Gen<List<Insn>> programs = dev.bpfj.testkit.Gen.listOf(dev.bpfj.testkit.InsnGen.all(), 1);
        ProgramType[] types = {ProgramType.SOCKET_FILTER, ProgramType.SCHED_CLS, ProgramType.SK_LOOKUP,
            ProgramType.XDP, ProgramType.SK_MSG};
        dev.bpfj.testkit.Property.forAll("verdicts, not exceptions", programs, dev.bpfj.testkit.Property.count(3000),
                insns -> {
                    List<Insn> body = new ArrayList<>(insns);
                    body.add(Insn.exit());
                    for (ProgramType t : types) {
                        Program p = Program.of("r", t, t == ProgramType.SK_LOOKUP ? AttachType.SK_LOOKUP : null, body);
                        VerifierResult r = Verifier.verify(p, new VerifierOptions(true, 20_000));
                        if (!r.accepted() && (r.message() == null || r.hint() == null)) {
                            return false;
                        }
                    }
                    return true;
                });
    }
}
