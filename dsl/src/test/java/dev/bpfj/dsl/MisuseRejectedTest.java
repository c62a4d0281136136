package dev.bpfj.dsl;

import static dev.bpfj.core.insn.Reg.R0;
import static dev.bpfj.core.insn.Reg.R1;
import static dev.bpfj.core.insn.Reg.R10;
import static dev.bpfj.core.insn.Reg.R2;
import static dev.bpfj.core.insn.Reg.R3;
import static dev.bpfj.core.insn.Reg.R4;
import static dev.bpfj.core.insn.Reg.R6;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Size;
import dev.bpfj.dsl.asm.Asm;
import dev.bpfj.dsl.asm.Label;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.testkit.Env;
import dev.bpfj.verifier.Verifier;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The misuse patterns {@link MisuseTest} shows the typed DSL refusing, written anyway with the
 * raw instruction builder: bpfj's verifier and the kernel reject each one. This is what the
 * DSL's types and build-time checks save the user from.
 */
class MisuseRejectedTest {
    private static final MapSpec SOCKS = MapSpec.of("m", MapType.SOCKMAP, 4, 8, 1);

    private static Asm skLookup() {
        return new Asm("misuse", ProgramType.SK_LOOKUP).expectedAttachType(AttachType.SK_LOOKUP);
    }

    /** r6 = ctx; r0 = lookup(m, 0): a socket reference or NULL. */
    private static Asm lookedUp() {
        return skLookup().mov(R6, R1).st(Size.W, R10, -4, 0).mov(R2, R10).add(R2, -4).ldMap(R1, SOCKS)
                .call(Helper.MAP_LOOKUP_ELEM);
    }

    record Case(String name, String reason, Supplier<Program> program) {
    }

    static final List<Case> CASES = List.of(
            new Case("dereference of a socket that may be NULL", "invalid mem access", () -> lookedUp()
                    .ldx(Size.W, R1, R0, CtxLayout.bpfSock().field("protocol").orElseThrow().offset())
                    .mov(R1, R0).call(Helper.SK_RELEASE).mov32(R0, 1).exit().build()),
            new Case("socket never released", "reference", () -> {
                Asm a = lookedUp();
                Label out = a.label();
                return a.jmp(JmpOp.JEQ, R0, 0, out).mov(R2, R0).mov(R1, R6).mov(R3, 0).call(Helper.SK_ASSIGN)
                        .bind(out).mov32(R0, 1).exit().build();
            }),
            new Case("helper the program type may not call", "cannot use helper", () -> skLookup()
                    .st(Size.W, R10, -4, 0).mov(R3, R10).add(R3, -4).ldMap(R2, SOCKS).mov(R4, 0)
                    .call(Helper.SK_SELECT_REUSEPORT).mov32(R0, 1).exit().build()),
            new Case("sk_lookup returning 2", "should have been in [0, 1]", () -> skLookup().mov32(R0, 2).exit().build()),
            new Case("write to a context field", "invalid bpf_context access", () -> skLookup()
                    .st(Size.W, R1, CtxLayout.of(ProgramType.SK_LOOKUP).field("local_port").orElseThrow().offset(),
                            8080)
                    .mov32(R0, 1).exit().build()));

    @Test
    void bpfjsVerifierRejectsEachPattern() {
        for (Case c : CASES) {
            var r = Verifier.verify(c.program().get());
            assertFalse(r.accepted(), c.name() + " must be rejected");
            assertTrue(r.message().contains(c.reason()), c.name() + ": " + r.message());
        }
    }

    @Test
    void theKernelRejectsEachPattern() {
        Env.requireRoot();
        for (Case c : CASES) {
            LoadResult r = ProgramLoader.tryLoad(c.program().get(), LogOptions.DEFAULT);
            assertFalse(r.accepted(), c.name() + " must be rejected");
            assertTrue(r.keyLine().contains(c.reason()), c.name() + ": " + r.keyLine());
        }
    }
}
