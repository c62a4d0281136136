package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Target;
import dev.bpfj.elf.ElfFormatException;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import dev.bpfj.elf.ElfWriter;
import dev.bpfj.testkit.InsnGen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpfj disasm OBJ} prints from the code bytes where the object allows it: the text, the
 * warnings and the errors must be exactly those of the way through the program model.
 */
class DisasmFromBytesTest {
    @TempDir
    Path dir;

    /** What the command printed before it had a way from bytes: the full reader and the model. */
    private static AsmCommandTest.Result throughModel(Path file, boolean numeric) throws IOException {
        String name = file.toString();
        byte[] data = Files.readAllBytes(file);
        if (!(data.length >= 4 && data[0] == 0x7f && data[1] == 'E' && data[2] == 'L' && data[3] == 'F')) {
            return new AsmCommandTest.Result(2, "", "bpfj: " + name
                    + " is not an ELF object; use --raw for raw instruction bytes\n");
        }
        ElfObject obj;
        try {
            obj = ElfReader.read(data);
        } catch (ElfFormatException e) {
            return new AsmCommandTest.Result(2, "", "bpfj: " + name + ": " + e.getMessage() + "\n");
        }
        StringBuilder err = new StringBuilder();
        for (String w : obj.warnings()) {
            err.append("bpfj: ").append(name).append(": warning: ").append(w).append('\n');
        }
        String out = new Disassembler(new Disassembler.Options(!numeric, false, false)).disassemblePrograms(obj.programs());
        return new AsmCommandTest.Result(0, out, err.toString());
    }

    private static void same(Path file, boolean numeric) throws IOException {
        AsmCommandTest.Result want = throughModel(file, numeric);
        AsmCommandTest.Result got = numeric
                ? AsmCommandTest.run("disasm", "--numeric", file.toString())
                : AsmCommandTest.run("disasm", file.toString());
        assertEquals(want, got, file.toString());
    }

    @Test
    void clangFixturesPrintAsThroughTheModel() throws IOException {
        Path fixtures = Path.of("..", "elf-writer", "src", "test", "resources", "fixtures");
        List<Path> objects;
        try (Stream<Path> s = Files.list(fixtures)) {
            objects = s.filter(p -> p.toString().endsWith(".o")).sorted().toList();
        }
        assertTrue(objects.size() >= 10, objects.toString());
        int fast = 0;
        for (Path o : objects) {
            same(o, false);
            same(o, true);
            byte[] data = Files.readAllBytes(o);
            if (ElfReader.readListing(data) != null) {
                fast++;
                ElfReader.read(data); // the way from bytes only takes objects the reader takes
            }
        }
        assertTrue(fast >= 2, "objects printed from bytes: " + fast);
    }

    @Test
    void randomObjectsAndTheirCorruptionsPrintAsThroughTheModel() throws IOException {
        SplittableRandom r = new SplittableRandom(20261125);
        InsnGen gen = InsnGen.all();
        MapSpec map = MapSpec.of("m", MapType.HASH, 4, 8, 16);
        int fast = 0;
        for (int round = 0; round < 60; round++) {
            List<Program> programs = new ArrayList<>();
            int count = 1 + r.nextInt(3);
            for (int p = 0; p < count; p++) {
                programs.add(randomProgram(r, gen, "p" + round + "_" + p, map, r.nextInt(4) == 0));
            }
            byte[] data;
            try {
                data = ElfWriter.write(programs);
            } catch (RuntimeException e) {
                continue; // something the writer refuses; not what this test is about
            }
            Path o = dir.resolve("r" + round + ".o");
            Files.write(o, data);
            same(o, round % 2 == 0);
            if (ElfReader.readListing(data) != null) {
                fast++;
            }
            for (int k = 0; k < 8; k++) {
                byte[] bad = data.clone();
                for (int flips = 1 + r.nextInt(3); flips > 0; flips--) {
                    bad[r.nextInt(bad.length)] ^= (byte) (1 << r.nextInt(8));
                }
                Path b = dir.resolve("r" + round + "_" + k + ".o");
                Files.write(b, bad);
                same(b, false);
            }
        }
        assertTrue(fast >= 20, "objects printed from bytes: " + fast);
    }

    /** Random instructions with jumps inside the program, some map loads, maybe a subprogram call. */
    private static Program randomProgram(SplittableRandom r, InsnGen gen, String name, MapSpec map, boolean withCall) {
        List<Insn> insns = new ArrayList<>();
        List<Relocation> relocs = new ArrayList<>();
        int n = 2 + r.nextInt(200);
        for (int i = 0; i < n; i++) {
            Insn insn = gen.generate(r, 30);
            if (insn instanceof Insn.CallLocal || insn instanceof Insn.LoadImm64 l && l.src() != PseudoSrc.NONE) {
                insn = Insn.exit();
            }
            if (r.nextInt(20) == 0) {
                relocs.add(Relocation.map(insns.size(), map.name()));
                insn = new Insn.LoadImm64(Reg.values()[r.nextInt(10)], PseudoSrc.MAP_FD, 0);
            }
            insns.add(insn);
        }
        insns.add(Insn.exit());
        List<Program.Function> functions = new ArrayList<>();
        functions.add(new Program.Function(name, 0));
        if (withCall) {
            int at = insns.size();
            insns.add(0, new Insn.CallLocal(Target.offset(0)));
            relocs.replaceAll(x -> Relocation.map(x.insn() + 1, x.symbol()));
            insns.add(Insn.mov64(Reg.R0, 0));
            insns.add(Insn.exit());
            functions.add(new Program.Function(name + "_sub", at + 1));
        }
        int[] slotOf = InsnCodec.slotIndexes(insns);
        int end = withCall ? functions.get(1).start() : insns.size();
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            int from = i < end ? 0 : end, to = i < end ? end : insns.size();
            if (insn instanceof Insn.CallLocal) {
                insns.set(i, new Insn.CallLocal(Target.offset(slotOf[end] - (slotOf[i] + 1))));
            } else if (insn.branchTarget() != null) {
                int t = from + r.nextInt(to - from);
                insns.set(i, insn.withBranchTarget(Target.offset(slotOf[t] - (slotOf[i] + 1))));
            }
        }
        ProgramType type = r.nextBoolean() ? ProgramType.SOCKET_FILTER : ProgramType.SK_LOOKUP;
        return new Program(name, type, null, "GPL", insns, Map.of(), relocs, List.of(map), functions, List.of(),
                r.nextInt(5) == 0 ? "weird/" + name : null);
    }

    @Test
    void bigProgramFromLlvmStyleObjectIsPrintedFromBytes() throws IOException {
        SplittableRandom r = new SplittableRandom(3);
        Program p = randomProgram(r, InsnGen.llvmExpressible(), "big", MapSpec.of("m", MapType.ARRAY, 4, 4, 1), false);
        byte[] data = ElfWriter.write(List.of(p));
        assertNotNull(ElfReader.readListing(data));
        Path o = dir.resolve("big.o");
        Files.write(o, data);
        same(o, false);
    }
}
