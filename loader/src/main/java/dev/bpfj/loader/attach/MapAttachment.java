package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;

/**
 * A program attached to a SOCKMAP or SOCKHASH with BPF_PROG_ATTACH. It holds its own duplicates of
 * the program and map fds, so it can detach even after the caller closed those handles.
 *
 * <p>The kernel applies a map's programs to sockets when they are added: add sockets after attaching.
 */
public final class MapAttachment implements AutoCloseable {
    private final int mapFd;
    private final int progFd;
    private final AttachType type;
    private boolean closed;

    private MapAttachment(int mapFd, int progFd, AttachType type) {
        this.mapFd = mapFd;
        this.progFd = progFd;
        this.type = type;
    }

    static void requireSockMap(LoadedMap map) {
        if (map.type() != MapType.SOCKMAP && map.type() != MapType.SOCKHASH) {
            throw new IllegalArgumentException(map + " is a " + map.type().shortName()
                    + " map; sk_msg and sk_skb programs attach to sockmap or sockhash maps");
        }
    }

    static MapAttachment attach(LoadedProgram prog, LoadedMap map, AttachType type) {
        requireSockMap(map);
        Bpf.check(Command.PROG_ATTACH, ProgAttach.attach(map.fd(), prog.fd(), type, 0, 0),
                "program \"" + prog.name() + "\" to " + map + " (" + type.kernelName() + ")");
        int m = Native.dup(map.fd());
        int p = Native.dup(prog.fd());
        if (m < 0 || p < 0) {
            ProgAttach.detach(map.fd(), prog.fd(), type);
            if (m >= 0) {
                Native.close(m);
            }
            if (p >= 0) {
                Native.close(p);
            }
            throw new dev.bpfj.loader.BpfException("fcntl(F_DUPFD_CLOEXEC)", -Math.min(m, p), null);
        }
        return new MapAttachment(m, p, type);
    }

    static Link link(LoadedProgram prog, LoadedMap map, AttachType type) {
        requireSockMap(map);
        return Link.create(prog, map.fd(), type, 0, map.toString());
    }

    public AttachType attachType() {
        return type;
    }

    /** Detaches (BPF_PROG_DETACH) and closes the duplicated fds. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Bpf.check(Command.PROG_DETACH, ProgAttach.detach(mapFd, progFd, type), type.kernelName());
        } finally {
            Native.close(mapFd);
            Native.close(progFd);
        }
    }
}
