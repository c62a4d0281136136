package dev.bpfj.core;

import dev.bpfj.core.abi.MapType;
import java.util.Objects;

/**
 * A blueprint of a map: what the loader creates and the ELF writer describes. Not a live map.
 *
 * @param inner for map-in-map types, the blueprint of the inner maps; null otherwise
 */
public record MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries, int flags,
                      MapSpec inner) {
    public MapSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static MapSpec of(String name, MapType type, int keySize, int valueSize, int maxEntries) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, 0, null);
    }

    public MapSpec withFlags(int flags) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, flags, inner);
    }

    public MapSpec withInner(MapSpec inner) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, flags, inner);
    }
}
