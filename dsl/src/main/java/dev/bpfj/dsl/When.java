package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import java.util.Objects;

/**
 * The start of a conditional chain: {@code when(c).then(...)}, optionally continued with
 * {@code orWhen(c2).then(...)} and ended with {@code otherwise(...)}.
 *
 * <pre>{@code
 * p.when(ip.in("192.0.2.0/24")).then(() -> slot.set(0))
 *  .orWhen(ip.in("198.51.100.0/24")).then(() -> slot.set(1))
 *  .otherwise(() -> p.pass());
 * }</pre>
 */
public final class When {
    private final Gen gen;
    private final Cond cond;
    private final Gen.Chain chain;
    private final SourcePos pos;
    private boolean used;

    When(Gen gen, Cond cond, Gen.Chain chain, SourcePos pos) {
        this.gen = gen;
        this.cond = cond;
        this.chain = chain;
        this.pos = pos;
    }

    /** Runs {@code body} when the condition holds. */
    public Branches then(Runnable body) {
        Objects.requireNonNull(body, "body");
        if (used) {
            throw new IllegalStateException("then(...) was already given for this condition");
        }
        used = true;
        chain.open(cond.node, body, pos);
        return new Branches(gen, chain);
    }
}
