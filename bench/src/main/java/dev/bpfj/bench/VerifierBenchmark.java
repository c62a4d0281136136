package dev.bpfj.bench;

import dev.bpfj.core.Program;
import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifier throughput: programs verified per second, and (the {@code processed} counter) processed
 * instructions per second, the kernel's unit of verifier work. Inputs: the synthetic
 * straight-line, branchy and loop programs of {@link Workloads}, and every seed program in one
 * operation ({@code seeds}). The kernel's own time for the same programs comes from
 * {@code bench/compare} (VerifierVsKernel).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss8m")
public class VerifierBenchmark {
    @Param({"straight", "branchy", "loops", "seeds"})
    public String input;

    List<Program> programs;

    /** Processed instructions, reported by JMH as a rate next to the operation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long processed;

        @Setup(Level.Iteration)
        public void reset() {
            processed = 0;
        }
    }

    @Setup
    public void setup() {
        programs = input.equals("seeds")
                ? new ArrayList<>(Workloads.seedPrograms().values())
                : List.of(Workloads.synthetic().get(input));
        for (Program p : programs) {
            VerifierResult r = Verifier.verify(p);
            if (!r.accepted()) {
                // Still measurable, but say so: a rejection stops early and is not comparable.
                System.err.println("note: bpfj rejects " + p.name() + ": " + r.message());
            }
        }
    }

    @Benchmark
    public int verify(Processed counter) {
        int accepted = 0;
        for (Program p : programs) {
            VerifierResult r = Verifier.verify(p);
            counter.processed += r.processed();
            accepted += r.accepted() ? 1 : 0;
        }
        return accepted;
    }
}
