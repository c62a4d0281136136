package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.dsl.asm.DslException;
import dev.bpfj.dsl.examples.MessagePolicy;
import dev.bpfj.dsl.examples.ServicesByPrefix;
import dev.bpfj.verifier.Verifier;
import org.junit.jupiter.api.Test;

/** Builder behaviour that needs no kernel: chains, scopes, positions, limits. */
class BuilderTest {
    @Test
    void orWhenWithoutThenEndsTheChain() {
        SkLookup p = SkLookup.named("chain");
        Val port = p.ctx().localPort();
        p.when(port.eq(1)).then(p::drop).orWhen(port.eq(2));
        p.pass();
        Program prog = p.build();
        assertTrue(Verifier.verify(prog).accepted(), Verifier.verify(prog).message());
    }

    @Test
    void otherwiseMustFollowThenDirectly() {
        SkLookup p = SkLookup.named("chain");
        Val port = p.ctx().localPort();
        Var v = p.var(0);
        Branches b = p.when(port.eq(1)).then(() -> v.set(1));
        v.set(2);
        assertThrows(DslException.class, () -> b.otherwise(() -> v.set(3)));
    }

    @Test
    void everyInstructionPointsAtTheJavaThatMadeIt() {
        for (Program prog : new Program[] {ServicesByPrefix.ipv4(Protocol.TCP), MessagePolicy.SEED.program()}) {
            assertEquals(prog.insns().size(), prog.positions().size());
            for (int i = 0; i < prog.insns().size(); i++) {
                SourcePos pos = prog.position(i);
                assertTrue(pos.isKnown() && pos.file().endsWith(".java") && !pos.file().equals("Gen.java"),
                        prog.name() + " insn " + i + " at " + pos);
            }
        }
    }

    @Test
    void buildIsFinal() {
        SkLookup p = SkLookup.named("once");
        p.pass();
        Program first = p.build();
        assertSame(first, p.build());
        assertThrows(DslException.class, p::drop);
    }

    @Test
    void variableUsedOutsideItsScopeFails() {
        SkLookup p = SkLookup.named("scope");
        Var[] kept = new Var[1];
        p.ifThen(p.ctx().localPort().eq(1), () -> kept[0] = p.var(5));
        p.ifThen(kept[0].eq(5), p::drop);
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertTrue(e.getMessage().contains("outside the scope"), e.getMessage());
    }

    @Test
    void runningOutOfStackIsReported() {
        SkLookup p = SkLookup.named("big");
        Struct big = Struct.named("big").array("b", Scalar.U64, 40).build();
        p.record(big);
        p.record(big);
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertTrue(e.getMessage().contains("512 bytes of stack"), e.getMessage());
    }

    @Test
    void badPrefixesAreRefusedAtOnce() {
        SkLookup p = SkLookup.named("cidr");
        assertThrows(IllegalArgumentException.class, () -> p.ctx().localIp4().in("192.0.2.1/24"));
        assertThrows(IllegalArgumentException.class, () -> p.ctx().localIp4().in("2001:db8::/32"));
        assertThrows(IllegalArgumentException.class, () -> p.ctx().localIp6().in("2001:db8::/129"));
        assertThrows(IllegalArgumentException.class, () -> p.ctx().localPort().shl(32));
        assertThrows(IllegalArgumentException.class, () -> p.var(1L << 40));
    }

    @Test
    void constantComparisonsFoldAway() {
        SkLookup p = SkLookup.named("fold");
        p.ifThen(p.constant(3).add(4).eq(7), p::pass);
        p.drop();
        Program prog = p.build();
        assertEquals(2, prog.insns().size(), "r0 = 1; exit");
    }
}
