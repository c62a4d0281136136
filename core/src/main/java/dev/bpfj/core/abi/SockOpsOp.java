package dev.bpfj.core.abi;

/**
 * Why a sock_ops program was called: the {@code op} field of {@code struct bpf_sock_ops}
 * ({@code BPF_SOCK_OPS_*} of the uapi). The kernel only appends values, so the position is the
 * value; a test checks every one against the installed header.
 */
public enum SockOpsOp {
    VOID, TIMEOUT_INIT, RWND_INIT, TCP_CONNECT_CB, ACTIVE_ESTABLISHED_CB, PASSIVE_ESTABLISHED_CB,
    NEEDS_ECN, BASE_RTT, RTO_CB, RETRANS_CB, STATE_CB, TCP_LISTEN_CB, RTT_CB, PARSE_HDR_OPT_CB,
    HDR_OPT_LEN_CB, WRITE_HDR_OPT_CB;

    /** The kernel's value. */
    public int value() {
        return ordinal();
    }

    /** The uapi name, e.g. {@code BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB}. */
    public String kernelName() {
        return "BPF_SOCK_OPS_" + name();
    }
}
