package dev.bpfj.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.dsl.SkLookup;
import dev.bpfj.dsl.SockMap;
import dev.bpfj.dsl.Var;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.SocketRef;
import dev.bpfj.loader.attach.SkLookupProgram;
import dev.bpfj.loader.ns.NetNs;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scenario 1, two services on one port (sk_lookup). Requests to 192.0.2.0/24 or 2001:db8:a::/48
 * port 80 reach service A, requests to 198.51.100.0/24 or 2001:db8:b::/48 port 80 reach service
 * B, TCP and UDP alike, although A listens on port 8001 and B on port 8002. Everything else
 * takes the kernel's normal path: a plain listener on port 80 still gets 127.0.0.1:80.
 *
 * <p>The program looks only at the lookup's destination. Services are dual-stack IPv6 sockets
 * bound to the wildcard address, so one socket per service and protocol answers both IPv4 and
 * IPv6 lookups (a socket bound to a specific IPv6 address is IPv6-only, and
 * {@code bpf_sk_assign} refuses it for IPv4 lookups). Slots of the {@code services} SOCKMAP are
 * {@code 2 * service + (udp ? 1 : 0)}.
 *
 * <p>Run it with {@code bpfj demo} (as root; everything happens in a private network namespace).
 */
public final class TwoServices {
    public static final int PORT = 80;
    public static final String A_V4 = "192.0.2.0/24", B_V4 = "198.51.100.0/24";
    public static final String A_V6 = "2001:db8:a::/48", B_V6 = "2001:db8:b::/48";
    /** SOCKMAP slots: service A TCP and UDP, service B TCP and UDP. */
    public static final int A_TCP = 0, A_UDP = 1, B_TCP = 2, B_UDP = 3;
    static final InetSocketAddress A_HOME = new InetSocketAddress("::", 8001);
    static final InetSocketAddress B_HOME = new InetSocketAddress("::", 8002);

    private TwoServices() {
    }

    /** The sk_lookup program, written with the typed DSL. */
    public static Program program() {
        SkLookup p = SkLookup.named(ExampleNames.TWO_SERVICES);
        SockMap services = p.sockMap("services", 4);
        SkLookup.Ctx ctx = p.ctx();

        p.ifThen(ctx.localPort().ne(PORT), p::pass);
        Var slot = p.var(A_TCP);
        p.when(ctx.is(Family.INET).and(ctx.localIp4().in(A_V4))).then(() -> slot.set(A_TCP))
                .orWhen(ctx.is(Family.INET).and(ctx.localIp4().in(B_V4))).then(() -> slot.set(B_TCP))
                .orWhen(ctx.is(Family.INET6).and(ctx.localIp6().in(A_V6))).then(() -> slot.set(A_TCP))
                .orWhen(ctx.is(Family.INET6).and(ctx.localIp6().in(B_V6))).then(() -> slot.set(B_TCP))
                .otherwise(p::pass);
        p.ifThen(ctx.is(Protocol.UDP), () -> slot.set(slot.add(1)));
        p.ifPresent(p.lookup(services, slot), sk -> {
            p.assign(sk);
            p.release(sk);
        });
        p.pass();
        return p.build();
    }

    /** One test connection or datagram and where it ended up. */
    public record Probe(String protocol, InetSocketAddress to, String expected, String reached, String detail) {
        public boolean ok() {
            return expected.equals(reached);
        }

        @Override
        public String toString() {
            return String.format("%-3s %-22s -> %-32s %s", protocol, Scenarios.show(to),
                    reached + (detail.isEmpty() ? "" : " (" + detail + ")"), ok() ? "ok" : "EXPECTED " + expected);
        }
    }

    /** The probes sent while the program was attached, and those sent after the link was closed. */
    public record Report(List<Probe> attached, List<Probe> detached) {
        public List<Probe> all() {
            List<Probe> l = new ArrayList<>(attached);
            l.addAll(detached);
            return l;
        }

        public boolean ok() {
            return all().stream().allMatch(Probe::ok);
        }
    }

    static final String A = "service A", B = "service B", WEB = "plain listener :80", REFUSED = "refused",
            NOTHING = "nobody";

    /**
     * Runs the scenario in a new network namespace: loads {@code program}, links it to the
     * namespace, probes, closes the link and probes again. {@code log} gets one line per step.
     */
    public static Report run(Program program, Consumer<String> log) throws IOException {
        Scenarios.prepareJdkChannels();
        try (NetNs ns = NetNs.create()) {
            for (String cidr : List.of(A_V4, B_V4, A_V6, B_V6)) {
                NetSetup.addLocalPrefix(ns, cidr);
            }
            log.accept("netns " + ns.inode() + ": lo up, " + String.join(", ", A_V4, B_V4, A_V6, B_V6)
                    + " local");
            Map<String, ServerSocketChannel> tcp = new LinkedHashMap<>();
            Map<String, DatagramChannel> udp = new LinkedHashMap<>();
            List<NetworkChannel> all = new ArrayList<>();
            try {
                ns.run(() -> {
                    tcp.put(A, listen(A_HOME));
                    tcp.put(B, listen(B_HOME));
                    tcp.put(WEB, listen(new InetSocketAddress("::", PORT)));
                    udp.put(A, datagram(A_HOME));
                    udp.put(B, datagram(B_HOME));
                    udp.put(WEB, datagram(new InetSocketAddress("::", PORT)));
                });
                all.addAll(tcp.values());
                all.addAll(udp.values());
                log.accept("service A listens on " + Scenarios.show(A_HOME) + ", service B on "
                        + Scenarios.show(B_HOME) + " (TCP and UDP); a plain listener holds [::]:80");
                try (LoadedProgram prog = ProgramLoader.load(program)) {
                    LoadedMap services = prog.map("services");
                    services.putSocket(A_TCP, SocketRef.of(tcp.get(A)));
                    services.putSocket(A_UDP, SocketRef.of(udp.get(A)));
                    services.putSocket(B_TCP, SocketRef.of(tcp.get(B)));
                    services.putSocket(B_UDP, SocketRef.of(udp.get(B)));
                    List<Probe> attached;
                    try (Link link = SkLookupProgram.of(prog).attach(ns)) {
                        var info = prog.info();
                        log.accept("loaded \"" + prog.name() + "\" (id " + info.id() + ", the kernel's verifier "
                                + "processed " + info.verifiedInsns() + " instructions), linked it to the netns");
                        attached = probes(ns, tcp, udp, true);
                        attached.forEach(p -> log.accept("  " + p));
                    }
                    log.accept("link closed: the kernel's normal lookup again");
                    List<Probe> detached = probes(ns, tcp, udp, false);
                    detached.forEach(p -> log.accept("  " + p));
                    return new Report(attached, detached);
                }
            } finally {
                for (NetworkChannel c : all) {
                    c.close();
                }
            }
        }
    }

    private static List<Probe> probes(NetNs ns, Map<String, ServerSocketChannel> tcp, Map<String, DatagramChannel> udp,
                                      boolean attached) throws IOException {
        List<Probe> out = new ArrayList<>();
        String a = attached ? A : WEB;
        String b = attached ? B : WEB;
        if (attached) {
            out.add(tcpProbe(ns, tcp, "192.0.2.10", PORT, a));
            out.add(tcpProbe(ns, tcp, "198.51.100.20", PORT, b));
            out.add(tcpProbe(ns, tcp, "2001:db8:a::10", PORT, a));
            out.add(tcpProbe(ns, tcp, "2001:db8:b::20", PORT, b));
            out.add(udpProbe(ns, udp, "192.0.2.11", PORT, a));
            out.add(udpProbe(ns, udp, "198.51.100.21", PORT, b));
            out.add(udpProbe(ns, udp, "2001:db8:a::11", PORT, a));
            out.add(udpProbe(ns, udp, "2001:db8:b::21", PORT, b));
            // Other traffic: the normal path.
            out.add(tcpProbe(ns, tcp, "127.0.0.1", PORT, WEB));
            out.add(udpProbe(ns, udp, "127.0.0.1", PORT, WEB));
            out.add(tcpProbe(ns, tcp, "192.0.2.10", 8080, REFUSED));
            out.add(udpProbe(ns, udp, "198.51.100.21", 8080, NOTHING));
            out.add(tcpProbe(ns, tcp, "::1", 8001, A));
        } else {
            out.add(tcpProbe(ns, tcp, "192.0.2.10", PORT, a));
            out.add(udpProbe(ns, udp, "2001:db8:b::21", PORT, b));
        }
        return out;
    }

    static ServerSocketChannel listen(InetSocketAddress at) throws IOException {
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET6);
        s.bind(at, 64);
        s.configureBlocking(false);
        return s;
    }

    static DatagramChannel datagram(InetSocketAddress at) throws IOException {
        DatagramChannel d = DatagramChannel.open(StandardProtocolFamily.INET6);
        d.bind(at);
        d.configureBlocking(false);
        return d;
    }

    static Probe tcpProbe(NetNs ns, Map<String, ServerSocketChannel> servers, String host, int port, String expected)
            throws IOException {
        InetSocketAddress to = new InetSocketAddress(host, port);
        SocketChannel c;
        try {
            c = ns.call(() -> SocketChannel.open(to));
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof ConnectException) {
                return new Probe("tcp", to, expected, REFUSED, "");
            }
            throw e;
        }
        try (c) {
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < deadline) {
                for (Map.Entry<String, ServerSocketChannel> e : servers.entrySet()) {
                    SocketChannel accepted = e.getValue().accept();
                    if (accepted != null) {
                        try (accepted) {
                            return new Probe("tcp", to, expected, e.getKey(),
                                    "accepted on " + Scenarios.show((InetSocketAddress) accepted.getLocalAddress()));
                        }
                    }
                }
                Thread.onSpinWait();
            }
            return new Probe("tcp", to, expected, NOTHING, "connected, but no listener accepted");
        }
    }

    static Probe udpProbe(NetNs ns, Map<String, DatagramChannel> servers, String host, int port, String expected)
            throws IOException {
        InetSocketAddress to = new InetSocketAddress(host, port);
        byte[] payload = ("probe " + Scenarios.show(to)).getBytes(StandardCharsets.US_ASCII);
        try (DatagramChannel c = ns.call(() -> DatagramChannel.open(
                to.getAddress() instanceof java.net.Inet6Address ? StandardProtocolFamily.INET6
                        : StandardProtocolFamily.INET))) {
            c.send(ByteBuffer.wrap(payload), to);
            long deadline = System.nanoTime() + (expected.equals(NOTHING) ? 200_000_000L : 2_000_000_000L);
            ByteBuffer in = ByteBuffer.allocate(256);
            while (System.nanoTime() < deadline) {
                for (Map.Entry<String, DatagramChannel> e : servers.entrySet()) {
                    in.clear();
                    if (e.getValue().receive(in) != null) {
                        String got = new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII);
                        String reached = got.equals(new String(payload, StandardCharsets.US_ASCII)) ? e.getKey()
                                : e.getKey() + " (other payload: " + got + ")";
                        return new Probe("udp", to, expected, reached, "datagram received");
                    }
                }
                Thread.onSpinWait();
            }
            return new Probe("udp", to, expected, NOTHING, "");
        }
    }

    /** Runs the scenario and prints where each probe went; true when all went where expected. */
    public static boolean show(PrintWriter out) throws IOException {
        Report r = run(program(), out::println);
        out.println(r.all().stream().filter(Probe::ok).count() + " of " + r.all().size()
                + " probes went where expected");
        return r.ok();
    }

    public static void main(String[] args) {
        Scenarios.main("two-services");
    }
}
