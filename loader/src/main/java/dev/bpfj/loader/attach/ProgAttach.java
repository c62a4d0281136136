package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
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

    /**
     * An attachment's own duplicates of its target's and program's fds, so it can detach after the
     * caller closed those handles.
     */
    record Held(int targetFd, int progFd, AttachType type) {
        /** Duplicates the fds of an attached program; when that fails, detaches it again and throws. */
        static Held dup(int targetFd, int progFd, AttachType type) {
            int t = Native.dup(targetFd);
            int p = Native.dup(progFd);
            if (t < 0 || p < 0) {
                detach(targetFd, progFd, type);
                if (t >= 0) {
                    Native.close(t);
                }
                if (p >= 0) {
                    Native.close(p);
                }
                throw new BpfException("fcntl(F_DUPFD_CLOEXEC)", -Math.min(t, p), null);
            }
            return new Held(t, p, type);
        }

        /** BPF_PROG_DETACH, then closes both fds: the detach's result or {@code -errno}. */
        int detachAndClose() {
            try {
                return detach(targetFd, progFd, type);
            } finally {
                Native.close(targetFd);
                Native.close(progFd);
            }
        }
    }
}
