package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.assembler.internal.Ast;
import dev.bpfj.assembler.internal.LineEncoder;
import dev.bpfj.assembler.internal.LineParser;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-level encoder is a partial copy of the grammar followed by the codec: wherever it
 * answers, it answers the grammar's instruction, column and encoding (or the grammar's empty line).
 */
class LineEncoderAgreementTest {
    @Test
    void encoderAgreesWithGrammarOnRandomAndMutatedLines() {
        long seed = Property.seed();
        int count = Property.count(200_000);
        SplittableRandom r = new SplittableRandom(seed);
        LineParser grammar = new LineParser();
        LineEncoder enc = new LineEncoder();
        int answered = 0;
        for (int i = 0; i < count; i++) {
            answered += check(grammar, enc, Lines.random(r), seed);
        }
        System.out.printf("line encoder: answered %d of %d random/mutated lines, all as the grammar does (seed %d)%n",
                answered, count, seed);
    }

    @Test
    void encoderTakesPrinterOutput() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        LineParser grammar = new LineParser();
        LineEncoder enc = new LineEncoder();
        InsnPrinter printer = InsnPrinter.llvm();
        int count = Property.count(50_000);
        int llvm = 0;
        int all = 0;
        for (int i = 0; i < count; i++) {
            llvm += check(grammar, enc, "\t" + printer.print(InsnGen.llvmExpressible().generate(r, 30)), seed);
            all += check(grammar, enc, printer.print(InsnGen.all().generate(r, 30)) + " # comment", seed);
        }
        System.out.printf("line encoder: answered %d of %d llvm-expressible and %d of %d printed instructions (seed %d)%n",
                llvm, count, all, count, seed);
        assertEquals(count, llvm, "every llvm-expressible instruction is plain");
        assertTrue(all > count * 0.85, "line encoder answered only " + all + " of " + count);
    }

    @Test
    void edgeCases() {
        LineParser grammar = new LineParser();
        LineEncoder enc = new LineEncoder();
        for (String line : List.of("exit # c\rfoo", "# c\rexit", "exit\r", " \t exit ;x", "r0 = 010", "r0 = 08",
                "r0 = 0x", "r0 = 0xffffffffffffffff ll", "r0 = 0x10000000000000000 ll", "r0 = 18446744073709551615 ll",
                "r0 = 18446744073709551616 ll", "r0 = -9223372036854775808 ll", "r0 = -9223372036854775809 ll",
                "r0 = 1844674407370955161 ll", "r0 = 00000000000000000000001", "w0 = -2147483648", "w0 = 4294967295",
                "w0 = 4294967296", "r0 = 2147483648", "r1 = - 1", "r1 = -r1", "r1 = - r1", "w1 = -r1",
                "r1 = be16 r1", "r1 = bswap64 r1", "r1 = le64 r2", "w1 = be16 w1", "r1 = bswap r1", "r1 = be16x r1",
                "r0 = *(u8 *)skb[-1]", "r0 = *(u16 *)skb[r1 - -3]", "r1 = *(u8 *)skb[1]", "r0 = *(u64 *)skb[1]",
                "ld_pseudo r1, 6, -1, 4294967295", "ld_pseudo r1, 7, 0", "ld_pseudo r1, -0, 5", "call -1",
                "call 4294967295", "call 4294967296", "gotol -2147483648", "goto -32769", "may_goto +0",
                "if w1 s< -3 goto +1", "if r1 & 4 goto -1", "if r1 s== r2 goto +1", "if r1 > r2 goto x",
                "lock *(u32 *)(r1 + 8) += w2", "lock *(u64 *)(r1 + 8) += w2", "r0 = cmpxchg32_32(r1 - 4, w0, w2)",
                "w2 = atomic_fetch_or((u32 *)(r1 + 0), w2)", "r2 = xchg_64(r1 + 0, r3)", "*(u64 *)(r10 - 8) = -1",
                "*(u32 *)(r10 - 8) = 4294967295", "*(s32 *)(r10 - 8) = 1", "w1 = (s8)w2", "w1 = (s32)w2",
                "r1 = (s32)r2", "r1 = (s8)w2", "r1 s>>= 3", "r1 s/= r2", "w1 s%= 7", "r1 <<= 64", "r1 ==  r2",
                "r10 = 1", "r11 = 1", "r01 = 1", "callx w1", "callx r10", "exit#1", "exit.", "r0 = 1#x",
                "\u00e9xit", "exit # \u00e9", "r0 = *(u32 *)(r1 +60)", "*(u32 *)(r10 -4) = 0")) {
            check(grammar, enc, line, 0);
        }
    }

    private static int check(LineParser grammar, LineEncoder enc, String line, long seed) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int n = enc.parse(b, 0, b.length);
        if (n < 0) {
            return 0;
        }
        LineParser.Result slow = grammar.parse(line);
        assertEquals(null, slow.error(), () -> "seed " + seed + ": encoder accepts what the grammar rejects: '" + line + "'");
        Ast.Line l = slow.line();
        if (n == 0) {
            assertEquals(Ast.Line.EMPTY, l, () -> "seed " + seed + ": encoder sees an empty line in '" + line + "'");
            return 1;
        }
        assertEquals(-1, l.opcodeHint(), line);
        assertTrue(l.labels().isEmpty(), line);
        assertTrue(l.stmt() instanceof Ast.Instr, () -> "seed " + seed + ": not an instruction: '" + line + "'");
        Ast.Instr in = (Ast.Instr) l.stmt();
        assertEquals(Ast.SymKind.NONE, in.kind(), line);
        assertEquals(in.col(), enc.col, () -> "seed " + seed + ": column of '" + line + "'");
        long[] mine = n == 1 ? new long[] {enc.slot0} : new long[] {enc.slot0, enc.slot1};
        long[] codec = InsnCodec.encodeSlots(List.of(in.insn()), Map.of());
        assertEquals(Arrays.toString(codec), Arrays.toString(mine), () -> "seed " + seed + ": encodings of '" + line + "'");
        Insn back = InsnCodec.decodeSlots(mine).get(0);
        assertEquals(in.insn(), back, () -> "seed " + seed + ": decoding gives another instruction for '" + line + "'");
        return 1;
    }
}
