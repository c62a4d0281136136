package dev.bpfj.loader;

import dev.bpfj.core.abi.Errno;

/** One sentence per (operation, errno) on what usually causes it; used in exception messages. */
final class Hints {
    private Hints() {
    }

    static String hint(String op, int errno, String detail) {
        boolean load = op.equals("BPF_PROG_LOAD");
        boolean mapElem = op.startsWith("BPF_MAP_") && op.endsWith("_ELEM") || op.equals("BPF_MAP_GET_NEXT_KEY");
        boolean attach = op.equals("BPF_PROG_ATTACH") || op.equals("BPF_LINK_CREATE");
        return switch (errno) {
            case Errno.EPERM -> op.equals("BPF_PROG_ATTACH")
                    ? "the attach point does not allow this: an exclusive or override program is attached "
                            + "there (or an ancestor's mode forbids it); needs root as well"
                    : op.equals("BPF_LINK_UPDATE")
                    ? "the link's program is not the expected one (BPF_F_REPLACE), or the link is detached"
                    : op.startsWith("BPF_") || op.startsWith("bpf")
                    ? "bpf(2) needs root, or CAP_BPF plus CAP_NET_ADMIN for networking programs "
                            + "(CAP_SYS_ADMIN for some commands); check also kernel.unprivileged_bpf_disabled"
                    : "the call needs root or CAP_NET_ADMIN / CAP_SYS_ADMIN";
            case Errno.E2BIG -> load
                    ? "the program is too large for this kernel, or bpf_attr carries fields this kernel does not know"
                    : "bpf_attr carries non-zero fields this kernel does not know, or a size exceeds its limit";
            case Errno.EINVAL -> load && (detail == null || detail.isEmpty())
                    ? "the kernel refused the request before verifying: check the program type, the expected "
                            + "attach type (sk_lookup needs BPF_SK_LOOKUP, sk_reuseport one of "
                            + "BPF_SK_REUSEPORT_SELECT[_OR_MIGRATE]), the license, the flags and the name"
                    : attach ? "the program's type or expected attach type does not match the attach type, "
                            + "or the flags are not allowed together"
                    : op.equals("BPF_MAP_CREATE")
                            ? "check the key and value sizes, max_entries and flags for this map type "
                                    + "(socket maps need key 4 and value 4 or 8)"
                            : "an argument is not valid for this command";
            case Errno.EBADF -> "a file descriptor in the request is closed or not of the expected kind";
            case Errno.ENOENT -> mapElem ? "no entry with this key" : attach || op.equals("BPF_PROG_DETACH")
                    ? "nothing to detach or replace: the program is not attached there"
                    : "no such object (closed, never pinned, or the id no longer exists)";
            case Errno.EEXIST -> mapElem ? "the key exists and BPF_NOEXIST was given"
                    : "an object of that name or an attachment already exists";
            case Errno.EBUSY -> "the target already has an exclusive attachment; use BPF_F_ALLOW_MULTI, "
                    + "BPF_F_REPLACE or detach first";
            case Errno.ENOSPC -> mapElem ? "the map is full (max_entries reached)" : "a buffer is too small";
            case Errno.ENOMEM -> "the kernel could not allocate memory (on kernels before 5.11, raise RLIMIT_MEMLOCK)";
            case Errno.EOPNOTSUPP, Errno.ENOTSUPP -> mapElem
                    ? "the socket cannot go into this map: sockmaps take established or listening TCP "
                            + "(and UDP/unix) sockets, REUSEPORT_SOCKARRAY takes bound SO_REUSEPORT sockets"
                    : "this kernel does not support the operation for this object type";
            case Errno.EACCES -> load ? "the verifier rejected the program; see the log" : "permission denied";
            case Errno.ENOSYS -> "this kernel has no bpf(2) or does not know this command";
            case Errno.EFAULT -> "the kernel could not read or write a buffer passed in bpf_attr";
            default -> "";
        };
    }
}
