package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.SourcePos;

/**
 * An {@code ARRAY} map: values by {@code U32} index, all entries present (a lookup inside the
 * bounds never fails, but the verifier still wants the NULL check {@code ifPresent} does).
 *
 * <pre>{@code
 * ArrayMap counters = p.array("counters", Scalar.U64, 1);
 * p.ifPresent(counters.lookup(0), v -> v.add(1));
 * }</pre>
 */
public final class ArrayMap extends DeclaredMap implements MapHandle {
    ArrayMap(MapSpec spec, Layout value, Gen gen) {
        super(spec, Scalar.U32, value, gen);
    }

    /** {@code bpf_map_lookup_elem} at a computed index. */
    public ValueRef lookup(Val index) {
        SourcePos pos = gen.stmt();
        return MapOps.lookup(gen, this, MapOps.place(gen, this, Scalar.U32, index, "index", pos), pos);
    }

    /** {@code bpf_map_lookup_elem} at a constant index. */
    public ValueRef lookup(long index) {
        SourcePos pos = gen.stmt();
        return MapOps.lookup(gen, this, MapOps.place(gen, this, Scalar.U32, index, "index", pos), pos);
    }

    /** {@code bpf_map_update_elem} of a scalar value. */
    public Val update(Val index, Val value, UpdateFlag flag) {
        SourcePos pos = gen.stmt();
        return MapOps.update(gen, this, MapOps.place(gen, this, Scalar.U32, index, "index", pos),
                MapOps.place(gen, this, value(), value, "value", pos), flag, pos);
    }

    /** {@code bpf_map_update_elem} of a struct value. */
    public Val update(Val index, Rec value, UpdateFlag flag) {
        SourcePos pos = gen.stmt();
        return MapOps.update(gen, this, MapOps.place(gen, this, Scalar.U32, index, "index", pos),
                MapOps.place(gen, this, value(), value, "value", pos), flag, pos);
    }
}
