package dev.bpfj.loader.attach;

import dev.bpfj.loader.FdHandle;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
import java.nio.file.Path;

/** An fd of a cgroup v2 directory. */
public final class CgroupDir extends FdHandle implements CgroupRef {
    private final Path path;

    private CgroupDir(int fd, Path path) {
        super(fd);
        this.path = path;
    }

    public static CgroupDir open(Path path) {
        return new CgroupDir(Bpf.checkSys("open(" + path + ")",
                Native.open(path.toString(), Native.O_RDONLY | Native.O_DIRECTORY | Native.O_CLOEXEC, 0), null),
                path);
    }

    public Path path() {
        return path;
    }

    @Override
    public int cgroupFd() {
        return fd();
    }

    @Override
    protected String what() {
        return "cgroup " + path;
    }
}
