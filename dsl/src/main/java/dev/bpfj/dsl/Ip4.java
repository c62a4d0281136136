package dev.bpfj.dsl;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.JmpOp;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * An IPv4 address read from the context or a packet, in network byte order as the kernel stores
 * it. Prefix and equality tests compare against constants converted at build time, so
 * {@code in("192.0.2.0/24")} is one load, one mask and one compare.
 *
 * <pre>{@code
 * p.ifThen(ctx.localIp4().in("192.0.2.0/24"), () -> slot.set(0));
 * }</pre>
 */
public final class Ip4 {
    final Gen gen;
    final Node raw;

    Ip4(Gen gen, Node raw) {
        this.gen = gen;
        this.raw = raw;
    }

    /** True when the address lies in {@code cidr}, e.g. {@code "192.0.2.0/24"} ({@code /32} if omitted). */
    public Cond in(String cidr) {
        Prefix p = Prefix.parse(cidr, 4);
        if (p.length() == 0) {
            return new Cond(gen, new CondNode.Bool(true));
        }
        long value = word(p.bytes(), 0);
        long mask = word(Prefix.mask(p.length(), 4), 0);
        Node subject = p.length() == 32 ? raw : new Node.Bin(AluOp.AND, raw, new Node.Const(mask, 32), 32);
        return new Cond(gen, new CondNode.Cmp(JmpOp.JEQ, subject, new Node.Const(value, 32), 32));
    }

    /** True when the address equals {@code address}. */
    public Cond eq(String address) {
        return in(address + "/32");
    }

    /** The address as loaded: network byte order in memory, so the first octet is the low byte. */
    public Val raw() {
        return new Val(gen, raw);
    }

    /** The address in host order ({@code 192.0.2.1} is {@code 0xc0000201}). */
    public Val hostOrder() {
        return new Val(gen, new Node.Swap(32, raw, 32));
    }

    /** Little-endian word of bytes {@code [4i, 4i+4)}: what a 32-bit load of those bytes yields. */
    static long word(byte[] b, int i) {
        return (b[4 * i] & 0xffL) | (b[4 * i + 1] & 0xffL) << 8 | (b[4 * i + 2] & 0xffL) << 16
                | (b[4 * i + 3] & 0xffL) << 24;
    }

    /** An address prefix parsed from text. */
    record Prefix(byte[] bytes, int length) {
        static Prefix parse(String cidr, int family) {
            String text = cidr.strip();
            int slash = text.indexOf('/');
            String addr = slash < 0 ? text : text.substring(0, slash);
            int bits = family == 4 ? 32 : 128;
            int len = bits;
            if (slash >= 0) {
                try {
                    len = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad prefix length in '" + cidr + "'");
                }
            }
            if (len < 0 || len > bits) {
                throw new IllegalArgumentException("prefix length " + len + " in '" + cidr + "' is outside 0.." + bits);
            }
            InetAddress a;
            try {
                a = InetAddress.ofLiteral(addr);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + cidr + "' is not an IPv" + (family == 4 ? "4" : "6")
                        + " address or prefix");
            }
            if ((family == 4) != (a instanceof Inet4Address)) {
                throw new IllegalArgumentException("'" + cidr + "' is not an IPv" + (family == 4 ? "4" : "6")
                        + " address or prefix");
            }
            byte[] b = a.getAddress();
            byte[] m = mask(len, b.length);
            for (int i = 0; i < b.length; i++) {
                if ((b[i] & ~m[i]) != 0) {
                    throw new IllegalArgumentException("'" + cidr + "' has bits set beyond its /" + len + " prefix");
                }
            }
            return new Prefix(b, len);
        }

        static byte[] mask(int len, int bytes) {
            byte[] m = new byte[bytes];
            for (int i = 0; i < len; i++) {
                m[i / 8] |= (byte) (0x80 >>> (i % 8));
            }
            return m;
        }
    }
}
