package dev.bpfj.bench;

import dev.bpfj.core.Program;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import dev.bpfj.elf.ElfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ELF objects: writing (with BTF map definitions and line info) and reading back, for the seed
 * programs in as few objects as their map names allow ({@code seeds}) and for the large straight-line program ({@code large},
 * 60,006 instructions). Time per operation (all objects of the input).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ElfBenchmark {
    @Param({"seeds", "large"})
    public String input;

    List<List<Program>> objects;
    List<byte[]> bytes;

    @Setup
    public void setup() {
        objects = input.equals("large")
                ? List.of(List.of(Workloads.straightLine(5_000)))
                : Workloads.objectGroups(Workloads.seedPrograms().values());
        bytes = new ArrayList<>();
        for (List<Program> o : objects) {
            bytes.add(ElfWriter.write(o));
        }
    }

    @Benchmark
    public int write() {
        int n = 0;
        for (List<Program> o : objects) {
            n += ElfWriter.write(o).length;
        }
        return n;
    }

    @Benchmark
    public int read() throws Exception {
        int n = 0;
        for (byte[] b : bytes) {
            ElfObject o = ElfReader.read(b);
            n += o.programs().size();
        }
        return n;
    }
}
