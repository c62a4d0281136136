package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.sys.Bpf;

/**
 * A program attached to a SOCKMAP or SOCKHASH with BPF_PROG_ATTACH. It holds its own duplicates of
 * the program and map fds, so it can detach even after the caller closed those handles.
 *
 * <p>The kernel applies a map's programs to sockets when they are added: add sockets after attaching.
 */
public final class MapAttachment implements AutoCloseable {
    private final ProgAttach.Held held;
    private boolean closed;

    private MapAttachment(ProgAttach.Held held) {
        this.held = held;
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
        return new MapAttachment(ProgAttach.Held.dup(map.fd(), prog.fd(), type));
    }

    static Link link(LoadedProgram prog, LoadedMap map, AttachType type) {
        requireSockMap(map);
        return Link.create(prog, map.fd(), type, 0, map.toString());
    }

    public AttachType attachType() {
        return held.type();
    }

    /** Detaches (BPF_PROG_DETACH) and closes the duplicated fds. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Bpf.check(Command.PROG_DETACH, held.detachAndClose(), held.type().kernelName());
    }
}
