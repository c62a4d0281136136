package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;

/**
 * A map declared in a program builder: its blueprint ({@link #spec()}) and typed key and value
 * layouts. The map is created by whoever loads the program; the builder only references it.
 *
 * <pre>{@code
 * SockMap services = p.sockMap("services", 2);
 * MapSpec spec = services.spec();   // SOCKMAP, key 4, value 8, 2 entries
 * }</pre>
 */
public sealed interface MapHandle permits SockMap, SockHash, ReuseportSockArray, HashTable, ArrayMap, LpmTrie {
    /** The blueprint the loader creates. */
    MapSpec spec();

    /** The key layout. */
    Layout key();

    /** The value layout. */
    Layout value();

    default String name() {
        return spec().name();
    }
}
