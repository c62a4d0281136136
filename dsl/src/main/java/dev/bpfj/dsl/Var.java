package dev.bpfj.dsl;

import java.util.Objects;

/**
 * A local variable of the program, kept in an 8-byte stack slot. Reading it is a {@link Val};
 * {@link #set} is a statement emitted where it is called. A variable used as a map key is passed
 * by its own address, without a copy.
 *
 * <pre>{@code
 * Var slot = p.var(0);
 * p.ifThen(ctx.localIp4().in("198.51.100.0/24"), () -> slot.set(1));
 * p.ifPresent(p.lookup(services, slot), sk -> { ... });
 * }</pre>
 */
public final class Var extends Val {
    final Home home;

    Var(Gen gen, Home home, int bits) {
        super(gen, new Node.Held(home, bits));
        this.home = home;
    }

    /** Assigns {@code value}. */
    public void set(Val value) {
        Objects.requireNonNull(value, "value");
        gen.stmt();
        gen.sameBuilder(value.gen);
        if (value.bits() > bits()) {
            throw new IllegalArgumentException("a 64-bit value does not fit this 32-bit variable; use var64(...)");
        }
        gen.store(home, withBits(value.node, bits()), bits());
    }

    /** Assigns a constant. */
    public void set(long value) {
        gen.stmt();
        gen.store(home, constant(value), bits());
    }
}
