package dev.bpfj.bench.compare;

import dev.bpfj.bench.LoaderBenchmark;
import dev.bpfj.bench.Workloads;
import dev.bpfj.core.Program;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.ProgramLoader;
import java.util.function.IntSupplier;

/**
 * The loader's own overhead (needs root), in a warmed-up JVM: the pairs of
 * {@link LoaderBenchmark} timed alternately, medians, and the kernel's verification time of the
 * same programs for scale. Prints a Markdown table.
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
            double prog = Stats.median(t[0]), progFloor = Stats.median(t[1]);
            double obj = Stats.median(t[2]), objFloor = Stats.median(t[3]);
            System.out.println("| what (" + n + " example programs) | bpfj us | same syscalls, raw us | overhead us "
                    + "| overhead % of raw |");
            System.out.println("|---|--:|--:|--:|--:|");
            row("programs (maps exist): ProgramLoader.load + close", prog, progFloor);
            row("objects: LoadedCollection.load (maps too) + close", obj, objFloor);
            System.out.printf("%nmedians of %d alternating rounds; the kernel's own \"verification time\" for the same "
                    + "%d programs sums to %s us (a part of the raw time, which also holds JIT and object setup)%n",
                    rounds, n, Stats.num(verify));
        } finally {
            b.tearDown();
        }
    }

    private static void row(String what, double bpfj, double raw) {
        System.out.printf("| %s | %s | %s | %s | %s%% |%n", what, Stats.num(bpfj), Stats.num(raw),
                Stats.num(bpfj - raw), Stats.num(100 * (bpfj - raw) / raw));
    }
}
