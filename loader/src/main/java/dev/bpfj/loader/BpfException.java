package dev.bpfj.loader;

import dev.bpfj.core.abi.Errno;

/**
 * A kernel call of the loader failed: carries the errno (number and name), the operation (the bpf(2)
 * command such as {@code BPF_PROG_LOAD}, or the socket call) and one sentence on the common causes.
 *
 * <p>The message reads {@code BPF_MAP_CREATE: EPERM (Operation not permitted): bpf(2) needs root ...}.
 */
public class BpfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int errno;
    private final String hint;

    public BpfException(String operation, int errno, String detail) {
        this(operation, errno, detail, Hints.hint(operation, errno, detail));
    }

    /** With an explicit hint instead of the standard one. */
    public BpfException(String operation, int errno, String detail, String hint) {
        super(message(operation, errno, detail, hint));
        this.operation = operation;
        this.errno = errno;
        this.hint = hint;
    }

    private static String message(String operation, int errno, String detail, String hint) {
        StringBuilder sb = new StringBuilder(operation).append(": ").append(Errno.name(errno))
                .append(" (").append(Errno.description(errno)).append(")");
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        if (hint != null && !hint.isEmpty()) {
            sb.append(". ").append(hint);
        }
        return sb.toString();
    }

    /** The bpf(2) command ({@code BPF_PROG_LOAD}) or other call ({@code setsockopt(SO_ATTACH_REUSEPORT_EBPF)}). */
    public String operation() {
        return operation;
    }

    public int errno() {
        return errno;
    }

    /** {@code EINVAL}, {@code EPERM}, ... */
    public String errnoName() {
        return Errno.name(errno);
    }

    /** A sentence on the usual causes of this errno for this operation; may be empty. */
    public String hint() {
        return hint;
    }
}
