package dev.bpfj.core.abi;

import java.util.List;
import java.util.Optional;

/**
 * A context structure as one program type sees it (or {@code struct bpf_sock} seen through a
 * socket pointer): every field with its offset, size, byte order, access rules and the register
 * type a load yields. Tables exist for the socket program types (sk_lookup, sk_reuseport, sk_msg,
 * sock_ops, sk_skb, cgroup_skb, cgroup_sock, socket_filter, sched_cls/sched_act, xdp); other types
 * have none ({@link #of} returns null).
 *
 * @param structName the uapi struct, e.g. {@code bpf_sk_lookup}, {@code __sk_buff}
 * @param size {@code sizeof} the struct
 * @param fields the fields in offset order
 * @param accessName how the kernel names the access in rejections: {@code bpf_context} for
 *     contexts, {@code sock}, {@code sock_common} or {@code tcp_sock} through socket pointers
 */
public record CtxLayout(String structName, int size, List<CtxField> fields, String accessName) {
    public CtxLayout {
        fields = List.copyOf(fields);
    }

    /** The layout for programs of {@code type} without an expected attach type, or null. */
    public static CtxLayout of(ProgramType type) {
        return of(type, null);
    }

    /**
     * The layout for programs of {@code type} loaded with {@code expectedAttachType} (null =
     * none), or null when bpfj has no table for the type. Fields that exist only with other
     * attach types stay in the list; {@link #check} refuses them.
     */
    public static CtxLayout of(ProgramType type, AttachType expectedAttachType) {
        return CtxTables.layout(type);
    }

    /** {@code struct bpf_sock} as read through a full socket pointer ({@code PTR_TO_SOCKET}). */
    public static CtxLayout bpfSock() {
        return CtxTables.BPF_SOCK;
    }

    /** {@code struct bpf_sock} as read through {@code PTR_TO_SOCK_COMMON}: fewer fields. */
    public static CtxLayout sockCommon() {
        return CtxTables.SOCK_COMMON;
    }

    /** {@code struct bpf_tcp_sock} as read through {@code PTR_TO_TCP_SOCK}. */
    public static CtxLayout tcpSock() {
        return CtxTables.TCP_SOCK;
    }

    /** The layout a pointer of {@code kind} points to, or null for packet pointers and scalars. */
    public static CtxLayout pointee(CtxValueKind kind) {
        return switch (kind) {
            case PTR_TO_SOCKET, PTR_TO_SOCKET_OR_NULL -> bpfSock();
            case PTR_TO_SOCK_COMMON, PTR_TO_SOCK_COMMON_OR_NULL -> sockCommon();
            case PTR_TO_TCP_SOCK -> tcpSock();
            default -> null;
        };
    }

    /**
     * Checks a {@code size}-byte load ({@code write} false) or store at {@code off} in the context
     * of a {@code type} program loaded with {@code expectedAttachType}. Empty when bpfj has no
     * table for the type.
     */
    public static Optional<CtxAccess> access(ProgramType type, AttachType expectedAttachType, int off,
                                             int size, boolean write) {
        CtxLayout l = of(type, expectedAttachType);
        if (l == null) {
            return Optional.empty();
        }
        return Optional.of(l.check(CtxTables.effectiveAttach(type, expectedAttachType), off, size, write));
    }

    /** The field containing byte {@code offset}, or null (padding, out of range). */
    public CtxField fieldAt(int offset) {
        for (CtxField f : fields) {
            if (f.contains(offset)) {
                return f;
            }
        }
        return null;
    }

    /** The field named {@code name} (or with that alias). */
    public Optional<CtxField> field(String name) {
        return fields.stream().filter(f -> f.isNamed(name)).findFirst();
    }

    /**
     * Checks an access against this layout, with the expected attach type the program was loaded
     * with (null = none). The kernel rejects unaligned accesses, accesses outside the struct and
     * accesses straddling fields with the same message.
     */
    public CtxAccess check(AttachType attach, int off, int size, boolean write) {
        CtxField f = off >= 0 && off < this.size ? fieldAt(off) : null;
        if (f != null && f.availableWith(attach)
                && (write ? f.allowsWrite(off, size) : f.allowsRead(off, size))) {
            return new CtxAccess.Allowed(f, write ? CtxValueKind.SCALAR : f.kind(), f.byteOrder());
        }
        return new CtxAccess.Denied(deniedMessage(f, off, size), f);
    }

    /** Checks an access without an expected attach type. */
    public CtxAccess check(int off, int size, boolean write) {
        return check(null, off, size, write);
    }

    /** The kernel's rejection text for an access, e.g. {@code invalid bpf_context access off=1 size=4}. */
    public String deniedMessage(int off, int size) {
        return deniedMessage(off >= 0 && off < this.size ? fieldAt(off) : null, off, size);
    }

    private String deniedMessage(CtxField f, int off, int size) {
        // bpf_tcp_sock: a 4-byte load of the upper half of a 64-bit counter passes the access check
        // but the kernel cannot rewrite it, and says so in its own words.
        if (accessName.equals("tcp_sock") && f != null && f.size() == 8 && size == 4 && off == f.offset() + 4) {
            return "verifier bug: error during ctx access conversion (0)";
        }
        return "invalid " + accessName + " access off=" + off + " size=" + size;
    }
}
