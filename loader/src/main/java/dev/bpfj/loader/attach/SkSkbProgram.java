package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;

/** An sk_skb program: a stream parser or verdict on the receive path of sockets in a SOCKMAP/SOCKHASH. */
public final class SkSkbProgram {
    /** Where on the receive path the program runs. */
    public enum Role {
        STREAM_PARSER(AttachType.SK_SKB_STREAM_PARSER),
        STREAM_VERDICT(AttachType.SK_SKB_STREAM_VERDICT),
        VERDICT(AttachType.SK_SKB_VERDICT);

        final AttachType type;

        Role(AttachType type) {
            this.type = type;
        }
    }

    private final LoadedProgram prog;

    private SkSkbProgram(LoadedProgram prog) {
        this.prog = prog;
    }

    public static SkSkbProgram of(LoadedProgram prog) {
        return new SkSkbProgram(Typed.require(prog, ProgramType.SK_SKB));
    }

    public LoadedProgram program() {
        return prog;
    }

    public MapAttachment attach(LoadedMap sockmap, Role role) {
        return MapAttachment.attach(prog, sockmap, role.type);
    }

    /** Links to {@code sockmap} (BPF_LINK_CREATE; kernels from 6.10). */
    public Link link(LoadedMap sockmap, Role role) {
        return MapAttachment.link(prog, sockmap, role.type);
    }
}
