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
            // Warm-up: the JIT compiles the loader's path before anything is timed.
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                b.programs();
                b.programsFloor();
                b.objects();
                b.objectsFloor();
            }
            double[][] t = new double[4][rounds];
            IntSupplier[] ops = {b::programs, b::programsFloor, b::objects, b::objectsFloor};
            for (int i = 0; i < rounds; i++) {
                for (int k = 0; k < ops.length; k++) {
                    // Alternate the order too, so neither side always runs right after the other.
                    int j = (i % 2 == 0) ? k : ops.length - 1 - k;
                    long t0 = System.nanoTime();
                    ops[j].getAsInt();
                    t[j][i] = (System.nanoTime() - t0) / 1e3;
                }
            }
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
            System.out.print(rows);
            System.out.printf("%nmedians of %d alternating rounds; the kernel's own \"verification time\" for the same "
                    + "%d programs sums to %s us (a part of the raw time, which also holds JIT and object setup)%n",
                    rounds, n, Stats.num(verify));
        } finally {
            b.tearDown();
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
