package dev.bpfj.examples;

import static dev.bpfj.core.abi.Errno.*;
import static dev.bpfj.core.abi.SocketAbi.*;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.SocketRef;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket driven through the C library, for what the JDK's channels cannot do and the scenarios
 * need: {@code connect(AF_UNSPEC)}, TCP Fast Open data in the SYN, {@code sendfile}, exact errnos
 * of failed sends, and sockets whose fd came from another process ({@link #adopt}).
 *
 * <p>Calls that may fail in a scenario on purpose return {@code -errno} (the {@code ...Raw}
 * methods); the others throw {@link BpfException} naming the call and the errno.
 */
public final class Sock implements SocketRef, AutoCloseable {
    private static final long SYS_PIDFD_OPEN = 434, SYS_PIDFD_GETFD = 438;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ThreadLocal<MemorySegment> STATE = ThreadLocal.withInitial(
            () -> Arena.ofAuto().allocate(CAPTURE));

    private static MethodHandle fn(String name, FunctionDescriptor d, Linker.Option... more) {
        Linker.Option[] opts = new Linker.Option[more.length + 1];
        opts[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(more, 0, opts, 1, more.length);
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d, opts);
    }

    private static final MethodHandle SOCKET = fn("socket",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle BIND = fn("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle LISTEN = fn("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle CONNECT = fn("connect",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle ACCEPT4 = fn("accept4",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle SENDTO = fn("sendto",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle RECVFROM = fn("recvfrom",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SETSOCKOPT = fn("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle GETSOCKOPT = fn("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle GETSOCKNAME = fn("getsockname",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle GETPEERNAME = fn("getpeername",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle POLL = fn("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle SENDFILE = fn("sendfile",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle OPEN = fn("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle SYSCALL = fn("syscall",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
            Linker.Option.firstVariadicArg(1));

    private final AtomicInteger fd;
    private final int family;

    private Sock(int fd, int family) {
        this.fd = new AtomicInteger(fd);
        this.family = family;
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private static int errno() {
        return (int) ERRNO.get(STATE.get(), 0L);
    }

    private static long invoke(MethodHandle h, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = STATE.get();
        System.arraycopy(args, 0, all, 1, args.length);
        try {
            Object r = h.invokeWithArguments(all);
            long v = r instanceof Integer i ? i : (Long) r;
            return v < 0 ? -errno() : v;
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed: " + t, t);
        }
    }

    private static long check(String call, long r, Object detail) {
        if (r < 0) {
            throw new BpfException(call, (int) -r, detail == null ? null : String.valueOf(detail));
        }
        return r;
    }

    // ---- creation ------------------------------------------------------------------------------

    /** A new TCP socket of {@code family} ({@code AF_INET} or {@code AF_INET6}), not yet bound. */
    public static Sock tcp(int family) {
        return create(family, SOCK_STREAM);
    }

    /** A new UDP socket of {@code family}, not yet bound. */
    public static Sock udp(int family) {
        return create(family, SOCK_DGRAM);
    }

    /** A new TCP socket of the family of {@code addr}. */
    public static Sock tcpFor(InetSocketAddress addr) {
        return tcp(familyOf(addr));
    }

    /** A new UDP socket of the family of {@code addr}. */
    public static Sock udpFor(InetSocketAddress addr) {
        return udp(familyOf(addr));
    }

    static Sock create(int family, int type) {
        int f = (int) check("socket", invoke(SOCKET, family, type | SOCK_CLOEXEC, 0), null);
        return new Sock(f, family);
    }

    /** Takes ownership of socket {@code fd} of {@code family}. */
    public static Sock adopt(int fd, int family) {
        return new Sock(fd, family);
    }

    /** {@code AF_INET} or {@code AF_INET6} for {@code addr}. */
    public static int familyOf(InetSocketAddress addr) {
        return addr.getAddress() instanceof Inet6Address ? AF_INET6 : AF_INET;
    }

    /** A TCP listener on {@code addr} (SO_REUSEADDR; SO_REUSEPORT when asked, set before bind). */
    public static Sock listener(InetSocketAddress addr, boolean reusePort) {
        Sock s = tcpFor(addr);
        try {
            s.setInt(SOL_SOCKET, SO_REUSEADDR, 1);
            if (reusePort) {
                s.setInt(SOL_SOCKET, SO_REUSEPORT, 1);
            }
            s.bind(addr);
            s.listen(128);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A UDP socket bound to {@code addr}. */
    public static Sock udpBound(InetSocketAddress addr, boolean reusePort) {
        Sock s = udpFor(addr);
        try {
            if (reusePort) {
                s.setInt(SOL_SOCKET, SO_REUSEPORT, 1);
            }
            s.bind(addr);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A TCP connection to {@code addr}, or an exception naming the errno. */
    public static Sock connectTo(InetSocketAddress addr) {
        Sock s = tcpFor(addr);
        try {
            s.connect(addr);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    // ---- socket calls --------------------------------------------------------------------------

    @Override
    public int socketFd() {
        int f = fd.get();
        if (f < 0) {
            throw new IllegalStateException("socket is closed");
        }
        return f;
    }

    public int family() {
        return family;
    }

    public void setInt(int level, int option, int value) {
        try (Arena a = Arena.ofConfined()) {
            check("setsockopt(" + level + ", " + option + ")", invoke(SETSOCKOPT, socketFd(), level, option,
                    a.allocateFrom(JAVA_INT, value), 4), null);
        }
    }

    public int getInt(int level, int option) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(JAVA_LONG);
            MemorySegment len = a.allocateFrom(JAVA_INT, 8);
            check("getsockopt(" + level + ", " + option + ")", invoke(GETSOCKOPT, socketFd(), level, option, v, len),
                    null);
            return v.get(JAVA_INT, 0);
        }
    }

    /** The socket cookie (SO_COOKIE): what socket maps report for the socket. */
    public long cookie() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(JAVA_LONG);
            MemorySegment len = a.allocateFrom(JAVA_INT, 8);
            check("getsockopt(SO_COOKIE)", invoke(GETSOCKOPT, socketFd(), SOL_SOCKET, SO_COOKIE, v, len), null);
            return v.get(JAVA_LONG, 0);
        }
    }

    public void bind(InetSocketAddress addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = sockaddr(a, addr, family);
            check("bind", invoke(BIND, socketFd(), sa, (int) sa.byteSize()), addr);
        }
    }

    public void listen(int backlog) {
        check("listen", invoke(LISTEN, socketFd(), backlog), null);
    }

    public void connect(InetSocketAddress addr) {
        check("connect", connectRaw(addr), addr);
    }

    /** connect(2); 0 or {@code -errno}. */
    public int connectRaw(InetSocketAddress addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = sockaddr(a, addr, family);
            return (int) invoke(CONNECT, socketFd(), sa, (int) sa.byteSize());
        }
    }

    /**
     * {@code connect()} with {@code sa_family = AF_UNSPEC}: dissolves the association; for an
     * established TCP socket this is a disconnect. 0 or {@code -errno}.
     */
    public int disconnect() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = a.allocate(16);
            sa.set(JAVA_SHORT, 0, (short) AF_UNSPEC);
            return (int) invoke(CONNECT, socketFd(), sa, 16);
        }
    }

    /** Accepts one connection, waiting at most {@code timeoutMs}; null when none came. */
    public Sock accept(int timeoutMs) {
        if (!poll(POLLIN, timeoutMs)) {
            return null;
        }
        long r = invoke(ACCEPT4, socketFd(), MemorySegment.NULL, MemorySegment.NULL, SOCK_CLOEXEC);
        if (r == -EAGAIN) {
            return null;
        }
        return new Sock((int) check("accept4", r, null), family);
    }

    /** Waits for {@code events} ({@link #POLLIN}/{@link #POLLOUT}); false on timeout. */
    public boolean poll(short events, int timeoutMs) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment pfd = a.allocate(8);
            pfd.set(JAVA_INT, 0, socketFd());
            pfd.set(JAVA_SHORT, 4, events);
            long r;
            do {
                r = invoke(POLL, pfd, 1L, timeoutMs);
            } while (r == -4); // EINTR
            check("poll", r, null);
            return r > 0;
        }
    }

    /** Sends {@code data}; the count sent or {@code -errno}. */
    public long sendRaw(byte[] data) {
        return sendToRaw(data, null, MSG_NOSIGNAL);
    }

    /** Sends all of {@code data} or throws. */
    public void send(byte[] data) {
        long r = check("send", sendRaw(data), null);
        if (r != data.length) {
            throw new IllegalStateException("short send: " + r + " of " + data.length + " bytes");
        }
    }

    /** sendto(2) with {@code flags} (e.g. {@link #MSG_FASTOPEN}); the count sent or {@code -errno}. */
    public long sendToRaw(byte[] data, InetSocketAddress to, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, b, JAVA_BYTE, 0, data.length);
            MemorySegment sa = to == null ? MemorySegment.NULL : sockaddr(a, to, family);
            return invoke(SENDTO, socketFd(), b, (long) data.length, flags | MSG_NOSIGNAL, sa,
                    to == null ? 0 : (int) sa.byteSize());
        }
    }

    /** Sends {@code data} as one datagram to {@code to}. */
    public void sendTo(byte[] data, InetSocketAddress to) {
        check("sendto", sendToRaw(data, to, 0), to);
    }

    /** A received message or datagram and who sent it. */
    public record Received(byte[] data, InetSocketAddress from) {
    }

    /** Receives up to {@code max} bytes, waiting at most {@code timeoutMs}; null on timeout, empty at EOF. */
    public Received receive(int max, int timeoutMs) {
        if (!poll(POLLIN, timeoutMs)) {
            return null;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(Math.max(1, max));
            MemorySegment sa = a.allocate(28);
            MemorySegment len = a.allocateFrom(JAVA_INT, 28);
            long r = invoke(RECVFROM, socketFd(), b, (long) max, MSG_DONTWAIT, sa, len);
            if (r == -EAGAIN) {
                return null;
            }
            check("recv", r, null);
            InetSocketAddress from = sa.get(JAVA_SHORT, 0) == 0 ? null : fromSockaddr(sa);
            return new Received(b.asSlice(0, r).toArray(JAVA_BYTE), from);
        }
    }

    /** Reads until {@code n} bytes arrived (or EOF, or {@code timeoutMs} without data). */
    public byte[] readExactly(int n, int timeoutMs) {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n) {
            Received r = receive(n - got, timeoutMs);
            if (r == null || r.data().length == 0) {
                break;
            }
            System.arraycopy(r.data(), 0, out, got, r.data().length);
            got += r.data().length;
        }
        return got == n ? out : java.util.Arrays.copyOf(out, got);
    }

    /** sendfile(2) of {@code count} bytes of {@code fileFd} from its current offset; count sent or {@code -errno}. */
    public long sendfileRaw(int fileFd, long count) {
        return invoke(SENDFILE, socketFd(), fileFd, MemorySegment.NULL, count);
    }

    /** Opens {@code path} read-only for {@link #sendfileRaw}; close it with {@link #closeFd}. */
    public static int openFile(java.nio.file.Path path) {
        try (Arena a = Arena.ofConfined()) {
            int readOnlyCloexec = 0x80000;
            return (int) check("open", invoke(OPEN, a.allocateFrom(path.toString()), readOnlyCloexec, 0), path);
        }
    }

    /** Closes a file descriptor that is not a {@code Sock}. */
    public static void closeFd(int fd) {
        invoke(CLOSE, fd);
    }

    public InetSocketAddress localAddress() {
        return name(GETSOCKNAME, "getsockname");
    }

    public InetSocketAddress remoteAddress() {
        return name(GETPEERNAME, "getpeername");
    }

    private InetSocketAddress name(MethodHandle h, String call) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = a.allocate(28);
            MemorySegment len = a.allocateFrom(JAVA_INT, 28);
            check(call, invoke(h, socketFd(), sa, len), null);
            return fromSockaddr(sa);
        }
    }

    @Override
    public void close() {
        int f = fd.getAndSet(-1);
        if (f >= 0) {
            invoke(CLOSE, f);
        }
    }

    public boolean isClosed() {
        return fd.get() < 0;
    }

    @Override
    public String toString() {
        return "socket fd " + fd.get();
    }

    // ---- other processes' fds ------------------------------------------------------------------

    /**
     * Duplicates file descriptor {@code targetFd} of process {@code pid} into this process
     * ({@code pidfd_open} + {@code pidfd_getfd}; needs the right to ptrace it, as root has).
     */
    public static int takeFd(long pid, int targetFd) {
        int pidfd = (int) check("pidfd_open", invoke(SYSCALL, SYS_PIDFD_OPEN, pid, 0L, 0L), "pid " + pid);
        try {
            return (int) check("pidfd_getfd", invoke(SYSCALL, SYS_PIDFD_GETFD, (long) pidfd, (long) targetFd, 0L),
                    "fd " + targetFd + " of pid " + pid);
        } finally {
            invoke(CLOSE, pidfd);
        }
    }

    // ---- addresses -----------------------------------------------------------------------------

    /** {@code sockaddr_in}/{@code sockaddr_in6}; IPv4 addresses on IPv6 sockets become v4-mapped. */
    static MemorySegment sockaddr(Arena a, InetSocketAddress addr, int family) {
        InetAddress ip = addr.getAddress();
        int port = addr.getPort();
        if (family == AF_INET) {
            if (!(ip instanceof Inet4Address)) {
                throw new IllegalArgumentException("an IPv4 socket cannot use " + addr);
            }
            MemorySegment sa = a.allocate(16);
            sa.set(JAVA_SHORT, 0, (short) AF_INET);
            sa.set(JAVA_BYTE, 2, (byte) (port >> 8));
            sa.set(JAVA_BYTE, 3, (byte) port);
            MemorySegment.copy(ip.getAddress(), 0, sa, JAVA_BYTE, 4, 4);
            return sa;
        }
        byte[] b = ip.getAddress();
        if (b.length == 4) {
            byte[] m = new byte[16];
            m[10] = (byte) 0xff;
            m[11] = (byte) 0xff;
            System.arraycopy(b, 0, m, 12, 4);
            b = m;
        }
        MemorySegment sa = a.allocate(28);
        sa.set(JAVA_SHORT, 0, (short) AF_INET6);
        sa.set(JAVA_BYTE, 2, (byte) (port >> 8));
        sa.set(JAVA_BYTE, 3, (byte) port);
        MemorySegment.copy(b, 0, sa, JAVA_BYTE, 8, 16);
        return sa;
    }

    static InetSocketAddress fromSockaddr(MemorySegment sa) {
        int fam = sa.get(JAVA_SHORT, 0);
        int port = (sa.get(JAVA_BYTE, 2) & 0xff) << 8 | (sa.get(JAVA_BYTE, 3) & 0xff);
        byte[] ip = fam == AF_INET ? sa.asSlice(4, 4).toArray(JAVA_BYTE) : sa.asSlice(8, 16).toArray(JAVA_BYTE);
        try {
            return new InetSocketAddress(InetAddress.getByAddress(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
