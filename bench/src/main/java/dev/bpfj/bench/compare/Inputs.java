package dev.bpfj.bench.compare;

import dev.bpfj.assembler.Disassembler;
import dev.bpfj.bench.Workloads;
import dev.bpfj.core.Program;
import dev.bpfj.elf.ElfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the inputs of {@code bench/compare} into a directory: {@code big.s} (1,000,000 random
 * instructions both llvm-mc-19 and bpfj assemble, one per line, seeded:
 * {@link Workloads#randomAssembly}), {@code big-functions.s} (as many instructions as global
 * functions of a program section, the form both assemblers turn into an object with symbols:
 * {@link Workloads#randomObjectSource}),
 * {@code small.s} (one small real program), {@code examples-N.o} (the examples' programs as ELF
 * objects, as few as their map names allow) and the synthetic verifier programs as
 * {@code straight.s}, {@code branchy.s}, {@code loops.s}.
 *
 * <p>Usage: {@code Inputs DIR [LINES]}
 */
public final class Inputs {
    private Inputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Inputs DIR [LINES]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("big.s"), Workloads.randomAssembly(lines, 20261125L), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("big-functions.s"), Workloads.randomObjectSource(lines, 20261125L),
                StandardCharsets.UTF_8);
        Disassembler source = new Disassembler(new Disassembler.Options(true, true, false));
        Files.writeString(dir.resolve("small.s"), smallSource(), StandardCharsets.UTF_8);
        List<List<Program>> groups = Workloads.objectGroups(Workloads.examplePrograms());
        for (int i = 0; i < groups.size(); i++) {
            Files.write(dir.resolve("examples-" + i + ".o"), ElfWriter.write(groups.get(i)));
        }
        for (Map.Entry<String, Program> e : Workloads.synthetic().entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".s"), source.disassemble(e.getValue()), StandardCharsets.UTF_8);
        }
        System.out.println("inputs in " + dir + ": big.s and big-functions.s (" + lines + " lines), small.s, " + groups.size()
                + " example objects, " + String.join(".s, ", Workloads.SYNTHETIC) + ".s");
    }

    /** A small sk_lookup program with a map, a helper call and a branch: what a user checks first. */
    public static String smallSource() {
        return """
                .license "GPL"
                .map redir_map type=sockmap key=4 value=8 entries=1
                .program steer type=sk_lookup
                    r6 = r1
                    r2 = r10
                    r2 += -4
                    *(u32 *)(r10 - 4) = 0
                    r1 = redir_map ll
                    call bpf_map_lookup_elem
                    if r0 == 0 goto pass
                    r7 = r0
                    r1 = r6
                    r2 = r7
                    r3 = 0
                    call bpf_sk_assign
                    r1 = r7
                    call bpf_sk_release
                pass:
                    r0 = 1
                    exit
                """;
    }
}
