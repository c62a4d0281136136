package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;

/**
 * What every {@link MapHandle} holds: the blueprint, the builder that declared it and the typed
 * key and value layouts.
 */
abstract class DeclaredMap {
    final MapSpec spec;
    final Gen gen;
    private final Layout key;
    private final Layout value;

    DeclaredMap(MapSpec spec, Layout key, Layout value, Gen gen) {
        this.spec = spec;
        this.key = key;
        this.value = value;
        this.gen = gen;
    }

    /** The blueprint the loader creates. */
    public final MapSpec spec() {
        return spec;
    }

    /** The key layout. */
    public final Layout key() {
        return key;
    }

    /** The value layout. */
    public final Layout value() {
        return value;
    }

    @Override
    public final String toString() {
        return spec.toString();
    }
}
