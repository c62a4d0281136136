package dev.bpfj.dsl;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.JmpOp;
import java.util.Objects;

/**
 * A condition for {@code ifThen}, {@code ifElse} and {@code when}: comparisons of {@link Val}s,
 * address prefix tests, combined with {@code and}, {@code or} and {@code not} (short-circuit,
 * compiled straight into conditional jumps).
 *
 * <pre>{@code
 * Cond web = ctx.localPort().in(80, 443).and(ctx.localIp4().in("192.0.2.0/24"));
 * p.ifThen(web.not(), () -> p.pass());
 * }</pre>
 */
public final class Cond {
    final Gen gen;
    final CondNode node;

    Cond(Gen gen, CondNode node) {
        this.gen = gen;
        this.node = node;
    }

    public Cond and(Cond other) {
        Objects.requireNonNull(other, "other");
        gen.sameBuilder(other.gen);
        return new Cond(gen, new CondNode.And(node, other.node));
    }

    public Cond or(Cond other) {
        Objects.requireNonNull(other, "other");
        gen.sameBuilder(other.gen);
        return new Cond(gen, new CondNode.Or(node, other.node));
    }

    public Cond not() {
        return new Cond(gen, node instanceof CondNode.Not n ? n.a() : new CondNode.Not(node));
    }

    /** Evaluates a comparison of two constants as the machine would. */
    static boolean fold(JmpOp op, long a, long b, int bits) {
        if (bits == 32) {
            a &= 0xffff_ffffL;
            b &= 0xffff_ffffL;
        }
        long sa = bits == 32 ? (int) a : a;
        long sb = bits == 32 ? (int) b : b;
        return switch (op) {
            case JEQ -> a == b;
            case JNE -> a != b;
            case JGT -> Long.compareUnsigned(a, b) > 0;
            case JGE -> Long.compareUnsigned(a, b) >= 0;
            case JLT -> Long.compareUnsigned(a, b) < 0;
            case JLE -> Long.compareUnsigned(a, b) <= 0;
            case JSET -> (a & b) != 0;
            case JSGT -> sa > sb;
            case JSGE -> sa >= sb;
            case JSLT -> sa < sb;
            case JSLE -> sa <= sb;
        };
    }

    /** Evaluates an ALU operation on two constants as the machine would. */
    static long fold(AluOp op, long a, long b, int bits) {
        long r = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> b == 0 ? 0 : Long.divideUnsigned(bits == 32 ? a & 0xffff_ffffL : a,
                    bits == 32 ? b & 0xffff_ffffL : b);
            case MOD -> b == 0 ? a : Long.remainderUnsigned(bits == 32 ? a & 0xffff_ffffL : a,
                    bits == 32 ? b & 0xffff_ffffL : b);
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case LSH -> a << b;
            case RSH -> bits == 32 ? (a & 0xffff_ffffL) >>> b : a >>> b;
            default -> throw new IllegalArgumentException("cannot fold " + op);
        };
        return bits == 32 ? r & 0xffff_ffffL : r;
    }
}
