package dev.bpfj.core.abi;

import java.util.List;
import java.util.Set;

/**
 * One field of a context structure (or of {@code struct bpf_sock} seen through a socket pointer),
 * with the access rules the verifier applies to it in one program type.
 *
 * <p>A load of {@code size} bytes at {@code off} inside the field is allowed when {@code size} is
 * in {@link #readSizes()} and either {@code off} is the field's offset, or {@link #readInside()}
 * holds, {@code off} is a multiple of {@code size} and the load ends inside the field (narrow loads
 * of part of an address, {@code cb[]} words). Stores follow the same rule with the write sets.
 *
 * @param name the uapi member name ({@code (padding)} for readable padding)
 * @param offset byte offset in the structure
 * @param size the member's size in bytes (arrays: the whole array)
 * @param readSizes load sizes allowed at {@code offset}; empty when not readable
 * @param readInside whether narrow loads at aligned offsets inside the field are allowed
 * @param writeSizes store sizes allowed; empty when read-only
 * @param writeInside whether stores at aligned offsets inside the field are allowed
 * @param byteOrder byte order of the value
 * @param kind what a load yields
 * @param onlyWith expected attach types the field is accessible with; empty = all
 * @param aliases other uapi names for the same bytes (union members)
 */
public record CtxField(String name, int offset, int size, Set<Integer> readSizes, boolean readInside,
                       Set<Integer> writeSizes, boolean writeInside, CtxByteOrder byteOrder,
                       CtxValueKind kind, Set<AttachType> onlyWith, List<String> aliases) {
    public CtxField {
        readSizes = Set.copyOf(readSizes);
        writeSizes = Set.copyOf(writeSizes);
        onlyWith = Set.copyOf(onlyWith);
        aliases = List.copyOf(aliases);
    }

    /** First byte after the field. */
    public int end() {
        return offset + size;
    }

    /** Whether byte {@code off} belongs to the field. */
    public boolean contains(int off) {
        return off >= offset && off < end();
    }

    public boolean readable() {
        return !readSizes.isEmpty();
    }

    public boolean writable() {
        return !writeSizes.isEmpty();
    }

    /** Whether this entry describes padding (kept readable for compatibility) rather than a member. */
    public boolean isPadding() {
        return name.startsWith("(");
    }

    /** Whether the field exists for programs loaded with {@code attach} (null = none). */
    public boolean availableWith(AttachType attach) {
        return onlyWith.isEmpty() || (attach != null && onlyWith.contains(attach));
    }

    /** Whether a load of {@code sz} bytes at {@code off} is allowed (attach type aside). */
    public boolean allowsRead(int off, int sz) {
        return allows(off, sz, readSizes, readInside);
    }

    /** Whether a store of {@code sz} bytes at {@code off} is allowed (attach type aside). */
    public boolean allowsWrite(int off, int sz) {
        return allows(off, sz, writeSizes, writeInside);
    }

    /** Whether the field is known by {@code n}: its name or one of its aliases. */
    public boolean isNamed(String n) {
        return name.equals(n) || aliases.contains(n);
    }

    private boolean allows(int off, int sz, Set<Integer> sizes, boolean inside) {
        if (!sizes.contains(sz) || !contains(off)) {
            return false;
        }
        if (off == offset) {
            return true;
        }
        return inside && off % sz == 0 && off + sz <= end();
    }
}
