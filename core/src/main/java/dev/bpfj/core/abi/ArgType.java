package dev.bpfj.core.abi;

/**
 * What a helper expects in one argument register (the kernel's {@code ARG_*} argument kinds,
 * without the prefix; flag combinations the kernel spells as modifiers get their own constant).
 */
public enum ArgType {
    /** Unused argument slot. */
    DONTCARE,
    /** Any initialized value: scalar or pointer. */
    ANYTHING,
    /** A map, loaded with ld_imm64 from a map reference. */
    CONST_MAP_PTR,
    /** Pointer to initialized memory of the map's key size (stack, map value or packet). */
    PTR_TO_MAP_KEY,
    /** Pointer to initialized memory of the map's value size. */
    PTR_TO_MAP_VALUE,
    /** Like {@link #PTR_TO_MAP_VALUE} or a NULL constant. */
    PTR_TO_MAP_VALUE_OR_NULL,
    /** Pointer to memory of the map's value size the helper writes (need not be initialized). */
    PTR_TO_UNINIT_MAP_VALUE,
    /** Pointer to initialized memory the helper reads; its size is the next argument. */
    PTR_TO_MEM,
    /** Like {@link #PTR_TO_MEM} or NULL (then the size must be 0). */
    PTR_TO_MEM_OR_NULL,
    /** Pointer to memory the helper writes; its size is the next argument. */
    PTR_TO_UNINIT_MEM,
    /** Pointer to memory of a size fixed by the helper ({@link Helper#fixedArgSize(int)}). */
    PTR_TO_FIXED_SIZE_MEM,
    /** A known, strictly positive size for the preceding memory argument. */
    CONST_SIZE,
    /** A known size for the preceding memory argument that may be 0. */
    CONST_SIZE_OR_ZERO,
    /** A known size of memory the helper allocates (ringbuf reserve, dynptr data). */
    CONST_ALLOC_SIZE_OR_ZERO,
    /** The program's context pointer, unmodified (offset 0). */
    PTR_TO_CTX,
    /** The context pointer or NULL. */
    PTR_TO_CTX_OR_NULL,
    /** A non-NULL full socket pointer. */
    PTR_TO_SOCKET,
    /** A full socket pointer or NULL. */
    PTR_TO_SOCKET_OR_NULL,
    /** A non-NULL socket pointer of any socket kind (sock_common, socket or tcp_sock). */
    PTR_TO_SOCK_COMMON,
    /** A non-NULL socket pointer, either a verifier socket type or a BTF socket type. */
    PTR_TO_BTF_ID_SOCK_COMMON,
    /** Like {@link #PTR_TO_BTF_ID_SOCK_COMMON}, or NULL. */
    PTR_TO_BTF_ID_SOCK_COMMON_OR_NULL,
    /** A non-NULL pointer to a kernel object of the helper's BTF type. */
    PTR_TO_BTF_ID,
    /** A pointer to a kernel object of the helper's BTF type, or NULL. */
    PTR_TO_BTF_ID_OR_NULL,
    /** A per-CPU kernel variable (ksym). */
    PTR_TO_PERCPU_BTF_ID,
    /** Pointer to a {@code struct bpf_spin_lock} inside a map value. */
    PTR_TO_SPIN_LOCK,
    /** Pointer to a {@code struct bpf_timer} inside a map value. */
    PTR_TO_TIMER,
    /** Address of a bpf-to-bpf callback function (ld_imm64 with BPF_PSEUDO_FUNC). */
    PTR_TO_FUNC,
    /** Pointer into the stack. */
    PTR_TO_STACK,
    /** Pointer into the stack, or NULL. */
    PTR_TO_STACK_OR_NULL,
    /** Pointer to a NUL-terminated string in a read-only map value. */
    PTR_TO_CONST_STR,
    /** Pointer to 4 writable bytes. */
    PTR_TO_INT,
    /** Pointer to 8 writable bytes. */
    PTR_TO_LONG,
    /** Memory obtained from {@code bpf_ringbuf_reserve} (a reference the helper releases). */
    PTR_TO_RINGBUF_MEM,
    /** Pointer to a {@code struct bpf_dynptr} on the stack. */
    PTR_TO_DYNPTR,
    /** Pointer to a kptr field inside a map value. */
    KPTR_XCHG_DEST;

    private static final String MEM = "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";

    /**
     * The register types the kernel lists when an argument of this kind gets a wrong one, as in
     * {@code R2 type=scalar expected=fp, pkt, ...}; null where bpfj has not observed it.
     */
    public String kernelExpected() {
        return switch (this) {
            case CONST_MAP_PTR -> "map_ptr";
            case PTR_TO_CTX, PTR_TO_CTX_OR_NULL -> "ctx";
            case PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MAP_VALUE_OR_NULL, PTR_TO_UNINIT_MAP_VALUE, PTR_TO_MEM,
                 PTR_TO_MEM_OR_NULL, PTR_TO_UNINIT_MEM, PTR_TO_FIXED_SIZE_MEM, PTR_TO_INT, PTR_TO_LONG -> MEM;
            case PTR_TO_SOCK_COMMON -> "sock_common, sock, tcp_sock, xdp_sock";
            case PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_BTF_ID_SOCK_COMMON_OR_NULL -> "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_";
            case PTR_TO_BTF_ID, PTR_TO_BTF_ID_OR_NULL -> "ptr_, trusted_ptr_, rcu_ptr_";
            case PTR_TO_PERCPU_BTF_ID -> "percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_";
            case PTR_TO_SPIN_LOCK, KPTR_XCHG_DEST -> "map_value, ptr_";
            case PTR_TO_TIMER -> "map_value";
            case PTR_TO_FUNC -> "func";
            case PTR_TO_DYNPTR -> "fp, dynptr_ptr";
            case PTR_TO_RINGBUF_MEM -> "ringbuf_mem";
            default -> null;
        };
    }

    /** Whether this argument may only be used as a size of the preceding memory argument. */
    public boolean isSize() {
        return this == CONST_SIZE || this == CONST_SIZE_OR_ZERO || this == CONST_ALLOC_SIZE_OR_ZERO;
    }

    /** Whether the argument accepts a NULL (known zero) value. */
    public boolean acceptsNull() {
        return switch (this) {
            case ANYTHING, PTR_TO_MAP_VALUE_OR_NULL, PTR_TO_MEM_OR_NULL, PTR_TO_CTX_OR_NULL,
                 PTR_TO_SOCKET_OR_NULL, PTR_TO_BTF_ID_OR_NULL, PTR_TO_STACK_OR_NULL,
                 PTR_TO_BTF_ID_SOCK_COMMON_OR_NULL -> true;
            default -> false;
        };
    }
}
