package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;

/**
 * A {@code SOCKHASH}: sockets by a key of any layout (typically a connection tuple).
 *
 * <pre>{@code
 * SockHash peers = p.sockHash("peers", TUPLE, 1024);
 * }</pre>
 */
public final class SockHash implements MapHandle {
    final MapSpec spec;
    final Gen gen;
    private final Layout key;

    SockHash(MapSpec spec, Layout key, Gen gen) {
        this.spec = spec;
        this.gen = gen;
        this.key = key;
    }

    @Override
    public MapSpec spec() {
        return spec;
    }

    @Override
    public Layout key() {
        return key;
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
