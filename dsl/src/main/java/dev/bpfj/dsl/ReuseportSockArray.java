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
public final class ReuseportSockArray extends DeclaredMap implements MapHandle {
    ReuseportSockArray(MapSpec spec, Gen gen) {
        super(spec, Scalar.U32, Scalar.U64, gen);
    }
}
