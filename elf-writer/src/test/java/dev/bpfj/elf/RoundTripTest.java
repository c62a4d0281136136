package dev.bpfj.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code read(write(p))} equals {@code p}, and what bpfj writes satisfies the oracle tools. */
class RoundTripTest {

    @Test
    void singleProgramsRoundTrip() {
        Property.forAll("read(write(p)) equals p", ProgramGen.anyProgram(), Property.count(1500), p -> {
            byte[] bytes = ElfWriter.write(p);
            assertArrayEquals(bytes, ElfWriter.write(p), "deterministic");
            ElfObject obj = read(bytes);
            assertEquals(List.of(p), obj.programs());
            assertEquals(p.maps(), obj.maps());
            assertEquals(p.license(), obj.license());
            return true;
        });
    }

    @Test
    void programSetsRoundTripSharingMaps() {
        Property.forAll("read(write(ps)) equals ps with the object's maps", ProgramGen.anyPrograms(),
                Property.count(400), ps -> {
                    LinkedHashMap<String, MapSpec> union = new LinkedHashMap<>();
                    ps.forEach(p -> p.maps().forEach(m -> union.putIfAbsent(m.name(), m)));
                    List<MapSpec> all = List.copyOf(union.values());
                    ElfObject obj = read(ElfWriter.write(ps));
                    Map<String, Program> byName = new LinkedHashMap<>();
                    obj.programs().forEach(p -> byName.put(p.name(), p));
                    assertEquals(ps.size(), byName.size());
                    for (Program p : ps) {
                        assertEquals(p.withMaps(all), byName.get(p.name()));
                    }
                    assertEquals(all, obj.maps());
                    return true;
                });
    }

    @Test
    void randomObjectsSatisfyReadelfBtfDumpAndTheLinker(@TempDir Path dir) {
        AtomicInteger n = new AtomicInteger();
        Gen<List<Program>> gen = (r, size) -> r.nextBoolean() ? List.of(ProgramGen.anyProgram().generate(r, size))
                : ProgramGen.anyPrograms().generate(r, size);
        Property.forAll("bpfj objects pass llvm-readelf, bpftool btf dump and bpftool gen object", gen,
                Property.count(20), ps -> {
                    Path obj = dir.resolve("random" + n.incrementAndGet() + ".o");
                    write(obj, ElfWriter.write(ps));
                    Tools.checkStructure(obj, dir);
                    return true;
                });
    }

    @Test
    void loadableRandomProgramsLoad(@TempDir Path dir) {
        AtomicInteger n = new AtomicInteger();
        Gen<List<Program>> gen = (r, size) -> {
            List<Program> ps = new ArrayList<>();
            int count = 1 + r.nextInt(3);
            for (int i = 0; i < count; i++) {
                ps.add(ProgramGen.loadable(r, "prog" + i));
            }
            return ps;
        };
        Property.forAll("verifiable random programs load with bpftool prog loadall", gen, Property.count(12), ps -> {
            byte[] bytes = ElfWriter.write(ps);
            Path obj = dir.resolve("loadable" + n.incrementAndGet() + ".o");
            write(obj, bytes);
            Tools.checkStructure(obj, dir);
            List<String> names = ps.stream().map(Program::name).sorted().toList();
            assertEquals(names, Tools.loadAll(obj, null));
            return true;
        });
    }

    private static ElfObject read(byte[] bytes) {
        try {
            return ElfReader.readUnguarded(bytes);
        } catch (ElfFormatException e) {
            throw new AssertionError("bpfj cannot read what it wrote: " + e.getMessage(), e);
        }
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
