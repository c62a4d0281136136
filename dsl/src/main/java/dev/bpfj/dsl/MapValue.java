package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.dsl.asm.DslException;

/**
 * A map value known to be present, inside {@code ifPresent}: read and write its fields, or add
 * to them atomically (the map value is shared between CPUs).
 *
 * <pre>{@code
 * p.ifPresent(stats.lookup(ctx.localPort()), v -> {
 *     v.add("packets", 1);
 *     v.add("bytes", ctx.len());
 * });
 * }</pre>
 */
public final class MapValue {
    final Gen gen;
    final Home home;
    final Layout layout;
    final String map;
    boolean active = true;

    MapValue(Gen gen, Home home, Layout layout, String map) {
        this.gen = gen;
        this.home = home;
        this.layout = layout;
        this.map = map;
    }

    /** The whole value (scalar values only). */
    public Val get() {
        Scalar s = scalar(gen.here());
        return new Val(gen, new Node.Deref(home, 0, s.insnSize(), s.bits()));
    }

    /** A field (element 0 of an array field). */
    public Val get(String field) {
        return get(field, 0);
    }

    /** Element {@code index} of a field. */
    public Val get(String field, int index) {
        Struct.Field f = field(field, index, gen.here());
        return new Val(gen, new Node.Deref(home, f.offset() + index * f.type().bytes(), f.type().insnSize(),
                f.type().bits()));
    }

    /** Stores into the whole (scalar) value. */
    public void set(Val v) {
        SourcePos pos = gen.stmt();
        Scalar s = scalar(pos);
        store(0, s, v, pos);
    }

    public void set(long v) {
        set(constant(scalar(gen.here()), v));
    }

    public void set(String field, Val v) {
        SourcePos pos = gen.stmt();
        Struct.Field f = field(field, 0, pos);
        store(f.offset(), f.type(), v, pos);
    }

    public void set(String field, long v) {
        set(field, constant(field(field, 0, gen.here()).type(), v));
    }

    /** Atomically adds to the whole (scalar, 4 or 8 byte) value. */
    public void add(long delta) {
        add(constant(scalar(gen.here()), delta));
    }

    public void add(Val delta) {
        SourcePos pos = gen.stmt();
        atomicAdd(0, scalar(pos), delta, pos);
    }

    /** Atomically adds to a 4- or 8-byte field. */
    public void add(String field, long delta) {
        add(field, constant(field(field, 0, gen.here()).type(), delta));
    }

    public void add(String field, Val delta) {
        SourcePos pos = gen.stmt();
        Struct.Field f = field(field, 0, pos);
        atomicAdd(f.offset(), f.type(), delta, pos);
    }

    private Val constant(Scalar s, long v) {
        return new Val(gen, new Node.Const(s == Scalar.U64 ? v : v & 0xffff_ffffL, s.bits()));
    }

    private void checkActive(SourcePos pos) {
        if (!active) {
            gen.error(pos, "value of map " + map + " is used outside its ifPresent(...)");
        }
    }

    private Scalar scalar(SourcePos pos) {
        checkActive(pos);
        if (!(layout instanceof Scalar s)) {
            throw new DslException(pos, "the value of map " + map + " is " + layout + "; name a field");
        }
        return s;
    }

    private Struct.Field field(String name, int index, SourcePos pos) {
        checkActive(pos);
        if (!(layout instanceof Struct st)) {
            throw new DslException(pos, "the value of map " + map + " is a " + layout + " without fields");
        }
        Struct.Field f = st.field(name);
        if (index < 0 || index >= f.count()) {
            throw new IllegalArgumentException("index " + index + " is outside " + name + "[" + f.count() + "]");
        }
        return f;
    }

    private void store(int off, Scalar s, Val v, SourcePos pos) {
        gen.sameBuilder(v.gen);
        Gen.Pool p = gen.pool();
        Reg base = gen.read(home, p);
        p.without(base);
        if (v.node instanceof Node.Const c && (s != Scalar.U64 || Gen.fitsInt(c.value()))) {
            gen.asm.st(s.insnSize(), base, off, (int) c.value());
        } else {
            Reg r = gen.use(v.node, p);
            gen.asm.stx(s.insnSize(), base, off, r);
        }
    }

    private void atomicAdd(int off, Scalar s, Val v, SourcePos pos) {
        gen.sameBuilder(v.gen);
        if (s != Scalar.U32 && s != Scalar.U64) {
            throw new DslException(pos, "atomic add needs a 4- or 8-byte field, not " + s);
        }
        Gen.Pool p = gen.pool();
        Reg base = gen.read(home, p);
        p.without(base);
        Reg r = p.take();
        gen.into(Val.withBits(v.node, s.bits()), r, p);
        gen.asm.atomic(s == Scalar.U64 ? Size.DW : Size.W, AtomicOp.ADD, base, off, r);
    }
}
