package dev.bpfj.loader;

import dev.bpfj.core.abi.MapType;
import dev.bpfj.loader.sys.Attr;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * What the kernel says about a map ({@code struct bpf_map_info}).
 *
 * @param type null when this bpfj does not know the kernel's map type {@code typeId}
 */
public record MapInfo(int id, int typeId, MapType type, String name, int keySize, int valueSize, int maxEntries,
                      int flags) {

    /** Reads the info of the map open as {@code fd}. */
    public static MapInfo of(int fd) {
        try (Arena a = Arena.ofConfined()) {
            StructLayout l = Attr.MAP_INFO;
            MemorySegment info = Attr.alloc(a, l);
            Ids.info(fd, info, "map fd " + fd);
            int typeId = info.get(ValueLayout.JAVA_INT, Attr.off(l, "type"));
            return new MapInfo(info.get(ValueLayout.JAVA_INT, Attr.off(l, "id")), typeId, MapType.ofId(typeId),
                    Ids.cString(info, Attr.off(l, "name"), 16),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "key_size")),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "value_size")),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "max_entries")),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "map_flags")));
        }
    }
}
