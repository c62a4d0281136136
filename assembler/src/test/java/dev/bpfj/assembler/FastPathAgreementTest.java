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
