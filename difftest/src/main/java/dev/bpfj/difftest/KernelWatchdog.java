package dev.bpfj.difftest;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how long the kernel may verify one program. Some random programs keep the kernel's
 * verifier busy for minutes (it has an instruction budget, not a time limit); the verifier stops
 * with EAGAIN when its thread has a signal pending, so after the time limit the watchdog sends the
 * loading thread a SIGPIPE, which the JVM's handler ignores.
 */
final class KernelWatchdog implements AutoCloseable {
    private static final int SIGPIPE = 13;

    private final MethodHandle gettid;
    private final MethodHandle getpid;
    private final MethodHandle tgkill;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bpfj-difftest-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final long millis;

    KernelWatchdog(long millis) {
        this.millis = millis;
        Linker l = Linker.nativeLinker();
        SymbolLookup s = l.defaultLookup();
        gettid = l.downcallHandle(s.find("gettid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT));
        getpid = l.downcallHandle(s.find("getpid").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT));
        tgkill = l.downcallHandle(s.find("tgkill").orElseThrow(), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    /** The result of a guarded call, and whether the watchdog had to interrupt it. */
    record Guarded<T>(T value, boolean interrupted) {
    }

    /** Runs {@code call} on this thread, interrupting its system calls after the time limit. */
    <T> Guarded<T> run(Supplier<T> call) {
        int pid;
        int tid;
        try {
            pid = (int) getpid.invokeExact();
            tid = (int) gettid.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("cannot read own thread id", t);
        }
        Object lock = new Object();
        boolean[] state = new boolean[2]; // [0] call finished, [1] signal sent
        ScheduledFuture<?> f = timer.schedule(() -> {
            synchronized (lock) {
                if (!state[0]) {
                    try {
                        int r = (int) tgkill.invokeExact(pid, tid, SIGPIPE);
                        state[1] = r == 0;
                    } catch (Throwable t) {
                        // nothing more to do: the call then runs to its end
                    }
                }
            }
        }, millis, TimeUnit.MILLISECONDS);
        T v;
        try {
            v = call.get();
        } finally {
            synchronized (lock) {
                state[0] = true;
            }
            f.cancel(false);
        }
        synchronized (lock) {
            return new Guarded<>(v, state[1]);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
