package dev.bpfj.dsl;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.JmpOp;
import java.util.Objects;

/**
 * An unsigned integer value of a program being built (32 or 64 bits): a context field, a packet
 * or map-value field, a variable, a helper result, or arithmetic on those. Nothing is emitted
 * until a statement uses it, so {@code ctx.localPort().eq(80)} becomes one load and one
 * compare-with-immediate jump.
 *
 * <pre>{@code
 * Val port = ctx.localPort();
 * p.ifThen(port.ge(8000).and(port.lt(9000)), () -> p.drop());
 * Val slot = ctx.hash().mod(4);
 * }</pre>
 *
 * <p>32-bit values use 32-bit arithmetic and comparisons (upper bits zero), as C's {@code __u32}.
 */
public class Val {
    final Gen gen;
    final Node node;

    Val(Gen gen, Node node) {
        this.gen = gen;
        this.node = node;
    }

    /** 32 or 64. */
    public int bits() {
        return node.bits();
    }

    // ---- Arithmetic (unsigned, wrapping) -------------------------------------------------------

    public Val add(long c) {
        return bin(AluOp.ADD, c);
    }

    public Val add(Val v) {
        return bin(AluOp.ADD, v);
    }

    public Val sub(long c) {
        return bin(AluOp.SUB, c);
    }

    public Val sub(Val v) {
        return bin(AluOp.SUB, v);
    }

    public Val mul(long c) {
        return bin(AluOp.MUL, c);
    }

    public Val mul(Val v) {
        return bin(AluOp.MUL, v);
    }

    /** Unsigned division; dividing by a zero register yields 0 (the eBPF rule). */
    public Val div(long c) {
        requireNonZero(c);
        return bin(AluOp.DIV, c);
    }

    public Val div(Val v) {
        return bin(AluOp.DIV, v);
    }

    /** Unsigned remainder; {@code x % 0} is {@code x} (the eBPF rule). */
    public Val mod(long c) {
        requireNonZero(c);
        return bin(AluOp.MOD, c);
    }

    public Val mod(Val v) {
        return bin(AluOp.MOD, v);
    }

    public Val and(long c) {
        return bin(AluOp.AND, c);
    }

    public Val and(Val v) {
        return bin(AluOp.AND, v);
    }

    public Val or(long c) {
        return bin(AluOp.OR, c);
    }

    public Val or(Val v) {
        return bin(AluOp.OR, v);
    }

    public Val xor(long c) {
        return bin(AluOp.XOR, c);
    }

    public Val xor(Val v) {
        return bin(AluOp.XOR, v);
    }

    /** Shift left by {@code n} bits (0 to width-1). */
    public Val shl(int n) {
        requireShift(n);
        return bin(AluOp.LSH, n);
    }

    /** Logical shift right by {@code n} bits (0 to width-1). */
    public Val shr(int n) {
        requireShift(n);
        return bin(AluOp.RSH, n);
    }

    /** The low 16 bits byte-swapped: network to host order of a 16-bit field, and back. */
    public Val swap16() {
        return new Val(gen, new Node.Swap(16, node, bits()));
    }

    /** The low 32 bits byte-swapped. */
    public Val swap32() {
        return new Val(gen, new Node.Swap(32, node, bits()));
    }

    /** The same value as a 64-bit quantity. */
    public Val to64() {
        return bits() == 64 ? this : new Val(gen, withBits(node, 64));
    }

    // ---- Comparisons (unsigned) ---------------------------------------------------------------

    public Cond eq(long c) {
        return cmp(JmpOp.JEQ, c);
    }

    public Cond eq(Val v) {
        return cmp(JmpOp.JEQ, v);
    }

    public Cond ne(long c) {
        return cmp(JmpOp.JNE, c);
    }

    public Cond ne(Val v) {
        return cmp(JmpOp.JNE, v);
    }

    public Cond lt(long c) {
        return cmp(JmpOp.JLT, c);
    }

    public Cond lt(Val v) {
        return cmp(JmpOp.JLT, v);
    }

    public Cond le(long c) {
        return cmp(JmpOp.JLE, c);
    }

    public Cond le(Val v) {
        return cmp(JmpOp.JLE, v);
    }

    public Cond gt(long c) {
        return cmp(JmpOp.JGT, c);
    }

    public Cond gt(Val v) {
        return cmp(JmpOp.JGT, v);
    }

    public Cond ge(long c) {
        return cmp(JmpOp.JGE, c);
    }

    public Cond ge(Val v) {
        return cmp(JmpOp.JGE, v);
    }

    /** True when any bit of {@code mask} is set. */
    public Cond anyBit(long mask) {
        return cmp(JmpOp.JSET, mask);
    }

    /** True when the value equals one of {@code values}. */
    public Cond in(long... values) {
        if (values.length == 0) {
            return new Cond(gen, new CondNode.Bool(false));
        }
        Cond c = eq(values[0]);
        for (int i = 1; i < values.length; i++) {
            c = c.or(eq(values[i]));
        }
        return c;
    }

    // ---- Internals ----------------------------------------------------------------------------

    Node constant(long c) {
        int bits = bits();
        if (bits == 32 && (c < Integer.MIN_VALUE || c > 0xffff_ffffL)) {
            throw new IllegalArgumentException("constant " + c + " does not fit a 32-bit value");
        }
        return new Node.Const(bits == 32 ? c & 0xffff_ffffL : c, bits);
    }

    private Val bin(AluOp op, long c) {
        Node k = constant(c);
        if (node instanceof Node.Const a) {
            return new Val(gen, new Node.Const(Cond.fold(op, a.value(), ((Node.Const) k).value(), bits()), bits()));
        }
        return new Val(gen, new Node.Bin(op, node, k, bits()));
    }

    private Val bin(AluOp op, Val v) {
        Objects.requireNonNull(v, "value");
        gen.sameBuilder(v.gen);
        int bits = Math.max(bits(), v.bits());
        return new Val(gen, new Node.Bin(op, withBits(node, bits), withBits(v.node, bits), bits));
    }

    private Cond cmp(JmpOp op, long c) {
        return new Cond(gen, new CondNode.Cmp(op, node, constant(c), bits()));
    }

    private Cond cmp(JmpOp op, Val v) {
        Objects.requireNonNull(v, "value");
        gen.sameBuilder(v.gen);
        int bits = Math.max(bits(), v.bits());
        return new Cond(gen, new CondNode.Cmp(op, withBits(node, bits), withBits(v.node, bits), bits));
    }

    /** The node computed on {@code bits}; 32-bit values are already zero-extended in registers. */
    static Node withBits(Node n, int bits) {
        if (n.bits() == bits) {
            return n;
        }
        return switch (n) {
            case Node.Const c -> new Node.Const(c.value(), bits);
            case Node.CtxLoad f -> new Node.CtxLoad(f.field(), f.offset(), f.size(), bits);
            case Node.Deref d -> new Node.Deref(d.base(), d.offset(), d.size(), bits);
            case Node.StackLoad s -> new Node.StackLoad(s.area(), s.offset(), s.size(), bits);
            case Node.Held h -> new Node.Zext(n);
            case Node.Bin b -> new Node.Zext(n);
            case Node.Swap s -> new Node.Swap(s.width(), s.a(), bits);
            case Node.Zext z -> z;
        };
    }

    private static void requireNonZero(long c) {
        if (c == 0) {
            throw new IllegalArgumentException("division by the constant 0");
        }
    }

    private void requireShift(int n) {
        if (n < 0 || n >= bits()) {
            throw new IllegalArgumentException("shift of " + n + " bits on a " + bits() + "-bit value");
        }
    }
}
