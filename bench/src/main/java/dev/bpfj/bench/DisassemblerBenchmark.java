package dev.bpfj.bench;

import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.Program;
import dev.bpfj.core.insn.InsnCodec;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Disassembler throughput in instructions per second: raw bytes of 100,000 random instructions of
 * the whole ISA, as llvm-objdump prints them ({@code llvm}) and with helper names and labels
 * ({@code named}); and the seed programs read from their ELF object and printed as source
 * ({@code seedObjects}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss8m")
public class DisassemblerBenchmark {
    static final int N = 100_000;

    byte[] code;
    List<byte[]> seedObjects;
    final Disassembler llvm = new Disassembler(Disassembler.Options.LLVM);
    final Disassembler named = new Disassembler(Disassembler.Options.DEFAULT);
    final Disassembler source = new Disassembler(new Disassembler.Options(true, true, false));

    @Setup
    public void setup() {
        code = InsnCodec.encode(Workloads.randomInsns(N, 12));
        seedObjects = new ArrayList<>();
        for (List<Program> group : Workloads.objectGroups(Workloads.seedPrograms().values())) {
            seedObjects.add(ElfWriter.write(group));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public String llvm() {
        return llvm.disassemble(code);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public String named() {
        return named.disassemble(code);
    }

    /** One operation reads and prints every seed program from its ELF object. */
    @Benchmark
    public int seedObjects() throws Exception {
        int n = 0;
        for (byte[] b : seedObjects) {
            ElfObject o = ElfReader.read(b);
            n += source.disassemblePrograms(o.programs()).length();
        }
        return n;
    }
}
