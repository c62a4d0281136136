package dev.bpfj.bench;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.Assembly;
import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assembler throughput in source lines per second: {@code randomLines} assembles 100,000 random
 * LLVM-syntax instructions (a loose stream, as {@code bpfj asm --no-program-checks} does),
 * {@code programs} assembles the seed programs' source (directives, maps, labels, helper names,
 * program checks), as {@link Disassembler} prints it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss8m")
public class AssemblerBenchmark {
    static final int LINES = 100_000;
    /** The seed source repeated so that one operation is big enough to time. */
    static final int SEED_COPIES = 20;

    String random;
    List<String> seedSources;
    int seedLines;

    @Setup
    public void setup() {
        random = Workloads.randomAssembly(LINES, 11);
        Disassembler d = new Disassembler(new Disassembler.Options(true, true, false));
        seedSources = new ArrayList<>();
        for (Program p : Workloads.seedPrograms().values()) {
            seedSources.add(d.disassemble(p));
        }
        int lines = 0;
        for (String s : seedSources) {
            lines += (int) s.lines().count();
        }
        seedLines = lines;
        // Fails early, not in the measurement, when the printed seeds do not assemble.
        programs();
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public Assembly randomLines() {
        return Assembler.assemble("random.s", random, Assembler.Options.ENCODING_ONLY);
    }

    /** Operations are whole seed files; multiply by the printed line count for lines per second. */
    @Benchmark
    public int programs() {
        int n = 0;
        for (String s : seedSources) {
            n += Assembler.assemble("seed.s", s).programs().size();
        }
        return n;
    }
}
