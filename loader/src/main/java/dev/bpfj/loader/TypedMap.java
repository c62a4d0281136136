package dev.bpfj.loader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A view of a {@link LoadedMap} through key and value {@link Codec}s. Does not own the map. */
public final class TypedMap<K, V> {
    private final LoadedMap map;
    private final Codec<K> key;
    private final Codec<V> value;

    TypedMap(LoadedMap map, Codec<K> key, Codec<V> value) {
        if (key.size() != map.keySize()) {
            throw new IllegalArgumentException(map + " has " + map.keySize() + "-byte keys, the key codec "
                    + key.size());
        }
        if (value.size() != map.userValueSize()) {
            throw new IllegalArgumentException(map + " has " + map.userValueSize()
                    + "-byte values (as user space sees them), the value codec " + value.size());
        }
        this.map = map;
        this.key = key;
        this.value = value;
    }

    public LoadedMap map() {
        return map;
    }

    public Optional<V> get(K k) {
        byte[] v = map.lookup(key.encode(k));
        return v == null ? Optional.empty() : Optional.of(value.decode(v));
    }

    public void put(K k, V v) {
        map.update(key.encode(k), value.encode(v), LoadedMap.UpdateMode.ANY);
    }

    public void put(K k, V v, LoadedMap.UpdateMode mode) {
        map.update(key.encode(k), value.encode(v), mode);
    }

    public boolean remove(K k) {
        return map.delete(key.encode(k));
    }

    /** A snapshot of all entries, in the kernel's iteration order. */
    public Map<K, V> entries() {
        Map<K, V> out = new LinkedHashMap<>();
        for (byte[] k : map.keys()) {
            byte[] v = map.lookup(k);
            if (v != null) {
                out.put(key.decode(k), value.decode(v));
            }
        }
        return out;
    }
}
