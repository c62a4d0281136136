package dev.bpfj.loader;

import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.loader.sys.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the kernel says about a loaded program ({@code struct bpf_prog_info}).
 *
 * @param type null when this bpfj does not know the kernel's program type {@code typeId}
 * @param tag the kernel's 8-byte program tag, as 16 hex digits
 * @param xlatedLen size of the program after the verifier's rewrites, in bytes
 * @param verifiedInsns instructions the verifier processed (kernels from 5.16), or 0
 */
public record ProgramInfo(int id, int typeId, ProgramType type, String name, String tag, List<Integer> mapIds,
                          int xlatedLen, int jitedLen, long loadTimeNs, int createdByUid, int verifiedInsns,
                          boolean gplCompatible) {

    /** Reads the info of the program open as {@code fd}. */
    public static ProgramInfo of(int fd) {
        StructLayout l = Attr.PROG_INFO;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = Attr.alloc(a, l);
            Ids.info(fd, info, "program fd " + fd);
            int nMaps = info.get(ValueLayout.JAVA_INT, Attr.off(l, "nr_map_ids"));
            List<Integer> mapIds = new ArrayList<>();
            if (nMaps > 0) {
                // Second call with room for the map ids; everything else is read again too.
                MemorySegment ids = a.allocate(ValueLayout.JAVA_INT, nMaps);
                info.fill((byte) 0);
                info.set(ValueLayout.JAVA_INT, Attr.off(l, "nr_map_ids"), nMaps);
                info.set(ValueLayout.JAVA_LONG, Attr.off(l, "map_ids"), ids.address());
                Ids.info(fd, info, "program fd " + fd);
                int n = Math.min(nMaps, info.get(ValueLayout.JAVA_INT, Attr.off(l, "nr_map_ids")));
                for (int i = 0; i < n; i++) {
                    mapIds.add(ids.getAtIndex(ValueLayout.JAVA_INT, i));
                }
            }
            int typeId = info.get(ValueLayout.JAVA_INT, Attr.off(l, "type"));
            byte[] tag = info.asSlice(Attr.off(l, "tag"), 8).toArray(ValueLayout.JAVA_BYTE);
            int bits = info.get(ValueLayout.JAVA_INT, Attr.off(l, "gpl_compatible:1"));
            return new ProgramInfo(info.get(ValueLayout.JAVA_INT, Attr.off(l, "id")), typeId,
                    ProgramType.ofId(typeId), Ids.cString(info, Attr.off(l, "name"), 16),
                    HexFormat.of().formatHex(tag), List.copyOf(mapIds),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "xlated_prog_len")),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "jited_prog_len")),
                    info.get(ValueLayout.JAVA_LONG, Attr.off(l, "load_time")),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "created_by_uid")),
                    info.get(ValueLayout.JAVA_INT, Attr.off(l, "verified_insns")),
                    (bits & 1) != 0);
        }
    }

    /** The info of the program with kernel id {@code id}, or null when it is gone. */
    public static ProgramInfo byId(int id) {
        int fd;
        try {
            fd = Ids.fdById(Command.PROG_GET_FD_BY_ID, id);
        } catch (BpfException e) {
            if (e.errno() == Errno.ENOENT) {
                return null;
            }
            throw e;
        }
        try {
            return of(fd);
        } finally {
            Native.close(fd);
        }
    }

    /** The ids of every program loaded in the kernel (needs root). */
    public static List<Integer> loadedIds() {
        return Ids.all(Command.PROG_GET_NEXT_ID);
    }

    /** Every program loaded in the kernel; programs unloaded meanwhile are skipped. */
    public static List<ProgramInfo> listLoaded() {
        List<ProgramInfo> out = new ArrayList<>();
        for (int id : loadedIds()) {
            ProgramInfo p = byId(id);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
