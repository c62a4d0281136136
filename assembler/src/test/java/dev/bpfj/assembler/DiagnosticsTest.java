package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Located, worded errors: every check the assembler makes, and llvm-mc does not. */
class DiagnosticsTest {
    private static List<Diagnostic> errors(String text) {
        return assertThrows(AssemblyException.class, () -> Assembler.assemble("t.s", text)).diagnostics();
    }

    private static Diagnostic only(String text) {
        List<Diagnostic> ds = errors(text);
        assertEquals(1, ds.size(), () -> ds.toString());
        return ds.get(0);
    }

    private static void check(String text, int line, int col, String fragment) {
        Diagnostic d = only(text);
        assertEquals(line, d.line(), d::format);
        assertEquals(col, d.column(), d::format);
        assertTrue(d.message().contains(fragment), () -> "'" + fragment + "' not in " + d.format());
    }

    @Test
    void rangeChecksLlvmMcSkips() {
        check("r1 = 0xffffffff\nexit\n", 1, 6, "rN = 0xffffffff ll");
        check("r0 = 4294967296\nexit\n", 1, 6, "signed 32-bit");
        check("w1 = 4294967296\nexit\n", 1, 6, "does not fit in 32 bits");
        check("r1 += -2147483649\nexit\n", 1, 7, "signed 32-bit");
        check("if r1 > 0xffffffff goto +0\nexit\n", 1, 9, "signed 32-bit");
        check("r0 = *(u32 *)(r1 + 32768)\nexit\n", 1, 20, "16 bits");
        check("goto -32769\nexit\n", 1, 6, "16 bits");
        check("r11 = 1\nexit\n", 1, 1, "r0..r10");
        check("r10 = 1\nexit\n", 1, 1, "frame pointer");
        check("r10 = *(u64 *)(r1 + 0)\nexit\n", 1, 1, "frame pointer");
        check("r0 = 18446744073709551616 ll\nexit\n", 1, 6, "64 bits");
        check("*(u64 *)(r10 - 8) = 0x80000000\nexit\n", 1, 21, "signed 32-bit");
    }

    @Test
    void assemblesWhatTheRangesAllow() {
        Assembler.assemble("t.s", "w1 = 0xffffffff\nr1 = 0xffffffff ll\nr0 = -2147483648\n*(u32 *)(r10 - 4) = 0xffffffff\nexit\n");
    }

    @Test
    void labelsAndJumps() {
        check("goto out\nexit\n", 1, 6, "unknown label 'out'");
        check("goto outt\nout:\nexit\n", 1, 6, "did you mean 'out'");
        check("a:\nr0 = 0\na:\nexit\n", 3, 1, "already defined on line 1");
        check("goto +1\nexit\n", 1, 1, "leaves the program");
        check("goto -2\nexit\n", 1, 1, "leaves the program");
        check("goto end\nexit\nend:\n", 1, 6, "after the last instruction");
        check("r0 = 1 ll\ngoto -2\nexit\n", 2, 1, "middle of a 64-bit immediate load");
    }

    @Test
    void unknownNamesSuggest() {
        check("call bpf_map_lookup_elm\nexit\n", 1, 6, "did you mean 'bpf_map_lookup_elem'");
        check(".map redir type=sockmap key=4 value=8 entries=1\nr1 = redr ll\nexit\n", 2, 6, "did you mean 'redir'");
        check(".map m type=sockmapp key=4 value=8 entries=1\n", 1, 13, "did you mean 'sockmap'");
        check(".program p type=sk_lookupp\nexit\n", 1, 17, "did you mean 'sk_lookup'");
        check(".program p type=cgroup_skb attach=ingres\nexit\n", 1, 17, "did you mean 'ingress'");
        check(".map m type=hash key=4 value=8\n", 1, 6, "needs entries=");
        check(".map o type=array_of_maps key=4 value=4 entries=1 inner=nope\n", 1, 57, "unknown inner map");
        check("mov r0, 1\nexit\n", 1, 1, "unknown instruction 'mov'");
        check(".bogus\nexit\n", 1, 1, "unknown directive '.bogus'");
        check("  r0 = 0\n.program p type=xdp\nexit\n", 1, 3, "outside any program");
        check("r0 = load_acquire((u64 *)(r1 + 0))\nexit\n", 1, 6, "not supported");
        check("r0 = 08\nexit\n", 1, 6, "a leading 0 means octal");
        check("store_release((u64 *)(r1 + 0), r2)\nexit\n", 1, 1, "not supported");
    }

    @Test
    void syntaxErrorsSayWhatWasExpected() {
        Diagnostic d = only("r0 = *(u32 *)(r1 + 4\nexit\n");
        assertEquals(1, d.line());
        assertTrue(d.message().contains("expected"), d::format);
        d = only("if r1 > 5 goto\nexit\n");
        assertTrue(d.message().contains("end of line"), d::format);
    }

    @Test
    void allErrorsOfAFileUpToALimit() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            sb.append("r11 = ").append(i).append('\n');
        }
        List<Diagnostic> ds = errors(sb.toString());
        assertEquals(51, ds.size());
        assertEquals(1, ds.get(0).line());
        assertTrue(ds.get(50).message().startsWith("too many errors"), ds.get(50)::format);
        List<Diagnostic> three = errors("r11 = 1\nr0 = 0\nw1 += r2\nexit\ngoto nowhere\n");
        assertEquals(List.of(1, 3, 5), three.stream().map(Diagnostic::line).toList());
    }

    @Test
    void formatShowsLineAndCaret() {
        Diagnostic d = only("\tr1 = 0xffffffff\nexit\n");
        String[] lines = d.format().split("\n");
        assertTrue(lines[0].startsWith("t.s:1:7: error: "), lines[0]);
        assertEquals("\tr1 = 0xffffffff", lines[1]);
        assertEquals("\t     ^", lines[2]);
    }
}
