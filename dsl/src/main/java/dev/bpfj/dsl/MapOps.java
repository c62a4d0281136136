package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.dsl.asm.DslException;

/** Key and value placement and the generic map helpers shared by the map handles. */
final class MapOps {
    private MapOps() {
    }

    /** Puts {@code key} (a {@link Val}, {@link Rec}, {@link Ip4}, {@link Ip6} or Long) where a helper can read it. */
    static Gen.KeyArea place(Gen g, MapHandle m, Layout layout, Object key, String what, SourcePos pos) {
        if (key instanceof Long c) {
            if (!(layout instanceof Scalar s)) {
                throw new DslException(pos, what + " of map " + m.name() + " is a " + layout + ", not a number");
            }
            return g.scalarOnStack(s, new Val(g, new Node.Const(s == Scalar.U64 ? c : c & 0xffff_ffffL, s.bits())),
                    pos);
        }
        if (key instanceof Val v) {
            g.sameBuilder(v.gen);
            if (!(layout instanceof Scalar s)) {
                throw new DslException(pos, what + " of map " + m.name() + " is a " + layout + "; pass a Rec of it");
            }
            if (v.bits() > s.bits()) {
                throw new DslException(pos, "a 64-bit value does not fit the " + s + " " + what + " of map " + m.name());
            }
            return g.scalarOnStack(s, v, pos);
        }
        if (key instanceof Rec r) {
            g.sameBuilder(r.gen);
            if (r.type != layout) {
                throw new DslException(pos, what + " of map " + m.name() + " is " + layout + ", not "
                        + r.type.name());
            }
            return new Gen.KeyArea(r.use(), false);
        }
        throw new IllegalArgumentException("unsupported " + what + ": " + key);
    }

    /** An LPM trie key {@code {u32 prefixlen; addr}} with the full prefix length. */
    static Gen.KeyArea lpmKey(Gen g, Node[] words, SourcePos pos) {
        Stack.Area a = g.area(4 + 4 * words.length, 4, pos, false);
        g.asm.st(Size.W, Reg.R10, a.offset(), 32 * words.length);
        for (int i = 0; i < words.length; i++) {
            g.storeStack(a.at(4 + 4 * i, 4), Size.W, words[i], g.pool());
        }
        return new Gen.KeyArea(a, true);
    }

    static ValueRef lookup(Gen g, MapHandle m, Gen.KeyArea k, SourcePos pos) {
        g.call(Helper.MAP_LOOKUP_ELEM, pos, new Gen.Arg.MapRef(m.spec()), new Gen.Arg.Ptr(k.area()));
        g.release(k);
        Home h = g.keepResult("value of map " + m.name(), pos);
        return new ValueRef(g, h, m.value(), m.name(), pos);
    }

    static Val update(Gen g, MapHandle m, Gen.KeyArea k, Gen.KeyArea v, UpdateFlag flag, SourcePos pos) {
        g.call(Helper.MAP_UPDATE_ELEM, pos, new Gen.Arg.MapRef(m.spec()), new Gen.Arg.Ptr(k.area()),
                new Gen.Arg.Ptr(v.area()), Gen.imm(flag.value()));
        g.release(k);
        g.release(v);
        return result(g, "result of bpf_map_update_elem", pos);
    }

    static Val delete(Gen g, MapHandle m, Gen.KeyArea k, SourcePos pos) {
        g.call(Helper.MAP_DELETE_ELEM, pos, new Gen.Arg.MapRef(m.spec()), new Gen.Arg.Ptr(k.area()));
        g.release(k);
        return result(g, "result of bpf_map_delete_elem", pos);
    }

    /** A helper's scalar result: 0 or a negative errno, seen as a 64-bit value. */
    static Val result(Gen g, String what, SourcePos pos) {
        return new Val(g, new Node.Held(g.keepResult(what, pos), 64));
    }
}
