package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.examples.ProxyAllPorts;
import dev.bpfj.dsl.examples.ServicesByPrefix;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.NativeSocket;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.attach.SkLookupContext;
import dev.bpfj.loader.attach.SkLookupProgram;
import dev.bpfj.loader.ns.NetNs;
import dev.bpfj.testkit.Env;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/**
 * The seed programs on the running kernel: every one (and its hand-written twin) passes the
 * kernel's verifier, and the sk_lookup ones select the right socket in test runs. Sockets live in
 * a private network namespace; nothing is attached.
 */
class LiveKernelTest {
    private static void assertAccepted(String what, Program p) {
        LoadResult r = ProgramLoader.tryLoad(p, LogOptions.DEFAULT);
        if (!r.accepted()) {
            fail(what + " (" + p.name() + ") rejected: " + r.errnoName() + " " + r.keyLine() + " at " + r.source()
                    + "\n" + r.log());
        }
    }

    @Test
    void everySeedProgramIsAcceptedByTheKernel() {
        Env.requireRoot();
        for (CompactnessTest.Pair s : CompactnessTest.SEEDS) {
            assertAccepted(s.name() + " (dsl)", s.dsl().get());
            assertAccepted(s.name() + " (hand-written)", s.hand().get());
        }
        for (Protocol proto : Protocol.values()) {
            assertAccepted("services v4 " + proto, ServicesByPrefix.ipv4(proto));
            assertAccepted("services v6 " + proto, ServicesByPrefix.ipv6(proto));
            assertAccepted("proxy v6 " + proto, ProxyAllPorts.program(Family.INET6, proto, "2001:db8:c::/64"));
        }
        for (var map : dev.bpfj.dsl.examples.ReuseportSelect.GroupMap.values()) {
            for (var sel : dev.bpfj.dsl.examples.ReuseportSelect.Selector.values()) {
                for (boolean pass : new boolean[] {false, true}) {
                    assertAccepted("reuseport " + map + " " + sel + " " + pass,
                            dev.bpfj.dsl.examples.ReuseportSelect.program(map, sel, 8, pass));
                }
            }
        }
        assertAccepted("counter egress", dev.bpfj.dsl.examples.PacketCounter.egress("count_b", "counter_b"));
    }

    private static InetSocketAddress at(String ip, int port) {
        return new InetSocketAddress(java.net.InetAddress.ofLiteral(ip), port);
    }

    private static long selected(SkLookupProgram p, SkLookupContext ctx, int verdict) {
        SkLookupProgram.Run run = p.testRun(ctx, 1);
        assertEquals(verdict, run.verdict(), "verdict for " + ctx);
        return run.selectedCookie();
    }

    @Test
    void twoServicesGetTheirPrefixes() throws Exception {
        Env.requireRoot();
        try (NetNs ns = NetNs.create()) {
            ns.run(() -> {
                for (Protocol proto : Protocol.values()) {
                    boolean tcp = proto == Protocol.TCP;
                    try (LoadedProgram lp = ProgramLoader.load(ServicesByPrefix.ipv4(proto));
                         NativeSocket a = tcp ? NativeSocket.tcpListener(at("127.0.0.1", 0), 8, false)
                                 : NativeSocket.udp(at("127.0.0.1", 0), false);
                         NativeSocket b = tcp ? NativeSocket.tcpListener(at("127.0.0.1", 0), 8, false)
                                 : NativeSocket.udp(at("127.0.0.1", 0), false)) {
                        LoadedMap services = lp.map(ServicesByPrefix.MAP);
                        services.putSocket(0, a);
                        services.putSocket(1, b);
                        SkLookupProgram p = SkLookupProgram.of(lp);
                        InetSocketAddress client = at("203.0.113.9", 40000);
                        java.util.function.BiFunction<InetSocketAddress, InetSocketAddress, SkLookupContext> ctx =
                                tcp ? SkLookupContext::tcp : SkLookupContext::udp;
                        assertEquals(a.cookie(), selected(p, ctx.apply(client, at("192.0.2.7", 80)), 1));
                        assertEquals(a.cookie(), selected(p, ctx.apply(client, at("192.0.2.255", 80)), 1));
                        assertEquals(b.cookie(), selected(p, ctx.apply(client, at("198.51.100.20", 80)), 1));
                        assertEquals(0, selected(p, ctx.apply(client, at("192.0.2.7", 81)), 1), "other port");
                        assertEquals(0, selected(p, ctx.apply(client, at("192.0.3.7", 80)), 1), "other prefix");
                        // The other protocol's lookups are left alone.
                        var otherCtx = tcp ? SkLookupContext.udp(client, at("192.0.2.7", 80))
                                : SkLookupContext.tcp(client, at("192.0.2.7", 80));
                        assertEquals(0, selected(p, otherCtx, 1), "other protocol");
                    }
                }
            });
        }
    }

    @Test
    void twoServicesOverIpv6() throws Exception {
        Env.requireRoot();
        try (NetNs ns = NetNs.create()) {
            ns.run(() -> {
                try (LoadedProgram lp = ProgramLoader.load(ServicesByPrefix.ipv6(Protocol.TCP));
                     NativeSocket a = NativeSocket.tcpListener(at("::1", 0), 8, false);
                     NativeSocket b = NativeSocket.tcpListener(at("::1", 0), 8, false)) {
                    lp.map(ServicesByPrefix.MAP).putSocket(0, a);
                    lp.map(ServicesByPrefix.MAP).putSocket(1, b);
                    SkLookupProgram p = SkLookupProgram.of(lp);
                    InetSocketAddress client = at("2001:db8:ffff::1", 40000);
                    assertEquals(a.cookie(), selected(p, SkLookupContext.tcp(client, at("2001:db8:a:1::5", 80)), 1));
                    assertEquals(b.cookie(), selected(p, SkLookupContext.tcp(client, at("2001:db8:b::9", 80)), 1));
                    assertEquals(0, selected(p, SkLookupContext.tcp(client, at("2001:db8:c::9", 80)), 1));
                    assertEquals(0, selected(p, SkLookupContext.tcp(client, at("2001:db8:a::9", 443)), 1));
                }
            });
        }
    }

    @Test
    void proxyTakesEveryPortButTheExemptOnes() throws Exception {
        Env.requireRoot();
        try (NetNs ns = NetNs.create()) {
            ns.run(() -> {
                try (LoadedProgram lp = ProgramLoader.load(ProxyAllPorts.program(Family.INET, Protocol.TCP,
                        "192.0.2.0/24"));
                     NativeSocket proxy = NativeSocket.tcpListener(at("127.0.0.1", 0), 8, false)) {
                    lp.map(ProxyAllPorts.MAP).putSocket(0, proxy);
                    lp.map(ProxyAllPorts.EXEMPT).update(le32(22), new byte[] {1});
                    SkLookupProgram p = SkLookupProgram.of(lp);
                    InetSocketAddress client = at("203.0.113.9", 40000);
                    for (int port : new int[] {1, 80, 443, 8080, 65535}) {
                        assertEquals(proxy.cookie(), selected(p, SkLookupContext.tcp(client, at("192.0.2.1", port)), 1),
                                "port " + port);
                    }
                    assertEquals(0, selected(p, SkLookupContext.tcp(client, at("192.0.2.1", 22)), 1), "exempt");
                    assertEquals(0, selected(p, SkLookupContext.tcp(client, at("198.51.100.1", 80)), 1));
                    assertFalse(selected(p, SkLookupContext.udp(client, at("192.0.2.1", 80)), 1) != 0);
                }
            });
        }
    }

    @Test
    void remotePortIsConvertedToHostOrder() throws Exception {
        Env.requireRoot();
        // drop exactly the lookups from remote port 5353: checks the network-to-host conversion.
        SkLookup b = SkLookup.named("rport");
        b.ifThen(b.ctx().remotePort().eq(5353), b::drop);
        b.ifThen(b.ctx().remotePort().swap16().eq(Short.reverseBytes((short) 5354) & 0xffff), b::drop);
        b.pass();
        Program prog = b.build();
        try (NetNs ns = NetNs.create()) {
            ns.run(() -> {
                try (LoadedProgram lp = ProgramLoader.load(prog)) {
                    SkLookupProgram p = SkLookupProgram.of(lp);
                    InetSocketAddress local = at("192.0.2.1", 53);
                    assertEquals(0, p.testRun(SkLookupContext.udp(at("203.0.113.9", 5353), local), 1).verdict());
                    assertEquals(0, p.testRun(SkLookupContext.udp(at("203.0.113.9", 5354), local), 1).verdict());
                    assertEquals(1, p.testRun(SkLookupContext.udp(at("203.0.113.9", 5355), local), 1).verdict());
                    assertTrue(true);
                }
            });
        }
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
