package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;

/**
 * A {@code SOCKHASH}: sockets by a key of any layout (typically a connection tuple).
 *
 * <pre>{@code
 * SockHash peers = p.sockHash("peers", TUPLE, 1024);
 * }</pre>
 */
public final class SockHash extends DeclaredMap implements MapHandle {
    SockHash(MapSpec spec, Layout key, Gen gen) {
        super(spec, key, Scalar.U64, gen);
    }
}
