package dev.bpfj.loader.ns;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NamespacesTest {
    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    @Test
    void netNsIsPrivateHasLoopbackAndCleansUp() throws Exception {
        String host = NetNs.currentInode();
        Thread nsThread;
        try (NetNs ns = NetNs.create()) {
            assertNotEquals(host, ns.inode());
            assertEquals(ns.inode(), ns.call(NetNs::currentInode));
            // Loopback is up: a connection over 127.0.0.1 works.
            ns.run(() -> {
                try (ServerSocketChannel s = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
                     SocketChannel c = SocketChannel.open(s.getLocalAddress());
                     SocketChannel a = s.accept()) {
                    assertNotNull(a);
                }
            });
            // Exceptions come back unchanged; the namespace thread survives them.
            assertThrows(IllegalStateException.class, () -> ns.call(() -> {
                throw new IllegalStateException("boom");
            }));
            AtomicReference<String> seen = new AtomicReference<>();
            Thread t = ns.newThread("helper", () -> seen.set(NetNs.currentInode()));
            t.start();
            t.join();
            assertEquals(ns.inode(), seen.get());
            nsThread = ns.call(Thread::currentThread);
            assertEquals(host, NetNs.currentInode(), "the caller's thread never moves");
        }
        assertFalse(nsThread.isAlive());
    }

    @Test
    void cgroupIsMadeUnderTheCgroup2MountAndRemoved() throws Exception {
        Path mount = Cgroup.mountPoint();
        assertTrue(Files.readString(Path.of("/proc/self/mounts")).contains(" " + mount + " cgroup2 "));
        Path path;
        Process p;
        try (Cgroup cg = Cgroup.create("bpfj-test")) {
            path = cg.path();
            assertTrue(path.startsWith(mount));
            assertTrue(Files.isDirectory(path));
            Cgroup child = cg.child("leaf");
            p = child.start(List.of("sleep", "30"));
            for (int i = 0; i < 200 && child.pids().isEmpty(); i++) {
                Thread.sleep(10);
            }
            assertEquals(List.of(p.pid()), child.pids());
        }
        assertFalse(Files.exists(path));
        assertFalse(p.isAlive());
    }

    @Test
    void cgroupIsRemovedWhenTheTestBodyFails() {
        Path[] path = new Path[1];
        assertThrows(IOException.class, () -> {
            try (Cgroup cg = Cgroup.create("bpfj-test")) {
                path[0] = cg.path();
                cg.start(List.of("sleep", "30"));
                throw new IOException("test failure");
            }
        });
        assertFalse(Files.exists(path[0]));
    }
}
