package dev.bpfj.core.abi;

import java.util.List;

/**
 * A helper's prototype as checked in one program type.
 *
 * @param helper the helper
 * @param ret what R0 holds after the call
 * @param args argument types, R1 first
 */
public record HelperProto(Helper helper, RetType ret, List<ArgType> args) {
    public HelperProto {
        args = List.copyOf(args);
    }

    /** The type of argument {@code index} (0 = R1), {@link ArgType#DONTCARE} past the last one. */
    public ArgType arg(int index) {
        return index < args.size() ? args.get(index) : ArgType.DONTCARE;
    }

    /** Program-type-specific prototypes; null means the helper's default applies. */
    static HelperProto override(Helper h, ProgramType type) {
        return switch (h) {
            // sk_lookup selects a socket the program got from a map or NULL to reset the selection;
            // tc takes any referenced or ctx socket.
            case SK_ASSIGN -> type == ProgramType.SK_LOOKUP
                    ? new HelperProto(h, RetType.INTEGER,
                            List.of(ArgType.PTR_TO_CTX, ArgType.PTR_TO_SOCKET_OR_NULL, ArgType.ANYTHING))
                    : null;
            // Only tc and lwt programs pass their skb; everywhere else the helper reads the current
            // task's classid and takes no argument.
            case GET_CGROUP_CLASSID -> switch (type) {
                case SCHED_CLS, SCHED_ACT, LWT_IN, LWT_OUT, LWT_XMIT, LWT_SEG6LOCAL -> null;
                default -> new HelperProto(h, RetType.INTEGER, List.of());
            };
            // Where the context is not a socket, the cookie comes from a socket pointer.
            case GET_SOCKET_COOKIE -> switch (type) {
                case SK_REUSEPORT, SYSCALL, TRACING, LSM, KPROBE, TRACEPOINT, RAW_TRACEPOINT, PERF_EVENT,
                     RAW_TRACEPOINT_WRITABLE -> new HelperProto(h, RetType.INTEGER,
                        List.of(ArgType.PTR_TO_BTF_ID_SOCK_COMMON_OR_NULL));
                default -> null;
            };
            // cgroup sockopt programs (setsockopt hook) operate on a socket, not on their context.
            case SETSOCKOPT, GETSOCKOPT -> type == ProgramType.CGROUP_SOCKOPT
                    ? new HelperProto(h, RetType.INTEGER, List.of(ArgType.PTR_TO_BTF_ID_SOCK_COMMON,
                            ArgType.ANYTHING, ArgType.ANYTHING, h == Helper.SETSOCKOPT ? ArgType.PTR_TO_MEM
                                    : ArgType.PTR_TO_UNINIT_MEM, ArgType.CONST_SIZE))
                    : null;
            // Outside XDP the buffer comes as a BTF pointer.
            case XDP_GET_BUFF_LEN -> type == ProgramType.XDP ? null
                    : new HelperProto(h, RetType.INTEGER, List.of(ArgType.PTR_TO_BTF_ID));
            default -> null;
        };
    }
}
