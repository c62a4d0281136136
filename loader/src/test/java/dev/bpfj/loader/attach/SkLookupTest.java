package dev.bpfj.loader.attach;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.loader.Link;
import dev.bpfj.loader.LinkInfo;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.SocketRef;
import dev.bpfj.loader.TestProgs;
import dev.bpfj.loader.ns.NetNs;
import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sk_lookup against the live kernel, inside private network namespaces. */
@org.junit.jupiter.api.extension.ExtendWith(dev.bpfj.loader.KernelLeakCheck.class)
class SkLookupTest {
    static final InetSocketAddress LISTEN = new InetSocketAddress("127.0.0.1", 9999);
    static final InetSocketAddress LISTEN_B = new InetSocketAddress("127.0.0.1", 9998);
    static final InetSocketAddress TARGET = new InetSocketAddress("127.0.0.1", 7777);

    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    /** Connects from inside {@code ns}; returns the port the server saw as its local port, or -1 when refused. */
    static boolean connects(NetNs ns, InetSocketAddress to) {
        return ns.call(() -> {
            try (SocketChannel c = SocketChannel.open(to)) {
                return true;
            } catch (ConnectException e) {
                return false;
            }
        });
    }

    @Test
    void redirectsToListenerAndRefusesAfterLinkClose() throws IOException {
        try (NetNs ns = NetNs.create();
             LoadedProgram p = ProgramLoader.load(TestProgs.skLookupRedirect("redir", 7777, 0))) {
            assertNotEquals(NetNs.currentInode(), ns.inode());
            ServerSocketChannel server = ns.call(() -> ServerSocketChannel.open().bind(LISTEN));
            try (server) {
                LoadedMap sockets = p.map("sockets");
                sockets.putSocket(0, SocketRef.of(server));
                assertFalse(connects(ns, TARGET), "nothing listens on 7777 before the link");
                try (Link link = SkLookupProgram.of(p).attach(ns)) {
                    LinkInfo info = link.info();
                    assertEquals(p.info().id(), info.progId());
                    assertEquals(dev.bpfj.core.abi.AttachType.SK_LOOKUP, info.attachType());
                    ns.run(() -> {
                        try (SocketChannel c = SocketChannel.open(TARGET); SocketChannel a = server.accept()) {
                            assertEquals(7777, ((InetSocketAddress) a.getLocalAddress()).getPort());
                            assertEquals(c.getLocalAddress(), a.getRemoteAddress());
                        }
                    });
                }
                assertFalse(connects(ns, TARGET), "refused again once the link is closed");
            }
        }
    }

    @Test
    void testRunReportsSelectedSocketCookie() throws IOException {
        try (NetNs ns = NetNs.create();
             LoadedProgram p = ProgramLoader.load(TestProgs.skLookupRedirect("redir", 7777, 0))) {
            ServerSocketChannel server = ns.call(() -> ServerSocketChannel.open().bind(LISTEN));
            try (server) {
                p.map("sockets").putSocket(0, SocketRef.of(server));
                long cookie = p.map("sockets").socketCookie(0);
                assertTrue(cookie > 0);
                SkLookupProgram sk = SkLookupProgram.of(p);
                InetSocketAddress client = new InetSocketAddress("127.0.0.1", 40000);
                SkLookupProgram.Run hit = ns.call(() -> sk.testRun(SkLookupContext.tcp(client, TARGET), 10));
                assertEquals(1, hit.verdict());
                assertEquals(cookie, hit.selectedCookie());
                SkLookupProgram.Run miss = ns.call(() -> sk.testRun(
                        SkLookupContext.tcp(client, new InetSocketAddress("127.0.0.1", 80)), 1));
                assertEquals(1, miss.verdict());
                assertFalse(miss.selected());
            }
        }
    }

    @Test
    void severalProgramsPerNamespace() throws IOException {
        try (NetNs ns = NetNs.create();
             LoadedProgram a = ProgramLoader.load(TestProgs.skLookupRedirect("to9999", 7777, 0));
             LoadedProgram b = ProgramLoader.load(TestProgs.skLookupRedirect("to9998", 7778, 1),
                     Map.of("sockets", a.map("sockets")))) {
            ServerSocketChannel sa = ns.call(() -> ServerSocketChannel.open().bind(LISTEN));
            ServerSocketChannel sb = ns.call(() -> ServerSocketChannel.open().bind(LISTEN_B));
            try (sa; sb; Link la = SkLookupProgram.of(a).attach(ns); Link lb = SkLookupProgram.of(b).attach(ns)) {
                a.map("sockets").putSocket(0, SocketRef.of(sa));
                a.map("sockets").putSocket(1, SocketRef.of(sb));
                assertTrue(connects(ns, TARGET));
                assertTrue(connects(ns, new InetSocketAddress("127.0.0.1", 7778)));
                assertNotEquals(la.info().id(), lb.info().id());
            }
        }
    }

    /**
     * A client connects in a loop while the link is switched from a to b. No timing decides the
     * outcome: the swap waits until the client has connected {@code PHASE} times through a, the
     * client stops only after {@code PHASE} more connections once the swap returned (all but the
     * one in flight then go through b), and every wait is a generous bound against hangs only.
     */
    @Test
    void linkUpdateSwapsProgramsWithoutRefusedConnections() throws Exception {
        final int phase = 100;
        try (NetNs ns = NetNs.create();
             LoadedProgram a = ProgramLoader.load(TestProgs.skLookupRedirect("to9999", 7777, 0));
             LoadedProgram b = ProgramLoader.load(TestProgs.skLookupRedirect("to9998", 7777, 1),
                     Map.of("sockets", a.map("sockets")))) {
            ServerSocketChannel sa = ns.call(() -> ServerSocketChannel.open().bind(LISTEN, 512));
            ServerSocketChannel sb = ns.call(() -> ServerSocketChannel.open().bind(LISTEN_B, 512));
            AtomicInteger acceptedA = new AtomicInteger();
            AtomicInteger acceptedB = new AtomicInteger();
            Thread accA = acceptor(sa, acceptedA);
            Thread accB = acceptor(sb, acceptedB);
            try (sa; sb; Link link = SkLookupProgram.of(a).attach(ns)) {
                a.map("sockets").putSocket(0, SocketRef.of(sa));
                a.map("sockets").putSocket(1, SocketRef.of(sb));
                AtomicInteger done = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                AtomicReference<IOException> failed = new AtomicReference<>();
                AtomicBoolean stop = new AtomicBoolean();
                Thread client = ns.newThread("client", () -> {
                    // The cap only ends a runaway loop; the test stops the client long before.
                    for (int i = 0; i < 20_000 && !stop.get(); i++) {
                        try (SocketChannel c = SocketChannel.open(TARGET)) {
                            done.incrementAndGet();
                        } catch (ConnectException e) {
                            refused.incrementAndGet();
                        } catch (IOException e) {
                            failed.compareAndSet(null, e);
                        }
                    }
                });
                client.start();
                try {
                    waitFor(() -> done.get() + refused.get() >= phase || !client.isAlive());
                    int beforeSwap = done.get();
                    link.update(b);
                    int atSwap = done.get();
                    waitFor(() -> done.get() + refused.get() >= atSwap + phase || !client.isAlive());
                    assertTrue(beforeSwap >= phase, "connections before the swap: " + beforeSwap);
                } finally {
                    stop.set(true);
                    client.join(HANG_MILLIS);
                }
                assertFalse(client.isAlive(), "the client ended");
                assertNull(failed.get(), "a connection failed otherwise than refused");
                assertEquals(0, refused.get(), "connections refused during the swap");
                assertEquals(b.info().id(), link.info().progId());
                int total = done.get();
                waitFor(() -> acceptedA.get() + acceptedB.get() == total);
                assertTrue(acceptedA.get() >= phase, "through a: " + acceptedA + " / " + acceptedB);
                assertTrue(acceptedB.get() >= phase - 1, "through b: " + acceptedA + " / " + acceptedB);
            } finally {
                accA.join(HANG_MILLIS);
                accB.join(HANG_MILLIS);
            }
        }
    }

    /** Bounds a wait that should end at once: long enough for a loaded 2-core machine, only against hangs. */
    static final long HANG_MILLIS = 60_000;

    static Thread acceptor(ServerSocketChannel s, AtomicInteger count) {
        Thread t = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                try (SocketChannel c = s.accept()) {
                    count.incrementAndGet();
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
        return t;
    }

    /** Waits until {@code cond} holds, polling; fails only after {@link #HANG_MILLIS}. */
    static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
        long end = System.nanoTime() + HANG_MILLIS * 1_000_000;
        while (!cond.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        assertTrue(cond.getAsBoolean(), "condition still false after " + HANG_MILLIS + " ms");
    }
}
