package dev.bpfj.elf;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.elf.btf.Btf;
import dev.bpfj.elf.btf.BtfType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BTF-defined map definitions, the form libbpf 1.x reads from {@code .maps}: an anonymous struct
 * whose members describe the map. Integer attributes are {@code int (*name)[value]} (the value is
 * the array's element count); {@code key} and {@code value} are pointers to the key and value
 * types; {@code values} is a zero-length array of pointers to the inner map's definition.
 */
final class MapDefs {
    private MapDefs() {
    }

    /** Writes map definitions into a BTF builder, sharing the attribute types between maps. */
    static final class Encoder {
        private final Btf.Builder btf;
        private final int intId;
        private final int sizeTypeId;
        private final Map<Integer, Integer> uintPtrs = new HashMap<>();

        /** {@code intId} is the id of {@code int}; {@code sizeTypeId} that of the array index type. */
        Encoder(Btf.Builder btf, int intId, int sizeTypeId) {
            this.btf = btf;
            this.intId = intId;
            this.sizeTypeId = sizeTypeId;
        }

        private int uint(int value) {
            Integer id = uintPtrs.get(value);
            if (id == null) {
                int arr = btf.add(new BtfType.Array(intId, sizeTypeId, value));
                id = btf.add(new BtfType.Ptr(arr));
                uintPtrs.put(value, id);
            }
            return id;
        }

        /** Adds the definition struct of {@code spec} (named {@code structName}, "" for anonymous); returns its id. */
        int struct(MapSpec spec, String structName) {
            List<BtfType.Member> members = new ArrayList<>();
            member(members, "type", uint(spec.type().id()));
            member(members, "max_entries", uint(spec.maxEntries()));
            if (spec.keySize() != 0) {
                member(members, "key_size", uint(spec.keySize()));
            }
            if (spec.valueSize() != 0 && spec.inner() == null) {
                member(members, "value_size", uint(spec.valueSize()));
            }
            if (spec.flags() != 0) {
                member(members, "map_flags", uint(spec.flags()));
            }
            int size = members.size() * 8;
            if (spec.inner() != null) {
                MapSpec in = spec.inner();
                int innerStruct = struct(in, ElfWriter.isIdentifier(in.name()) ? in.name() : "");
                int ptr = btf.add(new BtfType.Ptr(innerStruct));
                int arr = btf.add(new BtfType.Array(ptr, sizeTypeId, 0));
                members.add(new BtfType.Member("values", arr, size * 8));
            }
            return btf.add(new BtfType.Struct(structName, false, size, false, members));
        }

        private static void member(List<BtfType.Member> members, String name, int type) {
            members.add(new BtfType.Member(name, type, members.size() * 64));
        }
    }

    /** Size in bytes of the definition struct {@link Encoder#struct} writes for {@code spec}. */
    static int structSize(MapSpec spec) {
        int n = 2;
        if (spec.keySize() != 0) {
            n++;
        }
        if (spec.valueSize() != 0 && spec.inner() == null) {
            n++;
        }
        if (spec.flags() != 0) {
            n++;
        }
        return n * 8;
    }

    /** Where a map definition sits, for error messages. */
    record Where(String section, long offset) {
        ElfFormatException error(String problem) {
            return new ElfFormatException(section, offset, problem);
        }
    }

    /**
     * Reads the definition struct {@code typeId} of map {@code name}.
     *
     * @param inner true when reading the inner definition of a map-in-map
     */
    static MapSpec decode(Btf btf, String name, int typeId, boolean inner, Where where, List<String> warnings)
            throws ElfFormatException {
        int sid = btf.skipModifiers(typeId);
        if (sid <= 0 || !(btf.type(sid) instanceof BtfType.Struct def) || def.union()) {
            throw where.error("map '" + name + "': definition [" + typeId + "] is not a struct");
        }
        Integer type = null, maxEntries = null, keySize = null, valueSize = null, flags = null;
        MapSpec innerSpec = null;
        List<BtfType.Member> members = def.members();
        for (int i = 0; i < members.size(); i++) {
            BtfType.Member m = members.get(i);
            String field = m.name();
            switch (field) {
                case "type" -> type = uint(btf, name, m, where);
                case "max_entries" -> maxEntries = uint(btf, name, m, where);
                case "map_flags" -> flags = uint(btf, name, m, where);
                case "key_size" -> keySize = sameSize(name, "key", keySize, uint(btf, name, m, where), where);
                case "value_size" -> valueSize = sameSize(name, "value", valueSize, uint(btf, name, m, where), where);
                case "key" -> keySize = sameSize(name, "key", keySize, pointeeSize(btf, name, m, where), where);
                case "value" -> valueSize = sameSize(name, "value", valueSize, pointeeSize(btf, name, m, where), where);
                case "numa_node", "map_extra" -> {
                    int v = uint(btf, name, m, where);
                    if (v != 0) {
                        warnings.add("map '" + name + "': " + field + " " + v + " is ignored (bpfj maps do not carry it)");
                    }
                }
                case "pinning" -> {
                    int v = uint(btf, name, m, where);
                    if (v != 0) {
                        warnings.add("map '" + name + "': pinning " + v + " is ignored (bpfj does not pin maps by name)");
                    }
                }
                case "values" -> {
                    if (inner) {
                        throw where.error("map '" + name + "': an inner map cannot itself hold maps");
                    }
                    if (i != members.size() - 1) {
                        throw where.error("map '" + name + "': 'values' must be the last member");
                    }
                    int arr = btf.skipModifiers(m.type());
                    if (arr <= 0 || !(btf.type(arr) instanceof BtfType.Array a)) {
                        throw where.error("map '" + name + "': 'values' is not an array");
                    }
                    int ptr = btf.skipModifiers(a.elemType());
                    if (ptr <= 0 || !(btf.type(ptr) instanceof BtfType.Ptr p)) {
                        throw where.error("map '" + name + "': 'values' is not an array of pointers");
                    }
                    int target = btf.skipModifiers(p.type());
                    BtfType tt = target > 0 ? btf.type(target) : null;
                    if (tt instanceof BtfType.FuncProto) {
                        // A program array initialised with programs: values are 4-byte fds.
                        valueSize = sameSize(name, "value", valueSize, 4, where);
                    } else if (tt instanceof BtfType.Struct s && !s.union()) {
                        String innerName = s.name().isEmpty() ? name + ".inner" : s.name();
                        innerSpec = decode(btf, innerName, target, true, where, warnings);
                        valueSize = sameSize(name, "value", valueSize, 4, where);
                    } else {
                        throw where.error("map '" + name + "': 'values' must point to a map definition or a function");
                    }
                }
                default -> throw where.error("map '" + name + "': unknown field '" + field
                        + "' (libbpf 1.x refuses unknown map fields too)");
            }
        }
        if (type == null) {
            throw where.error("map '" + name + "': no 'type' field");
        }
        MapType mapType = MapType.ofId(type);
        if (mapType == null) {
            throw where.error("map '" + name + "': unknown map type " + Integer.toUnsignedString(type));
        }
        if (innerSpec != null && mapType != MapType.ARRAY_OF_MAPS && mapType != MapType.HASH_OF_MAPS) {
            throw where.error("map '" + name + "': 'values' holds maps but the map type is " + mapType.shortName());
        }
        return new MapSpec(name, mapType, orZero(keySize), orZero(valueSize), orZero(maxEntries), orZero(flags), innerSpec);
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static Integer sameSize(String map, String what, Integer before, int now, Where where) throws ElfFormatException {
        if (before != null && before != now) {
            throw where.error("map '" + map + "': conflicting " + what + " sizes " + before + " and " + now);
        }
        return now;
    }

    /** {@code int (*field)[N]}: returns N. */
    private static int uint(Btf btf, String map, BtfType.Member m, Where where) throws ElfFormatException {
        int ptr = btf.skipModifiers(m.type());
        if (ptr <= 0 || !(btf.type(ptr) instanceof BtfType.Ptr p)) {
            throw where.error("map '" + map + "': field '" + m.name() + "' is not a pointer to an array");
        }
        if (!(btf.type(p.type()) instanceof BtfType.Array a)) {
            throw where.error("map '" + map + "': field '" + m.name() + "' is not a pointer to an array");
        }
        return a.nelems();
    }

    /** {@code T *field}: returns sizeof(T). */
    private static int pointeeSize(Btf btf, String map, BtfType.Member m, Where where) throws ElfFormatException {
        int ptr = btf.skipModifiers(m.type());
        if (ptr <= 0 || !(btf.type(ptr) instanceof BtfType.Ptr p)) {
            throw where.error("map '" + map + "': field '" + m.name() + "' is not a pointer to a type");
        }
        long size = btf.sizeOf(p.type());
        if (size <= 0 || size > Integer.MAX_VALUE) {
            throw where.error("map '" + map + "': cannot tell the size of the " + m.name() + " type [" + p.type() + "]");
        }
        return (int) size;
    }
}
