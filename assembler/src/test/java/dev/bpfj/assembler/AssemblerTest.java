package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives, symbols, verifier-log forms and program construction. */
class AssemblerTest {
    static final String STEER = """
            ; steer every lookup to the socket in slot 0
            .license "GPL"
            .map redir_map type=sockmap key=4 value=8 entries=1
            .map outer type=array_of_maps key=4 value=4 entries=2 inner=redir_map
            .program steer type=sk_lookup
                r6 = r1
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = redir_map ll
                call bpf_map_lookup_elem
                if r0 == 0 goto drop
                r1 = r6
                r2 = r0
                r3 = 0
                r7 = r0
                call sk_assign
                r1 = r7
                call release
                r0 = 1
                exit
            drop:
                r0 = 0
                exit
            .func release
                call bpf_sk_release
                exit
            """;

    @Test
    void programWithMapsHelpersLabelsAndFunctions() {
        Assembly a = Assembler.assemble("steer.s", STEER);
        assertEquals("GPL", a.license());
        assertEquals(2, a.maps().size());
        MapSpec outer = a.maps().get(1);
        assertEquals(MapType.ARRAY_OF_MAPS, outer.type());
        assertEquals(MapSpec.of("redir_map", MapType.SOCKMAP, 4, 8, 1), outer.inner());
        Program p = a.single();
        assertEquals("steer", p.name());
        assertEquals(ProgramType.SK_LOOKUP, p.type());
        assertEquals(AttachType.SK_LOOKUP, p.expectedAttachType());
        assertEquals(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 0), p.insns().get(4));
        assertEquals(List.of(Relocation.map(4, "redir_map")), p.relocations());
        assertEquals(List.of(a.maps().get(0)), p.maps());
        assertEquals(new Insn.Call(Helper.MAP_LOOKUP_ELEM.id()), p.insns().get(5));
        assertEquals(new Insn.Call(Helper.SK_ASSIGN.id()), p.insns().get(11));
        assertEquals(new Insn.CallLocal(Target.label("release")), p.insns().get(13));
        assertEquals(List.of(new Program.Function("release", 18)), p.functions());
        assertEquals(16, p.labels().get("drop"));
        assertEquals(new Insn.Jump(false, dev.bpfj.core.insn.JmpOp.JEQ, Reg.R0, new dev.bpfj.core.insn.Imm(0),
                Target.offset(9)), p.resolvedInsns().get(6));
        assertEquals(new Insn.CallLocal(Target.offset(4)), p.resolvedInsns().get(13));
        assertEquals(p.insns().size(), p.positions().size());
        assertEquals(7, p.positions().get(1).line());
        assertEquals(5, p.positions().get(1).column());
        assertEquals("    *(u32 *)(r10 - 4) = 0", p.positions().get(1).text());
    }

    @Test
    void programTypesAndAttachTypes() {
        record Case(String decl, ProgramType type, AttachType attach) {
        }
        List<Case> cases = List.of(
                new Case("type=sk_lookup", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP),
                new Case("type=sk_reuseport", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT),
                new Case("type=sk_reuseport_migrate", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE),
                new Case("type=sk_msg", ProgramType.SK_MSG, AttachType.SK_MSG_VERDICT),
                new Case("type=sk_skb", ProgramType.SK_SKB, null),
                new Case("type=sk_skb attach=stream_verdict", ProgramType.SK_SKB, AttachType.SK_SKB_STREAM_VERDICT),
                new Case("type=sk_skb attach=stream_parser", ProgramType.SK_SKB, AttachType.SK_SKB_STREAM_PARSER),
                new Case("type=sock_ops", ProgramType.SOCK_OPS, AttachType.CGROUP_SOCK_OPS),
                new Case("type=cgroup_skb attach=ingress", ProgramType.CGROUP_SKB, AttachType.CGROUP_INET_INGRESS),
                new Case("type=cgroup_skb attach=egress", ProgramType.CGROUP_SKB, AttachType.CGROUP_INET_EGRESS),
                new Case("type=socket_filter", ProgramType.SOCKET_FILTER, null),
                new Case("type=sched_cls", ProgramType.SCHED_CLS, null),
                new Case("type=xdp", ProgramType.XDP, AttachType.XDP));
        for (Case c : cases) {
            Program p = Assembler.assemble("t.s", ".program p " + c.decl() + "\n r0 = 0\n exit\n").single();
            assertEquals(c.type(), p.type(), c.decl());
            assertEquals(c.attach(), p.expectedAttachType(), c.decl());
            assertNull(p.section(), c.decl());
        }
        Program p = Assembler.assemble("t.s", ".program p type=sk_lookup section=sk_lookup/x\n r0 = 0\n exit\n").single();
        assertEquals("sk_lookup/x", p.section());
    }

    @Test
    void severalProgramsPerFile() {
        Assembly a = Assembler.assemble("t.s", """
                .program a type=xdp
                    r0 = 2
                    exit
                .program b type=socket_filter
                    r0 = 0
                    exit
                """);
        assertEquals(List.of("a", "b"), a.programs().stream().map(Program::name).toList());
        assertThrows(IllegalStateException.class, a::single);
    }

    @Test
    void verifierLogFormsAssemble() {
        List<Insn> insns = Assembler.assembleInsns("""
                0: R1=ctx() R10=fp0
                0: (62) *(u32 *)(r10 -4) = 0          ; R10=fp0 fp-8=0000????
                1: (bf) r2 = r10                      ; R2=fp0 R10=fp0
                2: (07) r2 += -4                      ; R2=fp-4
                3: (18) r1 = 0x1234                   ; a 64-bit immediate load, by its opcode
                5: (85) call bpf_map_lookup_elem#1
                6: (15) if r0 == 0x0 goto pc+1
                7: (61) r0 = *(u32 *)(r0 +4)
                8: (95) exit
                """.lines().skip(1).reduce("", (x, y) -> x + y + "\n"), Assembler.Options.DEFAULT);
        assertEquals(List.of(
                new Insn.Store(Size.W, Reg.R10, -4, 0),
                Insn.mov64(Reg.R2, Reg.R10),
                Insn.alu64(AluOp.ADD, Reg.R2, -4),
                Insn.ldImm64(Reg.R1, 0x1234),
                Insn.call(1),
                Insn.jump(dev.bpfj.core.insn.JmpOp.JEQ, Reg.R0, 0, Target.offset(1)),
                Insn.load(Size.W, Reg.R0, Reg.R0, 4),
                Insn.exit()), insns);
    }

    @Test
    void helperByNameWithAndWithoutPrefixAndById() {
        List<Insn> insns = Assembler.assembleInsns("call bpf_sk_release\ncall sk_release\ncall 86\ncall sk_release#86\nexit\n",
                Assembler.Options.DEFAULT);
        assertEquals(List.of(Insn.call(86), Insn.call(86), Insn.call(86), Insn.call(86), Insn.exit()), insns);
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("t.s", "call bpf_sk_release#1\nexit\n"));
        assertTrue(e.diagnostics().get(0).message().contains("has id 86"), e::format);
    }

    @Test
    void implicitProgramForPlainInstructions() {
        Program p = Assembler.assemble("t.s", "r0 = 0\nexit\n").single();
        assertEquals("text", p.name());
        assertEquals(ProgramType.UNSPEC, p.type());
    }

    @Test
    void llvmSectionStyleLinksSharedTextFunctions() {
        Assembly a = Assembler.assemble("clang.s", """
                \t.text
                \t.file\t"t.c"
                \t.globl\tgfunc                           # -- Begin function gfunc
                \t.p2align\t3
                \t.type\tgfunc,@function
                gfunc:                                  # @gfunc
                # %bb.0:
                \tr0 = 1
                \texit
                .Lfunc_end0:
                \t.size\tgfunc, .Lfunc_end0-gfunc
                \t.section\tsk_lookup,"ax",@progbits
                \t.globl\tsteer
                \t.p2align\t3
                \t.type\tsteer,@function
                steer:
                \tcall gfunc
                \tif r0 != 0 goto LBB1_2
                \tr0 = 0
                LBB1_2:
                \texit
                .Lfunc_end1:
                \t.size\tsteer, .Lfunc_end1-steer
                \t.section\tlicense,"aw",@progbits
                \t.globl\t_license
                _license:
                \t.asciz\t"Dual BSD/GPL"
                \t.size\t_license, 13
                \t.addrsig
                \t.addrsig_sym steer
                """);
        Program p = a.single();
        assertEquals("steer", p.name());
        assertEquals("sk_lookup", p.section());
        assertEquals(ProgramType.SK_LOOKUP, p.type());
        assertEquals("Dual BSD/GPL", p.license());
        assertEquals(List.of(new Program.Function("gfunc", 4)), p.functions());
        assertEquals(new Insn.CallLocal(Target.offset(3)), p.resolvedInsns().get(0));
        assertEquals(6, p.insns().size());
    }
}
