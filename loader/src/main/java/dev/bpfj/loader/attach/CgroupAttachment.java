package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.loader.sys.Native;

/**
 * A program attached to a cgroup with BPF_PROG_ATTACH. Holds duplicates of the cgroup and program
 * fds; {@link #close} detaches (BPF_PROG_DETACH). Closing an attachment whose program was replaced
 * or detached meanwhile is not an error.
 */
public final class CgroupAttachment implements AutoCloseable {
    private final int cgroupFd;
    private final int progFd;
    private final AttachType type;
    private boolean closed;

    private CgroupAttachment(int cgroupFd, int progFd, AttachType type) {
        this.cgroupFd = cgroupFd;
        this.progFd = progFd;
        this.type = type;
    }

    static CgroupAttachment hold(int cgroupFd, int progFd, AttachType type) {
        int c = Native.dup(cgroupFd);
        int p = Native.dup(progFd);
        if (c < 0 || p < 0) {
            ProgAttach.detach(cgroupFd, progFd, type);
            if (c >= 0) {
                Native.close(c);
            }
            if (p >= 0) {
                Native.close(p);
            }
            Bpf.checkSys("fcntl(F_DUPFD_CLOEXEC)", Math.min(c, p), null);
        }
        return new CgroupAttachment(c, p, type);
    }

    public AttachType attachType() {
        return type;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            int r = ProgAttach.detach(cgroupFd, progFd, type);
            if (r != -Errno.ENOENT) {
                Bpf.check(Command.PROG_DETACH, r, type.kernelName());
            }
        } finally {
            Native.close(cgroupFd);
            Native.close(progFd);
        }
    }
}
