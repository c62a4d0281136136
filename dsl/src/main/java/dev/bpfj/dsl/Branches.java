package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import java.util.Objects;

/**
 * A conditional chain after a {@code then(...)}: continue with {@link #orWhen(Cond)} or end it
 * with {@link #otherwise(Runnable)}. Without either, the chain ends at the next statement.
 *
 * <pre>{@code
 * p.when(port.eq(80)).then(() -> slot.set(0)).otherwise(() -> slot.set(1));
 * }</pre>
 */
public final class Branches {
    private final Gen gen;
    private final Gen.Chain chain;

    Branches(Gen gen, Gen.Chain chain) {
        this.gen = gen;
        this.chain = chain;
    }

    /** Another condition, tried when the previous ones did not hold. */
    public When orWhen(Cond c) {
        Objects.requireNonNull(c, "condition");
        gen.sameBuilder(c.gen);
        SourcePos pos = gen.here();
        chain.alternative(pos, true);
        return new When(gen, c, chain, pos);
    }

    /** Runs {@code body} when no condition held, and ends the chain. */
    public void otherwise(Runnable body) {
        Objects.requireNonNull(body, "body");
        gen.finish(chain, body, gen.here());
    }
}
