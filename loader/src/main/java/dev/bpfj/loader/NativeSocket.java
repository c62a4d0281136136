package dev.bpfj.loader;

import dev.bpfj.core.abi.Errno;
import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A socket driven through the C library with FFM: usable without any JVM flag, for socket maps and
 * SO_REUSEPORT groups, and for what the JDK's channels cannot do: {@code connect(AF_UNSPEC)}, TCP
 * Fast Open data in the SYN, {@code sendfile}, the exact errno of a failed send, and sockets whose
 * fd came from another process ({@link #takeFrom}). Sockets are created in the calling thread's
 * network namespace, with close-on-exec.
 *
 * <p>Calls that a program may expect to fail return {@code -errno} (the {@code try...} methods);
 * the others throw {@link BpfException} naming the call and the errno. Sends never raise SIGPIPE.
 */
public final class NativeSocket extends FdHandle implements SocketRef {
    private final int family;

    private NativeSocket(int fd, int family) {
        super(fd);
        this.family = family;
    }

    @Override
    public int socketFd() {
        return fd();
    }

    @Override
    protected String what() {
        return (family == SocketAbi.AF_INET6 ? "IPv6" : "IPv4") + " socket";
    }

    // ---- creation ------------------------------------------------------------------------------

    /**
     * A new socket, not yet bound: {@code family} {@code AF_INET} or {@code AF_INET6}, {@code type}
     * {@code SOCK_STREAM} or {@code SOCK_DGRAM}, optionally with {@code SOCK_NONBLOCK}.
     */
    public static NativeSocket open(int family, int type) {
        int fd = Bpf.checkSys("socket", Native.socket(family, type | SocketAbi.SOCK_CLOEXEC, 0), null);
        return new NativeSocket(fd, family);
    }

    /** A new unbound TCP socket of the family of {@code addr}. */
    public static NativeSocket tcpFor(InetSocketAddress addr) {
        return open(familyOf(addr), SocketAbi.SOCK_STREAM);
    }

    /** A new unbound UDP socket of the family of {@code addr}. */
    public static NativeSocket udpFor(InetSocketAddress addr) {
        return open(familyOf(addr), SocketAbi.SOCK_DGRAM);
    }

    /** {@code AF_INET} or {@code AF_INET6}, by the kind of address of {@code addr}. */
    public static int familyOf(InetSocketAddress addr) {
        return addr.getAddress() instanceof Inet6Address ? SocketAbi.AF_INET6 : SocketAbi.AF_INET;
    }

    /** A TCP listener bound to {@code addr} (port 0 picks one); {@code reusePort} sets SO_REUSEPORT before bind. */
    public static NativeSocket tcpListener(InetSocketAddress addr, int backlog, boolean reusePort) {
        NativeSocket s = tcpFor(addr);
        try {
            s.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEADDR, 1, "SO_REUSEADDR");
            if (reusePort) {
                s.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEPORT, 1, "SO_REUSEPORT");
            }
            s.bind(addr);
            s.listen(backlog);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A TCP connection to {@code addr} (blocking connect). */
    public static NativeSocket tcpConnect(InetSocketAddress addr) {
        NativeSocket s = tcpFor(addr);
        try {
            s.connect(addr);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A UDP socket bound to {@code addr}. */
    public static NativeSocket udp(InetSocketAddress addr, boolean reusePort) {
        NativeSocket s = udpFor(addr);
        try {
            if (reusePort) {
                s.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEPORT, 1, "SO_REUSEPORT");
            }
            s.bind(addr);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Takes ownership of the IPv4 or IPv6 socket {@code fd}; its family is asked from the kernel. */
    public static NativeSocket adopt(int fd) {
        try (Arena a = Arena.ofConfined()) {
            int family = name(a, fd, false).get(ValueLayout.JAVA_SHORT, 0);
            if (family != SocketAbi.AF_INET && family != SocketAbi.AF_INET6) {
                throw new IllegalArgumentException("fd " + fd + " is not an IPv4 or IPv6 socket (family " + family
                        + ")");
            }
            return new NativeSocket(fd, family);
        }
    }

    /**
     * A copy of socket {@code targetFd} of process {@code pid}, owned by the caller
     * ({@code pidfd_open} + {@code pidfd_getfd}; needs the right to ptrace that process, as root has).
     * The socket keeps the cgroup and network namespace it was created in.
     */
    public static NativeSocket takeFrom(long pid, int targetFd) {
        int pidfd = Bpf.checkSys("pidfd_open", Native.pidfdOpen(pid), "pid " + pid);
        int fd;
        try {
            fd = Bpf.checkSys("pidfd_getfd", Native.pidfdGetfd(pidfd, targetFd), "fd " + targetFd + " of pid " + pid);
        } finally {
            Native.close(pidfd);
        }
        try {
            return adopt(fd);
        } catch (RuntimeException e) {
            Native.close(fd);
            throw e;
        }
    }

    /** {@code AF_INET} or {@code AF_INET6}. */
    public int family() {
        return family;
    }

    // ---- setup ---------------------------------------------------------------------------------

    /** bind(2); an IPv4 address on an IPv6 socket is bound as its v4-mapped form. */
    public void bind(InetSocketAddress addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = sockaddr(a, addr, family);
            Bpf.checkSys("bind", Native.bind(fd(), sa, (int) sa.byteSize()), addr.toString());
        }
    }

    /** listen(2). */
    public void listen(int backlog) {
        Bpf.checkSys("listen", Native.listen(fd(), backlog), null);
    }

    /** setsockopt with an int value; {@code name} names the option in error messages. */
    public void setInt(int level, int option, int value, String name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocateFrom(ValueLayout.JAVA_INT, value);
            Bpf.checkSys("setsockopt(" + name + ")", Native.setsockopt(fd(), level, option, v, 4), null);
        }
    }

    /** setsockopt with an int value. */
    public void setInt(int level, int option, int value) {
        setInt(level, option, value, level + ", " + option);
    }

    /** getsockopt of an int (or the first 4 bytes of a larger value such as {@code TCP_INFO}). */
    public int getInt(int level, int option) {
        try (Arena a = Arena.ofConfined()) {
            return getsockopt(a, fd(), level, option, level + ", " + option).get(ValueLayout.JAVA_INT, 0);
        }
    }

    /** The socket's cookie (SO_COOKIE), the value socket maps report for it. */
    public long cookie() {
        return cookieOf(this);
    }

    /** The cookie of any socket. */
    public static long cookieOf(SocketRef s) {
        try (Arena a = Arena.ofConfined()) {
            return getsockopt(a, s.socketFd(), SocketAbi.SOL_SOCKET, SocketAbi.SO_COOKIE, "SO_COOKIE")
                    .get(ValueLayout.JAVA_LONG, 0);
        }
    }

    /** Up to 8 bytes of an option's value. */
    private static MemorySegment getsockopt(Arena a, int fd, int level, int option, String name) {
        MemorySegment v = a.allocate(ValueLayout.JAVA_LONG);
        MemorySegment len = a.allocateFrom(ValueLayout.JAVA_INT, 8);
        Bpf.checkSys("getsockopt(" + name + ")", Native.getsockopt(fd, level, option, v, len), null);
        return v;
    }

    // ---- connections ---------------------------------------------------------------------------

    /**
     * connect(2), or an exception naming the errno. A signal that interrupts a blocking connect
     * leaves the handshake running (connect(2) answers EINTR and must not be repeated): the result
     * is then awaited with poll and read from {@code SO_ERROR}.
     */
    public void connect(InetSocketAddress addr) {
        int r = tryConnect(addr);
        if (r == -Errno.EINTR) {
            poll(SocketAbi.POLLOUT, -1);
            r = -getInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_ERROR);
        }
        Bpf.checkSys("connect", r, addr.toString());
    }

    /** connect(2): 0 or {@code -errno} (a non-blocking socket answers {@code -EINPROGRESS}). */
    public int tryConnect(InetSocketAddress addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = sockaddr(a, addr, family);
            return Native.connect(fd(), sa, (int) sa.byteSize());
        }
    }

    /**
     * {@code connect()} with {@code sa_family = AF_UNSPEC}: dissolves the association; for an
     * established TCP socket this is a disconnect. 0 or {@code -errno}.
     */
    public int tryDisconnect() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = a.allocate(Attr.SOCKADDR_IN6);
            sa.set(ValueLayout.JAVA_SHORT, 0, (short) SocketAbi.AF_UNSPEC);
            return Native.connect(fd(), sa, (int) sa.byteSize());
        }
    }

    /** Accepts one connection, blocking. */
    public NativeSocket accept() {
        int fd = Bpf.checkSys("accept4", Native.accept4(fd(), MemorySegment.NULL, MemorySegment.NULL,
                SocketAbi.SOCK_CLOEXEC), null);
        return new NativeSocket(fd, family);
    }

    /** Accepts one connection if one is queued, else returns null at once. */
    public NativeSocket tryAccept() {
        return accept(0);
    }

    /** Accepts one connection, waiting up to {@code timeoutMillis}; null when none came. */
    public NativeSocket accept(int timeoutMillis) {
        if (!poll(SocketAbi.POLLIN, timeoutMillis)) {
            return null;
        }
        int r = Native.accept4(fd(), MemorySegment.NULL, MemorySegment.NULL, SocketAbi.SOCK_CLOEXEC);
        if (r == -Errno.EAGAIN) {
            return null; // another member of a reuseport group or another thread took it
        }
        return new NativeSocket(Bpf.checkSys("accept4", r, null), family);
    }

    /** Waits up to {@code timeoutMillis} for {@code events} ({@code POLLIN}, {@code POLLOUT}); false on timeout. */
    public boolean poll(short events, int timeoutMillis) {
        int r;
        do {
            r = Native.poll1(fd(), events, timeoutMillis);
        } while (r == -Errno.EINTR);
        return Bpf.checkSys("poll", r, null) > 0;
    }

    // ---- data ----------------------------------------------------------------------------------

    /** Sends all of {@code data} (repeating short sends); returns its length. */
    public long send(byte[] data) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocateFrom(ValueLayout.JAVA_BYTE, data);
            long sent = 0;
            while (sent < data.length) {
                long r = Native.sendto(fd(), b.asSlice(sent), data.length - sent, SocketAbi.MSG_NOSIGNAL,
                        MemorySegment.NULL, 0);
                if (r < 0) {
                    throw new BpfException("send", (int) -r, sent == 0 ? null : "after " + sent + " bytes");
                }
                sent += r;
            }
            return sent;
        }
    }

    /** One send(2) of {@code data}: the count sent or {@code -errno}. */
    public long trySend(byte[] data) {
        return trySendTo(data, null, 0);
    }

    /**
     * One sendto(2) of {@code data} to {@code to} (null on a connected socket) with {@code flags}
     * (e.g. {@code MSG_FASTOPEN}): the count sent or {@code -errno}.
     */
    public long trySendTo(byte[] data, InetSocketAddress to, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, b, ValueLayout.JAVA_BYTE, 0, data.length);
            MemorySegment sa = to == null ? MemorySegment.NULL : sockaddr(a, to, family);
            return Native.sendto(fd(), b, data.length, flags | SocketAbi.MSG_NOSIGNAL, sa,
                    to == null ? 0 : (int) sa.byteSize());
        }
    }

    /** Sends {@code data} as one datagram to {@code to}. */
    public void sendTo(byte[] data, InetSocketAddress to) {
        long r = trySendTo(data, to, 0);
        if (r < 0) {
            throw new BpfException("sendto", (int) -r, to.toString());
        }
    }

    /**
     * sendfile(2) of the first {@code count} bytes of {@code file}: the count sent or {@code -errno}.
     * Throws when the file cannot be opened.
     */
    public long trySendfile(Path file, long count) {
        int in = Bpf.checkSys("open", Native.open(file.toString(), Native.O_RDONLY | Native.O_CLOEXEC, 0),
                file.toString());
        try {
            return Native.sendfile(fd(), in, count);
        } finally {
            Native.close(in);
        }
    }

    /** Receives up to {@code max} bytes, blocking; empty at end of stream. */
    public byte[] recv(int max) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(Math.max(1, max));
            long r = Native.recvfrom(fd(), b, max, 0, MemorySegment.NULL, MemorySegment.NULL);
            if (r < 0) {
                throw new BpfException("recv", (int) -r, null);
            }
            return b.asSlice(0, r).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** A received message or datagram and who sent it ({@code from} is null when the kernel names no one). */
    public record Received(byte[] data, InetSocketAddress from) {
    }

    /**
     * Receives up to {@code max} bytes, waiting at most {@code timeoutMillis}: null on timeout, empty
     * data at end of stream.
     */
    public Received receive(int max, int timeoutMillis) {
        if (!poll(SocketAbi.POLLIN, timeoutMillis)) {
            return null;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(Math.max(1, max));
            MemorySegment sa = a.allocate(Attr.SOCKADDR_IN6);
            MemorySegment len = a.allocateFrom(ValueLayout.JAVA_INT, (int) sa.byteSize());
            long r = Native.recvfrom(fd(), b, max, SocketAbi.MSG_DONTWAIT, sa, len);
            if (r == -Errno.EAGAIN) {
                return null;
            }
            if (r < 0) {
                throw new BpfException("recv", (int) -r, null);
            }
            InetSocketAddress from = sa.get(ValueLayout.JAVA_SHORT, 0) == 0 ? null : fromSockaddr(sa);
            return new Received(b.asSlice(0, r).toArray(ValueLayout.JAVA_BYTE), from);
        }
    }

    /**
     * Reads until {@code n} bytes arrived, or the stream ended, or {@code timeoutMillis} passed
     * without data; returns what arrived (shorter than {@code n} in the last two cases).
     */
    public byte[] readExactly(int n, int timeoutMillis) {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n) {
            Received r = receive(n - got, timeoutMillis);
            if (r == null || r.data().length == 0) {
                break;
            }
            System.arraycopy(r.data(), 0, out, got, r.data().length);
            got += r.data().length;
        }
        return got == n ? out : Arrays.copyOf(out, got);
    }

    // ---- addresses -----------------------------------------------------------------------------

    /** The address the socket is bound to. */
    public InetSocketAddress localAddress() {
        try (Arena a = Arena.ofConfined()) {
            return fromSockaddr(name(a, fd(), false));
        }
    }

    /** The address of the connected peer. */
    public InetSocketAddress remoteAddress() {
        try (Arena a = Arena.ofConfined()) {
            return fromSockaddr(name(a, fd(), true));
        }
    }

    /** getsockname(2), or getpeername(2) for the {@code peer}. */
    private static MemorySegment name(Arena a, int fd, boolean peer) {
        MemorySegment sa = a.allocate(Attr.SOCKADDR_IN6);
        MemorySegment len = a.allocateFrom(ValueLayout.JAVA_INT, (int) sa.byteSize());
        int r = peer ? Native.getpeername(fd, sa, len) : Native.getsockname(fd, sa, len);
        Bpf.checkSys(peer ? "getpeername" : "getsockname", r, "fd " + fd);
        return sa;
    }

    /**
     * {@code struct sockaddr_in} or {@code sockaddr_in6} for {@code addr} on a socket of
     * {@code family}; IPv4 addresses on IPv6 sockets become v4-mapped.
     */
    static MemorySegment sockaddr(Arena a, InetSocketAddress addr, int family) {
        InetAddress ip = addr.getAddress();
        int port = addr.getPort();
        if (family == SocketAbi.AF_INET) {
            if (!(ip instanceof Inet4Address)) {
                throw new IllegalArgumentException("an IPv4 socket cannot use " + addr);
            }
            MemorySegment sa = a.allocate(Attr.SOCKADDR_IN);
            sa.set(ValueLayout.JAVA_SHORT, 0, (short) SocketAbi.AF_INET);
            sa.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8));
            sa.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
            MemorySegment.copy(ip.getAddress(), 0, sa, ValueLayout.JAVA_BYTE, 4, 4);
            return sa;
        }
        byte[] b = ip.getAddress();
        if (b.length == 4) {
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(b, 0, mapped, 12, 4);
            b = mapped;
        }
        MemorySegment sa = a.allocate(Attr.SOCKADDR_IN6);
        sa.set(ValueLayout.JAVA_SHORT, 0, (short) SocketAbi.AF_INET6);
        sa.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8));
        sa.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
        MemorySegment.copy(b, 0, sa, ValueLayout.JAVA_BYTE, 8, 16);
        return sa;
    }

    static InetSocketAddress fromSockaddr(MemorySegment sa) {
        int family = sa.get(ValueLayout.JAVA_SHORT, 0);
        int port = (sa.get(ValueLayout.JAVA_BYTE, 2) & 0xff) << 8 | (sa.get(ValueLayout.JAVA_BYTE, 3) & 0xff);
        try {
            byte[] ip = family == SocketAbi.AF_INET ? sa.asSlice(4, 4).toArray(ValueLayout.JAVA_BYTE)
                    : sa.asSlice(8, 16).toArray(ValueLayout.JAVA_BYTE);
            return new InetSocketAddress(InetAddress.getByAddress(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
