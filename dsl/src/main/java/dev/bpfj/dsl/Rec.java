package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import java.util.BitSet;
import java.util.Objects;

/**
 * A struct instance on the program's stack, used as a map key or value. Fields not set before
 * the record is first used (or before the next branch) are zeroed, so the verifier always sees
 * initialized bytes.
 *
 * <pre>{@code
 * Rec key = p.record(TUPLE);
 * key.set("family", ctx.family());
 * key.set("local_port", ctx.localPort());
 * p.sockHashUpdate(peers, key, UpdateFlag.ANY);
 * }</pre>
 */
public final class Rec {
    final Gen gen;
    final Struct type;
    final Stack.Area area;
    private final BitSet written = new BitSet();
    private boolean sealed;
    boolean freed;

    Rec(Gen gen, Struct type, Stack.Area area) {
        this.gen = gen;
        this.type = type;
        this.area = area;
    }

    public Struct type() {
        return type;
    }

    /** Sets a scalar field (or element 0 of an array field) to a constant. */
    public Rec set(String field, long value) {
        return set(field, 0, value);
    }

    /** Sets element {@code index} of an array field to a constant. */
    public Rec set(String field, int index, long value) {
        SourcePos pos = gen.stmt();
        Struct.Field f = element(field, index, pos);
        Val probe = new Val(gen, new Node.Const(0, f.type().bits()));
        write(f, index, probe.constant(value));
        return this;
    }

    /** Sets a scalar field (or element 0 of an array field). */
    public Rec set(String field, Val value) {
        return set(field, 0, value);
    }

    /** Sets element {@code index} of an array field. */
    public Rec set(String field, int index, Val value) {
        Objects.requireNonNull(value, "value");
        SourcePos pos = gen.stmt();
        gen.sameBuilder(value.gen);
        Struct.Field f = element(field, index, pos);
        if (value.bits() > f.type().bits()) {
            throw new IllegalArgumentException("a 64-bit value does not fit field " + field);
        }
        write(f, index, value.node);
        return this;
    }

    /** Copies an IPv4 address (network order) into a 4-byte field. */
    public Rec set(String field, Ip4 address) {
        Objects.requireNonNull(address, "address");
        return set(field, 0, address.raw());
    }

    /** Copies an IPv6 address (network order) into a field of four U32s. */
    public Rec set(String field, Ip6 address) {
        Objects.requireNonNull(address, "address");
        SourcePos pos = gen.stmt();
        Struct.Field f = type.field(field);
        if (f.size() != 16 || f.type() != Scalar.U32) {
            throw new IllegalArgumentException("field " + field + " must be an array of 4 U32 to hold an IPv6 address");
        }
        for (int i = 0; i < 4; i++) {
            write(f, i, address.words[i]);
        }
        return this;
    }

    /** Reads a scalar field (or element 0). */
    public Val get(String field) {
        return get(field, 0);
    }

    /** Reads element {@code index} of a field. */
    public Val get(String field, int index) {
        Struct.Field f = element(field, index, gen.here());
        Size s = f.type().insnSize();
        return new Val(gen, new Node.StackLoad(area, area.offset() + f.offset() + index * f.type().bytes(), s,
                f.type().bits()));
    }

    private Struct.Field element(String field, int index, SourcePos pos) {
        Struct.Field f = type.field(field);
        if (index < 0 || index >= f.count()) {
            throw new IllegalArgumentException("index " + index + " is outside field " + field + "[" + f.count() + "]");
        }
        if (freed) {
            gen.error(pos, "record of " + type.name() + " is used outside the scope it was made in");
        }
        return f;
    }

    private void write(Struct.Field f, int index, Node value) {
        int at = f.offset() + index * f.type().bytes();
        gen.storeStack(area.at(at, f.type().bytes()), f.type().insnSize(), value, gen.pool());
        if (!sealed) {
            written.set(at, at + f.type().bytes());
        }
    }

    /** Zeroes every byte not written yet, with the widest aligned stores. */
    void seal() {
        if (sealed) {
            return;
        }
        sealed = true;
        int size = type.size();
        int i = 0;
        while (i < size) {
            if (written.get(i)) {
                i++;
                continue;
            }
            int end = written.nextSetBit(i);
            if (end < 0 || end > size) {
                end = size;
            }
            while (i < end) {
                int abs = area.offset() + i;
                int w = 8;
                while (w > 1 && (Math.floorMod(abs, w) != 0 || i + w > end)) {
                    w /= 2;
                }
                gen.asm.st(Size.ofBytes(w), Reg.R10, abs, 0);
                i += w;
            }
        }
    }

    /** Makes sure the record is fully initialized before its address is taken. */
    Stack.Area use() {
        gen.seal();
        if (freed) {
            gen.error(gen.here(), "record of " + type.name() + " is used outside the scope it was made in");
        }
        return area;
    }
}
