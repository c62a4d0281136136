package dev.bpfj.difftest;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.LoadOptions;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.VerifierRejection;
import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.Property;
import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Judges programs twice, by bpfj's verifier and by the live kernel (through bpfj's loader, in this
 * JVM), and compares the verdicts. Needs root for the kernel side. bpfj's verifier gets 10 seconds
 * per program, the kernel's 20 seconds per load (see {@link KernelWatchdog}); past that the
 * program gets no verdict from that side ({@link Outcome#BPFJ_ERROR}, {@link Outcome#KERNEL_TIMEOUT}).
 *
 * <p>Maps are created once per {@link MapSpec} and reused by every program that declares an equal
 * one, so a campaign does not create and destroy kernel maps per program. Close the runner to
 * close them.
 *
 * <pre>{@code
 * try (DiffRunner runner = new DiffRunner()) {
 *     Comparison c = runner.compare(program);
 *     if (c.outcome() == Outcome.FALSE_ACCEPT) {
 *         Comparison small = runner.shrink(c, ProgramGen.of(program.type()), 2000);
 *     }
 * }
 * }</pre>
 */
public final class DiffRunner implements AutoCloseable {
    private static final LogOptions MESSAGE_LOG = new LogOptions(1, false, true, 4 << 20, 4 << 20);

    private final Map<MapKey, LoadedMap> maps = new HashMap<>();
    private final long verifierTimeoutMillis;
    private final long kernelTimeoutMillis;
    private final KernelWatchdog watchdog;
    private ExecutorService verifierThread;
    private long kernelNanos;
    private long bpfjNanos;
    private long lastKernelNanos;
    private long lastBpfjNanos;

    /**
     * What one shared kernel map is for. A program array belongs to the first program type that
     * uses it (the kernel refuses programs of other types with EINVAL and no log), so each program
     * type and attach type gets its own; other maps are shared by every program.
     */
    private record MapKey(MapSpec spec, ProgramType type, AttachType attach) {
        static MapKey of(MapSpec spec, Program p) {
            return spec.type() == MapType.PROG_ARRAY
                    ? new MapKey(spec, p.type(), p.expectedAttachType()) : new MapKey(spec, null, null);
        }
    }

    /** A runner that gives bpfj's verifier 10 seconds per program and the kernel 20 seconds per load. */
    public DiffRunner() {
        this(10_000, 20_000);
    }

    public DiffRunner(long verifierTimeoutMillis, long kernelTimeoutMillis) {
        this.verifierTimeoutMillis = verifierTimeoutMillis;
        this.kernelTimeoutMillis = kernelTimeoutMillis;
        this.verifierThread = newThread();
        this.watchdog = new KernelWatchdog(kernelTimeoutMillis);
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "bpfj-difftest-verifier", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** Both verdicts on {@code p} and their comparison. */
    public Comparison compare(Program p) {
        Verdict k;
        long t0 = System.nanoTime();
        try {
            k = kernel(p);
        } catch (KernelUnavailable e) {
            return new Comparison(p, bpfj(p), Verdict.rejected(e.getMessage(), "", -1),
                    e instanceof KernelTimeout ? Outcome.KERNEL_TIMEOUT : Outcome.KERNEL_ERROR);
        } finally {
            lastKernelNanos = System.nanoTime() - t0;
            kernelNanos += lastKernelNanos;
        }
        Verdict b;
        long t1 = System.nanoTime();
        try {
            b = bpfjOrThrow(p);
        } catch (BpfjFailure e) {
            return new Comparison(p, Verdict.rejected(e.getMessage(), "", -1), k, Outcome.BPFJ_ERROR);
        } finally {
            lastBpfjNanos = System.nanoTime() - t1;
            bpfjNanos += lastBpfjNanos;
        }
        return new Comparison(p, b, k, Comparison.classify(b, k));
    }

    /** Time spent waiting for the kernel's verdicts so far, in nanoseconds. */
    public long kernelNanos() {
        return kernelNanos;
    }

    /** Time the last {@link #compare} waited for the kernel, in nanoseconds. */
    public long lastKernelNanos() {
        return lastKernelNanos;
    }

    /** Time the last {@link #compare} spent in bpfj's verifier, in nanoseconds. */
    public long lastBpfjNanos() {
        return lastBpfjNanos;
    }

    /** Time spent in bpfj's verifier so far, in nanoseconds. */
    public long bpfjNanos() {
        return bpfjNanos;
    }

    /** bpfj's verdict; a crash or a time-out of the verifier becomes a rejection naming it. */
    public Verdict bpfj(Program p) {
        try {
            return bpfjOrThrow(p);
        } catch (BpfjFailure e) {
            return Verdict.rejected(e.getMessage(), "", -1);
        }
    }

    /** bpfj's verifier failed to give a verdict. */
    static final class BpfjFailure extends Exception {
        private static final long serialVersionUID = 1L;

        BpfjFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The kernel could not judge the program (privileges, map creation). */
    public static class KernelUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KernelUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The kernel's verifier took longer than the runner allows. */
    public static final class KernelTimeout extends KernelUnavailable {
        private static final long serialVersionUID = 1L;

        KernelTimeout(String message) {
            super(message, null);
        }
    }

    private Verdict bpfjOrThrow(Program p) throws BpfjFailure {
        Future<VerifierResult> f = verifierThread.submit(() -> Verifier.verify(p));
        VerifierResult r;
        try {
            r = f.get(verifierTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            // The stuck thread cannot be stopped; give later programs a fresh one.
            verifierThread.shutdownNow();
            verifierThread = newThread();
            throw new BpfjFailure("verifier did not finish in " + verifierTimeoutMillis + " ms", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            StackTraceElement at = c.getStackTrace().length > 0 ? c.getStackTrace()[0] : null;
            throw new BpfjFailure(c.getClass().getSimpleName() + ": " + firstLine(c.getMessage())
                    + (at != null ? " at " + at.getClassName().replaceAll(".*\\.", "") + "." + at.getMethodName()
                    + ":" + at.getLineNumber() : ""), c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BpfjFailure("interrupted", e);
        }
        if (r.accepted()) {
            return Verdict.ACCEPTED;
        }
        return Verdict.rejected(Messages.mask(r.message()), r.errno(), r.insnListIndex());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * The kernel's verdict on {@code p}.
     *
     * @throws KernelUnavailable when the kernel cannot be asked (no privileges, a map cannot be created)
     */
    public Verdict kernel(Program p) {
        Map<String, LoadedMap> given = new LinkedHashMap<>();
        for (MapSpec spec : p.maps()) {
            MapKey key = MapKey.of(spec, p);
            LoadedMap m = maps.get(key);
            if (m == null) {
                try {
                    m = LoadedMap.create(spec);
                } catch (BpfException e) {
                    throw new KernelUnavailable("cannot create map " + spec.name() + ": " + e.getMessage(), e);
                }
                maps.put(key, m);
            }
            given.put(spec.name(), m);
        }
        LoadOptions opts = LoadOptions.defaults().withMaps(given);
        try {
            var first = watchdog.run(() -> load(p, opts.withLog(LogOptions.none())));
            if (first.interrupted()) {
                throw new KernelTimeout("the kernel's verifier did not finish in " + kernelTimeoutMillis + " ms");
            }
            if (first.value() == null) {
                return Verdict.ACCEPTED;
            }
            String errno = first.value().errnoName();
            // Again with a log, for the message. The kernel's log rotates, so a fixed buffer keeps
            // the key line at its end even when the log is longer; a growing one would verify a
            // program at the complexity limit once per doubling. The errno comes from the load
            // without a log: a truncated log turns it into ENOSPC.
            var second = watchdog.run(() -> load(p, opts.withLog(MESSAGE_LOG)));
            if (second.interrupted()) {
                throw new KernelTimeout("the kernel's verifier did not finish in " + kernelTimeoutMillis + " ms");
            }
            VerifierRejection e = second.value();
            if (e == null) {
                return Verdict.rejected("accepted when loaded again with a log", errno, -1);
            }
            String key = Messages.keyLine(e.log());
            return Verdict.rejected(key.isEmpty() ? Messages.mask(e.keyLine()) : key, errno, e.insnIndex());
        } catch (KernelUnavailable e) {
            throw e;
        } catch (BpfException e) {
            throw new KernelUnavailable(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new KernelUnavailable("cannot load: " + e, e);
        }
    }

    /** Loads {@code p}: null when the kernel accepts it (it is unloaded at once), else the rejection. */
    private static VerifierRejection load(Program p, LoadOptions opts) {
        try (LoadedProgram lp = ProgramLoader.load(p, opts)) {
            return null;
        } catch (VerifierRejection e) {
            return e;
        }
    }

    /**
     * Shrinks a disagreement with {@code gen}'s shrinker, keeping {@link Comparison#sameAs the same
     * disagreement}, trying at most {@code budget} candidates (each one judged by both sides) for
     * at most two minutes.
     */
    public Comparison shrink(Comparison c, Gen<Program> gen, int budget) {
        return shrink(c, gen, budget, 120_000);
    }

    /** Like {@link #shrink(Comparison, Gen, int)}, giving up after {@code millis} as well. */
    public Comparison shrink(Comparison c, Gen<Program> gen, int budget, long millis) {
        AtomicInteger tries = new AtomicInteger();
        long deadline = System.nanoTime() + millis * 1_000_000;
        Map<Program, Comparison> seen = new HashMap<>();
        Program small = Property.shrink(gen, c.program(), candidate -> {
            if (tries.incrementAndGet() > budget || System.nanoTime() > deadline) {
                return true; // out of budget: "does not reproduce" stops the search
            }
            Comparison cc = compare(candidate);
            boolean same = cc.sameAs(c);
            if (same) {
                seen.put(candidate, cc);
            }
            return !same;
        });
        Comparison out = seen.get(small);
        return out != null ? out : small == c.program() ? c : compare(small);
    }

    @Override
    public void close() {
        for (LoadedMap m : maps.values()) {
            m.close();
        }
        maps.clear();
        verifierThread.shutdownNow();
        watchdog.close();
    }
}
