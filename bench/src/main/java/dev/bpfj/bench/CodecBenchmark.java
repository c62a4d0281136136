package dev.bpfj.bench;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.testkit.InsnGen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/** Encoder, decoder and printer throughput, in instructions per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    static final int N = 10_000;
    List<Insn> insns;
    byte[] code;
    final InsnPrinter printer = InsnPrinter.llvm();

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(1);
        InsnGen gen = InsnGen.all();
        insns = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            insns.add(gen.generate(r, 30));
        }
        code = InsnCodec.encode(insns);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public byte[] encode() {
        return InsnCodec.encode(insns);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public List<Insn> decode() {
        return InsnCodec.decode(code);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int print() {
        StringBuilder sb = new StringBuilder(N * 24);
        for (Insn i : insns) {
            printer.print(i, sb);
            sb.append('\n');
        }
        return sb.length();
    }
}
