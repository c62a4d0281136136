package dev.bpfj.examples;

import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.core.Program;
import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.Direction;
import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.Rec;
import dev.bpfj.dsl.Scalar;
import dev.bpfj.dsl.SkMsg;
import dev.bpfj.dsl.SockHash;
import dev.bpfj.core.abi.SockOpsOp;
import dev.bpfj.dsl.SockOps;
import dev.bpfj.dsl.Struct;
import dev.bpfj.dsl.UpdateFlag;
import dev.bpfj.dsl.Var;
import dev.bpfj.loader.Codec;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.NativeSocket;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.TypedMap;
import dev.bpfj.loader.attach.CgroupProgram;
import dev.bpfj.loader.attach.MapAttachment;
import dev.bpfj.loader.attach.SkMsgProgram;
import dev.bpfj.loader.ns.Cgroup;
import dev.bpfj.loader.ns.NetNs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Scenario 4, a message policy (sock_ops + sk_msg), IPv4.
 *
 * <p>A sock_ops program attached to a private cgroup puts every established TCP connection of
 * port {@link #PORT} into the SOCKHASH {@code peers}, keyed by its 4-tuple as the socket sees it.
 * The sockets are created by a child process inside that cgroup ({@link SocketFactory}) and taken
 * over by this JVM with {@code pidfd_getfd}: a socket belongs to the cgroup of the process that
 * created it, so the JVM never has to move into the cgroup. Everything else (bind, connect,
 * accept, sends) happens here.
 *
 * <p>The sk_msg program attached to {@code peers} then runs on every send, in the mode set in
 * {@code config[0]}:
 * <ul>
 *   <li>{@link #REDIRECT}: the message goes straight into the peer's receive queue (looked up by
 *       the reversed 4-tuple); the peer reads exactly what was sent.</li>
 *   <li>{@link #APPLY}: {@code msg_apply_bytes(config[1])}: one verdict covers that many bytes,
 *       so a 100-byte send runs the program once per 10 bytes.</li>
 *   <li>{@link #HEADER}: records start with a 10-byte header ("BPFJ", version 1, body length).
 *       Until 10 bytes are queued the program corks ({@code msg_cork_bytes(10)}), so a header
 *       written byte by byte is seen whole; it pulls the header in ({@code msg_pull_data}),
 *       checks it and applies the verdict to header and body ({@code msg_apply_bytes}); a bad
 *       header is dropped and the send fails with EACCES.</li>
 *   <li>{@link #PULL}: {@code msg_pull_data(config[1], config[1] + 1)} makes a byte far beyond the
 *       first scatterlist element readable; the program records it. Covered for a large
 *       {@code send} and for {@code sendfile}, whose data arrives as page references.</li>
 * </ul>
 *
 * <p>A drop is sticky on this kernel: once the program dropped a socket's message, that socket's
 * later sends fail too without the program running again, so every part uses a fresh connection.
 *
 * <p>Run it with {@code bpfj demo msg-policy} (as root).
 */
public final class MessagePolicy {
    public static final int PORT = 8500;
    /** {@code config[0]} modes. */
    public static final int REDIRECT = 0, APPLY = 1, HEADER = 2, PULL = 3;
    /** {@code stats} slots. */
    public static final int RUNS = 0, REDIRECTED = 1, LAST_SIZE = 2, PULLED = 3, PULL_RC = 4, BODY_LEN = 5,
            DROPPED = 6;
    static final int STATS = 7;
    public static final int HEADER_LEN = 10, MAGIC = 0x42504a46; // "BPFJ"
    static final int SOCKETS = 8;

    /** The SOCKHASH key: the connection's 4-tuple as one socket sees it. */
    public static final Struct TUPLE = Struct.named("tuple").u32("sip").u32("dip").u32("sport").u32("dport").build();

    private MessagePolicy() {
    }

    /** The sock_ops program: established connections of {@link #PORT} into {@code peers}. */
    public static Program sockOps() {
        SockOps p = SockOps.named(ExampleNames.SOCKOPS);
        SockHash peers = p.sockHash("peers", TUPLE, 64);
        SockOps.Ctx ctx = p.ctx();
        p.ifThen(ctx.is(SockOpsOp.ACTIVE_ESTABLISHED_CB).or(ctx.is(SockOpsOp.PASSIVE_ESTABLISHED_CB))
                .and(ctx.is(Family.INET)).and(ctx.localPort().eq(PORT).or(ctx.remotePort().eq(PORT))), () -> {
                    Rec key = p.record(TUPLE).set("sip", ctx.localIp4()).set("dip", ctx.remoteIp4())
                            .set("sport", ctx.localPort()).set("dport", ctx.remotePort());
                    p.update(peers, key, UpdateFlag.ANY);
                });
        p.done();
        return p.build();
    }

    /** The sk_msg program, sharing {@code peers} with {@link #sockOps()}. */
    public static Program skMsg() {
        SkMsg p = SkMsg.named(ExampleNames.MSG_POLICY);
        SockHash peers = p.sockHash("peers", TUPLE, 64);
        ArrayMap config = p.array("config", Scalar.U32, 2);
        ArrayMap stats = p.array("stats", Scalar.U64, STATS);
        SkMsg.Ctx ctx = p.ctx();

        p.ifPresent(stats.lookup(RUNS), v -> v.add(1));
        p.ifPresent(stats.lookup(LAST_SIZE), v -> v.set(ctx.size()));
        Var mode = p.var(REDIRECT);
        Var arg = p.var(0);
        p.ifPresent(config.lookup(0), v -> mode.set(v.get()));
        p.ifPresent(config.lookup(1), v -> arg.set(v.get()));

        p.ifThen(mode.eq(APPLY), () -> {
            p.applyBytes(arg);
            p.pass();
        });
        p.ifThen(mode.eq(HEADER), () -> {
            p.ifThen(ctx.size().lt(HEADER_LEN), () -> {
                p.corkBytes(HEADER_LEN);
                p.pass();
            });
            // Written byte by byte, the header spans several scatterlist elements.
            p.ifThen(p.pullData(0, HEADER_LEN).ne(0), p::drop);
            Var body = p.var(0);
            p.withData(HEADER_LEN, h -> {
                p.ifThen(h.be32(0).ne(MAGIC).or(h.be16(4).ne(1)), () -> {
                    p.ifPresent(stats.lookup(DROPPED), v -> v.add(1));
                    p.drop();
                });
                body.set(h.be32(6));
            }, p::drop);
            p.ifPresent(stats.lookup(BODY_LEN), v -> v.set(body));
            p.applyBytes(body.add(HEADER_LEN));
            p.pass();
        });
        p.ifThen(mode.eq(PULL), () -> {
            p.ifThen(ctx.size().gt(arg), () -> {
                Var rc = p.var64(p.pullData(arg, arg.add(1)));
                p.ifPresent(stats.lookup(PULL_RC), v -> v.set(rc));
                p.withData(1, b -> {
                    Var at = p.var(b.u8(0));
                    p.ifPresent(stats.lookup(PULLED), v -> v.set(at));
                });
            });
            p.pass();
        });
        // REDIRECT: to the peer, whose key is this socket's tuple reversed.
        Rec peer = p.record(TUPLE).set("sip", ctx.remoteIp4()).set("dip", ctx.localIp4())
                .set("sport", ctx.remotePort()).set("dport", ctx.localPort());
        p.ifPresent(stats.lookup(REDIRECTED), v -> v.add(1));
        p.redirect(peers, peer, Direction.INGRESS);
        return p.build();
    }

    /** One expectation and whether it held. */
    public record Check(String what, boolean ok, String detail) {
        @Override
        public String toString() {
            return String.format("%-64s %s%s", what, ok ? "ok" : "FAILED", detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** A connection made of factory sockets: the client and the accepted server side. */
    record Conn(NativeSocket client, NativeSocket server) {
    }

    /** Runs the scenario: one namespace, one cgroup, one listener, a fresh connection per part. */
    public static List<Check> run(Consumer<String> log) throws IOException {
        List<Check> out = new ArrayList<>();
        List<NativeSocket> all = new ArrayList<>();
        try (NetNs ns = NetNs.create(); Cgroup cg = Cgroup.create(ExampleNames.CGROUP_PREFIX);
             LoadedProgram ops = ProgramLoader.load(sockOps())) {
            LoadedMap peers = ops.map("peers");
            try (LoadedProgram msg = ProgramLoader.load(skMsg(), Map.of("peers", peers));
                 MapAttachment onMap = SkMsgProgram.of(msg).attach(peers);
                 Link onCgroup = CgroupProgram.of(ops).link(cg)) {
                log.accept("sock_ops \"" + ops.name() + "\" linked to " + cg.path() + ", sk_msg \"" + msg.name()
                        + "\" attached to sockhash \"peers\"");
                try {
                    parts(ns, cg, peers, msg, all, out, log);
                } finally {
                    // Sockets first, so the programs are detached from an empty map.
                    all.forEach(NativeSocket::close);
                }
            }
        }
        return out;
    }

    /** The parts of the scenario, each on a fresh connection; {@code all} collects sockets to close. */
    static void parts(NetNs ns, Cgroup cg, LoadedMap peers, LoadedProgram msg, List<NativeSocket> all, List<Check> out,
                      Consumer<String> log) throws IOException {
        Deque<NativeSocket> fresh = new ArrayDeque<>(takeSockets(ns, cg, SOCKETS));
        all.addAll(fresh);
        log.accept(SOCKETS + " sockets created by a process in the cgroup, taken over by this JVM");
        InetSocketAddress addr = new InetSocketAddress("127.0.0.1", PORT);
        NativeSocket listener = fresh.pop();
        listener.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEADDR, 1);
        listener.bind(addr);
        listener.listen(16);
        TypedMap<Integer, Integer> config = msg.map("config").typed(Codec.u32(), Codec.u32());
        TypedMap<Integer, Long> stats = msg.map("stats").typed(Codec.u32(), Codec.u64());

        // sock_ops: both ends under their 4-tuples.
        Conn c = connect(fresh.pop(), listener, addr, all);
        out.add(tupleCheck(peers, c));

        // Redirect: the peer reads exactly what was sent, both ways, small and large.
        config.put(0, REDIRECT);
        long before = stats.get(REDIRECTED).orElse(0L);
        byte[] hello = "hello through the sockhash".getBytes(StandardCharsets.US_ASCII);
        c.client().send(hello);
        byte[] got = c.server().readExactly(hello.length, 2000);
        long redirected = stats.get(REDIRECTED).orElse(0L) - before;
        out.add(new Check("redirect client -> server: the peer reads exactly what was sent",
                Arrays.equals(got, hello) && redirected == 1, "read " + got.length + " bytes, "
                + redirected + " redirect(s)"));
        byte[] big = random(100_000, 1);
        c.server().send(big);
        got = c.client().readExactly(big.length, 5000);
        out.add(new Check("redirect server -> client: 100,000 bytes arrive unchanged", Arrays.equals(got, big),
                "read " + got.length + " bytes"));

        // Apply bytes: one verdict per 10 bytes.
        Conn a = connect(fresh.pop(), listener, addr, all);
        config.put(0, APPLY);
        config.put(1, 10);
        long runs = stats.get(RUNS).orElse(0L);
        byte[] hundred = random(100, 2);
        a.client().send(hundred);
        got = a.server().readExactly(100, 2000);
        long ran = stats.get(RUNS).orElse(0L) - runs;
        out.add(new Check("msg_apply_bytes(10): a 100-byte send runs the program 10 times",
                ran == 10 && Arrays.equals(got, hundred), "ran " + ran + " times, peer read " + got.length));

        // Cork: a header written byte by byte is seen whole.
        Conn h = connect(fresh.pop(), listener, addr, all);
        config.put(0, HEADER);
        runs = stats.get(RUNS).orElse(0L);
        byte[] body = "thirty-two bytes of record body!".getBytes(StandardCharsets.US_ASCII);
        byte[] header = header(MAGIC, body.length);
        boolean heldBack = true;
        for (int i = 0; i < HEADER_LEN; i++) {
            h.client().send(new byte[] {header[i]});
            if (i < HEADER_LEN - 1) {
                heldBack &= h.server().receive(64, 20) == null;
            }
        }
        got = h.server().readExactly(HEADER_LEN, 2000);
        long size = stats.get(LAST_SIZE).orElse(0L);
        long bodyLen = stats.get(BODY_LEN).orElse(0L);
        out.add(new Check("msg_cork_bytes(10): 10 one-byte writes arrive as one checked header",
                heldBack && Arrays.equals(got, header) && size == HEADER_LEN && bodyLen == body.length,
                (heldBack ? "nothing arrived before the 10th byte" : "bytes arrived early") + ", program saw "
                        + size + " bytes, body length " + bodyLen));
        long runsBeforeBody = stats.get(RUNS).orElse(0L);
        h.client().send(body);
        got = h.server().readExactly(body.length, 2000);
        long bodyRuns = stats.get(RUNS).orElse(0L) - runsBeforeBody;
        out.add(new Check("the header's msg_apply_bytes covers its body: no run for the body",
                bodyRuns == 0 && Arrays.equals(got, body), "ran " + bodyRuns + " times, peer read "
                        + got.length + " bytes"));
        byte[] record = concat(header(MAGIC, body.length), body);
        long runsBeforeRecord = stats.get(RUNS).orElse(0L);
        h.client().send(record);
        got = h.server().readExactly(record.length, 2000);
        out.add(new Check("a whole record in one send: one run", Arrays.equals(got, record)
                && stats.get(RUNS).orElse(0L) - runsBeforeRecord == 1,
                "ran " + (stats.get(RUNS).orElse(0L) - runsBeforeRecord) + " times"));

        // Bad header: dropped, the send fails.
        Conn bad = connect(fresh.pop(), listener, addr, all);
        long dropped = stats.get(DROPPED).orElse(0L);
        long rc = bad.client().trySend(concat(header(0x58585858, 4), new byte[4]));
        NativeSocket.Received leaked = bad.server().receive(64, 100);
        out.add(new Check("a bad header is dropped and the send fails",
                rc == -Errno.EACCES && leaked == null && stats.get(DROPPED).orElse(0L) == dropped + 1,
                "send returned " + rc + (leaked == null ? ", nothing arrived" : ", data arrived")));

        // Pull: a byte beyond the first scatterlist element, from send and from sendfile.
        Conn pull = connect(fresh.pop(), listener, addr, all);
        config.put(0, PULL);
        out.add(pullBySend(pull, config, stats));
        Conn file = connect(fresh.pop(), listener, addr, all);
        out.add(pullBySendfile(file, config, stats));
        log.accept("sockhash entries while connected: " + peers.keyList().size());
    }

    static Check pullBySend(Conn c, TypedMap<Integer, Integer> config, TypedMap<Integer, Long> stats) {
        // 40,000 bytes cannot fit one element (at most a 32 KiB page fragment), so byte 36,000 lies
        // beyond the first one. A send buffer that large makes it one message, one program run.
        int at = 36_000;
        byte[] data = random(40_000, 3);
        data[at] = 'Z';
        config.put(1, at);
        stats.put(PULLED, 0L);
        long runs = stats.get(RUNS).orElse(0L);
        c.client().send(data);
        byte[] got = c.server().readExactly(data.length, 5000);
        long ran = stats.get(RUNS).orElse(0L) - runs;
        long pulled = stats.get(PULLED).orElse(0L);
        return new Check("msg_pull_data reads byte 36,000 of a 40,000-byte send",
                pulled == 'Z' && ran == 1 && stats.get(PULL_RC).orElse(-1L) == 0 && Arrays.equals(got, data),
                "read '" + (char) pulled + "', program ran " + ran + " time(s), peer read " + got.length + " bytes");
    }

    static Check pullBySendfile(Conn c, TypedMap<Integer, Integer> config, TypedMap<Integer, Long> stats)
            throws IOException {
        // sendfile passes page-cache pages: one element per 4 KiB page, byte 9,000 is in the third.
        int at = 9_000;
        byte[] data = random(16_384, 4);
        data[at] = 'Z';
        Path tmp = Files.createTempFile("bpfj-sendfile-", ".bin");
        try {
            Files.write(tmp, data);
            config.put(1, at);
            stats.put(PULLED, 0L);
            long sent = c.client().trySendfile(tmp, data.length);
            byte[] got = c.server().readExactly(data.length, 5000);
            long pulled = stats.get(PULLED).orElse(0L);
            return new Check("msg_pull_data reads byte 9,000 of 16,384 bytes sent with sendfile",
                    sent == data.length && pulled == 'Z' && Arrays.equals(got, data),
                    "sendfile sent " + sent + ", read '" + (char) pulled + "', peer read " + got.length + " bytes");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Connects factory socket {@code client} to the listener and accepts the other end. */
    static Conn connect(NativeSocket client, NativeSocket listener, InetSocketAddress addr, List<NativeSocket> all) {
        client.setInt(SocketAbi.SOL_SOCKET, SO_SNDBUF, 1 << 20);
        client.connect(addr);
        NativeSocket server = listener.accept(2000);
        if (server == null) {
            throw new IllegalStateException("the listener accepted nothing");
        }
        all.add(server);
        return new Conn(client, server);
    }

    static final int SO_SNDBUF = 7;

    /** Both ends of {@code c} are in {@code peers} under their own 4-tuple, with their cookies. */
    static Check tupleCheck(LoadedMap peers, Conn c) {
        InetSocketAddress cl = c.client().localAddress();
        InetSocketAddress sv = c.server().localAddress();
        long clientCookie = cookieAt(peers, key(cl, sv));
        long serverCookie = cookieAt(peers, key(sv, cl));
        boolean ok = clientCookie == c.client().cookie() && serverCookie == c.server().cookie();
        return new Check("sock_ops put both ends in the sockhash under their 4-tuples", ok,
                "client " + Scenarios.show(cl) + (clientCookie == c.client().cookie() ? " found" : " missing")
                        + ", server " + Scenarios.show(sv)
                        + (serverCookie == c.server().cookie() ? " found" : " missing"));
    }

    static long cookieAt(LoadedMap m, byte[] key) {
        byte[] v = m.lookup(key);
        return v == null ? -1 : Codec.u64().decode(v);
    }

    /** {@link #TUPLE} as the socket at {@code local} talking to {@code remote} sees it. */
    static byte[] key(InetSocketAddress local, InetSocketAddress remote) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put(local.getAddress().getAddress());
        b.put(remote.getAddress().getAddress());
        b.putInt(local.getPort());
        b.putInt(remote.getPort());
        return b.array();
    }

    static byte[] header(int magic, int bodyLength) {
        return ByteBuffer.allocate(HEADER_LEN).putInt(magic).putShort((short) 1).putInt(bodyLength).array();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /**
     * Starts {@link SocketFactory} inside {@code cg} and {@code ns}, duplicates its {@code n}
     * sockets into this process and lets it exit.
     */
    static List<NativeSocket> takeSockets(NetNs ns, Cgroup cg, int n) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = cg.start(List.of(NetSetup.tool("nsenter"), "--net=/proc/" + ProcessHandle.current().pid()
                        + "/fd/" + ns.netnsFd(), java, "--enable-native-access=ALL-UNNAMED", "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SocketFactory.class.getName(), Integer.toString(n)));
        List<NativeSocket> out = new ArrayList<>();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null && !line.startsWith("fds ")) {
                seen.append('\n').append(line);
            }
            if (line == null) {
                throw new IllegalStateException("the socket factory did not start:" + seen);
            }
            for (String f : line.substring(4).trim().split(" ")) {
                out.add(NativeSocket.takeFrom(child.pid(), Integer.parseInt(f)));
            }
            child.getOutputStream().write('\n');
            child.getOutputStream().close();
            child.waitFor();
            return out;
        } catch (RuntimeException | IOException e) {
            out.forEach(NativeSocket::close);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.forEach(NativeSocket::close);
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs the scenario and prints each check. */
    public static boolean show(PrintWriter out) throws IOException {
        List<Check> checks = run(out::println);
        checks.forEach(c -> out.println("  " + c));
        return checks.stream().allMatch(Check::ok);
    }

    public static void main(String[] args) {
        Scenarios.main("msg-policy");
    }
}
