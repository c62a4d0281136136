package dev.bpfj.verifier.domain;

/**
 * What a register holds, as the kernel's verifier classifies it; {@link #logName()} is the name
 * its log prints ({@code ctx}, {@code map_value}, {@code sock}, ...). Whether a pointer may be
 * NULL is a separate flag of {@link RegValue}.
 */
public enum RegType {
    NOT_INIT("?"),
    SCALAR("scalar"),
    PTR_TO_CTX("ctx"),
    CONST_PTR_TO_MAP("map_ptr"),
    PTR_TO_MAP_VALUE("map_value"),
    PTR_TO_MAP_KEY("map_key"),
    PTR_TO_STACK("fp"),
    PTR_TO_PACKET_META("pkt_meta"),
    PTR_TO_PACKET("pkt"),
    PTR_TO_PACKET_END("pkt_end"),
    PTR_TO_FLOW_KEYS("flow_keys"),
    PTR_TO_SOCKET("sock"),
    PTR_TO_SOCK_COMMON("sock_common"),
    PTR_TO_TCP_SOCK("tcp_sock"),
    PTR_TO_TP_BUFFER("tp_buffer"),
    PTR_TO_XDP_SOCK("xdp_sock"),
    PTR_TO_BTF_ID("ptr_"),
    PTR_TO_MEM("mem"),
    PTR_TO_BUF("buf"),
    PTR_TO_FUNC("func");

    private final String logName;

    RegType(String logName) {
        this.logName = logName;
    }

    public String logName() {
        return logName;
    }

    public boolean isPointer() {
        return this != NOT_INIT && this != SCALAR;
    }

    /** Packet data pointers (not the end marker). */
    public boolean isPacket() {
        return this == PTR_TO_PACKET || this == PTR_TO_PACKET_META;
    }

    /** Packet data pointers and the end marker. */
    public boolean isPacketAny() {
        return isPacket() || this == PTR_TO_PACKET_END;
    }

    /** The socket kinds a program can read fields of. */
    public boolean isSocket() {
        return this == PTR_TO_SOCKET || this == PTR_TO_SOCK_COMMON || this == PTR_TO_TCP_SOCK
                || this == PTR_TO_XDP_SOCK;
    }
}
