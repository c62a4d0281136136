package dev.bpfj.dsl;

import dev.bpfj.core.abi.CtxByteOrder;
import dev.bpfj.core.abi.CtxField;
import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.CtxValueKind;
import dev.bpfj.core.insn.Size;

/**
 * Context fields by their uapi name, read from core's layout tables: offsets, sizes, allowed
 * load widths and byte order are never written down here.
 */
final class CtxFields {
    private CtxFields() {
    }

    static CtxField field(Gen g, String name) {
        CtxLayout l = CtxLayout.of(g.type, g.attach);
        if (l == null) {
            throw new IllegalStateException("no context layout for " + g.type.shortName() + " programs");
        }
        CtxField f = l.field(name).orElseThrow(() -> new IllegalStateException(
                l.structName() + " has no field " + name));
        if (!f.availableWith(g.attach)) {
            throw new IllegalStateException(l.structName() + "." + name + " is not available with attach type "
                    + (g.attach == null ? "none" : g.attach.shortName()));
        }
        return f;
    }

    /** A whole-field load (1, 2, 4 or 8 bytes), value as stored. */
    static Node raw(Gen g, String name) {
        CtxField f = field(g, name);
        if (!f.allowsRead(f.offset(), f.size())) {
            throw new IllegalStateException(name + " cannot be read with a " + f.size() + "-byte load");
        }
        return new Node.CtxLoad(name, f.offset(), Size.ofBytes(f.size()), f.size() == 8 ? 64 : 32);
    }

    /** The field's value in host order: network-order fields are byte-swapped over their width. */
    static Node host(Gen g, String name) {
        CtxField f = field(g, name);
        Node n = raw(g, name);
        return f.byteOrder() == CtxByteOrder.NETWORK ? new Node.Swap(f.size() * 8, n, n.bits()) : n;
    }

    /** The four 32-bit words of a 16-byte address field. */
    static Node[] words(Gen g, String name) {
        CtxField f = field(g, name);
        if (f.size() != 16) {
            throw new IllegalStateException(name + " is not a 16-byte address");
        }
        Node[] w = new Node[4];
        for (int i = 0; i < 4; i++) {
            int off = f.offset() + 4 * i;
            if (!f.allowsRead(off, 4)) {
                throw new IllegalStateException(name + " cannot be read in 4-byte words");
            }
            w[i] = new Node.CtxLoad(name, off, Size.W, 32);
        }
        return w;
    }

    /** A pointer field (packet data and end): its offset and load width. */
    static Node.CtxLoad pointer(Gen g, String name, CtxValueKind kind) {
        CtxField f = field(g, name);
        if (f.kind() != kind) {
            throw new IllegalStateException(name + " does not yield " + kind);
        }
        Size s = f.readSizes().contains(8) ? Size.DW : Size.W;
        return new Node.CtxLoad(name, f.offset(), s, 64);
    }

    /** Whether the layout has a readable field {@code name}. */
    static boolean has(Gen g, String name) {
        CtxLayout l = CtxLayout.of(g.type, g.attach);
        return l != null && l.field(name).map(f -> f.readable() && f.availableWith(g.attach)).orElse(false);
    }
}
