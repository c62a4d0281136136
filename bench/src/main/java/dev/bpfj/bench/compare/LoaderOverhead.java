package dev.bpfj.bench.compare;

import dev.bpfj.bench.LoaderBenchmark;
import dev.bpfj.bench.RawBpf;
import dev.bpfj.bench.Workloads;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.loader.LoadOptions;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import java.lang.foreign.Arena;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The loader's own overhead (needs root), in a warmed-up JVM: the pairs of
 * {@link LoaderBenchmark} timed alternately, then each example program alone (its maps created
 * once), medians, and the kernel's verification time of the same programs for scale. Prints a
 * Markdown table.
 *
 * <p>Usage: {@code LoaderOverhead [ROUNDS]} (default 201).
 */
public final class LoaderOverhead {
    private LoaderOverhead() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 201;
        LoaderBenchmark b = new LoaderBenchmark();
        b.setup();
        try {
            IntSupplier[] ops = {b::programs, b::programsFloor, b::objects, b::objectsFloor};
            // Warm-up runs the same loop as the measurement, so the code timed is the code the JIT
            // compiled, and lasts until the JIT has been quiet for a while: the loader's path is
            // larger than the floor's, and while compiler threads still work on it they take the
            // CPU from the timed thread (on a busy two-core machine that showed as tens of percent
            // of "overhead" in the whole-object row, with identical syscalls on both sides).
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            long start = System.nanoTime();
            long quietSince = start;
            long lastJit = -1;
            double[][] t = new double[4][rounds];
            double[][] cpu = new double[4][rounds];
            while (true) {
                rounds(ops, 8, new double[4][8], new double[4][8]);
                long now = System.nanoTime();
                long j = jit.getTotalCompilationTime();
                if (j != lastJit) {
                    lastJit = j;
                    quietSince = now;
                }
                if (now - start > WARM_UP_MIN_NS && now - quietSince > JIT_QUIET_NS || now - start > WARM_UP_MAX_NS) {
                    break;
                }
            }
            double warmUp = (System.nanoTime() - start) / 1e9;
            long jitBefore = jit.getTotalCompilationTime();
            rounds(ops, rounds, t, cpu);
            long jitDuring = jit.getTotalCompilationTime() - jitBefore;
            double verify = 0;
            int n = 0;
            for (Program p : Workloads.examplePrograms()) {
                double[] v = new double[11];
                for (int i = 0; i < v.length; i++) {
                    LoadResult r = ProgramLoader.tryLoad(p, VerifierVsKernel.STATS_ONLY);
                    v[i] = r.verificationTimeUsec();
                }
                verify += Stats.median(v);
                n++;
            }
            perProgram(rounds);
            double prog = Stats.median(t[0]), progFloor = Stats.median(t[1]);
            double obj = Stats.median(t[2]), objFloor = Stats.median(t[3]);
            System.out.println("| what (" + n + " example programs) | bpfj us | same syscalls, raw us | overhead us "
                    + "| overhead % of raw |");
            System.out.println("|---|--:|--:|--:|--:|");
            row("programs (maps exist): ProgramLoader.load + close", prog, progFloor);
            row("objects: LoadedCollection.load (maps too) + close", obj, objFloor);
            row("programs, CPU time of the timing thread", Stats.median(cpu[0]), Stats.median(cpu[1]));
            row("objects, CPU time of the timing thread", Stats.median(cpu[2]), Stats.median(cpu[3]));
            System.out.print(rows);
            System.out.printf("%nmedians of %d alternating rounds after a warm-up of %.1f s (JIT quiet for %d s; "
                    + "%d ms of JIT compilation during the timed rounds); the kernel's own \"verification time\" for "
                    + "the same %d programs sums to %s us (a part of the raw time, which also holds JIT and object "
                    + "setup)%n", rounds, warmUp, JIT_QUIET_NS / 1_000_000_000L, jitDuring, n, Stats.num(verify));
        } finally {
            b.tearDown();
        }
    }

    private static final long WARM_UP_MIN_NS = 3_000_000_000L;
    private static final long WARM_UP_MAX_NS = 60_000_000_000L;
    private static final long JIT_QUIET_NS = 3_000_000_000L;

    /**
     * {@code rounds} rounds of every op, alternating the order each round so neither side always
     * runs right after the other; wall and thread CPU time of each op, in microseconds.
     */
    private static void rounds(IntSupplier[] ops, int rounds, double[][] wall, double[][] cpu) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < ops.length; k++) {
                int j = (i % 2 == 0) ? k : ops.length - 1 - k;
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ops[j].getAsInt();
                long t1 = System.nanoTime();
                long c1 = mx.getCurrentThreadCpuTime();
                wall[j][i] = (t1 - t0) / 1e3;
                cpu[j][i] = (c1 - c0) / 1e3;
            }
        }
    }

    /** Each example program alone: ProgramLoader.load + close against the raw call, alternating. */
    private static void perProgram(int rounds) {
        RawBpf raw = RawBpf.get();
        rows.setLength(0);
        try (Arena arena = Arena.ofConfined()) {
            for (Program p : Workloads.examplePrograms()) {
                Map<String, LoadedMap> maps = new HashMap<>();
                try {
                    for (MapSpec m : p.maps()) {
                        maps.put(m.name(), LoadedMap.create(m));
                    }
                    Map<String, Integer> fds = new HashMap<>();
                    maps.forEach((k, v) -> fds.put(k, v.fd()));
                    RawBpf.ProgLoad floor = raw.prepare(p, fds, arena);
                    LoadOptions opts = LoadOptions.defaults().withMaps(maps);
                    double[] b = new double[rounds];
                    double[] f = new double[rounds];
                    for (int i = -rounds / 4; i < rounds; i++) {
                        long t0 = System.nanoTime();
                        try (LoadedProgram lp = ProgramLoader.load(p, opts)) {
                            lp.fd();
                        }
                        long t1 = System.nanoTime();
                        raw.close(raw.loadProgram(floor));
                        long t2 = System.nanoTime();
                        if (i >= 0) {
                            b[i] = (t1 - t0) / 1e3;
                            f[i] = (t2 - t1) / 1e3;
                        }
                    }
                    double mb = Stats.median(b), mf = Stats.median(f);
                    rows.append(String.format("| %s (%d insns) | %s | %s | %s | %s%% |%n", p.name(), p.insns().size(),
                            Stats.num(mb), Stats.num(mf), Stats.num(mb - mf), Stats.num(100 * (mb - mf) / mf)));
                } finally {
                    maps.values().forEach(LoadedMap::close);
                }
            }
        }
    }

    private static final StringBuilder rows = new StringBuilder();

    private static void row(String what, double bpfj, double raw) {
        System.out.printf("| %s | %s | %s | %s | %s%% |%n", what, Stats.num(bpfj), Stats.num(raw),
                Stats.num(bpfj - raw), Stats.num(100 * (bpfj - raw) / raw));
    }
}
