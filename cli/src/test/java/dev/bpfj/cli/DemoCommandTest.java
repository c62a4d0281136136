package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.elf.ElfReader;
import dev.bpfj.testkit.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bpfj demo}, run in-process. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutTheKernelShowsProgramVerdictAndObject() throws Exception {
        Path elf = dir.resolve("demo.o");
        AsmCommandTest.Result r = AsmCommandTest.run("demo", "--no-run", "--out", elf.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("call bpf_sk_assign"), r.out());
        assertTrue(r.out().contains("bpfj's verifier: accepted"), r.out());
        assertTrue(r.out().contains("wrote " + Files.size(elf) + " bytes to " + elf), r.out());
        assertTrue(r.out().contains("skipped (--no-run was given)"), r.out());
        assertEquals("two_services", ElfReader.read(elf).programs().getFirst().name());
    }

    @Test
    void asRootRunsItInAPrivateNamespace() {
        Env.requireRoot();
        Env.requireTool("ip");
        Env.requireTool("nsenter");
        AsmCommandTest.Result r = AsmCommandTest.run("demo", "--out", dir.resolve("demo.o").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("15 of 15 probes went where expected"), r.out());
        assertTrue(r.out().contains("tcp 192.0.2.10:80          -> service A (accepted on 192.0.2.10:80)"), r.out());
    }

    @Test
    void listsExamplesAndRefusesUnknownOnes() {
        AsmCommandTest.Result list = AsmCommandTest.run("demo", "--list");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("reuseport "), list.out());
        AsmCommandTest.Result bad = AsmCommandTest.run("demo", "no-such-example");
        assertEquals(2, bad.code());
        assertEquals("bpfj: unknown example 'no-such-example'; bpfj demo --list shows them\n", bad.err());
    }
}
