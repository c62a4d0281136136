package dev.bpfj.loader.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Locale;

/**
 * The C library calls the loader makes, through {@link Linker#nativeLinker()}. Every call captures
 * {@code errno} with {@code captureCallState} and returns the kernel convention: a non-negative
 * result, or {@code -errno} on failure. errno is read only when the call reported failure.
 *
 * <p>Internal to the loader; other modules use the typed API of {@code dev.bpfj.loader}.
 */
public final class Native {
    private Native() {
    }

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO_OPT = Linker.Option.captureCallState("errno");

    /** The bpf(2) syscall number of this machine's architecture. */
    public static final long SYS_BPF = bpfSyscallNumber(System.getProperty("os.name"),
            System.getProperty("os.arch"));

    private static final ThreadLocal<MemorySegment> CAPTURED =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(CAPTURE));

    private static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... extra) {
        Linker.Option[] opts = new Linker.Option[extra.length + 1];
        opts[0] = ERRNO_OPT;
        System.arraycopy(extra, 0, opts, 1, extra.length);
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(
                () -> new UnsupportedOperationException("the C library has no " + name + "()")), fd, opts);
    }

    // Each downcall handle is linked on first use, in a holder class of its own: linking one spins
    // a stub class and its method handles (tens of milliseconds at start-up), and a command-line
    // load needs two or three of them.

    // syscall(long number, ...): every variadic argument is passed as a full 64-bit word so no
    // register carries stale upper bits into the kernel.
    private static final class SyscallH {
        static final MethodHandle H = fn("syscall",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG),
                Linker.Option.firstVariadicArg(1));
    }

    private static final class CloseH {
        static final MethodHandle H = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class SocketH {
        static final MethodHandle H = fn("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    private static final class BindH {
        static final MethodHandle H = fn("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class ConnectH {
        static final MethodHandle H = fn("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class ListenH {
        static final MethodHandle H = fn("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    }

    private static final class Accept4H {
        static final MethodHandle H = fn("accept4",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    private static final class GetsocknameH {
        static final MethodHandle H = fn("getsockname",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    private static final class SetsockoptH {
        static final MethodHandle H = fn("setsockopt",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class GetsockoptH {
        static final MethodHandle H = fn("getsockopt",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    private static final class GetpeernameH {
        static final MethodHandle H = fn("getpeername",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    private static final class SendtoH {
        static final MethodHandle H = fn("sendto",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class RecvfromH {
        static final MethodHandle H = fn("recvfrom",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
    }

    private static final class SendfileH {
        static final MethodHandle H = fn("sendfile",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    }

    // syscall(long number, long, long, long) for the syscalls the C library may lack a wrapper for.
    private static final class Syscall3H {
        static final MethodHandle H = fn("syscall",
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                Linker.Option.firstVariadicArg(1));
    }

    private static final class PollH {
        static final MethodHandle H = fn("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    }

    private static final class IoctlH {
        static final MethodHandle H = fn("ioctl",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));
    }

    private static final class FcntlH {
        static final MethodHandle H = fn("fcntl",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
    }

    private static final class OpenH {
        static final MethodHandle H = fn("open",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
    }

    private static final class UnshareH {
        static final MethodHandle H = fn("unshare", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    }

    private static final class SetnsH {
        static final MethodHandle H = fn("setns", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    }

    private static final class MountH {
        static final MethodHandle H = fn("mount",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    }

    private static final class Umount2H {
        static final MethodHandle H = fn("umount2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    }

    /**
     * The bpf(2) syscall number for {@code os}/{@code arch}; refuses architectures bpfj does not
     * know, since a wrong number would call an unrelated syscall.
     */
    static long bpfSyscallNumber(String os, String arch) {
        if (os == null || !os.toLowerCase(Locale.ROOT).contains("linux")) {
            return -1;
        }
        return switch (arch == null ? "" : arch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> 321;
            case "aarch64", "arm64" -> 280;
            default -> -1;
        };
    }

    /** Throws when bpf(2) cannot be called on this machine, naming the reason. */
    public static void requireBpf() {
        if (SYS_BPF < 0) {
            throw new UnsupportedOperationException("bpf(2) is supported on Linux x86_64 and aarch64 only, not on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
    }

    private static int errno() {
        return (int) ERRNO.get(CAPTURED.get(), 0L);
    }

    private static int ret(int r) {
        return r < 0 ? -errno() : r;
    }

    private static long ret(long r) {
        return r < 0 ? -errno() : r;
    }

    private static Error bug(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        return new AssertionError("native call failed", t);
    }

    /** {@code bpf(cmd, attr, size)}: the result or {@code -errno}. */
    public static int bpf(int cmd, MemorySegment attr, long size) {
        requireBpf();
        try {
            long r = (long) SyscallH.H.invokeExact(CAPTURED.get(), SYS_BPF, (long) cmd, attr, size);
            return (int) ret(r);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int close(int fd) {
        try {
            return ret((int) CloseH.H.invokeExact(CAPTURED.get(), fd));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int socket(int domain, int type, int protocol) {
        try {
            return ret((int) SocketH.H.invokeExact(CAPTURED.get(), domain, type, protocol));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int bind(int fd, MemorySegment addr, int len) {
        try {
            return ret((int) BindH.H.invokeExact(CAPTURED.get(), fd, addr, len));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int connect(int fd, MemorySegment addr, int len) {
        try {
            return ret((int) ConnectH.H.invokeExact(CAPTURED.get(), fd, addr, len));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int listen(int fd, int backlog) {
        try {
            return ret((int) ListenH.H.invokeExact(CAPTURED.get(), fd, backlog));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int accept4(int fd, MemorySegment addr, MemorySegment len, int flags) {
        try {
            return ret((int) Accept4H.H.invokeExact(CAPTURED.get(), fd, addr, len, flags));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int getsockname(int fd, MemorySegment addr, MemorySegment len) {
        try {
            return ret((int) GetsocknameH.H.invokeExact(CAPTURED.get(), fd, addr, len));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int setsockopt(int fd, int level, int name, MemorySegment value, int len) {
        try {
            return ret((int) SetsockoptH.H.invokeExact(CAPTURED.get(), fd, level, name, value, len));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int getsockopt(int fd, int level, int name, MemorySegment value, MemorySegment len) {
        try {
            return ret((int) GetsockoptH.H.invokeExact(CAPTURED.get(), fd, level, name, value, len));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int getpeername(int fd, MemorySegment addr, MemorySegment len) {
        try {
            return ret((int) GetpeernameH.H.invokeExact(CAPTURED.get(), fd, addr, len));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code sendto}; {@code addr} may be {@link MemorySegment#NULL} (with length 0) for a connected socket. */
    public static long sendto(int fd, MemorySegment buf, long len, int flags, MemorySegment addr, int addrLen) {
        try {
            return ret((long) SendtoH.H.invokeExact(CAPTURED.get(), fd, buf, len, flags, addr, addrLen));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code recvfrom}; {@code addr} and {@code len} may be {@link MemorySegment#NULL}. */
    public static long recvfrom(int fd, MemorySegment buf, long len, int flags, MemorySegment addr,
                                MemorySegment addrLen) {
        try {
            return ret((long) RecvfromH.H.invokeExact(CAPTURED.get(), fd, buf, len, flags, addr, addrLen));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code sendfile(out, in, NULL, count)}: from {@code in}'s current offset. */
    public static long sendfile(int outFd, int inFd, long count) {
        try {
            return ret((long) SendfileH.H.invokeExact(CAPTURED.get(), outFd, inFd, MemorySegment.NULL, count));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code pidfd_open(pid, 0)}: a descriptor for process {@code pid}, or {@code -errno}. */
    public static int pidfdOpen(long pid) {
        return (int) syscall3(SYS_PIDFD_OPEN, pid, 0, 0);
    }

    /** {@code pidfd_getfd(pidfd, targetFd, 0)}: a close-on-exec copy of the process's fd, or {@code -errno}. */
    public static int pidfdGetfd(int pidfd, int targetFd) {
        return (int) syscall3(SYS_PIDFD_GETFD, pidfd, targetFd, 0);
    }

    private static long syscall3(long nr, long a, long b, long c) {
        try {
            return ret((long) Syscall3H.H.invokeExact(CAPTURED.get(), nr, a, b, c));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** {@code poll} on one fd for {@code events}; returns the revents (0 on timeout) or {@code -errno}. */
    public static int poll1(int fd, short events, int timeoutMillis) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment pfd = a.allocate(8, 4);
            pfd.set(JAVA_INT, 0, fd);
            pfd.set(java.lang.foreign.ValueLayout.JAVA_SHORT, 4, events);
            int r = ret((int) PollH.H.invokeExact(CAPTURED.get(), pfd, 1L, timeoutMillis));
            return r <= 0 ? r : pfd.get(java.lang.foreign.ValueLayout.JAVA_SHORT, 6);
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int ioctl(int fd, long request, MemorySegment arg) {
        try {
            return ret((int) IoctlH.H.invokeExact(CAPTURED.get(), fd, request, arg));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int fcntl(int fd, int cmd, int arg) {
        try {
            return ret((int) FcntlH.H.invokeExact(CAPTURED.get(), fd, cmd, arg));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    /** A new close-on-exec descriptor for the same open file, or {@code -errno}. */
    public static int dup(int fd) {
        return fcntl(fd, F_DUPFD_CLOEXEC, 0);
    }

    /** {@code open(path, flags, mode)}; the path is passed as a NUL-terminated UTF-8 string. */
    public static int open(String path, int flags, int mode) {
        try (Arena a = Arena.ofConfined()) {
            return ret((int) OpenH.H.invokeExact(CAPTURED.get(), a.allocateFrom(path), flags, mode));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int unshare(int flags) {
        try {
            return ret((int) UnshareH.H.invokeExact(CAPTURED.get(), flags));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int setns(int fd, int nstype) {
        try {
            return ret((int) SetnsH.H.invokeExact(CAPTURED.get(), fd, nstype));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int mount(String source, String target, String fstype, long flags) {
        try (Arena a = Arena.ofConfined()) {
            return ret((int) MountH.H.invokeExact(CAPTURED.get(), a.allocateFrom(source), a.allocateFrom(target),
                    a.allocateFrom(fstype), flags, MemorySegment.NULL));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    public static int umount2(String target, int flags) {
        try (Arena a = Arena.ofConfined()) {
            return ret((int) Umount2H.H.invokeExact(CAPTURED.get(), a.allocateFrom(target), flags));
        } catch (Throwable t) {
            throw bug(t);
        }
    }

    // Constants of the C library the loader needs (Linux, x86_64 and aarch64 agree); the socket API's
    // values are in core's SocketAbi.
    public static final int O_RDONLY = 0, O_DIRECTORY = 0x10000, O_CLOEXEC = 0x80000;
    public static final int F_DUPFD_CLOEXEC = 1030;
    public static final int CLONE_NEWNET = 0x40000000;
    public static final long SIOCGIFFLAGS = 0x8913, SIOCSIFFLAGS = 0x8914;
    public static final int IFF_UP = 0x1;
    public static final int MNT_DETACH = 2;
    // Syscalls added after the architectures' tables were unified: the same number everywhere.
    static final long SYS_PIDFD_OPEN = 434, SYS_PIDFD_GETFD = 438;
}
