package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Target;
import dev.bpfj.elf.ElfWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bpfj objdump}, run in-process on objects bpfj writes. */
class ObjdumpCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path object() throws IOException {
        MapSpec socks = MapSpec.of("socks", MapType.SOCKMAP, 4, 8, 16);
        MapSpec outer = new MapSpec("outer", MapType.ARRAY_OF_MAPS, 4, 4, 2, 0, MapSpec.of("inner", MapType.ARRAY, 4, 8, 1));
        Program steer = new Program("steer", ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL",
                List.of(Insn.ldMap(Reg.R1), new Insn.CallLocal(Target.label("helper")), Insn.mov64(Reg.R0, 1), Insn.exit(),
                        Insn.mov64(Reg.R0, 0), Insn.exit()),
                Map.of("helper", 4), List.of(Relocation.map(0, "socks")), List.of(socks, outer),
                List.of(new Program.Function("steer", 0), new Program.Function("helper", 4)), List.of(), null);
        Program migrate = Program.of("migrate", ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE,
                List.of(Insn.mov64(Reg.R0, 1), Insn.exit()));
        Path obj = dir.resolve("steer.o");
        Files.write(obj, ElfWriter.write(steer, migrate));
        return obj;
    }

    @Test
    void listsProgramsMapsAndLicense() throws IOException {
        Path obj = object();
        Result r = run("objdump", obj.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(obj + ": eBPF ELF object, license \"GPL\"\n"
                + "\n"
                + "Programs:\n"
                + "  SECTION               NAME     TYPE          ATTACH                          INSNS  SUBPROGRAMS\n"
                + "  sk_lookup             steer    sk_lookup     sk_lookup                       6      helper\n"
                + "  sk_reuseport/migrate  migrate  sk_reuseport  sk_reuseport_select_or_migrate  2      -\n"
                + "\n"
                + "Maps:\n"
                + "  NAME   TYPE           KEY  VALUE  ENTRIES  FLAGS  INNER\n"
                + "  socks  sockmap        4    8      16       0x0    -\n"
                + "  outer  array_of_maps  4    4      2        0x0    inner (array, key 4, value 8, entries 1)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void listsSectionsOnRequest() throws IOException {
        Result r = run("objdump", "--sections", object().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Sections:\n"), r.out());
        assertTrue(r.out().contains("  [3]   sk_lookup             PROGBITS"), r.out());
        assertTrue(r.out().contains(".BTF.ext"), r.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws IOException {
        byte[] good = Files.readAllBytes(object());
        Path bad = dir.resolve("bad.o");
        Files.write(bad, Arrays.copyOf(good, 200));
        Result r = run("objdump", bad.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("bpfj: " + bad + ": "), r.err());

        Result missing = run("objdump", dir.resolve("nope.o").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
