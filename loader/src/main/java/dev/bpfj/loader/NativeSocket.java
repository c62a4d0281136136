package dev.bpfj.loader;

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

/**
 * A socket created through FFM {@code socket()}, {@code bind()}, {@code listen()}: usable without
 * any JVM flag, for socket maps and SO_REUSEPORT groups. Sockets are created in the calling
 * thread's network namespace, with close-on-exec.
 */
public final class NativeSocket extends FdHandle implements SocketRef {
    private final String kind;

    private NativeSocket(int fd, String kind) {
        super(fd);
        this.kind = kind;
    }

    @Override
    public int socketFd() {
        return fd();
    }

    @Override
    protected String what() {
        return kind + " socket";
    }

    /** A TCP listener bound to {@code addr} (port 0 picks one); {@code reusePort} sets SO_REUSEPORT before bind. */
    public static NativeSocket tcpListener(InetSocketAddress addr, int backlog, boolean reusePort) {
        NativeSocket s = create(addr, SocketAbi.SOCK_STREAM, "tcp listener");
        try {
            s.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEADDR, 1, "SO_REUSEADDR");
            if (reusePort) {
                s.setInt(SocketAbi.SOL_SOCKET, SocketAbi.SO_REUSEPORT, 1, "SO_REUSEPORT");
            }
            s.bind(addr);
            Bpf.checkSys("listen", Native.listen(s.fd(), backlog), null);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A TCP connection to {@code addr} (blocking connect). */
    public static NativeSocket tcpConnect(InetSocketAddress addr) {
        NativeSocket s = create(addr, SocketAbi.SOCK_STREAM, "tcp");
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = sockaddr(a, addr);
            Bpf.checkSys("connect", Native.connect(s.fd(), sa, (int) sa.byteSize()), addr.toString());
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A UDP socket bound to {@code addr}. */
    public static NativeSocket udp(InetSocketAddress addr, boolean reusePort) {
        NativeSocket s = create(addr, SocketAbi.SOCK_DGRAM, "udp");
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

    private static NativeSocket create(InetSocketAddress addr, int type, String kind) {
        int family = addr.getAddress() instanceof Inet6Address ? SocketAbi.AF_INET6 : SocketAbi.AF_INET;
        int fd = Bpf.checkSys("socket", Native.socket(family, type | SocketAbi.SOCK_CLOEXEC, 0), null);
        return new NativeSocket(fd, kind);
    }

    /** Accepts one connection, blocking. */
    public NativeSocket accept() {
        int fd = Bpf.checkSys("accept4", Native.accept4(fd(), MemorySegment.NULL, MemorySegment.NULL,
                SocketAbi.SOCK_CLOEXEC), null);
        return new NativeSocket(fd, "tcp");
    }

    /** Accepts one connection if one is queued, else returns null at once. */
    public NativeSocket tryAccept() {
        return accept(0);
    }

    /** Accepts one connection, waiting up to {@code timeoutMillis}; null when none came. */
    public NativeSocket accept(int timeoutMillis) {
        int ready = Bpf.checkSys("poll", Native.poll1(fd(), SocketAbi.POLLIN, timeoutMillis), null);
        if (ready == 0) {
            return null;
        }
        int r = Native.accept4(fd(), MemorySegment.NULL, MemorySegment.NULL, SocketAbi.SOCK_CLOEXEC);
        return new NativeSocket(Bpf.checkSys("accept4", r, null), "tcp");
    }

    private void bind(InetSocketAddress addr) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = sockaddr(a, addr);
            Bpf.checkSys("bind", Native.bind(fd(), sa, (int) sa.byteSize()), addr.toString());
        }
    }

    /** setsockopt with an int value. */
    public void setInt(int level, int option, int value, String name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocateFrom(ValueLayout.JAVA_INT, value);
            Bpf.checkSys("setsockopt(" + name + ")", Native.setsockopt(fd(), level, option, v, 4), null);
        }
    }

    /** Sends all of {@code data}; returns the count the kernel took. */
    public long send(byte[] data) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocateFrom(ValueLayout.JAVA_BYTE, data);
            long r = Native.send(fd(), b, data.length, 0);
            if (r < 0) {
                throw new BpfException("send", (int) -r, null);
            }
            return r;
        }
    }

    /** Receives up to {@code max} bytes, blocking. */
    public byte[] recv(int max) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment b = a.allocate(max);
            long r = Native.recv(fd(), b, max, 0);
            if (r < 0) {
                throw new BpfException("recv", (int) -r, null);
            }
            return b.asSlice(0, r).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** The socket's cookie (SO_COOKIE), the value socket maps report for it. */
    public long cookie() {
        return cookieOf(this);
    }

    /** The cookie of any socket. */
    public static long cookieOf(SocketRef s) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(ValueLayout.JAVA_LONG);
            MemorySegment len = a.allocateFrom(ValueLayout.JAVA_INT, 8);
            Bpf.checkSys("getsockopt(SO_COOKIE)", Native.getsockopt(s.socketFd(), SocketAbi.SOL_SOCKET,
                    SocketAbi.SO_COOKIE, v, len), null);
            return v.get(ValueLayout.JAVA_LONG, 0);
        }
    }

    /** The address the socket is bound to. */
    public InetSocketAddress localAddress() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment sa = a.allocate(Attr.SOCKADDR_IN6);
            MemorySegment len = a.allocateFrom(ValueLayout.JAVA_INT, (int) sa.byteSize());
            Bpf.checkSys("getsockname", Native.getsockname(fd(), sa, len), null);
            return fromSockaddr(sa);
        }
    }

    /** {@code struct sockaddr_in} or {@code sockaddr_in6} for {@code addr}. */
    static MemorySegment sockaddr(Arena a, InetSocketAddress addr) {
        InetAddress ip = addr.getAddress();
        int port = addr.getPort();
        if (ip instanceof Inet4Address v4) {
            MemorySegment sa = a.allocate(Attr.SOCKADDR_IN);
            sa.set(ValueLayout.JAVA_SHORT, 0, (short) SocketAbi.AF_INET);
            sa.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8));
            sa.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
            MemorySegment.copy(v4.getAddress(), 0, sa, ValueLayout.JAVA_BYTE, 4, 4);
            return sa;
        }
        MemorySegment sa = a.allocate(Attr.SOCKADDR_IN6);
        sa.set(ValueLayout.JAVA_SHORT, 0, (short) SocketAbi.AF_INET6);
        sa.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8));
        sa.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
        MemorySegment.copy(ip.getAddress(), 0, sa, ValueLayout.JAVA_BYTE, 8, 16);
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
