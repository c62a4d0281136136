package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.loader.BpfFs;
import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bpfj load}, {@code prog list}, {@code probe}, {@code test-run} against the live kernel. */
class LoaderCommandsTest {
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

    static final String STEER = """
            .map socks type=sockmap key=4 value=8 entries=2
            .program steer type=sk_lookup
                r6 = r1
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = socks ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r7 = r0
                r1 = r6
                r2 = r7
                r3 = 0
                call bpf_sk_assign
                r1 = r7
                call bpf_sk_release
            out:
                r0 = 1
                exit
            .program filter type=socket_filter
                r0 = *(u32 *)(r1 + 0)
                exit
            """;

    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    Path source(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    Path object() throws IOException {
        Path s = source("steer.s", STEER);
        Path o = dir.resolve("steer.o");
        Result r = run("asm", s.toString(), "-o", o.toString());
        assertEquals(0, r.code(), r.err());
        return o;
    }

    @Test
    void loadChecksAndReportsPrograms() throws IOException {
        Result r = run("load", object().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("steer") && r.out().contains("sk_lookup"), r.out());
        assertTrue(r.out().contains("socks") && r.out().contains("sockmap"), r.out());
        assertTrue(r.out().contains("unloaded as bpfj exits"), r.out());
    }

    @Test
    void loadPinsProgramsAndMapsAndReusesMaps() throws IOException {
        Path fs = Files.createDirectory(dir.resolve("bpffs"));
        BpfFs.mount(fs);
        try {
            Path pins = fs.resolve("steer");
            Result r = run("load", object().toString(), "--pin", pins.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.exists(pins.resolve("steer")));
            assertTrue(Files.exists(pins.resolve("filter")));
            assertTrue(Files.exists(pins.resolve("maps/socks")));
            Result again = run("load", object().toString(), "--pin", fs.resolve("again").toString(), "-p", "filter");
            assertEquals(0, again.code(), again.err());
            Result listed = run("prog", "list", "--type", "sk_lookup");
            assertEquals(0, listed.code(), listed.err());
            assertTrue(listed.out().startsWith("ID"), listed.out());
            assertTrue(listed.out().contains("steer"), listed.out());
        } finally {
            BpfFs.unmount(fs);
        }
        Result notBpffs = run("load", object().toString(), "--pin", dir.resolve("x").toString());
        assertEquals(2, notBpffs.code());
        assertTrue(notBpffs.err().contains("is not in a bpf filesystem"), notBpffs.err());
    }

    @Test
    void rejectionIsOneLocatedLine() throws IOException {
        Path s = source("bad.s", """
                .program bad type=sk_lookup
                    r0 = *(u32 *)(r1 + 100)
                    exit
                """);
        Result r = run("load", s.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith(s + ":2:"), r.err());
        assertTrue(r.err().contains("invalid bpf_context access off=100 size=4"), r.err());
        Result withLog = run("load", "--log", s.toString());
        assertTrue(withLog.err().contains("  | 0: R1=ctx() R10=fp0"), withLog.err());
    }

    @Test
    void probeListsSupport() {
        Result r = run("probe", "--helpers", "sk_lookup");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\n  sk_lookup +supported\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  bpf_sk_assign +supported\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  bpf_sk_select_reuseport +unsupported\\n.*"), r.out());
        assertEquals(2, run("probe", "--helpers", "nope").code());
    }

    @Test
    void testRunSkLookupAndPackets() throws IOException {
        Path o = object();
        Result r = run("test-run", o.toString(), "-p", "steer", "--local", "127.0.0.1:7777", "--repeat", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("verdict   1 (SK_PASS)"), r.out());
        assertTrue(r.out().contains("selected  none"), r.out());
        Result f = run("test-run", o.toString(), "-p", "filter", "--data", "0011223344556677" + "00".repeat(60));
        assertEquals(0, f.code(), f.err());
        assertTrue(f.out().startsWith("retval    "), f.out());
        Result both = run("test-run", o.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("choose one with --program"), both.err());
        Path rp = source("rp.s", """
                .program pick type=sk_reuseport
                    r0 = 1
                    exit
                """);
        Result refused = run("test-run", rp.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("no BPF_PROG_TEST_RUN for sk_reuseport"), refused.err());
    }
}
