package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.dsl.examples.MessagePolicy;
import dev.bpfj.dsl.examples.SockhashTracker;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.attach.CgroupAttachment;
import dev.bpfj.loader.attach.CgroupProgram;
import dev.bpfj.loader.attach.MapAttachment;
import dev.bpfj.loader.attach.SkMsgProgram;
import dev.bpfj.loader.ns.Cgroup;
import dev.bpfj.testkit.Env;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The sock_ops and sk_msg seeds together on the kernel: a process in a cgroup of the test's own
 * (and in a network namespace of its own) opens a loopback connection; sock_ops stores both ends
 * in the sockhash under their 4-tuples, and the sk_msg policy finds each end's peer by the
 * reversed tuple, corks a header sent byte by byte, and fails a send with a bad header.
 */
class SockOpsMsgLiveTest {
    private static final String SCRIPT = String.join("\n",
            "import socket, time",
            "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen(1)",
            "c = socket.create_connection(srv.getsockname()); s, _ = srv.accept()",
            "time.sleep(0.2)",
            "print('ports', c.getsockname()[1], s.getsockname()[1], flush=True)",
            "s.settimeout(3)",
            "def expect(n):",
            "    got = b''",
            "    while len(got) < n: got += s.recv(100)",
            "    return got",
            "for b in b'Hheader-1b': c.send(bytes([b]))",
            "print('corked', expect(10) == b'Hheader-1b', flush=True)",
            "c.send(b'Hello, peer!')",
            "print('whole', expect(12) == b'Hello, peer!', flush=True)",
            "try:",
            "    c.send(b'Xbad header'); print('bad sent', flush=True)",
            "except OSError as e:",
            "    print('bad errno', e.errno, flush=True)",
            "print('done', flush=True)",
            "import sys; sys.stdin.read()");

    @Test
    void sockOpsStoresTuplesAndSkMsgFindsThePeer() throws Exception {
        Env.requireRoot();
        Env.requireTool("python3");
        Env.requireTool("unshare");
        Env.requireTool("ip");
        try (LoadedProgram ops = ProgramLoader.load(SockhashTracker.program())) {
            LoadedMap peers = ops.map(SockhashTracker.MAP);
            try (LoadedProgram msg = ProgramLoader.load(MessagePolicy.SEED.program(),
                    Map.of(SockhashTracker.MAP, peers));
                 Cgroup cg = Cgroup.create("bpfj-dsl-test");
                 CgroupAttachment a = CgroupProgram.of(ops).attach(cg, CgroupProgram.Mode.MULTI);
                 MapAttachment m = SkMsgProgram.of(msg).attach(peers)) {
                Process p = cg.start(List.of("unshare", "-n", "sh", "-c",
                        "ip link set lo up && exec python3 -c \"$0\"", SCRIPT));
                StringBuilder out = new StringBuilder();
                java.io.BufferedReader r = new java.io.BufferedReader(
                        new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                java.util.concurrent.Future<?> reading = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()
                        .submit(() -> {
                            for (String l; (l = r.readLine()) != null && !l.equals("done"); ) {
                                out.append(l).append('\n');
                            }
                            return null;
                        });
                reading.get(20, TimeUnit.SECONDS);
                assertTrue(out.toString().contains("corked True"), out.toString());
                assertTrue(out.toString().contains("whole True"), out.toString());
                assertTrue(out.toString().contains("bad errno 13"), "EACCES for a bad header:\n" + out);
                String[] ports = out.toString().lines().filter(l -> l.startsWith("ports")).findFirst().orElseThrow()
                        .split(" ");
                int client = Integer.parseInt(ports[1]);
                int server = Integer.parseInt(ports[2]);
                // Both ends are in the map, keyed {family, local ip, remote ip, local port, remote port}.
                List<byte[]> keys = peers.keyList();
                assertEquals(2, keys.size(), "entries: " + keys.size());
                java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
                for (byte[] k : keys) {
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(k).order(java.nio.ByteOrder.nativeOrder());
                    assertEquals(Family.INET.value(), b.getInt(0));
                    assertEquals(0x0100007f, b.getInt(4), "local 127.0.0.1 in network order");
                    seen.add(List.of(b.getInt(36), b.getInt(40)));
                }
                assertEquals(java.util.Set.of(List.of(client, server), List.of(server, client)), seen);
                p.getOutputStream().close();
                assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the test process does not end");
                assertEquals(0, p.exitValue());
            }
        }
    }
}
