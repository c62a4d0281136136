package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.elf.ElfWriter;
import dev.bpfj.assembler.Assembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bpfj verify}: the output contract (text and JSON) and the exit codes. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    static final String PROGS = """
            .license "GPL"
            .map sm type=sockmap key=4 value=8 entries=1
            .program steer type=sk_lookup
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = sm ll
                call bpf_map_lookup_elem
                r1 = *(u32 *)(r0 + 4)
                r0 = 0
                exit
            .program ok type=sk_lookup
                r0 = 1
                exit
            """;

    @Test
    void textReportsLocationSourceLineAndHint() throws IOException {
        Path s = dir.resolve("p.s");
        Files.writeString(s, PROGS);
        AsmCommandTest.Result r = AsmCommandTest.run("verify", s.toString());
        assertEquals(1, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(s + ":9:5: error: R0 invalid mem access 'map_value_or_null'", lines[0]);
        assertEquals("r1 = *(u32 *)(r0 + 4)", lines[1].strip());
        assertTrue(r.out().contains("hint: r0 may be NULL here"), r.out());
        assertTrue(r.out().contains("ok (sk_lookup): accepted"), r.out());
    }

    @Test
    void aRejectionBeforeVerificationStillSaysWhat() throws IOException {
        Path s = dir.resolve("attach.s");
        Files.writeString(s, """
                .program steer type=sk_lookup attach=sk_reuseport_select
                    r0 = 1
                    exit
                """);
        AsmCommandTest.Result r = AsmCommandTest.run("verify", s.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith(s + ": error: rejected with EINVAL before verification"), r.out());
        assertTrue(r.out().contains("hint: sk_lookup programs must be loaded with expected attach type BPF_SK_LOOKUP"),
                r.out());
    }

    @Test
    void jsonIsOneObjectPerProgram() throws IOException {
        Path s = dir.resolve("p.s");
        Files.writeString(s, PROGS);
        AsmCommandTest.Result r = AsmCommandTest.run("verify", s.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("\"program\":\"steer\""), lines[0]);
        assertTrue(lines[0].contains("\"accepted\":false"), lines[0]);
        assertTrue(lines[0].contains("\"insn\":6"), lines[0]);
        assertTrue(lines[0].contains("\"message\":\"R0 invalid mem access 'map_value_or_null'\""), lines[0]);
        assertTrue(lines[0].contains("\"location\":\"" + s + ":9:5\""), lines[0]);
        assertTrue(lines[0].contains("\"processed\":6"), lines[0]);
        assertTrue(lines[0].contains("\"states\":0"), lines[0]);
        assertTrue(lines[1].contains("\"accepted\":true") && lines[1].contains("\"insn\":null")
                && lines[1].contains("\"message\":null"), lines[1]);
    }

    @Test
    void exitCodes() throws IOException {
        Path s = dir.resolve("p.s");
        Files.writeString(s, PROGS);
        assertEquals(0, AsmCommandTest.run("verify", s.toString(), "--program", "ok").code());
        assertEquals(1, AsmCommandTest.run("verify", s.toString(), "--program", "steer").code());
        assertEquals(2, AsmCommandTest.run("verify", s.toString(), "--program", "nope").code());
        assertEquals(2, AsmCommandTest.run("verify", dir.resolve("missing.s").toString()).code());
        Path bad = dir.resolve("bad.s");
        Files.writeString(bad, ".program x type=sk_lookup\n    r0 = frob\n");
        AsmCommandTest.Result r = AsmCommandTest.run("verify", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.s:2:"), r.err());
    }

    @Test
    void logPrintsTheKernelStyleTrace() throws IOException {
        Path s = dir.resolve("p.s");
        Files.writeString(s, PROGS);
        AsmCommandTest.Result r = AsmCommandTest.run("verify", s.toString(), "--program", "steer", "--log");
        assertTrue(r.out().startsWith("0: R1=ctx() R10=fp0\n"), r.out());
        assertTrue(r.out().contains("5: (85) call bpf_map_lookup_elem#1"), r.out());
    }

    @Test
    void elfObjectsAreVerifiedToo() throws IOException {
        Path o = dir.resolve("p.o");
        Files.write(o, ElfWriter.write(Assembler.assemble("p.s", PROGS).programs()));
        AsmCommandTest.Result r = AsmCommandTest.run("verify", o.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("\"message\":\"R0 invalid mem access 'map_value_or_null'\""), r.out());
    }
}
