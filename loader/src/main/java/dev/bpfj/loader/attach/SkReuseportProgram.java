package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.SocketRef;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * An sk_reuseport program: attaches to a SO_REUSEPORT group through any one socket of the group
 * with {@code setsockopt(SO_ATTACH_REUSEPORT_EBPF)}.
 *
 * <p>The attachment is group-wide (every socket bound to the same address and port shares it) and
 * there is no link: a second attach replaces the program for the whole group, and detaching through
 * any member ({@code SO_DETACH_REUSEPORT_BPF}) removes it for all. SO_REUSEPORT must be set on
 * each socket before bind. The kernel cannot test-run these programs.
 */
public final class SkReuseportProgram {
    private final LoadedProgram prog;

    private SkReuseportProgram(LoadedProgram prog) {
        this.prog = prog;
    }

    public static SkReuseportProgram of(LoadedProgram prog) {
        return new SkReuseportProgram(Typed.require(prog, ProgramType.SK_REUSEPORT));
    }

    public LoadedProgram program() {
        return prog;
    }

    /** An attachment to a reuseport group; closing it detaches the program from the group. */
    public static final class Attachment implements AutoCloseable {
        private final SocketRef member;
        private boolean closed;

        Attachment(SocketRef member) {
            this.member = member;
        }

        /** Detaches through the member socket given at attach time; close it before that socket. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                detach(member);
            }
        }
    }

    /** Attaches to the group of {@code member} (a bound SO_REUSEPORT socket). */
    public Attachment attach(SocketRef member) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocateFrom(ValueLayout.JAVA_INT, prog.fd());
            Bpf.checkSys("setsockopt(SO_ATTACH_REUSEPORT_EBPF)", Native.setsockopt(member.socketFd(),
                    SocketAbi.SOL_SOCKET, SocketAbi.SO_ATTACH_REUSEPORT_EBPF, v, 4), "program \"" + prog.name() + "\"");
        }
        return new Attachment(member);
    }

    /** Detaches whatever program the group of {@code member} has. */
    public static void detach(SocketRef member) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocateFrom(ValueLayout.JAVA_INT, 0);
            Bpf.checkSys("setsockopt(SO_DETACH_REUSEPORT_BPF)", Native.setsockopt(member.socketFd(),
                    SocketAbi.SOL_SOCKET, SocketAbi.SO_DETACH_REUSEPORT_BPF, v, 4), null);
        }
    }
}
