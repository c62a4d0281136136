package dev.bpfj.loader.ns;

import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.loader.attach.NetnsRef;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private network namespace with its loopback up, for tests and examples: nothing done in it
 * touches the host's network.
 *
 * <p>A namespace belongs to threads, not processes ({@code setns} and {@code unshare} act on the
 * calling thread), so a {@code NetNs} owns one dedicated platform thread that lives in it;
 * {@link #call} runs code there. Sockets (JDK channels or {@code NativeSocket}s) created by that
 * code belong to the namespace and may then be used from any thread. {@link #newThread} makes more
 * threads inside it. {@link #close} ends the thread and closes the namespace fd; the kernel frees
 * the namespace once the last socket in it is closed.
 *
 * <pre>{@code
 * try (NetNs ns = NetNs.create()) {
 *     ServerSocketChannel server = ns.call(() -> ServerSocketChannel.open().bind(addr));
 *     try (Link l = SkLookupProgram.of(prog).attach(ns)) { ... }
 * }
 * }</pre>
 */
public final class NetNs implements NetnsRef, AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final FutureTask<Object> STOP = new FutureTask<>(() -> null);

    private final BlockingQueue<FutureTask<?>> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final int fd;
    private final String inode;
    private volatile boolean closed;

    private NetNs() {
        FutureTask<int[]> setup = new FutureTask<>(NetNs::enterNew);
        tasks.add(setup);
        thread = Thread.ofPlatform().daemon().name("bpfj-netns-" + COUNT.incrementAndGet()).unstarted(this::loop);
        thread.start();
        int nsFd;
        try {
            nsFd = setup.get()[0];
        } catch (ExecutionException e) {
            tasks.add(STOP);
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            tasks.add(STOP);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating a network namespace", e);
        }
        fd = nsFd;
        inode = call(NetNs::currentInode);
    }

    /** Creates a namespace, with its loopback interface up. Needs root (CAP_SYS_ADMIN). */
    public static NetNs create() {
        return new NetNs();
    }

    /** Runs on the new thread: leave the host namespace for a new one, bring lo up, open its fd. */
    private static int[] enterNew() {
        Bpf.checkSys("unshare(CLONE_NEWNET)", Native.unshare(Native.CLONE_NEWNET), null);
        loopbackUp();
        int fd = Bpf.checkSys("open(/proc/thread-self/ns/net)",
                Native.open("/proc/thread-self/ns/net", Native.O_RDONLY | Native.O_CLOEXEC, 0), null);
        return new int[] {fd};
    }

    /** {@code ip link set lo up} through SIOCGIFFLAGS / SIOCSIFFLAGS on a datagram socket. */
    private static void loopbackUp() {
        int s = Bpf.checkSys("socket", Native.socket(SocketAbi.AF_INET, SocketAbi.SOCK_DGRAM | SocketAbi.SOCK_CLOEXEC, 0),
                null);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ifr = Attr.alloc(a, Attr.IFREQ);
            ifr.setString(Attr.off(Attr.IFREQ, "ifr_name"), "lo");
            Bpf.checkSys("ioctl(SIOCGIFFLAGS, lo)", Native.ioctl(s, Native.SIOCGIFFLAGS, ifr), null);
            long flagsOff = Attr.off(Attr.IFREQ, "ifr_flags");
            short flags = ifr.get(ValueLayout.JAVA_SHORT, flagsOff);
            ifr.set(ValueLayout.JAVA_SHORT, flagsOff, (short) (flags | Native.IFF_UP));
            Bpf.checkSys("ioctl(SIOCSIFFLAGS, lo)", Native.ioctl(s, Native.SIOCSIFFLAGS, ifr), null);
        } finally {
            Native.close(s);
        }
    }

    /** The namespace of the calling thread, as {@code net:[4026531840]}. */
    public static String currentInode() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loop() {
        while (true) {
            FutureTask<?> t;
            try {
                t = tasks.take();
            } catch (InterruptedException e) {
                continue; // only STOP ends the thread: it must never run other code outside the namespace
            }
            if (t == STOP) {
                return;
            }
            t.run();
        }
    }

    /**
     * Runs {@code task} on the namespace's thread and returns its result. Exceptions it throws come
     * back unchanged when unchecked; checked ones are wrapped in {@link CompletionException}.
     */
    public <T> T call(Callable<T> task) {
        if (Thread.currentThread() == thread) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }
        if (closed) {
            throw new IllegalStateException("the network namespace is closed");
        }
        FutureTask<T> f = new FutureTask<>(task);
        tasks.add(f);
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /** Runs {@code task} on the namespace's thread. */
    public void run(ThrowingRunnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * A new (unstarted) platform thread that enters this namespace before running {@code body};
     * the caller starts and joins it.
     */
    public Thread newThread(String name, Runnable body) {
        int nsFd = fd;
        return Thread.ofPlatform().daemon().name(name).unstarted(() -> {
            Bpf.checkSys("setns(CLONE_NEWNET)", Native.setns(nsFd, Native.CLONE_NEWNET), null);
            body.run();
        });
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new CompletionException(t);
    }

    /** The namespace's fd (what sk_lookup links attach to). */
    @Override
    public int netnsFd() {
        if (closed) {
            throw new IllegalStateException("the network namespace is closed");
        }
        return fd;
    }

    /** The namespace's identity, as {@code net:[4026532...]}. */
    public String inode() {
        return inode;
    }

    /** Ends the namespace's thread and closes its fd. Sockets opened in it stay usable until closed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tasks.add(STOP);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Native.close(fd);
    }

    @Override
    public String toString() {
        return "NetNs " + inode;
    }
}
