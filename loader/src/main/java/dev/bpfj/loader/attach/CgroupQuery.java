package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * BPF_PROG_QUERY on a cgroup: the ids of the programs attached (in run order) and the attach
 * flags. The id buffer grows when the kernel reports ENOSPC.
 *
 * @param attachFlags the mode flags of the attach point (0 for effective queries)
 * @param progIds program ids in the order the kernel runs them
 */
public record CgroupQuery(int attachFlags, List<Integer> progIds) {

    /** Programs attached to {@code cgroup} itself as {@code type}. */
    public static CgroupQuery attached(CgroupRef cgroup, AttachType type) {
        return query(cgroup.cgroupFd(), type, 0);
    }

    /** Programs that run for {@code cgroup}, including inherited ones (BPF_F_QUERY_EFFECTIVE). */
    public static CgroupQuery effective(CgroupRef cgroup, AttachType type) {
        return query(cgroup.cgroupFd(), type, Flags.BPF_F_QUERY_EFFECTIVE);
    }

    static CgroupQuery query(int targetFd, AttachType type, int queryFlags) {
        return query(targetFd, type, queryFlags, 8);
    }

    static CgroupQuery query(int targetFd, AttachType type, int queryFlags, int initial) {
        StructLayout l = Attr.PROG_QUERY;
        int room = initial;
        while (true) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment ids = a.allocate(ValueLayout.JAVA_INT, Math.max(1, room));
                MemorySegment attr = Attr.alloc(a, l);
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "query.target_fd"), targetFd);
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "query.attach_type"), type.id());
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "query.query_flags"), queryFlags);
                attr.set(ValueLayout.JAVA_LONG, Attr.off(l, "query.prog_ids"), ids.address());
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "query.prog_cnt"), room);
                int r = Bpf.call(Command.PROG_QUERY, attr, l);
                int count = attr.get(ValueLayout.JAVA_INT, Attr.off(l, "query.prog_cnt"));
                if (r == -Errno.ENOSPC && count > room) {
                    room = count;
                    continue;
                }
                Bpf.check(Command.PROG_QUERY, r, type.kernelName());
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < Math.min(count, room); i++) {
                    out.add(ids.getAtIndex(ValueLayout.JAVA_INT, i));
                }
                return new CgroupQuery(attr.get(ValueLayout.JAVA_INT, Attr.off(l, "query.attach_flags")),
                        List.copyOf(out));
            }
        }
    }
}
