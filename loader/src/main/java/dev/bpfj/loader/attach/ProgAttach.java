package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/** BPF_PROG_ATTACH and BPF_PROG_DETACH as raw calls returning {@code -errno}. */
final class ProgAttach {
    private ProgAttach() {
    }

    static int attach(int targetFd, int progFd, AttachType type, int flags, int replaceFd) {
        StructLayout l = Attr.PROG_ATTACH;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "target_fd"), targetFd);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "attach_bpf_fd"), progFd);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "attach_type"), type.id());
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "attach_flags"), flags);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "replace_bpf_fd"), replaceFd);
            return Bpf.call(Command.PROG_ATTACH, attr, l);
        }
    }

    static int detach(int targetFd, int progFd, AttachType type) {
        StructLayout l = Attr.PROG_ATTACH;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "target_fd"), targetFd);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "attach_bpf_fd"), progFd);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "attach_type"), type.id());
            return Bpf.call(Command.PROG_DETACH, attr, l);
        }
    }
}
