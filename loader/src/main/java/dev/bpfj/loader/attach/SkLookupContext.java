package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.loader.sys.Attr;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;

/**
 * The packet an sk_lookup test run pretends to look up a socket for: protocol, remote (source) and
 * local (destination) address. Encodes to {@code struct bpf_sk_lookup}: addresses and the remote
 * port in network byte order, the local port in host byte order, as the kernel defines them.
 */
public record SkLookupContext(int protocol, InetSocketAddress remote, InetSocketAddress local) {
    public SkLookupContext {
        if ((remote.getAddress() instanceof Inet6Address) != (local.getAddress() instanceof Inet6Address)) {
            throw new IllegalArgumentException("remote and local addresses must be of one family");
        }
    }

    public static SkLookupContext tcp(InetSocketAddress remote, InetSocketAddress local) {
        return new SkLookupContext(SocketAbi.IPPROTO_TCP, remote, local);
    }

    public static SkLookupContext udp(InetSocketAddress remote, InetSocketAddress local) {
        return new SkLookupContext(SocketAbi.IPPROTO_UDP, remote, local);
    }

    public int family() {
        return local.getAddress() instanceof Inet4Address ? SocketAbi.AF_INET : SocketAbi.AF_INET6;
    }

    /** The 72-byte {@code struct bpf_sk_lookup} the kernel takes as ctx_in. */
    public byte[] encode() {
        StructLayout l = Attr.SK_LOOKUP_CTX;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = Attr.alloc(a, l);
            s.set(ValueLayout.JAVA_INT, Attr.off(l, "family"), family());
            s.set(ValueLayout.JAVA_INT, Attr.off(l, "protocol"), protocol);
            byte[] rip = remote.getAddress().getAddress();
            byte[] lip = local.getAddress().getAddress();
            boolean v4 = rip.length == 4;
            MemorySegment.copy(rip, 0, s, ValueLayout.JAVA_BYTE, Attr.off(l, v4 ? "remote_ip4" : "remote_ip6"), rip.length);
            MemorySegment.copy(lip, 0, s, ValueLayout.JAVA_BYTE, Attr.off(l, v4 ? "local_ip4" : "local_ip6"), lip.length);
            long rp = Attr.off(l, "remote_port");
            s.set(ValueLayout.JAVA_BYTE, rp, (byte) (remote.getPort() >> 8));
            s.set(ValueLayout.JAVA_BYTE, rp + 1, (byte) remote.getPort());
            s.set(ValueLayout.JAVA_INT, Attr.off(l, "local_port"), local.getPort());
            return s.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** The cookie field of a {@code struct bpf_sk_lookup} returned as ctx_out: the selected socket's, or 0. */
    static long cookieOf(byte[] ctxOut) {
        if (ctxOut.length < 8) {
            return 0;
        }
        return MemorySegment.ofArray(ctxOut).get(ValueLayout.JAVA_LONG_UNALIGNED, Attr.off(Attr.SK_LOOKUP_CTX, "cookie"));
    }
}
