package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.SourcePos;

/**
 * A {@code HASH} map with typed key and value layouts. Lookups return a nullable
 * {@link ValueRef}, usable only inside {@code ifPresent}.
 *
 * <pre>{@code
 * HashTable exempt = p.hash("exempt_ports", Scalar.U32, Scalar.U8, 64);
 * p.ifPresent(exempt.lookup(ctx.localPort()), v -> p.pass());
 * }</pre>
 */
public final class HashTable extends DeclaredMap implements MapHandle {
    HashTable(MapSpec spec, Layout key, Layout value, Gen gen) {
        super(spec, key, value, gen);
    }

    /** {@code bpf_map_lookup_elem} with a scalar key. */
    public ValueRef lookup(Val key) {
        return lookupAny(key);
    }

    /** {@code bpf_map_lookup_elem} with a constant key. */
    public ValueRef lookup(long key) {
        return lookupAny(key);
    }

    /** {@code bpf_map_lookup_elem} with a struct key. */
    public ValueRef lookup(Rec key) {
        return lookupAny(key);
    }

    /** {@code bpf_map_update_elem}; the result is 0 or a negative errno. */
    public Val update(Val key, Val value, UpdateFlag flag) {
        return updateAny(key, value, flag);
    }

    /** {@code bpf_map_update_elem} with a struct key and value. */
    public Val update(Rec key, Rec value, UpdateFlag flag) {
        return updateAny(key, value, flag);
    }

    /** {@code bpf_map_update_elem} with a struct key and a scalar value. */
    public Val update(Rec key, Val value, UpdateFlag flag) {
        return updateAny(key, value, flag);
    }

    /** {@code bpf_map_update_elem} with a scalar key and a struct value. */
    public Val update(Val key, Rec value, UpdateFlag flag) {
        return updateAny(key, value, flag);
    }

    /** {@code bpf_map_delete_elem}; the result is 0 or a negative errno. */
    public Val delete(Val key) {
        SourcePos pos = gen.stmt();
        return MapOps.delete(gen, this, MapOps.place(gen, this, key(), key, "key", pos), pos);
    }

    /** {@code bpf_map_delete_elem} with a struct key. */
    public Val delete(Rec key) {
        SourcePos pos = gen.stmt();
        return MapOps.delete(gen, this, MapOps.place(gen, this, key(), key, "key", pos), pos);
    }

    private ValueRef lookupAny(Object k) {
        SourcePos pos = gen.stmt();
        return MapOps.lookup(gen, this, MapOps.place(gen, this, key(), k, "key", pos), pos);
    }

    private Val updateAny(Object k, Object v, UpdateFlag flag) {
        SourcePos pos = gen.stmt();
        Gen.KeyArea ka = MapOps.place(gen, this, key(), k, "key", pos);
        Gen.KeyArea va = MapOps.place(gen, this, value(), v, "value", pos);
        return MapOps.update(gen, this, ka, va, flag, pos);
    }
}
