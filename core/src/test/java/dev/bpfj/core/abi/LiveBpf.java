package dev.bpfj.core.abi;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The little of bpf(2) the ABI tests need to ask the live kernel: load a program (with its
 * verifier log) and create a map. Test-only; the loader module owns the real binding.
 */
final class LiveBpf implements AutoCloseable {
    private static final long SYS_BPF = 321; // x86_64
    private static final long SYS_CLOSE = 3;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = LINKER.downcallHandle(
            LINKER.defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
            Linker.Option.firstVariadicArg(1), Linker.Option.captureCallState("errno"));
    private static final MethodHandle SYSCALL1 = LINKER.downcallHandle(
            LINKER.defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
            Linker.Option.firstVariadicArg(1));

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment attr = arena.allocate(144, 8);
    private final MemorySegment log = arena.allocate(1 << 18);
    private final MemorySegment capture = arena.allocate(CAPTURE);
    private final MemorySegment insnBuf = arena.allocate(8 * 4096, 8);
    private final MemorySegment gpl = arena.allocateFrom("GPL");
    private final MemorySegment proprietary = arena.allocateFrom("Proprietary");

    /** Skips (or fails in CI) unless bpf(2) works as root on Linux 6.18, the kernel the tables describe. */
    static void require() {
        AbiTestEnv.requireRoot();
        if (!System.getProperty("os.arch").equals("amd64")) {
            AbiTestEnv.missing("the live ABI probes use the x86_64 syscall number of bpf(2)");
        }
        String release = "";
        try {
            release = Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
        } catch (java.io.IOException e) {
            AbiTestEnv.missing("cannot read the kernel release");
        }
        if (!release.startsWith("6.18")) {
            AbiTestEnv.missing("the ABI tables describe Linux 6.18; this kernel is " + release);
        }
    }

    /** Result of a program load: fd closed already; error is -errno or 0. */
    record Load(int error, String log) {
        boolean ok() {
            return error == 0;
        }

        /** The last line of the log that is not a statistic or an instruction trace. */
        String keyLine() {
            String last = "";
            for (String l : log.split("\n")) {
                if (l.length() > 3 && !l.startsWith("processed") && !Character.isDigit(l.charAt(0))) {
                    last = l;
                }
            }
            return last;
        }
    }

    /** Encodes one instruction. */
    static long[] insn(int code, int dst, int src, int off, int imm) {
        return new long[] {code, dst, src, off, imm};
    }

    private void putInsns(List<long[]> insns) {
        ByteBuffer b = ByteBuffer.allocate(insns.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long[] i : insns) {
            b.put((byte) i[0]).put((byte) ((i[2] << 4) | i[1])).putShort((short) i[3]).putInt((int) i[4]);
        }
        MemorySegment.copy(MemorySegment.ofArray(b.array()), 0, insnBuf, 0, b.capacity());
    }

    Load load(ProgramType type, int expectedAttach, int progFlags, boolean gplLicense, int logLevel,
              List<long[]> insns) {
        putInsns(insns);
        attr.fill((byte) 0);
        attr.set(ValueLayout.JAVA_INT, 0, type.id());
        attr.set(ValueLayout.JAVA_INT, 4, insns.size());
        attr.set(ValueLayout.JAVA_LONG, 8, insnBuf.address());
        attr.set(ValueLayout.JAVA_LONG, 16, (gplLicense ? gpl : proprietary).address());
        attr.set(ValueLayout.JAVA_INT, 24, logLevel);
        attr.set(ValueLayout.JAVA_INT, 28, logLevel == 0 ? 0 : (int) log.byteSize());
        attr.set(ValueLayout.JAVA_LONG, 32, logLevel == 0 ? 0 : log.address());
        attr.set(ValueLayout.JAVA_INT, 44, progFlags);
        attr.set(ValueLayout.JAVA_INT, 68, expectedAttach);
        log.set(ValueLayout.JAVA_BYTE, 0, (byte) 0);
        long fd = call(Command.PROG_LOAD.id());
        int err = fd < 0 ? -errno() : 0;
        if (fd >= 0) {
            close((int) fd);
        }
        return new Load(err, logLevel == 0 ? "" : log.getString(0, StandardCharsets.UTF_8));
    }

    /** Creates a map; returns its fd or -errno. */
    int createMap(MapType type, int key, int value, int maxEntries, int flags, int innerFd) {
        attr.fill((byte) 0);
        attr.set(ValueLayout.JAVA_INT, 0, type.id());
        attr.set(ValueLayout.JAVA_INT, 4, key);
        attr.set(ValueLayout.JAVA_INT, 8, value);
        attr.set(ValueLayout.JAVA_INT, 12, maxEntries);
        attr.set(ValueLayout.JAVA_INT, 16, flags);
        attr.set(ValueLayout.JAVA_INT, 20, innerFd);
        long fd = call(Command.MAP_CREATE.id());
        return fd < 0 ? -errno() : (int) fd;
    }

    void close(int fd) {
        try {
            long r = (long) SYSCALL1.invokeExact(SYS_CLOSE, (long) fd);
            if (r != 0) {
                throw new AssertionError("close(" + fd + ") failed");
            }
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private long call(int cmd) {
        try {
            return (long) SYSCALL.invokeExact(capture, SYS_BPF, (long) cmd, attr, 144L);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private int errno() {
        return (int) ERRNO.get(capture, 0L);
    }

    @Override
    public void close() {
        arena.close();
    }
}
