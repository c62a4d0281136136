package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;

/**
 * An sk_msg program: runs on every sendmsg of a socket in the SOCKMAP/SOCKHASH it is attached to
 * (BPF_SK_MSG_VERDICT). SK_DROP makes the send fail with EACCES. The kernel cannot test-run it.
 */
public final class SkMsgProgram {
    private final LoadedProgram prog;

    private SkMsgProgram(LoadedProgram prog) {
        this.prog = prog;
    }

    public static SkMsgProgram of(LoadedProgram prog) {
        return new SkMsgProgram(Typed.require(prog, ProgramType.SK_MSG));
    }

    public LoadedProgram program() {
        return prog;
    }

    /** Attaches to {@code sockmap} with BPF_PROG_ATTACH; add the sockets afterwards. */
    public MapAttachment attach(LoadedMap sockmap) {
        return MapAttachment.attach(prog, sockmap, AttachType.SK_MSG_VERDICT);
    }

    /** Links to {@code sockmap} (BPF_LINK_CREATE; kernels from 6.10). */
    public Link link(LoadedMap sockmap) {
        return MapAttachment.link(prog, sockmap, AttachType.SK_MSG_VERDICT);
    }
}
