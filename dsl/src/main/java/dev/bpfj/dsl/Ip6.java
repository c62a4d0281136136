package dev.bpfj.dsl;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.JmpOp;

/**
 * An IPv6 address read from the context as four 32-bit words in network byte order. Prefix tests
 * compare only the words the prefix covers.
 *
 * <pre>{@code
 * p.ifThen(ctx.localIp6().in("2001:db8:1::/64"), () -> slot.set(0));
 * }</pre>
 */
public final class Ip6 {
    final Gen gen;
    final Node[] words;

    Ip6(Gen gen, Node[] words) {
        this.gen = gen;
        this.words = words.clone();
    }

    /** True when the address lies in {@code cidr}, e.g. {@code "2001:db8::/32"} ({@code /128} if omitted). */
    public Cond in(String cidr) {
        Ip4.Prefix p = Ip4.Prefix.parse(cidr, 6);
        byte[] mask = Ip4.Prefix.mask(p.length(), 16);
        CondNode c = null;
        for (int i = 0; i < 4; i++) {
            int covered = Math.max(0, Math.min(32, p.length() - 32 * i));
            if (covered == 0) {
                break;
            }
            long value = Ip4.word(p.bytes(), i);
            Node subject = covered == 32 ? words[i]
                    : new Node.Bin(AluOp.AND, words[i], new Node.Const(Ip4.word(mask, i), 32), 32);
            CondNode w = new CondNode.Cmp(JmpOp.JEQ, subject, new Node.Const(value, 32), 32);
            c = c == null ? w : new CondNode.And(c, w);
        }
        return new Cond(gen, c == null ? new CondNode.Bool(true) : c);
    }

    /** True when the address equals {@code address}. */
    public Cond eq(String address) {
        return in(address + "/128");
    }

    /** Word {@code i} (0-3) as loaded: bytes {@code 4i..4i+3} in network order. */
    public Val word(int i) {
        return new Val(gen, words[i]);
    }
}
