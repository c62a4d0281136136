package dev.bpfj.core.abi;

import java.util.HashMap;
import java.util.Map;

/**
 * Linux errno numbers (the generic table x86_64 and aarch64 share) with their symbolic names and
 * the C library's wording, plus the kernel-internal values bpf(2) is known to leak (ENOTSUPP).
 */
public final class Errno {
    private Errno() {
    }

    public static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EINTR = 4, EIO = 5, E2BIG = 7, EBADF = 9,
            EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14, EBUSY = 16, EEXIST = 17, EXDEV = 18,
            ENODEV = 19, ENOTDIR = 20, EINVAL = 22, EMFILE = 24, ENOTTY = 25, EFBIG = 27, ENOSPC = 28,
            EPIPE = 32, ERANGE = 34, ENOSYS = 38, ELOOP = 40, ENOTSOCK = 88, EPROTOTYPE = 91, ENOPROTOOPT = 92,
            EOPNOTSUPP = 95, EAFNOSUPPORT = 97, EADDRINUSE = 98, ECONNRESET = 104, ENOTCONN = 107,
            ETIMEDOUT = 110, ECONNREFUSED = 111, EINPROGRESS = 115, ENOTSUPP = 524;

    private static final Map<Integer, String[]> TABLE = new HashMap<>();

    private static void e(int n, String name, String text) {
        TABLE.put(n, new String[] {name, text});
    }

    static {
        e(1, "EPERM", "Operation not permitted");
        e(2, "ENOENT", "No such file or directory");
        e(3, "ESRCH", "No such process");
        e(4, "EINTR", "Interrupted system call");
        e(5, "EIO", "Input/output error");
        e(6, "ENXIO", "No such device or address");
        e(7, "E2BIG", "Argument list too long");
        e(8, "ENOEXEC", "Exec format error");
        e(9, "EBADF", "Bad file descriptor");
        e(10, "ECHILD", "No child processes");
        e(11, "EAGAIN", "Resource temporarily unavailable");
        e(12, "ENOMEM", "Cannot allocate memory");
        e(13, "EACCES", "Permission denied");
        e(14, "EFAULT", "Bad address");
        e(15, "ENOTBLK", "Block device required");
        e(16, "EBUSY", "Device or resource busy");
        e(17, "EEXIST", "File exists");
        e(18, "EXDEV", "Invalid cross-device link");
        e(19, "ENODEV", "No such device");
        e(20, "ENOTDIR", "Not a directory");
        e(21, "EISDIR", "Is a directory");
        e(22, "EINVAL", "Invalid argument");
        e(23, "ENFILE", "Too many open files in system");
        e(24, "EMFILE", "Too many open files");
        e(25, "ENOTTY", "Inappropriate ioctl for device");
        e(26, "ETXTBSY", "Text file busy");
        e(27, "EFBIG", "File too large");
        e(28, "ENOSPC", "No space left on device");
        e(29, "ESPIPE", "Illegal seek");
        e(30, "EROFS", "Read-only file system");
        e(31, "EMLINK", "Too many links");
        e(32, "EPIPE", "Broken pipe");
        e(33, "EDOM", "Numerical argument out of domain");
        e(34, "ERANGE", "Numerical result out of range");
        e(35, "EDEADLK", "Resource deadlock avoided");
        e(36, "ENAMETOOLONG", "File name too long");
        e(37, "ENOLCK", "No locks available");
        e(38, "ENOSYS", "Function not implemented");
        e(39, "ENOTEMPTY", "Directory not empty");
        e(40, "ELOOP", "Too many levels of symbolic links");
        e(42, "ENOMSG", "No message of desired type");
        e(43, "EIDRM", "Identifier removed");
        e(61, "ENODATA", "No data available");
        e(62, "ETIME", "Timer expired");
        e(71, "EPROTO", "Protocol error");
        e(74, "EBADMSG", "Bad message");
        e(75, "EOVERFLOW", "Value too large for defined data type");
        e(77, "EBADFD", "File descriptor in bad state");
        e(84, "EILSEQ", "Invalid or incomplete multibyte or wide character");
        e(88, "ENOTSOCK", "Socket operation on non-socket");
        e(89, "EDESTADDRREQ", "Destination address required");
        e(90, "EMSGSIZE", "Message too long");
        e(91, "EPROTOTYPE", "Protocol wrong type for socket");
        e(92, "ENOPROTOOPT", "Protocol not available");
        e(93, "EPROTONOSUPPORT", "Protocol not supported");
        e(94, "ESOCKTNOSUPPORT", "Socket type not supported");
        e(95, "EOPNOTSUPP", "Operation not supported");
        e(96, "EPFNOSUPPORT", "Protocol family not supported");
        e(97, "EAFNOSUPPORT", "Address family not supported by protocol");
        e(98, "EADDRINUSE", "Address already in use");
        e(99, "EADDRNOTAVAIL", "Cannot assign requested address");
        e(100, "ENETDOWN", "Network is down");
        e(101, "ENETUNREACH", "Network is unreachable");
        e(102, "ENETRESET", "Network dropped connection on reset");
        e(103, "ECONNABORTED", "Software caused connection abort");
        e(104, "ECONNRESET", "Connection reset by peer");
        e(105, "ENOBUFS", "No buffer space available");
        e(106, "EISCONN", "Transport endpoint is already connected");
        e(107, "ENOTCONN", "Transport endpoint is not connected");
        e(108, "ESHUTDOWN", "Cannot send after transport endpoint shutdown");
        e(109, "ETOOMANYREFS", "Too many references: cannot splice");
        e(110, "ETIMEDOUT", "Connection timed out");
        e(111, "ECONNREFUSED", "Connection refused");
        e(112, "EHOSTDOWN", "Host is down");
        e(113, "EHOSTUNREACH", "No route to host");
        e(114, "EALREADY", "Operation already in progress");
        e(115, "EINPROGRESS", "Operation now in progress");
        e(116, "ESTALE", "Stale file handle");
        e(122, "EDQUOT", "Disk quota exceeded");
        e(125, "ECANCELED", "Operation canceled");
        e(130, "EOWNERDEAD", "Owner died");
        // Kernel-internal values that bpf(2) sometimes returns to user space unchanged.
        e(512, "ERESTARTSYS", "Interrupted, to be restarted (kernel-internal)");
        e(524, "ENOTSUPP", "Operation is not supported (kernel-internal ENOTSUPP)");
    }

    /** {@code EPERM} for 1; {@code errno N} for a number this table does not know. */
    public static String name(int errno) {
        String[] e = TABLE.get(errno);
        return e != null ? e[0] : "errno " + errno;
    }

    /** The C library's text, e.g. {@code Operation not permitted}. */
    public static String description(int errno) {
        String[] e = TABLE.get(errno);
        return e != null ? e[1] : "Unknown error " + errno;
    }

    /** The number of {@code name} (e.g. {@code EINVAL}), or -1. */
    public static int byName(String name) {
        for (var en : TABLE.entrySet()) {
            if (en.getValue()[0].equals(name)) {
                return en.getKey();
            }
        }
        return -1;
    }

    /** Every errno this table knows, for tests. */
    public static Map<Integer, String> names() {
        Map<Integer, String> out = new HashMap<>();
        TABLE.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }
}
