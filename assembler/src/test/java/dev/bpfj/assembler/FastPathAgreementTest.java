package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.assembler.internal.Ast;
import dev.bpfj.assembler.internal.FastLineParser;
import dev.bpfj.assembler.internal.LineParser;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast path is a partial copy of the grammar: wherever it answers, its answer is
 * the grammar's. The grammar stays the definition.
 */
class FastPathAgreementTest {
    @Test
    void fastPathAgreesWithGrammarOnRandomAndMutatedLines() {
        long seed = Property.seed();
        int count = Property.count(200_000);
        SplittableRandom r = new SplittableRandom(seed);
        LineParser grammar = new LineParser();
        int answered = 0;
        for (int i = 0; i < count; i++) {
            String line = Lines.random(r);
            answered += check(grammar, line, seed);
        }
        System.out.printf("fast path: answered %d of %d random/mutated lines, all as the grammar does (seed %d)%n",
                answered, count, seed);
    }

    @Test
    void fastPathTakesNearlyAllPrinterOutput() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.llvmExpressible();
        InsnPrinter printer = InsnPrinter.llvm();
        LineParser grammar = new LineParser();
        int count = 50_000;
        int answered = 0;
        for (int i = 0; i < count; i++) {
            answered += check(grammar, "\t" + printer.print(gen.generate(r, 30)), seed);
        }
        System.out.printf("fast path: answered %d of %d printed instructions (seed %d)%n", answered, count, seed);
        assertTrue(answered > count * 0.85, "fast path answered only " + answered + " of " + count);
    }

    @Test
    void fastPathTakesTheLinesOfASmallProgram() {
        // Labels and the plain directives stay off the grammar: a small file then never starts
        // the ANTLR runtime, which costs more than the rest of a small run.
        LineParser grammar = new LineParser();
        String[] lines = {".license \"GPL\"", ".license \"Dual BSD/GPL\" # why",
            ".map redir_map type=sockmap key=4 value=8 entries=1", ".map  m\ttype = hash key=4 value=8 entries=1024 ; c",
            ".map o type=array_of_maps key=4 value=4 entries=1 inner=m", ".program steer type=sk_lookup",
            ".program p type=sk_msg attach=sk_msg_verdict", "pass:", "pass: // c", "a: b: exit", "out:\tr0 = 1",
            "_x$1 :  call bpf_sk_release"};
        for (String line : lines) {
            assertEquals(1, check(grammar, line, 0), () -> "fast path leaves '" + line + "' to the grammar");
        }
        String[] grammarOnly = {".license \"a\\\"b\"", ".map m type=hash key=0x4", ".map r1 type=hash", ".program exit",
            ".map m key=-4", ".map m key==4", ".map m type=a/b", ".section \"x\"", ".L1: exit", "r1: exit", "exit: exit",
            "a#1: exit", ".map m key=010", ".maps m", ".license \"GPL\"x"};
        for (String line : grammarOnly) {
            assertEquals(null, FastLineParser.parse(line, 0, line.length()), () -> "fast path takes '" + line + "'");
        }
    }

    private static int check(LineParser grammar, String line, long seed) {
        Ast.Line fast = FastLineParser.parse(line, 0, line.length());
        if (fast == null) {
            return 0;
        }
        LineParser.Result slow = grammar.parse(line);
        assertEquals(null, slow.error(), () -> "seed " + seed + ": fast path accepts what the grammar rejects: '"
                + line + "' -> " + fast);
        assertEquals(slow.line(), fast, () -> "seed " + seed + ": fast path and grammar differ on '" + line + "'");
        return 1;
    }
}
