package dev.bpfj.dsl.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsmTest {
    private static final MapSpec SOCKS = MapSpec.of("socks", MapType.SOCKMAP, 4, 8, 16);

    @Test
    void resolvesForwardAndBackwardLabelsCountingWideSlots() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        Label top = a.label();
        Label out = a.label("out");
        a.bind(top)
                .mov(Reg.R0, 0)
                .jmp(JmpOp.JEQ, Reg.R0, 1, out)   // skips the 2-slot load and the goto: 3
                .ldImm64(Reg.R1, 1L << 40)
                .ja(top)                           // back over 4 slots + itself: -5
                .bind(out)
                .exit();
        Program p = a.build();
        assertEquals(new Insn.Jump(false, JmpOp.JEQ, Reg.R0, new dev.bpfj.core.insn.Imm(1), Target.offset(3)),
                p.insns().get(1));
        assertEquals(new Insn.Ja(Target.offset(-5)), p.insns().get(3));
        assertEquals(4, p.labels().get("out"));
        assertEquals(1, p.labels().size(), "generated labels stay out of Program.labels");
        // The codec agrees with the resolved form.
        assertEquals(p.insns(), InsnCodec.decode(p.encode()));
    }

    @Test
    void mapReferenceEmitsPseudoLoadRelocationAndDeclaration() {
        Asm a = new Asm("t", ProgramType.SK_LOOKUP);
        a.mov(Reg.R6, Reg.R1).ldMap(Reg.R1, SOCKS).mov(Reg.R0, 1).exit();
        Program p = a.build();
        assertEquals(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_FD, 0), p.insns().get(1));
        assertEquals(List.of(Relocation.map(1, "socks")), p.relocations());
        assertEquals(List.of(SOCKS), p.maps());
        assertEquals(SOCKS, p.map("socks"));
    }

    @Test
    void mapValueReferenceCarriesOffset() {
        MapSpec data = MapSpec.of(".data", MapType.ARRAY, 4, 16, 1);
        Program p = new Asm("t", ProgramType.SOCKET_FILTER).ldMapValue(Reg.R1, data, 8).mov(Reg.R0, 0).exit()
                .build();
        assertEquals(new Insn.LoadImm64(Reg.R1, PseudoSrc.MAP_VALUE, 8L << 32), p.insns().get(0));
        assertEquals(new Relocation(0, Relocation.Kind.MAP_VALUE, ".data", 8), p.relocations().get(0));
    }

    @Test
    void conflictingMapDefinitionsAreRejected() {
        Asm a = new Asm("t", ProgramType.SK_LOOKUP).ldMap(Reg.R1, SOCKS);
        DslException e = assertThrows(DslException.class,
                () -> a.ldMap(Reg.R1, MapSpec.of("socks", MapType.SOCKHASH, 4, 8, 16)));
        assertTrue(e.getMessage().contains("declared twice"), e.getMessage());
    }

    @Test
    void everyInstructionCarriesItsJavaLine() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        int line = currentLine() + 1;
        a.mov(Reg.R0, 0);
        a.exit();
        Program p = a.build();
        assertEquals(SourcePos.of("AsmTest.java", line, 0), p.position(0));
        assertEquals(line + 1, p.position(1).line());
    }

    @Test
    void unboundLabelFailsAtTheJumpsLine() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        Label nowhere = a.label();
        int line = currentLine() + 1;
        a.ja(nowhere);
        a.mov(Reg.R0, 0).exit();
        DslException e = assertThrows(DslException.class, a::build);
        assertEquals(line, e.position().line());
        assertTrue(e.getMessage().startsWith("AsmTest.java:" + line + ": error: label"), e.getMessage());
    }

    @Test
    void labelBoundTwiceFails() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        Label l = a.label("x");
        a.bind(l).mov(Reg.R0, 0);
        assertThrows(DslException.class, () -> a.bind(l));
    }

    @Test
    void jumpPastTheEndFails() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        Label end = a.label();
        a.mov(Reg.R0, 0).ja(end).exit().bind(end);
        DslException e = assertThrows(DslException.class, a::build);
        assertTrue(e.getMessage().contains("after the last instruction"), e.getMessage());
    }

    @Test
    void jumpRangeIsChecked() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        Label far = a.label();
        int line = currentLine() + 1;
        a.jmp(JmpOp.JEQ, Reg.R1, 0, far);
        for (int i = 0; i < 40_000; i++) {
            a.mov(Reg.R0, i);
        }
        a.bind(far).exit();
        DslException e = assertThrows(DslException.class, a::build);
        assertEquals(line, e.position().line());
        assertTrue(e.getMessage().contains("16-bit"), e.getMessage());
    }

    @Test
    void longJumpReachesBeyond16Bits() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        Label far = a.label();
        a.jaLong(far);
        for (int i = 0; i < 40_000; i++) {
            a.mov(Reg.R0, i);
        }
        a.bind(far).exit();
        assertEquals(new Insn.JaLong(Target.offset(40_000)), a.build().insns().get(0));
    }

    @Test
    void localFunctionsAreListedAndCalled() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        a.callLocal("twice").exit();
        a.function("twice").mov(Reg.R0, 2).alu(AluOp.MUL, Reg.R0, 2).exit();
        Program p = a.build();
        assertEquals(List.of(new Program.Function("twice", 2)), p.functions());
        assertEquals(new Insn.CallLocal(Target.offset(1)), p.insns().get(0));
        assertEquals(2, p.labels().get("twice"));
    }

    @Test
    void optimizerThreadsJumpsAndDropsDeadCode() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER).optimize(true);
        Label mid = a.label();
        Label end = a.label();
        Label skip = a.label();
        a.jmp(JmpOp.JEQ, Reg.R1, 0, skip)  // if r1 == 0 goto skip; goto mid; skip:  => if r1 != 0 goto end
                .ja(mid)
                .bind(skip)
                .mov(Reg.R0, 1)
                .exit()
                .mov(Reg.R0, 7)              // unreachable
                .bind(mid)
                .ja(end)
                .bind(end)
                .mov(Reg.R0, 2)
                .exit();
        Program p = a.build();
        assertEquals(List.of(
                new Insn.Jump(false, JmpOp.JNE, Reg.R1, new dev.bpfj.core.insn.Imm(0), Target.offset(2)),
                Insn.mov64(Reg.R0, 1), Insn.exit(), Insn.mov64(Reg.R0, 2), Insn.exit()), p.insns());
        assertEquals(5, p.positions().size());
    }

    @Test
    void withoutLabelsEveryInstructionRoundTrips() {
        // Any instruction list of resolved offsets passes through unchanged.
        Property.forAll("asm emits what it is given", Gen.listOf(InsnGen.all(), 1), Property.count(300), list -> {
            Asm a = new Asm("p", ProgramType.SOCKET_FILTER);
            list.forEach(a::emit);
            Program p = a.build();
            return p.insns().equals(list) && p.positions().size() == list.size();
        });
    }

    @Test
    void typedMethodsCoverEveryForm() {
        Asm a = new Asm("forms", ProgramType.SOCKET_FILTER);
        Label l = a.label();
        a.mov(Reg.R1, Reg.R2).mov(Reg.R1, 1).mov32(Reg.R1, Reg.R2).mov32(Reg.R1, 1).add(Reg.R1, 2)
                .alu(AluOp.SUB, Reg.R1, Reg.R2).alu(AluOp.SUB, Reg.R1, 3).alu32(AluOp.XOR, Reg.R1, Reg.R2)
                .alu32(AluOp.XOR, Reg.R1, 4).neg(true, Reg.R1).endian(dev.bpfj.core.insn.EndianOp.BE, 16, Reg.R1)
                .jmp(JmpOp.JGT, Reg.R1, Reg.R2, l).jmp(JmpOp.JGT, Reg.R1, 5, l).jmp32(JmpOp.JSET, Reg.R1, Reg.R2, l)
                .jmp32(JmpOp.JSET, Reg.R1, 6, l).ja(l).jaLong(l).mayGoto(l)
                .call(dev.bpfj.core.abi.Helper.GET_PRANDOM_U32).callKfunc(1234, 0).callx(Reg.R3)
                .ldImm64(Reg.R1, -1L).ldImm64(Reg.R1, PseudoSrc.MAP_IDX, 0).ldAbs(Size.H, 12).ldInd(Size.B, Reg.R2, 1)
                .ldx(Size.W, Reg.R1, Reg.R10, -4).ldxs(Size.H, Reg.R1, Reg.R10, -4).st(Size.DW, Reg.R10, -8, 7)
                .stx(Size.B, Reg.R10, -1, Reg.R1).atomic(Size.DW, dev.bpfj.core.insn.AtomicOp.FETCH_ADD, Reg.R10, -8, Reg.R1)
                .bind(l).mov(Reg.R0, 0).exit();
        Program p = a.build();
        java.util.Set<Class<?>> kinds = new java.util.HashSet<>();
        p.insns().forEach(i -> kinds.add(i.getClass()));
        java.util.Set<Class<?>> all = new java.util.HashSet<>(java.util.List.of(Insn.class.getPermittedSubclasses()));
        all.remove(Insn.CallLocal.class); // covered by localFunctionsAreListedAndCalled
        assertTrue(kinds.containsAll(all), "missing: " + all.stream().filter(k -> !kinds.contains(k)).toList());
        assertEquals(p.insns(), InsnCodec.decode(p.encode()));
    }

    @Test
    void droppedInstructionsDisappearAndLabelsMoveOn() {
        Asm a = new Asm("t", ProgramType.SOCKET_FILTER);
        Label l = a.label();
        a.jmp(JmpOp.JEQ, Reg.R1, 0, l).mov(Reg.R0, 1).bind(l).mov(Reg.R2, 9).mov(Reg.R0, 0).exit();
        a.drop(2);
        Program p = a.build();
        assertEquals(List.of(new Insn.Jump(false, JmpOp.JEQ, Reg.R1, new dev.bpfj.core.insn.Imm(0), Target.offset(1)),
                Insn.mov64(Reg.R0, 1), Insn.mov64(Reg.R0, 0), Insn.exit()), p.insns());
        assertEquals(4, p.positions().size());
    }

    private static int currentLine() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
    }
}
