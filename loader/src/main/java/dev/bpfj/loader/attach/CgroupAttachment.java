package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;

/**
 * A program attached to a cgroup with BPF_PROG_ATTACH. Holds duplicates of the cgroup and program
 * fds; {@link #close} detaches (BPF_PROG_DETACH). Closing an attachment whose program was replaced
 * or detached meanwhile is not an error.
 */
public final class CgroupAttachment implements AutoCloseable {
    private final ProgAttach.Held held;
    private boolean closed;

    private CgroupAttachment(ProgAttach.Held held) {
        this.held = held;
    }

    static CgroupAttachment hold(int cgroupFd, int progFd, AttachType type) {
        return new CgroupAttachment(ProgAttach.Held.dup(cgroupFd, progFd, type));
    }

    public AttachType attachType() {
        return held.type();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        int r = held.detachAndClose();
        if (r != -Errno.ENOENT) {
            Bpf.check(Command.PROG_DETACH, r, held.type().kernelName());
        }
    }
}
