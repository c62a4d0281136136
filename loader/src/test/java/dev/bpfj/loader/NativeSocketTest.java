package dev.bpfj.loader;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.core.abi.Errno;
import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.loader.ns.NetNs;
import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NativeSocket's calls against the kernel, in a private network namespace. */
class NativeSocketTest {
    @TempDir
    Path dir;

    /**
     * How long a wait for data or a connection that is already on its way may take before the test
     * calls it a hang. On loopback these arrive at once on a quiet machine, but the kernel may hand
     * the packet work to ksoftirqd, which on a loaded 2-core machine can wait its turn for seconds.
     */
    static final int HANG_MILLIS = 30_000;

    static InetSocketAddress at(String host, int port) {
        return new InetSocketAddress(host, port);
    }

    @Test
    void tcpConnectSendReceiveDisconnect() throws IOException {
        Env.requireRoot();
        try (NetNs ns = NetNs.create();
             NativeSocket listener = ns.call(() -> NativeSocket.tcpListener(at("::1", 0), 8, false));
             NativeSocket client = ns.call(() -> NativeSocket.tcpConnect(listener.localAddress()));
             NativeSocket server = listener.accept(HANG_MILLIS)) {
            assertNotNull(server);
            assertEquals(SocketAbi.AF_INET6, server.family());
            assertEquals(client.localAddress(), server.remoteAddress());
            assertNotEquals(client.cookie(), server.cookie());
            assertEquals(5, client.send("hello".getBytes(StandardCharsets.US_ASCII)));
            assertEquals("hello", new String(server.readExactly(5, HANG_MILLIS), StandardCharsets.US_ASCII));
            assertNull(server.receive(8, 0), "nothing more queued");

            Path file = dir.resolve("f");
            Files.write(file, new byte[] {1, 2, 3, 4});
            assertEquals(4, server.trySendfile(file, 4));
            assertArrayEquals(new byte[] {1, 2, 3, 4}, client.readExactly(4, HANG_MILLIS));

            assertEquals(0, client.tryDisconnect());
            long r = client.trySend(new byte[] {1});
            assertTrue(r == -Errno.ECONNRESET || r == -Errno.EPIPE, "no longer connected: " + r);
        }
    }

    @Test
    void udpWithFlagsAndOptions() {
        Env.requireRoot();
        try (NetNs ns = NetNs.create();
             NativeSocket a = ns.call(() -> NativeSocket.udp(at("127.0.0.1", 0), false));
             NativeSocket b = ns.call(() -> NativeSocket.open(SocketAbi.AF_INET,
                     SocketAbi.SOCK_DGRAM | SocketAbi.SOCK_NONBLOCK))) {
            b.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEADDR, 1);
            assertEquals(1, b.getInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEADDR));
            assertEquals(SocketAbi.SOCK_DGRAM, b.getInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_TYPE));
            b.bind(at("127.0.0.1", 0));
            assertEquals(2, b.trySendTo(new byte[] {7, 8}, a.localAddress(), 0));
            NativeSocket.Received r = a.receive(16, HANG_MILLIS);
            assertArrayEquals(new byte[] {7, 8}, r.data());
            assertEquals(b.localAddress(), r.from());
        }
    }

    @Test
    void takesAnFdOfAProcessAndClosesItOnce() {
        Env.requireRoot();
        try (NetNs ns = NetNs.create();
             NativeSocket original = ns.call(() -> NativeSocket.open(SocketAbi.AF_INET6, SocketAbi.SOCK_STREAM));
             NativeSocket copy = NativeSocket.takeFrom(ProcessHandle.current().pid(), original.fd())) {
            assertNotEquals(original.fd(), copy.fd());
            assertEquals(SocketAbi.AF_INET6, copy.family());
            assertEquals(original.cookie(), copy.cookie(), "the same socket");
            copy.close();
            assertTrue(copy.isClosed());
            copy.close();
        }
        BpfException e = assertThrows(BpfException.class, () -> NativeSocket.takeFrom(ProcessHandle.current().pid(),
                1 << 20));
        assertEquals("pidfd_getfd", e.operation());
    }
}
