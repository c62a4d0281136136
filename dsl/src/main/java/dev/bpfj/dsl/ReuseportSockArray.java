package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;

/**
 * A {@code REUSEPORT_SOCKARRAY}: the sockets of one {@code SO_REUSEPORT} group by index, for
 * {@link SkReuseport#select}.
 *
 * <pre>{@code
 * ReuseportSockArray group = p.reuseportSockArray("group", 8);
 * }</pre>
 */
public final class ReuseportSockArray implements MapHandle {
    final MapSpec spec;
    final Gen gen;

    ReuseportSockArray(MapSpec spec, Gen gen) {
        this.spec = spec;
        this.gen = gen;
    }

    @Override
    public MapSpec spec() {
        return spec;
    }

    @Override
    public Layout key() {
        return Scalar.U32;
    }

    @Override
    public Layout value() {
        return Scalar.U64;
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}
