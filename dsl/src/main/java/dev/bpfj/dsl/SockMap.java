package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;

/**
 * A {@code SOCKMAP}: sockets by index (key {@code U32}, value the socket's fd, 8 bytes, so user
 * space reads back the socket cookie). What a program may do with it depends on its type: look a
 * socket up ({@link SkLookup#lookup}), select it ({@link SkReuseport#select}), redirect to it
 * ({@link SkMsg#redirect}) or add the current socket ({@link SockOps#update}).
 *
 * <pre>{@code
 * SockMap services = p.sockMap("services", 2);
 * }</pre>
 */
public final class SockMap extends DeclaredMap implements MapHandle {
    SockMap(MapSpec spec, Gen gen) {
        super(spec, Scalar.U32, Scalar.U64, gen);
    }
}
