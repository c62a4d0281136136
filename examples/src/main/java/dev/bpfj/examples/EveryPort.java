package dev.bpfj.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.HashTable;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.dsl.Scalar;
import dev.bpfj.dsl.SkLookup;
import dev.bpfj.dsl.SockMap;
import dev.bpfj.loader.Codec;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.SocketRef;
import dev.bpfj.loader.TypedMap;
import dev.bpfj.loader.attach.SkLookupProgram;
import dev.bpfj.loader.ns.NetNs;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Scenario 2, every port of an address to one socket (sk_lookup). A proxy listening on
 * {@code [::]:9000} receives TCP connections to any port of 203.0.113.7 and 2001:db8:c::7; the
 * accepted socket's local address is the address and port the client connected to, so the proxy
 * knows the original destination. The program takes precedence over other listeners: a server
 * bound to 203.0.113.7:5432 gets nothing while it is attached. Ports in the {@code bypass} hash
 * map take the normal path (7000 reaches its own server, 7001 is refused).
 *
 * <p>Run it with {@code bpfj demo every-port} (as root; everything happens in a private network
 * namespace).
 */
public final class EveryPort {
    public static final String V4 = "203.0.113.7", V6 = "2001:db8:c::7";
    public static final int PROXY_PORT = 9000, OTHER_PORT = 5432, BYPASS_PORT = 7000, BYPASS_CLOSED = 7001;

    private EveryPort() {
    }

    /** The sk_lookup program, written with the typed DSL. */
    public static Program program() {
        SkLookup p = SkLookup.named(ExampleNames.EVERY_PORT);
        SockMap proxy = p.sockMap("proxy", 1);
        HashTable bypass = p.hash("bypass", Scalar.U32, Scalar.U8, 64);
        SkLookup.Ctx ctx = p.ctx();

        p.ifThen(ctx.is(Protocol.TCP).not(), p::pass);
        p.ifThen(ctx.is(Family.INET).and(ctx.localIp4().eq(V4))
                .or(ctx.is(Family.INET6).and(ctx.localIp6().eq(V6))).not(), p::pass);
        p.ifPresent(bypass.lookup(ctx.localPort()), v -> p.pass());
        p.ifPresent(p.lookup(proxy, 0), sk -> {
            p.assign(sk);
            p.release(sk);
        });
        p.pass();
        return p.build();
    }

    /** Where one connection went. */
    public record Probe(InetSocketAddress to, String expected, String reached, String detail) {
        public boolean ok() {
            return expected.equals(reached);
        }

        @Override
        public String toString() {
            return String.format("%-22s -> %s%s %s", Scenarios.show(to), reached,
                    detail.isEmpty() ? "" : " (" + detail + ")", ok() ? "ok" : "EXPECTED " + expected);
        }
    }

    static final String PROXY = "proxy", OTHER = "listener on :" + OTHER_PORT, BYPASS = "listener on :" + BYPASS_PORT;

    /** The ports probed: special ones and a seeded sample of all ports. */
    public static List<Integer> ports(long seed, int sample) {
        TreeSet<Integer> ports = new TreeSet<>(List.of(1, 22, 80, 443, 1023, 1024, 8080, PROXY_PORT, OTHER_PORT,
                BYPASS_PORT, BYPASS_CLOSED, 32768, 60999, 65535));
        Random r = new Random(seed);
        while (ports.size() < sample + 14) {
            ports.add(1 + r.nextInt(65535));
        }
        return List.copyOf(ports);
    }

    /** Runs the scenario for {@code ports} on both addresses; {@code log} gets the steps. */
    public static List<Probe> run(Program program, List<Integer> ports, Consumer<String> log) throws IOException {
        Scenarios.prepareJdkChannels();
        try (NetNs ns = NetNs.create()) {
            NetSetup.addLocalPrefix(ns, "203.0.113.0/24");
            NetSetup.addLocalPrefix(ns, "2001:db8:c::/64");
            Map<String, ServerSocketChannel> servers = new LinkedHashMap<>();
            try {
                ns.run(() -> {
                    servers.put(PROXY, TwoServices.listen(new InetSocketAddress("::", PROXY_PORT)));
                    servers.put(OTHER, TwoServices.listen(new InetSocketAddress("::", OTHER_PORT)));
                    servers.put(BYPASS, TwoServices.listen(new InetSocketAddress("::", BYPASS_PORT)));
                });
                log.accept("proxy listens on [::]:" + PROXY_PORT + "; other servers on [::]:" + OTHER_PORT
                        + " and [::]:" + BYPASS_PORT);
                try (LoadedProgram prog = ProgramLoader.load(program)) {
                    prog.map("proxy").putSocket(0, SocketRef.of(servers.get(PROXY)));
                    TypedMap<Integer, byte[]> bypass = prog.map("bypass").typed(Codec.u32(), Codec.bytes(1));
                    bypass.put(BYPASS_PORT, new byte[] {1});
                    bypass.put(BYPASS_CLOSED, new byte[] {1});
                    List<Probe> out = new ArrayList<>();
                    try (Link link = SkLookupProgram.of(prog).attach(ns)) {
                        log.accept("linked \"" + prog.name() + "\"; probing " + ports.size() + " ports on " + V4
                                + " and " + V6);
                        for (String host : List.of(V4, V6)) {
                            for (int port : ports) {
                                String expected = port == BYPASS_PORT ? BYPASS
                                        : port == BYPASS_CLOSED ? TwoServices.REFUSED : PROXY;
                                out.add(probe(ns, servers, new InetSocketAddress(host, port), expected));
                            }
                        }
                        // Another address of the same range is not the proxy's.
                        out.add(probe(ns, servers, new InetSocketAddress("203.0.113.8", OTHER_PORT), OTHER));
                        out.add(probe(ns, servers, new InetSocketAddress("203.0.113.8", 22), TwoServices.REFUSED));
                    }
                    // Without the program the other listener has its port back.
                    out.add(probe(ns, servers, new InetSocketAddress(V4, OTHER_PORT), OTHER));
                    out.add(probe(ns, servers, new InetSocketAddress(V4, 22), TwoServices.REFUSED));
                    return out;
                }
            } finally {
                for (ServerSocketChannel s : servers.values()) {
                    s.close();
                }
            }
        }
    }

    static Probe probe(NetNs ns, Map<String, ServerSocketChannel> servers, InetSocketAddress to, String expected)
            throws IOException {
        TwoServices.Probe p = TwoServices.tcpProbe(ns, servers, to.getAddress().getHostAddress(), to.getPort(),
                expected);
        String detail = p.detail();
        if (p.reached().equals(PROXY) && !detail.equals("accepted on " + Scenarios.show(to))) {
            // The proxy must see the original destination.
            return new Probe(to, expected, PROXY + " with the wrong local address", detail);
        }
        return new Probe(to, expected, p.reached(), detail);
    }

    /** Runs the scenario on 40 random ports and the special ones; prints a sample of the probes. */
    public static boolean show(PrintWriter out) throws IOException {
        List<Probe> probes = run(program(), ports(1, 40), out::println);
        long ok = probes.stream().filter(Probe::ok).count();
        probes.stream().filter(p -> !p.ok() || p.to().getPort() < 1100 || p.to().getPort() == OTHER_PORT
                || p.to().getPort() == BYPASS_PORT || p.to().getPort() == BYPASS_CLOSED)
                .forEach(p -> out.println("  " + p));
        out.println(ok + " of " + probes.size() + " connections went where expected");
        return ok == probes.size();
    }

    public static void main(String[] args) {
        Scenarios.main("every-port");
    }
}
