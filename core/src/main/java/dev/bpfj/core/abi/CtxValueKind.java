package dev.bpfj.core.abi;

/** The register type a context (or socket) field load yields, as the verifier tracks it. */
public enum CtxValueKind {
    SCALAR("scalar"),
    PTR_TO_PACKET("pkt"),
    PTR_TO_PACKET_END("pkt_end"),
    PTR_TO_PACKET_META("pkt_meta"),
    PTR_TO_SOCKET("sock"),
    PTR_TO_SOCKET_OR_NULL("sock_or_null"),
    PTR_TO_SOCK_COMMON("sock_common"),
    PTR_TO_SOCK_COMMON_OR_NULL("sock_common_or_null"),
    PTR_TO_TCP_SOCK("tcp_sock"),
    PTR_TO_FLOW_KEYS("flow_keys");

    private final String logName;

    CtxValueKind(String logName) {
        this.logName = logName;
    }

    /** How the kernel's verifier log names the type, e.g. {@code sock_or_null}. */
    public String logName() {
        return logName;
    }

    /** Whether the loaded value is a pointer. */
    public boolean isPointer() {
        return this != SCALAR;
    }

    /** Whether the pointer may be NULL and must be checked before use. */
    public boolean maybeNull() {
        return this == PTR_TO_SOCKET_OR_NULL || this == PTR_TO_SOCK_COMMON_OR_NULL;
    }
}
