package dev.bpfj.loader.sys;

import dev.bpfj.core.abi.Command;
import dev.bpfj.loader.BpfException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;

/**
 * bpf(2) with a command from core's ABI table and a buffer sized by the command's layout.
 * {@link #call} returns {@code -errno} on failure; {@link #check} turns that into a
 * {@link BpfException} naming the command.
 */
public final class Bpf {
    private Bpf() {
    }

    /** {@code bpf(cmd, attr, layout.byteSize())}: the result or {@code -errno}. */
    public static int call(Command cmd, MemorySegment attr, StructLayout layout) {
        return Native.bpf(cmd.id(), attr, layout.byteSize());
    }

    /** Like {@link #call} but throws {@link BpfException} on failure. */
    public static int check(Command cmd, MemorySegment attr, StructLayout layout) {
        return check(cmd, call(cmd, attr, layout), null);
    }

    /** Returns {@code r} when it is not negative, else throws a {@link BpfException} for {@code -r}. */
    public static int check(Command cmd, int r, String detail) {
        if (r < 0) {
            throw new BpfException(cmd.kernelName(), -r, detail);
        }
        return r;
    }

    /** Throws for a failed non-bpf call, such as {@code setsockopt(SO_ATTACH_REUSEPORT_EBPF)}. */
    public static int checkSys(String operation, int r, String detail) {
        if (r < 0) {
            throw new BpfException(operation, -r, detail);
        }
        return r;
    }
}
