package dev.bpfj.loader.attach;

import dev.bpfj.loader.FdHandle;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
import java.nio.file.Path;

/** An fd of a network namespace file such as {@code /proc/PID/ns/net} or {@code /run/netns/NAME}. */
public final class NetnsFile extends FdHandle implements NetnsRef {
    private final Path path;

    private NetnsFile(int fd, Path path) {
        super(fd);
        this.path = path;
    }

    public static NetnsFile open(Path path) {
        return new NetnsFile(Bpf.checkSys("open(" + path + ")",
                Native.open(path.toString(), Native.O_RDONLY | Native.O_CLOEXEC, 0), null), path);
    }

    @Override
    public int netnsFd() {
        return fd();
    }

    @Override
    protected String what() {
        return "netns " + path;
    }
}
