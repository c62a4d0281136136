package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.SourcePos;

/**
 * An {@code LPM_TRIE} of IPv4 or IPv6 prefixes. Its key is {@code struct { u32 prefixlen; u8
 * addr[4 or 16]; }} (the address in network order), which is what user space writes; a lookup
 * of an address finds the longest stored prefix containing it.
 *
 * <pre>{@code
 * LpmTrie routes = p.lpmTrie("routes", 4, Scalar.U32, 256);
 * p.ifPresent(routes.lookup(ctx.localIp4()), slot -> key.set(slot.get()));
 * }</pre>
 */
public final class LpmTrie extends DeclaredMap implements MapHandle {
    private final int family;

    LpmTrie(MapSpec spec, int family, Layout value, Gen gen) {
        super(spec, Struct.named(family == 4 ? "lpm_key4" : "lpm_key6").u32("prefixlen")
                .array("addr", Scalar.U8, family == 4 ? 4 : 16).build(), value, gen);
        this.family = family;
    }

    /** 4 or 6. */
    public int family() {
        return family;
    }

    /** Longest-prefix lookup of an IPv4 address (IPv4 tries only). */
    public ValueRef lookup(Ip4 address) {
        SourcePos pos = gen.stmt();
        gen.sameBuilder(address.gen);
        if (family != 4) {
            throw new IllegalArgumentException("map " + name() + " holds IPv6 prefixes");
        }
        return MapOps.lookup(gen, this, MapOps.lpmKey(gen, new Node[] {address.raw}, pos), pos);
    }

    /** Longest-prefix lookup of an IPv6 address (IPv6 tries only). */
    public ValueRef lookup(Ip6 address) {
        SourcePos pos = gen.stmt();
        gen.sameBuilder(address.gen);
        if (family != 6) {
            throw new IllegalArgumentException("map " + name() + " holds IPv4 prefixes");
        }
        return MapOps.lookup(gen, this, MapOps.lpmKey(gen, address.words, pos), pos);
    }
}
