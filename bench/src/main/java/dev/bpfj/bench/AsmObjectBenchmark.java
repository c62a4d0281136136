package dev.bpfj.bench;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.elf.ElfWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Assembly text to an ELF object (with BTF and line info), in source lines per second, on
 * {@link Workloads#randomObjectSource} of 100,000 lines (what {@code bench/compare} times at a
 * million): {@code programModel} through {@link Assembler#assemble} and {@link ElfWriter#write},
 * {@code encoded} through {@link Assembler#encodeObject} and {@link ElfWriter#writeEncoded}, the
 * path {@code bpfj asm FILE -o OUT.o} takes for such files. Both give the same bytes (checked in
 * setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss8m")
public class AsmObjectBenchmark {
    static final int LINES = 100_000;

    byte[] source;

    @Setup
    public void setup() {
        source = Workloads.randomObjectSource(LINES, 13).getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(programModel(), encoded())) {
            throw new IllegalStateException("the two paths write different objects");
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public byte[] programModel() {
        return ElfWriter.write(Assembler.assemble("fn.s", source, Assembler.Options.ENCODING_ONLY).programs());
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public byte[] encoded() {
        List<Assembler.EncodedProgram> ps = Assembler.encodeObject(source, Assembler.Options.ENCODING_ONLY);
        if (ps == null) {
            throw new IllegalStateException("the object path did not take the benchmark's source");
        }
        List<ElfWriter.Encoded> out = new ArrayList<>(ps.size());
        for (Assembler.EncodedProgram p : ps) {
            out.add(new ElfWriter.Encoded(p.name(), p.section(), null, p.slots(),
                    new ElfWriter.SourceLines("fn.s", source, p.lineStarts(), p.line(), p.column())));
        }
        return ElfWriter.writeEncoded(out);
    }
}
