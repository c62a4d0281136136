package dev.bpfj.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Objects clang-19 and clang-14 built from the C fixtures: what the reader finds must equal what
 * llvm-objdump and bpftool find, and what the writer makes of it must load.
 */
class ClangFixtureTest {
    private static final Set<String> REFUSED = Set.of("global_data", "core_relo");

    static List<String> readable() {
        return Tools.fixtureObjects(n -> !REFUSED.contains(n));
    }

    static List<String> btfMaps() {
        return Tools.fixtureObjects(n -> !REFUSED.contains(n) && !n.equals("legacy_maps"));
    }

    @Test
    void everyFixtureHasBothCompilers() {
        for (String base : List.of("sk_lookup", "sk_reuseport", "sk_msg", "sock_ops", "callbacks", "legacy_maps",
                "global_data", "core_relo")) {
            for (String cc : List.of("clang19", "clang14")) {
                assertTrue(Files.exists(Tools.fixture(base + "." + cc + ".o")), base + "." + cc + ".o is missing: run rebuild.sh");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("readable")
    void codeSectionsMatchObjdump(String name) throws Exception {
        Path path = Tools.fixture(name);
        ElfObject obj = ElfReader.read(path);
        Tools.Dump dump = Tools.objdump(path);
        assertEquals(dump.code().keySet(), Set.copyOf(obj.code().stream().map(ElfObject.CodeSection::name).toList()));
        InsnPrinter printer = InsnPrinter.llvm();
        for (ElfObject.CodeSection cs : obj.code()) {
            List<Tools.DumpLine> lines = dump.code().get(cs.name());
            assertEquals(lines.size(), cs.insns().size(), cs.name() + ": instruction count");
            int[] slotOf = InsnCodec.slotIndexes(cs.insns());
            for (int i = 0; i < lines.size(); i++) {
                Insn insn = cs.insns().get(i);
                Tools.DumpLine line = lines.get(i);
                String where = name + " " + cs.name() + " insn " + i;
                assertEquals(line.slot(), slotOf[i], where + ": slot");
                assertArrayEquals(line.bytes(), InsnCodec.encode(List.of(insn)), where + ": bytes");
                String text = insn instanceof Insn.CallLocal(Target.Offset(int off)) ? "call " + off : printer.print(insn);
                assertEquals(line.text(), text, where + ": text");
            }
            List<Tools.DumpReloc> expected = dump.relocs().get(cs.name());
            assertEquals(expected.size(), cs.relocations().size(), cs.name() + ": relocation count");
            for (int k = 0; k < expected.size(); k++) {
                Tools.DumpReloc e = expected.get(k);
                ElfObject.CodeReloc got = cs.relocations().get(k);
                assertEquals(e.offset(), slotOf[got.insn()] * 8L, name + " " + cs.name() + " relocation " + k);
                assertEquals(e.type(), got.type());
                assertEquals(e.symbol(), got.symbol());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("readable")
    void linkedProgramsKeepTheCodeOfTheirFunctions(String name) throws Exception {
        ElfObject obj = ElfReader.read(Tools.fixture(name));
        assertTrue(!obj.programs().isEmpty(), "no programs in " + name);
        for (Program p : obj.programs()) {
            int[] linkedSlot = InsnCodec.slotIndexes(p.insns());
            Map<Integer, String> fnAtSlot = new HashMap<>();
            for (Program.Function f : p.functions()) {
                fnAtSlot.put(linkedSlot[f.start()], f.name());
            }
            for (int k = 0; k < p.functions().size(); k++) {
                Program.Function f = p.functions().get(k);
                int end = k + 1 < p.functions().size() ? p.functions().get(k + 1).start() : p.insns().size();
                RawFunction raw = rawFunction(obj, f.name());
                assertEquals(raw.length(), end - f.start(), p.name() + ": length of " + f.name());
                for (int i = 0; i < raw.length(); i++) {
                    Insn want = raw.section().insns().get(raw.start() + i);
                    Insn got = p.insns().get(f.start() + i);
                    String where = p.name() + " " + f.name() + "+" + i;
                    ElfObject.CodeReloc rel = raw.relocAt(raw.start() + i);
                    if (got instanceof Insn.CallLocal(Target.Offset(int off))) {
                        String target = fnAtSlot.get(linkedSlot[f.start() + i] + 1 + off);
                        assertNotNull(target, where + ": call lands on no function");
                        assertEquals(raw.callTarget(raw.start() + i, rel), target, where + ": call target");
                    } else if (rel != null && rel.target().startsWith("map ")) {
                        Relocation r = p.relocationAt(f.start() + i);
                        assertNotNull(r, where + ": map relocation lost");
                        assertEquals(rel.target().substring(4), r.symbol(), where);
                        Insn.LoadImm64 l = (Insn.LoadImm64) got;
                        assertEquals(PseudoSrc.MAP_FD, l.src(), where);
                        assertEquals(((Insn.LoadImm64) want).dst(), l.dst(), where);
                    } else if (got instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC) {
                        String target = fnAtSlot.get(linkedSlot[f.start() + i] + 1 + (int) l.imm());
                        assertEquals(rel.target(), "function " + target, where + ": callback target");
                    } else {
                        assertEquals(want, got, where);
                    }
                }
            }
        }
    }

    private record RawFunction(ElfObject.CodeSection section, int start, int length) {
        ElfObject.CodeReloc relocAt(int insn) {
            for (ElfObject.CodeReloc r : section.relocations()) {
                if (r.insn() == insn) {
                    return r;
                }
            }
            return null;
        }

        /** The function a raw call goes to: its relocation's target, else the relative target in the section. */
        String callTarget(int insn, ElfObject.CodeReloc rel) {
            if (rel != null) {
                return rel.target().substring("function ".length());
            }
            int[] slots = InsnCodec.slotIndexes(section.insns());
            int off = ((Target.Offset) ((Insn.CallLocal) section.insns().get(insn)).target()).slots();
            int targetSlot = slots[insn] + 1 + off;
            for (ElfObject.FunctionSymbol f : section.functions()) {
                if (slots[f.insn()] == targetSlot) {
                    return f.name();
                }
            }
            return null;
        }
    }

    private static RawFunction rawFunction(ElfObject obj, String name) {
        for (ElfObject.CodeSection cs : obj.code()) {
            for (ElfObject.FunctionSymbol f : cs.functions()) {
                if (f.name().equals(name)) {
                    return new RawFunction(cs, f.insn(), f.length());
                }
            }
        }
        throw new AssertionError("no function symbol " + name);
    }

    @ParameterizedTest
    @MethodSource("btfMaps")
    void mapsMatchBpftoolBtfDump(String name) throws Exception {
        Path path = Tools.fixture(name);
        ElfObject obj = ElfReader.read(path);
        Map<Integer, Tools.DumpedType> types = Tools.parseBtfDump(Tools.btfDump(path));
        List<MapSpec> expected = new ArrayList<>();
        for (Tools.DumpedType t : types.values()) {
            if (t.kind().equals("DATASEC") && t.name().equals(".maps")) {
                for (String member : t.members()) {
                    int var = Integer.parseInt(member.replaceAll("^type_id=(\\d+).*", "$1"));
                    Tools.DumpedType v = types.get(var);
                    expected.add(mapFromDump(types, v.name(), Integer.parseInt(v.attrs().get("type_id"))));
                }
            }
        }
        assertTrue(!expected.isEmpty(), "no maps in " + name);
        assertEquals(expected.stream().sorted(java.util.Comparator.comparing(MapSpec::name)).toList(),
                obj.maps().stream().sorted(java.util.Comparator.comparing(MapSpec::name)).toList(), name);
    }

    /** A map definition, read from bpftool's text dump by following the member types it prints. */
    private static MapSpec mapFromDump(Map<Integer, Tools.DumpedType> types, String name, int structId) {
        Tools.DumpedType st = types.get(structId);
        assertEquals("STRUCT", st.kind());
        Map<String, Integer> ints = new HashMap<>();
        MapSpec inner = null;
        for (String m : st.members()) {
            String field = m.replaceAll("^'([^']*)'.*", "$1");
            int type = Integer.parseInt(m.replaceAll(".* type_id=(\\d+).*", "$1"));
            Tools.DumpedType ptr = types.get(type);
            switch (field) {
                case "key", "value" -> ints.put(field + "_size", sizeOf(types, Integer.parseInt(ptr.attrs().get("type_id"))));
                case "values" -> {
                    Tools.DumpedType elem = types.get(Integer.parseInt(ptr.attrs().get("type_id")));
                    int innerStruct = Integer.parseInt(elem.attrs().get("type_id"));
                    String innerName = types.get(innerStruct).name();
                    inner = mapFromDump(types, innerName.equals("(anon)") ? name + ".inner" : innerName, innerStruct);
                    ints.put("value_size", 4);
                }
                default -> {
                    Tools.DumpedType arr = types.get(Integer.parseInt(ptr.attrs().get("type_id")));
                    assertEquals("ARRAY", arr.kind());
                    ints.put(field, Integer.parseInt(arr.attrs().get("nr_elems")));
                }
            }
        }
        return new MapSpec(name, MapType.ofId(ints.get("type")), ints.getOrDefault("key_size", 0),
                ints.getOrDefault("value_size", 0), ints.getOrDefault("max_entries", 0),
                ints.getOrDefault("map_flags", 0), inner);
    }

    private static int sizeOf(Map<Integer, Tools.DumpedType> types, int id) {
        Tools.DumpedType t = types.get(id);
        return switch (t.kind()) {
            case "TYPEDEF", "CONST", "VOLATILE" -> sizeOf(types, Integer.parseInt(t.attrs().get("type_id")));
            case "PTR" -> 8;
            case "ARRAY" -> Integer.parseInt(t.attrs().get("nr_elems")) * sizeOf(types, Integer.parseInt(t.attrs().get("type_id")));
            default -> Integer.parseInt(t.attrs().get("size"));
        };
    }

    @Test
    void programTypesComeFromSectionNames() throws Exception {
        record Want(String file, String prog, ProgramType type, AttachType attach) {
        }
        for (String cc : List.of("clang19", "clang14")) {
            for (Want w : List.of(
                    new Want("sk_lookup", "steer", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP),
                    new Want("sk_reuseport", "select_sock", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT),
                    new Want("sk_reuseport", "migrate", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE),
                    new Want("sk_msg", "redirect", ProgramType.SK_MSG, AttachType.SK_MSG_VERDICT),
                    new Want("sock_ops", "track", ProgramType.SOCK_OPS, AttachType.CGROUP_SOCK_OPS))) {
                ElfObject obj = ElfReader.read(Tools.fixture(w.file() + "." + cc + ".o"));
                Program p = obj.program(w.prog());
                assertNotNull(p, w.prog());
                assertEquals(w.type(), p.type());
                assertEquals(w.attach(), p.expectedAttachType());
                assertEquals(null, p.section(), "the canonical section name is implied by the type");
                assertEquals(2, p.functions().size(), "main function and one subprogram");
                assertTrue(!p.positions().isEmpty() && p.positions().get(0).file().endsWith(w.file() + ".c"),
                        "line info: " + p.positions());
            }
        }
    }

    @Test
    void mapInMapIsRead() throws Exception {
        for (String cc : List.of("clang19", "clang14")) {
            ElfObject obj = ElfReader.read(Tools.fixture("sk_reuseport." + cc + ".o"));
            assertEquals(new MapSpec("groups", MapType.ARRAY_OF_MAPS, 4, 4, 2, 0,
                    new MapSpec("group", MapType.REUSEPORT_SOCKARRAY, 4, 4, 8, 0, null)), obj.map("groups"));
            assertEquals("Dual BSD/GPL", obj.license());
        }
    }

    @Test
    void legacyMapsAreReadWithAWarning() throws Exception {
        for (String cc : List.of("clang19", "clang14")) {
            ElfObject obj = ElfReader.read(Tools.fixture("legacy_maps." + cc + ".o"));
            assertEquals(List.of(MapSpec.of("counters", MapType.ARRAY, 4, 8, 4),
                    MapSpec.of("redirects", MapType.SOCKHASH, 4, 8, 32)), obj.maps());
            assertTrue(obj.warnings().stream().anyMatch(w -> w.contains("libbpf 1.x refuses")), obj.warnings().toString());
            assertEquals(List.of("counters", "redirects"), obj.program("legacy").referencedMaps());
        }
    }

    @Test
    void callbacksAndSharedSubprogramsAreLinked() throws Exception {
        for (String cc : List.of("clang19", "clang14")) {
            ElfObject obj = ElfReader.read(Tools.fixture("callbacks." + cc + ".o"));
            assertEquals(List.of("first", "second"), obj.programs().stream().map(Program::name).toList());
            for (Program p : obj.programs()) {
                List<String> fns = p.functions().stream().map(Program.Function::name).toList();
                assertEquals(p.name(), fns.get(0));
                assertEquals(Set.of("sum_squares", "add_one", "square"), Set.copyOf(fns.subList(1, fns.size())));
                assertTrue(p.insns().stream().anyMatch(i -> i instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC),
                        "the bpf_loop callback address is a ld_imm64 of a function");
            }
        }
    }

    @Test
    void globalDataIsRefusedClearly() {
        for (String cc : List.of("clang19", "clang14")) {
            ElfFormatException e = assertThrows(ElfFormatException.class,
                    () -> ElfReader.read(Tools.fixture("global_data." + cc + ".o")));
            assertTrue(e.getMessage().contains("global data (.data, .rodata, .bss) is not supported"), e.getMessage());
            assertEquals("sk_lookup", e.section());
            assertTrue(e.offset() > 0);
        }
    }

    @Test
    void coreRelocationsAreRefusedClearly() {
        for (String cc : List.of("clang19", "clang14")) {
            ElfFormatException e = assertThrows(ElfFormatException.class,
                    () -> ElfReader.read(Tools.fixture("core_relo." + cc + ".o")));
            assertTrue(e.getMessage().contains("CO-RE relocation"), e.getMessage());
            assertEquals(".BTF.ext", e.section());
        }
    }

    @ParameterizedTest
    @MethodSource("readable")
    void rewrittenObjectsAreValidAndLoad(String name, @TempDir Path dir) throws Exception {
        ElfObject obj = ElfReader.read(Tools.fixture(name));
        byte[] bytes = ElfWriter.write(obj.programs());
        assertArrayEquals(bytes, ElfWriter.write(obj.programs()), "deterministic output");
        ElfObject again = ElfReader.read(bytes);
        assertEquals(obj.programs(), again.programs(), "read(write(read(clang object)))");
        assertEquals(obj.maps(), again.maps());
        Path out = dir.resolve(name.replace(".o", ".bpfj.o"));
        Files.write(out, bytes);
        Tools.checkStructure(out, dir);
        List<String> pinned = Tools.loadAll(out, null);
        assertEquals(obj.programs().stream().map(Program::name).sorted().toList(), pinned);
    }

    @ParameterizedTest
    @MethodSource("readable")
    void clangObjectsThemselvesLoad(String name) {
        if (name.startsWith("legacy_maps")) {
            return; // libbpf 1.x refuses the legacy maps section: that is the point of the fixture
        }
        assertEquals(false, Tools.loadAll(Tools.fixture(name), null).isEmpty());
    }

    @Test
    void objectsLinkedByLibbpfReadLikeTheirParts(@TempDir Path dir) throws Exception {
        dev.bpfj.testkit.Env.requireTool(Tools.BPFTOOL);
        List<String> parts = List.of("sk_lookup.clang19.o", "sock_ops.clang14.o", "callbacks.clang19.o", "sk_msg.clang14.o");
        List<String> args = new ArrayList<>(List.of(Tools.BPFTOOL, "gen", "object", dir.resolve("linked.o").toString()));
        parts.forEach(p -> args.add(Tools.fixture(p).toString()));
        dev.bpfj.testkit.Env.Run r = dev.bpfj.testkit.Env.run(args, null, 60);
        assertEquals(0, r.exitCode(), r.stderr());
        ElfObject linked = ElfReader.read(dir.resolve("linked.o"));
        int programs = 0;
        for (String part : parts) {
            for (Program p : ElfReader.read(Tools.fixture(part)).programs()) {
                Program q = linked.program(p.name());
                assertNotNull(q, p.name());
                assertEquals(p.withMaps(linked.maps()), q, part + ": " + p.name());
                programs++;
            }
        }
        assertEquals(programs, linked.programs().size());
    }

    @Test
    void fixtureListIsComplete() {
        assertEquals(12, readable().size(), readable().toString());
        assertEquals(10, btfMaps().size(), btfMaps().toString());
    }
}
