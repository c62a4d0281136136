package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.loader.sys.Native;
import java.util.Set;

/**
 * A cgroup program (sock_ops, cgroup_skb, and the other cgroup_* types): attaches to a cgroup v2
 * directory as a link, or with BPF_PROG_ATTACH in one of the kernel's three modes.
 *
 * <p>Attach flags follow the kernel's rules, checked here before the call with the kernel's answer
 * (EINVAL): {@code BPF_F_ALLOW_OVERRIDE} and {@code BPF_F_ALLOW_MULTI} exclude each other, and
 * {@code BPF_F_REPLACE} needs {@code BPF_F_ALLOW_MULTI}. Errors only the kernel can see pass
 * through: a closed replace fd is EBADF, replacing a program not attached to this cgroup ENOENT.
 */
public final class CgroupProgram {
    /** How a BPF_PROG_ATTACH shares the cgroup with other programs and with descendants. */
    public enum Mode {
        /** The only program at this attach point; descendants cannot attach their own. */
        EXCLUSIVE(0),
        /** One program; a descendant's program overrides it for the descendant. */
        OVERRIDE(Flags.BPF_F_ALLOW_OVERRIDE),
        /** A list of programs run in order, with those of ancestors. */
        MULTI(Flags.BPF_F_ALLOW_MULTI);

        final int flags;

        Mode(int flags) {
            this.flags = flags;
        }
    }

    private final LoadedProgram prog;

    private CgroupProgram(LoadedProgram prog) {
        this.prog = prog;
    }

    public static CgroupProgram of(LoadedProgram prog) {
        return new CgroupProgram(Typed.require(prog, ProgramType.SOCK_OPS, ProgramType.CGROUP_SKB,
                ProgramType.CGROUP_SOCK, ProgramType.CGROUP_SOCK_ADDR, ProgramType.CGROUP_SOCKOPT,
                ProgramType.CGROUP_DEVICE, ProgramType.CGROUP_SYSCTL));
    }

    public LoadedProgram program() {
        return prog;
    }

    /** The attach type used when none is named: the program's expected one, or the type's only one. */
    public AttachType defaultAttachType() {
        if (prog.expectedAttachType() != null) {
            return prog.expectedAttachType();
        }
        Set<AttachType> all = prog.type().attachTypes();
        if (all.size() == 1) {
            return all.iterator().next();
        }
        if (prog.type() == ProgramType.CGROUP_SKB) {
            return AttachType.CGROUP_INET_INGRESS;
        }
        throw new IllegalArgumentException("program \"" + prog.name() + "\" (" + prog.type().shortName()
                + ") can attach as any of " + all + "; name one");
    }

    private AttachType check(AttachType type) {
        if (!prog.type().attachTypes().contains(type)) {
            throw new IllegalArgumentException("a " + prog.type().shortName() + " program cannot attach as "
                    + type.kernelName() + "; it attaches as one of " + prog.type().attachTypes());
        }
        return type;
    }

    /** Links the program to {@code cgroup} (BPF_LINK_CREATE); links always behave like MULTI. */
    public Link link(CgroupRef cgroup, AttachType type) {
        return Link.create(prog, cgroup.cgroupFd(), check(type), 0, "cgroup fd " + cgroup.cgroupFd());
    }

    public Link link(CgroupRef cgroup) {
        return link(cgroup, defaultAttachType());
    }

    /** BPF_PROG_ATTACH in {@code mode}. */
    public CgroupAttachment attach(CgroupRef cgroup, AttachType type, Mode mode) {
        return attach(cgroup, type, mode.flags, null);
    }

    public CgroupAttachment attach(CgroupRef cgroup, Mode mode) {
        return attach(cgroup, defaultAttachType(), mode.flags, null);
    }

    /**
     * Replaces {@code old} in the MULTI list of {@code cgroup} with this program, at the same position
     * (BPF_F_ALLOW_MULTI | BPF_F_REPLACE).
     */
    public CgroupAttachment replace(CgroupRef cgroup, AttachType type, LoadedProgram old) {
        return attach(cgroup, type, Flags.BPF_F_ALLOW_MULTI | Flags.BPF_F_REPLACE, old.fd());
    }

    /**
     * BPF_PROG_ATTACH with raw attach flags and, for BPF_F_REPLACE, the fd of the program to
     * replace ({@code replaceFd}; null for none). Flag combinations the kernel refuses are refused
     * here first, as EINVAL.
     */
    public CgroupAttachment attach(CgroupRef cgroup, AttachType type, int flags, Integer replaceFd) {
        check(type);
        String bad = checkFlags(flags);
        String what = "program \"" + prog.name() + "\" to cgroup fd " + cgroup.cgroupFd() + " (" + type.kernelName()
                + ", flags " + describeFlags(flags) + ")";
        if (bad != null) {
            throw new BpfException(Command.PROG_ATTACH.kernelName(), Errno.EINVAL, what,
                    bad + " (refused before the call; the kernel answers EINVAL)");
        }
        int r = ProgAttach.attach(cgroup.cgroupFd(), prog.fd(), type, flags, replaceFd == null ? 0 : replaceFd);
        Bpf.check(Command.PROG_ATTACH, r, what);
        return CgroupAttachment.hold(cgroup.cgroupFd(), prog.fd(), type);
    }

    /**
     * Why the kernel refuses {@code flags} for a cgroup attach, or null when it may accept them.
     * The kernel's rules: OVERRIDE and MULTI exclude each other; REPLACE needs MULTI.
     */
    public static String checkFlags(int flags) {
        boolean override = (flags & Flags.BPF_F_ALLOW_OVERRIDE) != 0;
        boolean multi = (flags & Flags.BPF_F_ALLOW_MULTI) != 0;
        boolean replace = (flags & Flags.BPF_F_REPLACE) != 0;
        if (override && multi) {
            return "BPF_F_ALLOW_OVERRIDE and BPF_F_ALLOW_MULTI exclude each other";
        }
        if (replace && !multi) {
            return "BPF_F_REPLACE needs BPF_F_ALLOW_MULTI";
        }
        return null;
    }

    static String describeFlags(int flags) {
        if (flags == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        String[] names = {"BPF_F_ALLOW_OVERRIDE", "BPF_F_ALLOW_MULTI", "BPF_F_REPLACE", "BPF_F_BEFORE",
                "BPF_F_AFTER", "BPF_F_ID"};
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                sb.append(sb.isEmpty() ? "" : "|").append(names[i]);
            }
        }
        int rest = flags & ~((1 << names.length) - 1);
        if (rest != 0) {
            sb.append(sb.isEmpty() ? "" : "|").append("0x").append(Integer.toHexString(rest));
        }
        return sb.toString();
    }

    /** The raw BPF_PROG_ATTACH, without the local flag check; returns {@code -errno} or 0. For tests. */
    static int attachUnchecked(CgroupRef cgroup, LoadedProgram prog, AttachType type, int flags, int replaceFd) {
        int r = ProgAttach.attach(cgroup.cgroupFd(), prog.fd(), type, flags, replaceFd);
        if (r >= 0) {
            ProgAttach.detach(cgroup.cgroupFd(), prog.fd(), type);
        }
        return r;
    }

    static int dupOrThrow(int fd) {
        return Bpf.checkSys("fcntl(F_DUPFD_CLOEXEC)", Native.dup(fd), null);
    }
}
