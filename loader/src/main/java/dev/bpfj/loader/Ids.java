package dev.bpfj.loader;

import dev.bpfj.core.abi.Command;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/** Kernel object ids: walking them, opening an fd by id, reading info by fd. */
final class Ids {
    private Ids() {
    }

    /** Every id the kernel reports for {@code nextIdCommand} (PROG/MAP/LINK_GET_NEXT_ID), ascending. */
    static List<Integer> all(Command nextIdCommand) {
        List<Integer> out = new ArrayList<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, Attr.GET_ID);
            int id = 0;
            while (true) {
                attr.set(ValueLayout.JAVA_INT, Attr.off(Attr.GET_ID, "start_id"), id);
                int r = Bpf.call(nextIdCommand, attr, Attr.GET_ID);
                if (r == -Errno.ENOENT) {
                    return out;
                }
                Bpf.check(nextIdCommand, r, null);
                id = attr.get(ValueLayout.JAVA_INT, Attr.off(Attr.GET_ID, "next_id"));
                out.add(id);
            }
        }
    }

    /** A new fd for the object with {@code id} (fdByIdCommand: PROG/MAP/LINK_GET_FD_BY_ID). */
    static int fdById(Command fdByIdCommand, int id) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, Attr.GET_ID);
            attr.set(ValueLayout.JAVA_INT, Attr.off(Attr.GET_ID, "start_id"), id);
            return Bpf.check(fdByIdCommand, Bpf.call(fdByIdCommand, attr, Attr.GET_ID), "id " + id);
        }
    }

    /**
     * BPF_OBJ_GET_INFO_BY_FD into {@code info} (whose size is offered to the kernel; the kernel
     * fills what it knows of that prefix).
     */
    static void info(int fd, MemorySegment info, String what) {
        try (Arena a = Arena.ofConfined()) {
            StructLayout l = Attr.OBJ_INFO;
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "info.bpf_fd"), fd);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "info.info_len"), (int) info.byteSize());
            attr.set(ValueLayout.JAVA_LONG, Attr.off(l, "info.info"), info.address());
            Bpf.check(Command.OBJ_GET_INFO_BY_FD, Bpf.call(Command.OBJ_GET_INFO_BY_FD, attr, l), what);
        }
    }

    static String cString(MemorySegment seg, long off, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < max; i++) {
            byte b = seg.get(ValueLayout.JAVA_BYTE, off + i);
            if (b == 0) {
                break;
            }
            sb.append((char) (b & 0xff));
        }
        return sb.toString();
    }
}
