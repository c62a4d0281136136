package dev.bpfj.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import dev.bpfj.elf.btf.Btf;
import dev.bpfj.elf.btf.BtfType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Objects written from programs built by hand: what they contain, that they load, and what the writer refuses. */
class ElfWriterTest {
    static final MapSpec PORTS = MapSpec.of("ports", MapType.HASH, 4, 4, 64);
    static final MapSpec GROUPS = new MapSpec("groups", MapType.ARRAY_OF_MAPS, 4, 4, 2, 0,
            MapSpec.of("group", MapType.REUSEPORT_SOCKARRAY, 4, 8, 8));
    static final MapSpec SOCKS = MapSpec.of("socks", MapType.SOCKMAP, 4, 8, 4).withFlags(0);

    /** An sk_lookup program with two maps (one a map-in-map), a subprogram and source positions. */
    static Program dispatch() {
        List<Insn> insns = List.of(
                Insn.mov64(Reg.R6, Reg.R1),                                    // 0
                new Insn.CallLocal(Target.label("pick")),                      // 1
                Insn.store(Size.W, Reg.R10, -4, Reg.R0),                       // 2
                Insn.mov64(Reg.R2, Reg.R10),                                   // 3
                Insn.alu64(AluOp.ADD, Reg.R2, -4),                             // 4
                Insn.ldMap(Reg.R1),                                            // 5
                Insn.call(1),                                                  // 6
                Insn.jump(JmpOp.JEQ, Reg.R0, 0, Target.label("out")),          // 7
                Insn.load(Size.W, Reg.R0, Reg.R0, 0),                          // 8
                Insn.mov64(Reg.R0, 1),                                         // 9  out
                Insn.exit(),                                                   // 10
                Insn.store(Size.W, Reg.R10, -4, 0),                            // 11 pick
                Insn.mov64(Reg.R2, Reg.R10),                                   // 12
                Insn.alu64(AluOp.ADD, Reg.R2, -4),                             // 13
                Insn.ldMap(Reg.R1),                                            // 14
                Insn.call(1),                                                  // 15
                Insn.mov64(Reg.R0, 3),                                         // 16
                Insn.exit());                                                  // 17
        List<SourcePos> positions = new ArrayList<>();
        for (int i = 0; i < insns.size(); i++) {
            positions.add(new SourcePos("dispatch.s", 10 + i, 5, InsnPrinter.llvm().print(insns.get(i))));
        }
        return new Program("dispatch", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL", insns,
                Map.of("dispatch", 0, "out", 9, "pick", 11),
                List.of(Relocation.map(5, "ports"), Relocation.map(14, "groups")),
                List.of(PORTS, GROUPS, SOCKS),
                List.of(new Program.Function("dispatch", 0), new Program.Function("pick", 11)),
                positions, null);
    }

    /** A sk_msg program sharing the map 'ports' and carrying the same subprogram. */
    static Program verdict() {
        Program d = dispatch();
        List<Insn> insns = new ArrayList<>(List.of(
                new Insn.CallLocal(Target.label("pick")),
                Insn.mov64(Reg.R0, 1),
                Insn.exit()));
        insns.addAll(d.insns().subList(11, d.insns().size()));
        List<SourcePos> positions = new ArrayList<>(List.of(SourcePos.of("verdict.s", 1, 1),
                SourcePos.of("verdict.s", 2, 1), SourcePos.of("verdict.s", 3, 1)));
        positions.addAll(d.positions().subList(11, d.insns().size()));
        return new Program("verdict", ProgramType.SK_MSG, AttachType.SK_MSG_VERDICT, "GPL", insns,
                Map.of("verdict", 0, "pick", 3), List.of(Relocation.map(6, "groups")), List.of(PORTS, GROUPS),
                List.of(new Program.Function("verdict", 0), new Program.Function("pick", 3)), positions, null);
    }

    @Test
    void writesTheLayoutLibbpfExpects() throws Exception {
        byte[] bytes = ElfWriter.write(dispatch(), verdict());
        ElfObject obj = ElfReader.read(bytes);
        List<String> sections = obj.sections().stream().map(ElfObject.SectionInfo::name).toList();
        assertEquals(List.of("", ".strtab", ".text", ".rel.text", "sk_lookup", ".relsk_lookup", "sk_msg", ".relsk_msg",
                ".maps", "license", ".BTF", ".BTF.ext", ".symtab"), sections);
        ElfObject.SectionInfo sk = obj.sections().get(4);
        assertEquals("PROGBITS", sk.type());
        assertEquals("AX", sk.flags());
        assertEquals(8, sk.align());
        // The shared subprogram is written once.
        assertEquals(List.of(new ElfObject.FunctionSymbol("pick", 0, 7, false)), obj.codeSection(".text").functions());
        assertEquals(List.of(new ElfObject.FunctionSymbol("dispatch", 0, 11, true)), obj.codeSection("sk_lookup").functions());
        assertEquals(List.of(PORTS, GROUPS, SOCKS), obj.maps());
        assertEquals(List.of(new ElfObject.CodeReloc(1, "R_BPF_64_32", ".text", "function pick"),
                new ElfObject.CodeReloc(5, "R_BPF_64_64", "ports", "map ports")), obj.codeSection("sk_lookup").relocations());
    }

    @Test
    void btfDescribesMapsFunctionsAndLicense() throws Exception {
        byte[] bytes = ElfWriter.write(dispatch());
        ElfFile f = ElfFile.parse(bytes);
        Btf btf = Btf.parse(f.bytes(f.section(".BTF")));
        BtfType.DataSec maps = (BtfType.DataSec) btf.type(btf.find(BtfType.KIND_DATASEC, ".maps"));
        assertEquals(f.section(".maps").size(), maps.size());
        int offset = 0;
        for (BtfType.VarSecInfo v : maps.vars()) {
            assertEquals(offset, v.offset());
            assertEquals(btf.sizeOf(v.type()), v.size());
            offset += v.size();
        }
        assertEquals(offset, maps.size());
        BtfType.Func main = (BtfType.Func) btf.type(btf.find(BtfType.KIND_FUNC, "dispatch"));
        BtfType.Func pick = (BtfType.Func) btf.type(btf.find(BtfType.KIND_FUNC, "pick"));
        assertEquals(BtfType.LINKAGE_GLOBAL, main.linkage());
        assertEquals(BtfType.LINKAGE_STATIC, pick.linkage(), "subprograms are static: verified in their caller's context");
        BtfType.DataSec lic = (BtfType.DataSec) btf.type(btf.find(BtfType.KIND_DATASEC, "license"));
        assertEquals(4, lic.size());
    }

    @Test
    void roundTripsAndIsDeterministic() throws Exception {
        List<Program> in = List.of(dispatch(), verdict());
        byte[] a = ElfWriter.write(in);
        byte[] b = ElfWriter.write(List.of(dispatch(), verdict()));
        assertArrayEquals(a, b);
        List<Program> out = ElfReader.read(a).programs();
        // The reader resolves labels to offsets and hands every program all maps of the object.
        assertEquals(in.get(0).resolvedInsns(), out.get(0).insns());
        assertEquals(in.get(0).positions(), out.get(0).positions());
        assertEquals(in.get(1).resolvedInsns(), out.get(1).insns());
        assertEquals(in.get(1).positions(), out.get(1).positions());
        assertEquals(List.of(PORTS, GROUPS, SOCKS), out.get(1).maps());
        assertEquals(in.get(0).functions(), out.get(0).functions());
        assertEquals(Map.of("dispatch", 0, "pick", 11), out.get(0).labels());
    }

    @Test
    void loadsAndCarriesSourceLinesIntoTheKernel(@TempDir Path dir) throws Exception {
        Path obj = dir.resolve("dispatch.o");
        Files.write(obj, ElfWriter.write(dispatch(), verdict()));
        Tools.checkStructure(obj, dir);
        List<String> pinned = Tools.loadAll(obj, pins -> {
            String dump = Tools.dumpXlatedLinum(pins.resolve("dispatch"));
            for (int i : new int[] {0, 1, 5, 7, 11, 14}) {
                String text = dispatch().positions().get(i).text();
                assertTrue(dump.contains("; " + text + " [file:dispatch.s line_num:" + (10 + i) + " line_col:5]"),
                        "line " + (10 + i) + " missing from:\n" + dump);
            }
            String verdict = Tools.dumpXlatedLinum(pins.resolve("verdict"));
            assertTrue(verdict.contains("[file:verdict.s line_num:2 line_col:1]"), verdict);
        });
        assertEquals(List.of("dispatch", "verdict"), pinned);
    }

    @Test
    void programsWithoutPositionsOrSubprogramsLoad(@TempDir Path dir) throws Exception {
        Program plain = Program.of("plain", ProgramType.SOCKET_FILTER, null, List.of(Insn.mov64(Reg.R0, 0), Insn.exit()));
        Program reuse = Program.of("pick_sock", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE,
                List.of(Insn.mov64(Reg.R0, 1), Insn.exit()));
        Program ops = Program.of("ops", ProgramType.SOCK_OPS, AttachType.CGROUP_SOCK_OPS,
                List.of(Insn.mov64(Reg.R0, 1), Insn.exit()));
        Path obj = dir.resolve("plain.o");
        Files.write(obj, ElfWriter.write(plain, reuse, ops));
        ElfObject back = ElfReader.read(obj);
        assertEquals("sk_reuseport/migrate", back.code().get(1).name());
        assertEquals(ProgramType.SK_REUSEPORT, back.program("pick_sock").type());
        assertEquals(AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE, back.program("pick_sock").expectedAttachType());
        Tools.checkStructure(obj, dir);
        assertEquals(List.of("ops", "pick_sock", "plain"), Tools.loadAll(obj, null));
    }

    @Test
    void customSectionNamesAreKept() throws Exception {
        Program p = new Program("tagged", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                List.of(Insn.mov64(Reg.R0, 1), Insn.exit()), Map.of(), List.of(), List.of(), List.of(), List.of(),
                "sk_lookup/tagged");
        Program back = ElfReader.read(ElfWriter.write(p)).program("tagged");
        assertEquals("sk_lookup/tagged", back.section());
        assertEquals(ProgramType.SK_LOOKUP, back.type());
    }

    @Test
    void conflictingSubprogramsAreRenamedNotMerged() throws Exception {
        Program a = withPick("a", 1);
        Program b = withPick("b", 2);
        ElfObject obj = ElfReader.read(ElfWriter.write(a, b));
        assertEquals(List.of("pick", "pick__b"),
                obj.codeSection(".text").functions().stream().map(ElfObject.FunctionSymbol::name).toList());
        assertEquals(a.resolvedInsns(), obj.program("a").insns());
        assertEquals(b.resolvedInsns(), obj.program("b").insns());
    }

    private static Program withPick(String name, int value) {
        return new Program(name, ProgramType.SK_MSG, AttachType.SK_MSG_VERDICT, "GPL",
                List.of(new Insn.CallLocal(Target.offset(1)), Insn.exit(), Insn.mov64(Reg.R0, value), Insn.exit()),
                Map.of(name, 0, "pick", 2), List.of(), List.of(),
                List.of(new Program.Function(name, 0), new Program.Function("pick", 2)), List.of(), null);
    }

    @Test
    void refusesWhatAnObjectCannotHold() {
        Program ok = Program.of("ok", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, List.of(Insn.mov64(Reg.R0, 1), Insn.exit()));
        assertRefused("not a C identifier", Program.of("bad-name", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, ok.insns()));
        assertRefused("two programs are named 'ok'", ok, ok);
        assertRefused("disagree on the license", ok, Program.of("other", ProgramType.SK_MSG, null, ok.insns()).withLicense("MIT"));
        assertRefused("no section name", Program.of("odd", ProgramType.UNSPEC, null, ok.insns()));
        assertRefused("no instructions", Program.of("empty", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, List.of()));
        assertRefused("not a 64-bit map load", new Program("r", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                ok.insns(), Map.of(), List.of(Relocation.map(0, "ports")), List.of(PORTS), List.of(), List.of(), null));
        assertRefused("no program declares", new Program("r", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                List.of(Insn.ldMap(Reg.R1), Insn.exit()), Map.of(), List.of(Relocation.map(0, "ports")), List.of(),
                List.of(), List.of(), null));
        assertRefused("global data", new Program("r", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                List.of(Insn.ldMap(Reg.R1), Insn.exit()), Map.of(),
                List.of(new Relocation(0, Relocation.Kind.MAP_VALUE, "ports", 4)), List.of(PORTS), List.of(), List.of(), null));
        assertRefused("differs from the map of that name", ok.withMaps(List.of(PORTS)),
                Program.of("two", ProgramType.SK_MSG, null, ok.insns()).withMaps(List.of(PORTS.withFlags(1))));
        assertRefused("not an instruction of the program", Program.of("c", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP,
                List.of(new Insn.CallLocal(Target.offset(5)), Insn.exit())));
        assertRefused("recursion", Program.of("c", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP,
                List.of(new Insn.CallLocal(Target.offset(-1)), Insn.exit())));
        assertRefused("jumps out of function", new Program("j", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                List.of(new Insn.CallLocal(Target.offset(2)), Insn.ja(Target.offset(1)), Insn.exit(), Insn.mov64(Reg.R0, 0),
                        Insn.exit()), Map.of(), List.of(), List.of(), List.of(), List.of(), null));
        assertRefused("source positions", new Program("p", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL", ok.insns(),
                Map.of(), List.of(), List.of(), List.of(), List.of(SourcePos.of("x.s", 1, 1)), null));
        assertRefused("map-in-map", ok.withMaps(List.of(new MapSpec("outer", MapType.ARRAY_OF_MAPS, 4, 8, 1, 0, PORTS))));
        assertRefused("unknown label", Program.of("l", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP,
                List.of(Insn.ja(Target.label("nowhere")), Insn.exit())));
        assertRefused("cannot be a program section", new Program("s", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                ok.insns(), Map.of(), List.of(), List.of(), List.of(), List.of(), ".text"));
    }

    private static void assertRefused(String expected, Program... programs) {
        ElfWriteException e = assertThrows(ElfWriteException.class, () -> ElfWriter.write(programs));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
