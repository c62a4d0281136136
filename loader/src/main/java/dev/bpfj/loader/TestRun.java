package dev.bpfj.loader;

import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * One BPF_PROG_TEST_RUN request: packet data and/or a context in, room for them out, a repeat
 * count. The kernel runs the program in the calling thread's network namespace.
 *
 * <p>Not every program type can be test-run: the kernel has no test run for sk_reuseport, sk_msg,
 * sk_skb, sock_ops and cgroup programs other than cgroup_skb; bpfj refuses those before the call
 * (the kernel would answer ENOTSUPP). Test them with real sockets, e.g. in a {@code NetNs}.
 *
 * @param dataIn null for none
 * @param ctxIn null for none
 * @param dataOutSize room for the output packet (0 for none)
 * @param ctxOutSize room for the output context (0 for none)
 * @param repeat how many runs (0 means 1); duration is the average per run
 */
public record TestRun(byte[] dataIn, int dataOutSize, byte[] ctxIn, int ctxOutSize, int repeat, int flags) {
    /** The outcome: the program's return value, the average duration in ns, and the outputs. */
    public record Result(int retval, int durationNs, byte[] dataOut, byte[] ctxOut) {
    }

    public static TestRun ofData(byte[] data) {
        return new TestRun(data, data.length, null, 0, 1, 0);
    }

    public static TestRun ofCtx(byte[] ctx) {
        return new TestRun(null, 0, ctx, ctx.length, 1, 0);
    }

    public TestRun withRepeat(int n) {
        return new TestRun(dataIn, dataOutSize, ctxIn, ctxOutSize, n, flags);
    }

    /** Why the kernel cannot test-run programs of {@code type}, or null when it can. */
    public static String unsupportedReason(ProgramType type) {
        return switch (type) {
            case SK_REUSEPORT -> "the kernel has no BPF_PROG_TEST_RUN for sk_reuseport programs; attach the "
                    + "program to a SO_REUSEPORT group in a private network namespace and connect to it";
            case SK_MSG, SK_SKB -> "the kernel has no BPF_PROG_TEST_RUN for " + type.shortName()
                    + " programs; attach the program to a sockmap and send through a socket in it";
            case SOCK_OPS, CGROUP_SOCK, CGROUP_SOCK_ADDR, CGROUP_DEVICE, CGROUP_SYSCTL, CGROUP_SOCKOPT ->
                    "the kernel has no BPF_PROG_TEST_RUN for " + type.shortName()
                            + " programs; attach the program to a private cgroup and run a process in it";
            default -> null;
        };
    }

    static Result run(LoadedProgram prog, TestRun run) {
        if (prog.type() != null) {
            String why = unsupportedReason(prog.type());
            if (why != null) {
                throw new BpfException(Command.PROG_TEST_RUN.kernelName(), Errno.ENOTSUPP,
                        "program \"" + prog.name() + "\"", why + " (refused before the call)");
            }
        }
        StructLayout l = Attr.TEST_RUN;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "test.prog_fd"), prog.fd());
            input(a, attr, "data", run.dataIn);
            MemorySegment dataOut = output(a, attr, "data", run.dataOutSize);
            input(a, attr, "ctx", run.ctxIn);
            MemorySegment ctxOut = output(a, attr, "ctx", run.ctxOutSize);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "test.repeat"), Math.max(1, run.repeat));
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "test.flags"), run.flags);
            int r = Bpf.call(Command.PROG_TEST_RUN, attr, l);
            if (r == -Errno.ENOTSUPP || r == -Errno.EOPNOTSUPP) {
                throw new BpfException(Command.PROG_TEST_RUN.kernelName(), -r, "program \"" + prog.name() + "\"",
                        "this kernel cannot test-run programs of this type");
            }
            Bpf.check(Command.PROG_TEST_RUN, r, "program \"" + prog.name() + "\"");
            return new Result(attr.get(ValueLayout.JAVA_INT, Attr.off(l, "test.retval")),
                    attr.get(ValueLayout.JAVA_INT, Attr.off(l, "test.duration")),
                    received(attr, "data", dataOut, run.dataOutSize), received(attr, "ctx", ctxOut, run.ctxOutSize));
        }
    }

    /** Points {@code test.NAME_in} at a copy of {@code bytes} (nothing when null). */
    private static void input(Arena a, MemorySegment attr, String name, byte[] bytes) {
        if (bytes != null) {
            StructLayout l = Attr.TEST_RUN;
            MemorySegment in = a.allocateFrom(ValueLayout.JAVA_BYTE, bytes);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "test." + name + "_size_in"), bytes.length);
            attr.set(ValueLayout.JAVA_LONG, Attr.off(l, "test." + name + "_in"), in.address());
        }
    }

    /** Points {@code test.NAME_out} at a new buffer of {@code size} bytes, returned (NULL when size is 0). */
    private static MemorySegment output(Arena a, MemorySegment attr, String name, int size) {
        if (size <= 0) {
            return MemorySegment.NULL;
        }
        StructLayout l = Attr.TEST_RUN;
        MemorySegment out = a.allocate(size);
        attr.set(ValueLayout.JAVA_INT, Attr.off(l, "test." + name + "_size_out"), size);
        attr.set(ValueLayout.JAVA_LONG, Attr.off(l, "test." + name + "_out"), out.address());
        return out;
    }

    /** What the kernel wrote to an {@link #output} buffer of {@code size} bytes. */
    private static byte[] received(MemorySegment attr, String name, MemorySegment out, int size) {
        if (size <= 0) {
            return new byte[0];
        }
        int written = attr.get(ValueLayout.JAVA_INT, Attr.off(Attr.TEST_RUN, "test." + name + "_size_out"));
        return out.asSlice(0, Math.min(written, size)).toArray(ValueLayout.JAVA_BYTE);
    }
}
