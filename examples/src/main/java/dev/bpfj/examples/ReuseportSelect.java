package dev.bpfj.examples;

import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.core.Program;
import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.dsl.ReuseportSockArray;
import dev.bpfj.dsl.Scalar;
import dev.bpfj.dsl.SkReuseport;
import dev.bpfj.dsl.SockMap;
import dev.bpfj.dsl.Val;
import dev.bpfj.dsl.Var;
import dev.bpfj.loader.Codec;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.NativeSocket;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.TypedMap;
import dev.bpfj.loader.attach.SkReuseportProgram;
import dev.bpfj.loader.ns.NetNs;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scenario 3, reuseport selection (sk_reuseport). A group of {@link #N} sockets bound to one
 * address and port with {@code SO_REUSEPORT}; the program picks the receiving socket from a
 * SOCKMAP (or, as a second variant, a REUSEPORT_SOCKARRAY) by a command, the first payload byte
 * (TCP clients send it in the SYN with TCP Fast Open), or by the packet's flow hash.
 *
 * <p>Maps: {@code workers} holds socket {@code i} at index {@code i}; {@code config[0]} holds the
 * flags {@link #BY_HASH} and {@link #PASS_ON_FAILURE}, {@code config[1]} the group size for hash
 * selection; {@code stats} counts runs and records the last index and the select helper's result.
 * A failed selection (an empty slot or an index beyond the map) drops the packet, or with
 * {@link #PASS_ON_FAILURE} leaves the choice to the kernel.
 *
 * <p>The run covers the matrix IPv4/IPv6 x TCP/UDP x loopback/wildcard address, for both map
 * types, and checks that after detaching the program no longer runs.
 *
 * <p>Run it with {@code bpfj demo reuseport} (as root; everything happens in a private network
 * namespace).
 */
public final class ReuseportSelect {
    /** Sockets per group, and the size of the {@code workers} map. */
    public static final int N = 4, MAX = 8;
    /** {@code config[0]} flags. */
    public static final int BY_HASH = 1, PASS_ON_FAILURE = 2;
    /** {@code stats} slots. */
    public static final int RUNS = 0, LAST_INDEX = 1, LAST_RC = 2;
    static final int TCP_FASTOPEN_ALL = 0x207; // client+server, no cookies needed either side

    private ReuseportSelect() {
    }

    /** The sk_reuseport program selecting from a SOCKMAP, or from a REUSEPORT_SOCKARRAY. */
    public static Program program(boolean sockArray) {
        SkReuseport p = SkReuseport.named(sockArray ? ExampleNames.REUSEPORT_ARRAY : ExampleNames.REUSEPORT_MAP);
        SockMap map = sockArray ? null : p.sockMap("workers", MAX);
        ReuseportSockArray array = sockArray ? p.reuseportSockArray("workers", MAX) : null;
        ArrayMap config = p.array("config", Scalar.U32, 2);
        ArrayMap stats = p.array("stats", Scalar.U64, 3);
        SkReuseport.Ctx ctx = p.ctx();

        Var flags = p.var(0);
        Var n = p.var(N);
        p.ifPresent(config.lookup(0), v -> flags.set(v.get()));
        p.ifPresent(config.lookup(1), v -> n.set(v.get()));
        p.ifPresent(stats.lookup(RUNS), v -> v.add(1));

        Var index = p.var(0);
        p.ifElse(flags.anyBit(BY_HASH), () -> index.set(ctx.hash().mod(n)), () -> {
            // The command is the first payload byte: after the 8-byte UDP header, or after the
            // TCP header, whose length is the upper nibble of byte 12 in 32-bit words.
            Var offset = p.var(8);
            p.ifThen(ctx.is(Protocol.TCP), () -> {
                Var b = p.var(0);
                p.loadBytes(p.constant(12), b, 1);
                offset.set(b.shr(2).and(0x3c));
            });
            Var cmd = p.var(0);
            p.ifThen(p.loadBytes(offset, cmd, 1).ne(0), p::drop);
            index.set(cmd);
        });
        p.ifPresent(stats.lookup(LAST_INDEX), v -> v.set(index));
        Val rc = sockArray ? p.select(array, index) : p.select(map, index);
        Var result = p.var64(rc);
        p.ifPresent(stats.lookup(LAST_RC), v -> v.set(result));
        p.ifThen(result.ne(0).and(flags.anyBit(PASS_ON_FAILURE).not()), p::drop);
        p.pass();
        return p.build();
    }

    /** One cell of the matrix. */
    public record Cell(boolean v6, boolean udp, boolean wildcard, boolean sockArray) {
        public String name() {
            return (v6 ? "ipv6" : "ipv4") + "/" + (udp ? "udp" : "tcp") + "/" + (wildcard ? "any" : "loopback") + "/"
                    + (sockArray ? "reuseport_sockarray" : "sockmap");
        }

        InetSocketAddress bind(int port) {
            String host = wildcard ? (v6 ? "::" : "0.0.0.0") : (v6 ? "::1" : "127.0.0.1");
            return new InetSocketAddress(host, port);
        }

        InetSocketAddress target(int port) {
            return new InetSocketAddress(v6 ? "::1" : "127.0.0.1", port);
        }
    }

    /** The whole matrix: 2 families x 2 protocols x 2 addresses x 2 map types. */
    public static List<Cell> matrix() {
        List<Cell> out = new ArrayList<>();
        for (boolean sockArray : new boolean[] {false, true}) {
            for (boolean v6 : new boolean[] {false, true}) {
                for (boolean udp : new boolean[] {false, true}) {
                    for (boolean any : new boolean[] {false, true}) {
                        out.add(new Cell(v6, udp, any, sockArray));
                    }
                }
            }
        }
        return out;
    }

    /** One expectation checked in a cell. */
    public record Check(Cell cell, String what, boolean ok, String detail) {
        @Override
        public String toString() {
            return String.format("%-40s %-44s %s%s", cell.name(), what, ok ? "ok" : "FAILED",
                    detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** Runs {@code cells} in one new network namespace. */
    public static List<Check> run(List<Cell> cells, Consumer<String> log) {
        List<Check> out = new ArrayList<>();
        try (NetNs ns = NetNs.create()) {
            NetSetup.sysctl(ns, "net/ipv4/tcp_fastopen", Integer.toString(TCP_FASTOPEN_ALL));
            try (LoadedProgram viaMap = ProgramLoader.load(program(false));
                 LoadedProgram viaArray = ProgramLoader.load(program(true))) {
                log.accept("loaded \"" + viaMap.name() + "\" and \"" + viaArray.name() + "\"; TCP Fast Open on in "
                        + ns);
                int port = 20000;
                for (Cell cell : cells) {
                    runCell(ns, cell.sockArray() ? viaArray : viaMap, cell, port++, out);
                    log.accept(cell.name() + ": " + out.stream().filter(c -> c.cell() == cell && c.ok()).count()
                            + " of " + out.stream().filter(c -> c.cell() == cell).count() + " checks ok");
                }
            }
        }
        return out;
    }

    static void runCell(NetNs ns, LoadedProgram prog, Cell cell, int port, List<Check> out) {
        List<NativeSocket> group = new ArrayList<>();
        try {
            ns.run(() -> {
                for (int i = 0; i < N; i++) {
                    group.add(member(cell, cell.bind(port)));
                }
            });
            LoadedMap workers = prog.map("workers");
            for (int i = 0; i < MAX; i++) {
                // An empty SOCKMAP slot answers a delete with EINVAL, not ENOENT: look first.
                byte[] key = Codec.u32().encode(i);
                if (workers.lookup(key) != null) {
                    workers.delete(key);
                }
            }
            for (int i = 0; i < N; i++) {
                workers.putSocket(i, group.get(i));
            }
            TypedMap<Integer, Integer> config = prog.map("config").typed(Codec.u32(), Codec.u32());
            TypedMap<Integer, Long> stats = prog.map("stats").typed(Codec.u32(), Codec.u64());
            config.put(0, 0);
            config.put(1, N);
            InetSocketAddress to = cell.target(port);
            try (SkReuseportProgram.Attachment att = SkReuseportProgram.of(prog).attach(group.getFirst())) {
                // By command: every socket, twice.
                for (int round = 0; round < 2; round++) {
                    for (int k = 0; k < N; k++) {
                        int got = send(ns, cell, to, k, group);
                        out.add(new Check(cell, "command " + k + " (round " + (round + 1) + ")", got == k,
                                "socket " + got));
                    }
                }
                int empty = send(ns, cell, to, N, group, true);
                out.add(new Check(cell, "empty slot " + N + " -> dropped", empty == -1,
                        empty == -1 ? "select returned " + (long) stats.get(LAST_RC).orElse(0L) : "socket " + empty));
                int beyond = send(ns, cell, to, 200, group, true);
                out.add(new Check(cell, "index 200 beyond the map -> dropped", beyond == -1,
                        beyond == -1 ? "select returned " + (long) stats.get(LAST_RC).orElse(0L) : "socket " + beyond));
                config.put(0, PASS_ON_FAILURE);
                int passed = send(ns, cell, to, 200, group);
                out.add(new Check(cell, "index 200, pass on failure -> kernel's choice", passed >= 0,
                        passed >= 0 ? "socket " + passed : "dropped"));
                config.put(0, BY_HASH);
                boolean hashOk = true;
                StringBuilder seen = new StringBuilder();
                for (int f = 0; f < 6; f++) {
                    int got = send(ns, cell, to, 0, group);
                    long chosen = stats.get(LAST_INDEX).orElse(-1L);
                    hashOk &= got == chosen;
                    seen.append(seen.isEmpty() ? "" : ",").append(got);
                }
                out.add(new Check(cell, "by hash: 6 flows reach the selected socket", hashOk, "sockets " + seen));
            }
            long runs = stats.get(RUNS).orElse(0L);
            boolean delivered = true;
            for (int f = 0; f < 4; f++) {
                delivered &= send(ns, cell, to, 0, group) >= 0;
            }
            long after = stats.get(RUNS).orElse(0L);
            out.add(new Check(cell, "detached: program no longer runs", after == runs && delivered,
                    "runs " + runs + " -> " + after + (delivered ? "" : ", a flow was not delivered")));
        } finally {
            group.forEach(NativeSocket::close);
        }
    }

    /** A group member: SO_REUSEPORT before bind; TCP listeners accept Fast Open data. */
    static NativeSocket member(Cell cell, InetSocketAddress at) {
        NativeSocket s = cell.udp() ? NativeSocket.udpFor(at) : NativeSocket.tcpFor(at);
        try {
            s.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEADDR, 1);
            s.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEPORT, 1);
            if (cell.v6()) {
                s.setInt(SocketAbi.IPPROTO_IPV6, SocketAbi.IPV6_V6ONLY, 1);
            }
            s.bind(at);
            if (!cell.udp()) {
                s.setInt(SocketAbi.IPPROTO_TCP, SocketAbi.TCP_FASTOPEN, 64);
                s.listen(64);
            }
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Sends command byte {@code cmd} from a new client socket (a new flow) and returns the index of
     * the group socket that received it, or -1 when none did in time (dropped).
     */
    static int send(NetNs ns, Cell cell, InetSocketAddress to, int cmd, List<NativeSocket> group) {
        return send(ns, cell, to, cmd, group, false);
    }

    /**
     * Like {@link #send(NetNs, Cell, InetSocketAddress, int, List)}; when a drop is expected it
     * waits only briefly for a delivery that should not come, else up to two seconds.
     */
    static int send(NetNs ns, Cell cell, InetSocketAddress to, int cmd, List<NativeSocket> group, boolean expectDrop) {
        byte[] payload = {(byte) cmd};
        try (NativeSocket client = ns.call(() -> cell.udp() ? NativeSocket.udpFor(to)
                : NativeSocket.open(NativeSocket.familyOf(to), SocketAbi.SOCK_STREAM | SocketAbi.SOCK_NONBLOCK))) {
            long r = client.trySendTo(payload, to, cell.udp() ? 0 : SocketAbi.MSG_FASTOPEN);
            if (r != 1) {
                throw new IllegalStateException("sending the command failed: " + r);
            }
            long deadline = System.nanoTime() + (expectDrop ? (cell.udp() ? 150 : 300) : 2000) * 1_000_000L;
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < group.size(); i++) {
                    NativeSocket s = group.get(i);
                    if (cell.udp()) {
                        NativeSocket.Received d = s.receive(16, 0);
                        if (d != null) {
                            return d.data().length == 1 && d.data()[0] == payload[0] ? i : -2;
                        }
                    } else {
                        try (NativeSocket c = s.accept(0)) {
                            if (c != null) {
                                byte[] b = c.readExactly(1, 1000);
                                return b.length == 1 && b[0] == payload[0] ? i : -2;
                            }
                        }
                    }
                }
                Thread.onSpinWait();
            }
            return -1;
        }
    }

    /** Runs the whole matrix; prints one line per cell and every failed check. */
    public static boolean show(PrintWriter out) {
        List<Check> checks = run(matrix(), out::println);
        checks.stream().filter(c -> !c.ok()).forEach(c -> out.println("  " + c));
        long ok = checks.stream().filter(Check::ok).count();
        out.println(ok + " of " + checks.size() + " checks ok");
        return ok == checks.size();
    }

    public static void main(String[] args) {
        Scenarios.main("reuseport");
    }
}
