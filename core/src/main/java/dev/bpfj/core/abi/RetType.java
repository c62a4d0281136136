package dev.bpfj.core.abi;

/**
 * What a helper leaves in R0 (the kernel's {@code RET_*} kinds, without the prefix). {@code _OR_NULL}
 * kinds must be compared with 0 before the pointer may be used.
 */
public enum RetType {
    /** A scalar. */
    INTEGER,
    /** Nothing: R0 is unreadable after the call. */
    VOID,
    /** A non-NULL pointer to a map value. */
    PTR_TO_MAP_VALUE,
    /** A map value pointer or NULL. */
    PTR_TO_MAP_VALUE_OR_NULL,
    /** A full socket pointer or NULL. */
    PTR_TO_SOCKET_OR_NULL,
    /** A {@code struct bpf_tcp_sock} pointer or NULL. */
    PTR_TO_TCP_SOCK_OR_NULL,
    /** A {@code struct bpf_sock} pointer of any socket state (request, timewait, full) or NULL. */
    PTR_TO_SOCK_COMMON_OR_NULL,
    /** A pointer to memory of the size given in an argument, or NULL (ringbuf, dynptr data). */
    PTR_TO_MEM_OR_NULL,
    /** A pointer to a kernel object typed by BTF. */
    PTR_TO_BTF_ID,
    /** A pointer to a kernel object typed by BTF, or NULL. */
    PTR_TO_BTF_ID_OR_NULL,
    /** A pointer to a per-CPU variable: memory or BTF-typed. */
    PTR_TO_MEM_OR_BTF_ID,
    /** Like {@link #PTR_TO_MEM_OR_BTF_ID}, or NULL. */
    PTR_TO_MEM_OR_BTF_ID_OR_NULL;

    /** Whether the returned pointer may be NULL and must be checked before use. */
    public boolean maybeNull() {
        return name().endsWith("_OR_NULL");
    }

    /** Whether the returned value is a pointer. */
    public boolean isPointer() {
        return this != INTEGER && this != VOID;
    }
}
