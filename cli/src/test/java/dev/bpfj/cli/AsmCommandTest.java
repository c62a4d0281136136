package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bpfj asm} and {@code bpfj disasm}, run in-process. */
class AsmCommandTest {
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

    static final String PROG = """
            .map redir_map type=sockmap key=4 value=8 entries=1
            .program steer type=sk_lookup
                r1 = redir_map ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r0 = 1
            out:
                exit
            """;

    @Test
    void assembleToHexAndRawThenDisassembleBack() throws IOException {
        Path s = dir.resolve("steer.s"), bin = dir.resolve("steer.bin"), back = dir.resolve("back.s");
        Files.writeString(s, PROG);
        Result hex = run("asm", s.toString());
        assertEquals(0, hex.code(), hex.err());
        assertEquals("""
                18110000000000000000000000000000
                8500000001000000
                1500010000000000
                b700000001000000
                9500000000000000
                """, hex.out());
        Result raw = run("asm", s.toString(), "-o", bin.toString());
        assertEquals(0, raw.code(), raw.err());
        assertEquals(48, Files.size(bin));
        for (String[] flags : new String[][] {{}, {"--labels"}, {"--numeric"}}) {
            String[] args = new String[2 + flags.length + 1];
            args[0] = "disasm";
            args[1] = "--raw";
            System.arraycopy(flags, 0, args, 2, flags.length);
            args[args.length - 1] = bin.toString();
            Result d = run(args);
            assertEquals(0, d.code(), d.err());
            Files.writeString(back, d.out());
            Path bin2 = dir.resolve("back.bin");
            Result again = run("asm", back.toString(), "-o", bin2.toString());
            assertEquals(0, again.code(), again.err() + "\n" + d.out());
            assertArrayEquals(Files.readAllBytes(bin), Files.readAllBytes(bin2), d.out());
        }
        Result listing = run("disasm", "--raw", "--format", "hex", bin.toString());
        assertTrue(listing.out().contains("       2:\t85 00 00 00 01 00 00 00\tcall bpf_map_lookup_elem"), listing.out());
    }

    @Test
    void errorsAreLocatedAndExitCodesDistinguishRejectionFromUsage() throws IOException {
        Path s = dir.resolve("bad.s");
        Files.writeString(s, "r0 = 0xffffffff\nexit\ngoto nowhere\n");
        Result r = run("asm", s.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(s + ":1:6: error: "), r.err());
        assertTrue(r.err().contains(s + ":3:6: error: unknown label 'nowhere'"), r.err());
        assertTrue(r.err().contains("2 errors"), r.err());
        Result missing = run("asm", dir.resolve("none.s").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("bpfj: cannot read "), missing.err());
        Result notRaw = run("disasm", s.toString());
        assertEquals(2, notRaw.code());
        Path odd = dir.resolve("odd.bin");
        Files.write(odd, new byte[] {(byte) 0xff, 0, 0, 0, 0, 0, 0, 0});
        Result bad = run("disasm", "--raw", odd.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown opcode ff"), bad.err());
    }

    @Test
    void rawOutputNeedsOneProgram() throws IOException {
        Path s = dir.resolve("two.s");
        Files.writeString(s, ".program a type=xdp\nr0 = 2\nexit\n.program b type=xdp\nr0 = 1\nexit\n");
        Result r = run("asm", s.toString(), "-o", dir.resolve("x.bin").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--program"), r.err());
        Result one = run("asm", s.toString(), "--program", "b");
        assertEquals("b701000001000000\n9500000000000000\n".replace("b7010000", "b7000000"), one.out());
    }

    @Test
    void elfObjectOutAndBackIn() throws IOException {
        Path s = dir.resolve("steer.s"), o = dir.resolve("steer.o"), back = dir.resolve("back.s");
        Files.writeString(s, ".license \"GPL\"\n" + PROG);
        Result w = run("asm", s.toString(), "-o", o.toString());
        assertEquals(0, w.code(), w.err());
        byte[] elf = Files.readAllBytes(o);
        assertEquals(0x7f, elf[0]);
        Result d = run("disasm", o.toString());
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains(".program steer type=sk_lookup"), d.out());
        assertTrue(d.out().contains("r1 = redir_map ll"), d.out());
        Files.writeString(back, d.out());
        Path bin1 = dir.resolve("1.bin"), bin2 = dir.resolve("2.bin");
        assertEquals(0, run("asm", s.toString(), "-o", bin1.toString()).code());
        Result again = run("asm", back.toString(), "-o", bin2.toString());
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(bin1), Files.readAllBytes(bin2), d.out());
    }
}
