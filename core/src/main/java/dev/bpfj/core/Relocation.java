package dev.bpfj.core;

import java.util.Objects;

/**
 * A symbolic reference from an instruction to a map, resolved to an fd at load time (or written
 * as an ELF relocation). {@code insn} indexes {@link Program#insns()}, not 8-byte slots.
 */
public record Relocation(int insn, Kind kind, String symbol, int offset) {
    public enum Kind {
        /** {@code rN = MAP ll}: the 64-bit immediate becomes the map's fd (BPF_PSEUDO_MAP_FD). */
        MAP,
        /** A pointer into a map's value at {@code offset} (BPF_PSEUDO_MAP_VALUE), for global data. */
        MAP_VALUE
    }

    public Relocation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
    }

    public static Relocation map(int insn, String mapName) {
        return new Relocation(insn, Kind.MAP, mapName, 0);
    }
}
