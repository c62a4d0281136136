package dev.bpfj.examples;

import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.Direction;
import dev.bpfj.dsl.Scalar;
import dev.bpfj.dsl.SkMsg;
import dev.bpfj.dsl.SockMap;
import dev.bpfj.dsl.Var;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.Codec;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.NativeSocket;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.TypedMap;
import dev.bpfj.loader.attach.MapAttachment;
import dev.bpfj.loader.attach.SkMsgProgram;
import dev.bpfj.loader.ns.NetNs;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Scenario 6, the life cycle of sockets in a socket map, for IPv4 and IPv6:
 * <ul>
 *   <li>a listening socket goes into a SOCKMAP, and the map reports its cookie;</li>
 *   <li>a connection accepted from it is not in the map, and the map's sk_msg program does not
 *       see its messages until it is added itself;</li>
 *   <li>{@code connect(AF_UNSPEC)} on an established member disconnects it; older kernels also
 *       removed it from the map at once, recent ones (6.18 here) keep the entry until the socket
 *       is closed and then remove it; the check accepts both, never a stale entry after close;</li>
 *   <li>an sk_msg redirect to the listening socket is dropped: the send fails with EACCES and
 *       nothing arrives anywhere;</li>
 *   <li>closing sockets on one thread while another deletes their entries (SOCKMAP and SOCKHASH)
 *       neither crashes nor leaks: afterwards the maps are empty, the namespace holds no TCP
 *       socket and the process no extra fd;</li>
 *   <li>closing the listener removes it from the map.</li>
 * </ul>
 *
 * <p>Run it with {@code bpfj demo sockmap-lifecycle} (as root).
 */
public final class SockmapLifecycle {
    /** {@code config[0]}: what the sk_msg program does. */
    public static final int COUNT_ONLY = 0, REDIRECT = 1;
    static final int SLOTS = 8, CHURN = 200, ROUNDS = 2;

    private SockmapLifecycle() {
    }

    /**
     * An sk_msg program that counts the messages it sees ({@code stats[0]}) and, in mode
     * {@link #REDIRECT}, redirects them to the ingress of the socket in slot {@code config[1]}.
     */
    public static Program program() {
        SkMsg p = SkMsg.named(ExampleNames.LIFECYCLE_MSG);
        SockMap socks = p.sockMap("socks", SLOTS);
        ArrayMap config = p.array("config", Scalar.U32, 2);
        ArrayMap stats = p.array("stats", Scalar.U64, 1);
        p.ifPresent(stats.lookup(0), v -> v.add(1));
        Var mode = p.var(COUNT_ONLY);
        Var target = p.var(0);
        p.ifPresent(config.lookup(0), v -> mode.set(v.get()));
        p.ifPresent(config.lookup(1), v -> target.set(v.get()));
        p.ifThen(mode.eq(REDIRECT), () -> p.redirect(socks, target, Direction.INGRESS));
        p.pass();
        return p.build();
    }

    /** One expectation and whether it held. */
    public record Check(String family, String what, boolean ok, String detail) {
        @Override
        public String toString() {
            return String.format("%-5s %-62s %s%s", family, what, ok ? "ok" : "FAILED",
                    detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** Runs every check for IPv4 and IPv6, each in its own network namespace. */
    public static List<Check> run(Consumer<String> log) {
        List<Check> out = new ArrayList<>();
        for (boolean v6 : new boolean[] {false, true}) {
            int fdsBefore = openFds();
            try (NetNs ns = NetNs.create(); LoadedProgram prog = ProgramLoader.load(program())) {
                family(ns, v6, prog, out, log);
            }
            int fdsAfter = openFds();
            out.add(new Check(v6 ? "ipv6" : "ipv4", "process fds back to where they were", fdsAfter <= fdsBefore,
                    fdsBefore + " -> " + fdsAfter));
        }
        return out;
    }

    static void family(NetNs ns, boolean v6, LoadedProgram prog, List<Check> out, Consumer<String> log) {
        String fam = v6 ? "ipv6" : "ipv4";
        InetSocketAddress addr = new InetSocketAddress(v6 ? "::1" : "127.0.0.1", 7000);
        Consumer<Check> check = c -> out.add(c);
        LoadedMap socks = prog.map("socks");
        TypedMap<Integer, Integer> config = prog.map("config").typed(Codec.u32(), Codec.u32());
        TypedMap<Integer, Long> stats = prog.map("stats").typed(Codec.u32(), Codec.u64());
        List<NativeSocket> open = new ArrayList<>();
        try (MapAttachment att = SkMsgProgram.of(prog).attach(socks)) {
            NativeSocket listener = ns.call(() -> NativeSocket.tcpListener(addr, 128, false));
            open.add(listener);
            socks.putSocket(0, listener);
            check.accept(new Check(fam, "listening socket in the SOCKMAP", socks.socketCookie(0) == listener.cookie(),
                    "slot 0 cookie " + socks.socketCookie(0)));

            NativeSocket client = ns.call(() -> NativeSocket.tcpConnect(addr));
            open.add(client);
            NativeSocket child = listener.accept(2000);
            open.add(child);
            List<Integer> slots = occupied(socks);
            check.accept(new Check(fam, "accepted child is not in the map", slots.equals(List.of(0))
                    && !cookies(socks).contains(child.cookie()), "occupied slots " + slots));
            child.send("a".getBytes(StandardCharsets.US_ASCII));
            long seen = stats.get(0).orElse(0L);
            check.accept(new Check(fam, "its sends do not run the map's sk_msg program", seen == 0,
                    "program ran " + seen + " times"));
            socks.putSocket(1, child);
            child.send("b".getBytes(StandardCharsets.US_ASCII));
            String got = new String(client.readExactly(2, 1000), StandardCharsets.US_ASCII);
            seen = stats.get(0).orElse(0L);
            check.accept(new Check(fam, "added explicitly, its sends do", seen == 1 && got.equals("ab"),
                    "program ran " + seen + " times, peer read \"" + got + "\""));

            // Older kernels took a socket out of its maps when it was disconnected; recent ones keep
            // the entry until the socket is closed. Either way the entry must not outlive it.
            long childCookie = child.cookie();
            int rc = child.tryDisconnect();
            int state = tcpState(child);
            boolean removedAtOnce = socks.lookup(Codec.u32().encode(1)) == null;
            boolean keptSame = !removedAtOnce && socks.socketCookie(1) == childCookie;
            child.close();
            boolean goneAfterClose = socks.lookup(Codec.u32().encode(1)) == null;
            check.accept(new Check(fam, "connect(AF_UNSPEC) on an established member takes it out",
                    rc == 0 && state == TCP_CLOSE && (removedAtOnce || keptSame) && goneAfterClose,
                    "connect returned " + rc + ", state " + state + ", "
                            + (removedAtOnce ? "removed at once" : keptSame ? "entry kept until close (this kernel)"
                            : "slot 1 holds another socket") + (goneAfterClose ? ", gone after close" : "")));

            NativeSocket client2 = ns.call(() -> NativeSocket.tcpConnect(addr));
            open.add(client2);
            NativeSocket child2 = listener.accept(2000);
            open.add(child2);
            socks.putSocket(2, client2);
            config.put(0, REDIRECT);
            config.put(1, 0);
            long sent = client2.trySend("to the listener".getBytes(StandardCharsets.US_ASCII));
            NativeSocket.Received leaked = child2.receive(64, 100);
            check.accept(new Check(fam, "redirect to the listening socket is dropped", sent == -Errno.EACCES
                    && leaked == null, "send returned " + sent + (leaked == null ? ", nothing arrived"
                    : ", the peer read " + leaked.data().length + " bytes")));

            NativeSocket client3 = ns.call(() -> NativeSocket.tcpConnect(addr));
            open.add(client3);
            open.add(listener.accept(2000));
            socks.putSocket(3, client3);
            config.put(1, 5);
            long runs = stats.get(0).orElse(0L);
            sent = client3.trySend("to an empty slot".getBytes(StandardCharsets.US_ASCII));
            long ran = stats.get(0).orElse(0L) - runs;
            check.accept(new Check(fam, "redirect to an empty slot is dropped", sent == -Errno.EACCES && ran == 1,
                    "send returned " + sent + ", program ran " + ran + " time(s)"));
            config.put(0, COUNT_ONLY);

            for (int round = 0; round < ROUNDS; round++) {
                for (MapType type : List.of(MapType.SOCKMAP, MapType.SOCKHASH)) {
                    check.accept(churn(ns, listener, addr, type, round, fam));
                }
            }
            listener.close();
            check.accept(new Check(fam, "closing the listener removes it from the map",
                    socks.lookup(Codec.u32().encode(0)) == null, ""));
        } finally {
            open.forEach(NativeSocket::close);
        }
        int inuse = waitForTcpInuse(ns, 0);
        check.accept(new Check(fam, "the namespace holds no TCP socket at the end", inuse == 0, "TCP inuse " + inuse));
        log.accept(fam + ": " + out.stream().filter(c -> c.family().equals(fam) && c.ok()).count() + " of "
                + out.stream().filter(c -> c.family().equals(fam)).count() + " checks ok");
    }

    /**
     * {@link #CHURN} connections (both ends) into a map; one thread closes every socket while
     * another deletes every entry, in random orders.
     */
    static Check churn(NetNs ns, NativeSocket listener, InetSocketAddress addr, MapType type, int round, String fam) {
        List<NativeSocket> sockets = Collections.synchronizedList(new ArrayList<>());
        int entries = 2 * CHURN;
        try (LoadedMap map = LoadedMap.create(MapSpec.of("churn", type, 4, 8, entries))) {
            ns.run(() -> {
                for (int i = 0; i < CHURN; i++) {
                    sockets.add(NativeSocket.tcpConnect(addr));
                    sockets.add(listener.accept(2000));
                }
            });
            for (int i = 0; i < entries; i++) {
                map.putSocket(i, sockets.get(i));
            }
            Random r = new Random(round * 31L + type.ordinal());
            List<Integer> closeOrder = shuffled(entries, r);
            List<Integer> deleteOrder = shuffled(entries, r);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            int[] deleted = new int[1];
            Thread closer = Thread.ofPlatform().start(() -> {
                try {
                    for (int i : closeOrder) {
                        sockets.get(i).close();
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            });
            Thread deleter = Thread.ofPlatform().start(() -> {
                try {
                    for (int i : deleteOrder) {
                        try {
                            if (map.delete(Codec.u32().encode(i))) {
                                deleted[0]++;
                            }
                        } catch (BpfException e) {
                            // A SOCKMAP slot emptied by the close answers EINVAL.
                            if (e.errno() != Errno.EINVAL) {
                                throw e;
                            }
                        }
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            });
            closer.join();
            deleter.join();
            int left = occupied(map, entries).size();
            boolean ok = failure.get() == null && left == 0;
            return new Check(fam, type.shortName() + " round " + (round + 1) + ": close vs delete of " + entries
                    + " sockets", ok, failure.get() != null ? failure.get().toString()
                    : deleted[0] + " deleted by the map, " + (entries - deleted[0]) + " removed by the close, "
                    + left + " left");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(fam, type.shortName() + " churn", false, "interrupted");
        } finally {
            sockets.forEach(NativeSocket::close);
        }
    }

    static final int TCP_CLOSE = 7;

    /** The TCP state of {@code s}: the first byte of {@code TCP_INFO}. */
    static int tcpState(NativeSocket s) {
        return s.getInt(SocketAbi.IPPROTO_TCP, TCP_INFO) & 0xff;
    }

    static final int TCP_INFO = 11;

    static List<Integer> shuffled(int n, Random r) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        Collections.shuffle(l, r);
        return l;
    }

    static List<Integer> occupied(LoadedMap m) {
        return occupied(m, m.maxEntries());
    }

    static List<Integer> occupied(LoadedMap m, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (m.lookup(Codec.u32().encode(i)) != null) {
                out.add(i);
            }
        }
        return out;
    }

    static List<Long> cookies(LoadedMap m) {
        List<Long> out = new ArrayList<>();
        for (int i : occupied(m)) {
            out.add(m.socketCookie(i));
        }
        return out;
    }

    /** The namespace's "TCP: inuse" count from sockstat, waiting a little for closes to finish. */
    static int waitForTcpInuse(NetNs ns, int want) {
        int n = -1;
        for (int i = 0; i < 100; i++) {
            n = ns.call(() -> {
                for (String line : Files.readAllLines(Path.of("/proc/thread-self/net/sockstat"))) {
                    if (line.startsWith("TCP:")) {
                        String[] f = line.split("\\s+");
                        return Integer.parseInt(f[2]);
                    }
                }
                return -1;
            });
            if (n == want) {
                return n;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return n;
            }
        }
        return n;
    }

    static int openFds() {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Runs the checks for both families and prints each. */
    public static boolean show(PrintWriter out) {
        List<Check> checks = run(out::println);
        checks.forEach(c -> out.println("  " + c));
        return checks.stream().allMatch(Check::ok);
    }

    public static void main(String[] args) {
        Scenarios.main("sockmap-lifecycle");
    }
}
