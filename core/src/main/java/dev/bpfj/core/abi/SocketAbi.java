package dev.bpfj.core.abi;

/**
 * Values of the Linux socket API that socket-steering programs compare against and that the
 * loader and examples pass to the C library: address families, socket types, protocol numbers,
 * socket options and message flags. Identical on x86_64 and aarch64; checked against the C headers
 * by a test.
 */
public final class SocketAbi {
    private SocketAbi() {
    }

    // Address families (the ctx "family" fields report these).
    public static final int AF_UNSPEC = 0, AF_INET = 2, AF_INET6 = 10;

    // Socket types and socket(2) flags.
    public static final int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;

    // Protocol numbers (the ctx "protocol" fields report these) and option levels.
    public static final int IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_IPV6 = 41;
    public static final int SOL_SOCKET = 1;

    // Socket options.
    public static final int SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_REUSEPORT = 15, SO_COOKIE = 57;
    public static final int SO_ATTACH_REUSEPORT_EBPF = 52, SO_DETACH_REUSEPORT_BPF = 68;
    public static final int TCP_FASTOPEN = 23, IPV6_V6ONLY = 26;

    // send(2)/recv(2) flags and poll(2) events.
    public static final int MSG_DONTWAIT = 0x40, MSG_NOSIGNAL = 0x4000, MSG_FASTOPEN = 0x20000000;
    public static final short POLLIN = 0x1, POLLOUT = 0x4;
}
