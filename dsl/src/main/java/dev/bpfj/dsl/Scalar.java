package dev.bpfj.dsl;

import dev.bpfj.core.insn.Size;

/**
 * Unsigned integer layouts of map keys, values and struct fields.
 *
 * <pre>{@code
 * HashTable seen = p.hash("seen", Scalar.U32, Scalar.U64, 1024);
 * }</pre>
 */
public enum Scalar implements Layout {
    U8(Size.B), U16(Size.H), U32(Size.W), U64(Size.DW);

    private final Size size;

    Scalar(Size size) {
        this.size = size;
    }

    public int bytes() {
        return size.bytes();
    }

    @Override
    public int size() {
        return size.bytes();
    }

    @Override
    public int align() {
        return size.bytes();
    }

    /** The load/store width. */
    Size insnSize() {
        return size;
    }

    /** The width of the register value: 64 for U64, else 32. */
    int bits() {
        return this == U64 ? 64 : 32;
    }
}
