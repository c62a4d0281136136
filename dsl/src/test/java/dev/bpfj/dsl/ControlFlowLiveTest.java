package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bpfj.core.Program;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.attach.SkLookupContext;
import dev.bpfj.loader.attach.SkLookupProgram;
import dev.bpfj.testkit.Env;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Loops, chains, variables and map values run on the kernel (sk_lookup test runs): each program
 * computes something from the local port and returns PASS exactly when the result is right.
 */
class ControlFlowLiveTest {
    private static int verdict(Program prog, int localPort) throws Exception {
        try (LoadedProgram lp = ProgramLoader.load(prog)) {
            InetAddress a = InetAddress.ofLiteral("192.0.2.1");
            return SkLookupProgram.of(lp).testRun(SkLookupContext.tcp(new InetSocketAddress(a, 4000),
                    new InetSocketAddress(a, localPort)), 1).verdict();
        }
    }

    private static Program expect(Consumer<SkLookup> body) {
        SkLookup p = SkLookup.named("cf");
        body.accept(p);
        return p.build();
    }

    @Test
    void loopSumsItsIndexAndTheVariableSurvivesCalls() throws Exception {
        Env.requireRoot();
        // sum_{i<n} (i * port) with a helper call inside the body.
        Program prog = expect(p -> {
            Var sum = p.var(0);
            p.loop(6, i -> {
                // The context is read before the call of each round: after round one R1 is gone.
                sum.set(sum.add(i.mul(p.ctx().localPort())));
                p.random();
            });
            p.ifThen(sum.eq(15L * 1234), p::pass);
            p.drop();
        });
        assertEquals(1, verdict(prog, 1234));
        assertEquals(0, verdict(prog, 1235));
    }

    @Test
    void whenChainPicksTheFirstMatch() throws Exception {
        Env.requireRoot();
        Program prog = expect(p -> {
            Val port = p.ctx().localPort();
            Var v = p.var();
            p.when(port.lt(100)).then(() -> v.set(1))
                    .orWhen(port.lt(1000)).then(() -> v.set(2))
                    .orWhen(port.anyBit(1)).then(() -> v.set(3))
                    .otherwise(() -> v.set(4));
            // encode the expected class in the port's last digit for the test: 1..4
            p.ifThen(v.eq(port.mod(10)), p::pass);
            p.drop();
        });
        assertEquals(1, verdict(prog, 11));
        assertEquals(0, verdict(prog, 12));
        assertEquals(1, verdict(prog, 442));
        assertEquals(1, verdict(prog, 2003));
        assertEquals(1, verdict(prog, 4444));
        assertEquals(0, verdict(prog, 4446), "even, so class 4, not 6");
        assertEquals(1, verdict(prog, 4443), "odd: class 3");
    }

    @Test
    void ifElseAndNegatedCompoundConditions() throws Exception {
        Env.requireRoot();
        Program prog = expect(p -> {
            SkLookup.Ctx c = p.ctx();
            Cond web = c.localPort().in(80, 443).or(c.localPort().ge(8000).and(c.localPort().lt(8100)));
            p.ifElse(web.not(), p::drop, p::pass);
        });
        assertEquals(1, verdict(prog, 80));
        assertEquals(1, verdict(prog, 443));
        assertEquals(1, verdict(prog, 8050));
        assertEquals(0, verdict(prog, 8100));
        assertEquals(0, verdict(prog, 22));
    }

    @Test
    void mapValuesAreReadWrittenAndAddedTo() throws Exception {
        Env.requireRoot();
        Struct stats = Struct.named("stats").u64("hits").u32("last_port").u32("pad").build();
        Program prog = expect(p -> {
            HashTable t = p.hash("t", Scalar.U32, stats, 4);
            Rec v = p.record(stats);
            v.set("last_port", 7);
            Val rc = t.update(p.ctx().localPort(), v, UpdateFlag.NOEXIST);
            p.ifThen(rc.ne(0), p::drop);
            p.ifPresent(t.lookup(p.ctx().localPort()), s -> {
                s.add("hits", 5);
                s.add("hits", 2);
                s.set("last_port", s.get("last_port").add(p.ctx().localPort()));
                p.ifThen(s.get("hits").eq(7).and(s.get("last_port").eq(p.ctx().localPort().add(7))), p::pass);
            }, p::drop);
            p.drop();
        });
        assertEquals(1, verdict(prog, 99));
    }

    @Test
    void lpmTrieFindsTheLongestPrefix() throws Exception {
        Env.requireRoot();
        SkLookup p = SkLookup.named("lpm");
        LpmTrie routes = p.lpmTrie("routes", 4, Scalar.U32, 16);
        p.ifPresent(routes.lookup(p.ctx().localIp4()), v -> p.ifThen(v.get().eq(24), p::pass));
        p.drop();
        Program prog = p.build();
        try (LoadedProgram lp = ProgramLoader.load(prog)) {
            var m = lp.map("routes");
            m.update(new byte[] {16, 0, 0, 0, (byte) 192, 0, 0, 0}, new byte[] {16, 0, 0, 0});
            m.update(new byte[] {24, 0, 0, 0, (byte) 192, 0, 2, 0}, new byte[] {24, 0, 0, 0});
            InetSocketAddress remote = new InetSocketAddress(InetAddress.ofLiteral("203.0.113.1"), 4000);
            var run = SkLookupProgram.of(lp);
            assertEquals(1, run.testRun(SkLookupContext.tcp(remote,
                    new InetSocketAddress(InetAddress.ofLiteral("192.0.2.77"), 80)), 1).verdict());
            assertEquals(0, run.testRun(SkLookupContext.tcp(remote,
                    new InetSocketAddress(InetAddress.ofLiteral("192.0.3.77"), 80)), 1).verdict());
        }
    }
}
