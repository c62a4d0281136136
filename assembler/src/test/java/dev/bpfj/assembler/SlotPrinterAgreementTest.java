package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.insn.DecodeException;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The disassembler prints without labels straight from the slots; its text (or its complaint about
 * invalid code) must be what core's decoder and printer give, for valid, random and broken code.
 */
class SlotPrinterAgreementTest {
    private static final List<Disassembler.Options> OPTIONS = List.of(Disassembler.Options.LLVM,
            Disassembler.Options.DEFAULT, new Disassembler.Options(true, false, true),
            new Disassembler.Options(false, false, true));

    @Test
    void agreesWithCoreOnValidRandomAndBrokenCode() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.all();
        int programs = Property.count(1_000);
        int errors = 0;
        for (int k = 0; k < programs; k++) {
            List<Insn> insns = new ArrayList<>();
            int n = r.nextInt(1, 40);
            for (int i = 0; i < n; i++) {
                insns.add(gen.generate(r, 30));
            }
            byte[] code = InsnCodec.encode(insns);
            // Mutate some programs: random bytes, random fields, cut lengths.
            int mutations = r.nextInt(3) == 0 ? r.nextInt(1, 4) : 0;
            for (int m = 0; m < mutations; m++) {
                int at = r.nextInt(code.length);
                code[at] = switch (r.nextInt(4)) {
                    case 0 -> (byte) r.nextInt(256);
                    case 1 -> (byte) (code[at] ^ (1 << r.nextInt(8)));
                    case 2 -> 0;
                    default -> (byte) 0xff;
                };
            }
            if (r.nextInt(50) == 0) {
                code = java.util.Arrays.copyOf(code, code.length - r.nextInt(1, 8));
            }
            for (Disassembler.Options o : OPTIONS) {
                String want;
                try {
                    want = reference(code, o);
                } catch (DecodeException e) {
                    want = "error: " + e.getMessage();
                    errors++;
                }
                String got;
                try {
                    got = new Disassembler(o).disassemble(code);
                } catch (DecodeException e) {
                    got = "error: " + e.getMessage();
                }
                assertEquals(want, got, "seed " + seed + ", options " + o);
            }
        }
        System.out.printf("slot printer: %d programs in %d modes as core prints them, %d refused alike (seed %d)%n",
                programs, OPTIONS.size(), errors, seed);
    }

    @Test
    void everyOpcodeByteWithRandomFields() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        for (int op = 0; op < 256; op++) {
            for (int k = 0; k < Property.count(60); k++) {
                long v = op | (long) r.nextInt(256) << 8 | (long) r.nextInt(1 << 16) << 16;
                long imm = switch (r.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> r.nextInt(300);
                    case 2 -> r.nextInt(-2, 2);
                    default -> r.nextInt();
                };
                v |= imm << 32;
                if (r.nextBoolean()) {
                    v &= ~0xffff0000L; // zero offset
                }
                if (r.nextBoolean()) {
                    v &= ~0xff00L | 0x0a00L; // registers in range
                }
                long next = r.nextInt(4) == 0 ? r.nextLong() : (long) r.nextInt() << 32;
                byte[] code = new byte[16];
                for (int b = 0; b < 8; b++) {
                    code[b] = (byte) (v >>> (8 * b));
                    code[8 + b] = (byte) (next >>> (8 * b));
                }
                for (Disassembler.Options o : OPTIONS) {
                    String want;
                    try {
                        want = reference(code, o);
                    } catch (DecodeException e) {
                        want = "error: " + e.getMessage();
                    }
                    String got;
                    try {
                        got = new Disassembler(o).disassemble(code);
                    } catch (DecodeException e) {
                        got = "error: " + e.getMessage();
                    }
                    assertEquals(want, got, String.format("seed %d, slots %016x %016x", seed, v, next));
                }
            }
        }
    }

    @Test
    void programTextWithMapsAndFunctionsAsBefore() {
        Program p = Assembler.assemble("steer.s", AssemblerTest.STEER).single();
        for (Disassembler.Options o : OPTIONS) {
            String text = new Disassembler(o).disassemble(p);
            StringBuilder want = new StringBuilder(".license \"GPL\"\n");
            want.append(".map redir_map type=sockmap key=4 value=8 entries=1\n");
            want.append(".program steer type=sk_lookup attach=sk_lookup\n");
            List<Insn> insns = p.resolvedInsns();
            int[] slotOf = InsnCodec.slotIndexes(insns);
            for (int i = 0; i < insns.size(); i++) {
                for (Program.Function f : p.functions()) {
                    if (f.start() == i && i > 0) {
                        want.append(".func ").append(f.name()).append('\n');
                    }
                }
                Relocation rel = p.relocationAt(i);
                String line = rel != null && insns.get(i) instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.MAP_FD
                        ? l.dst().name(true) + " = " + rel.symbol() + " ll" : printer(o).print(insns.get(i));
                want.append(prefix(slotOf[i], InsnCodec.encode(List.of(insns.get(i))), o)).append(line).append('\n');
            }
            assertEquals(want.toString(), text, o.toString());
        }
    }

    /** What the disassembler printed before it printed from slots: decode, then core's printer. */
    private static String reference(byte[] code, Disassembler.Options o) {
        List<Insn> insns = InsnCodec.decode(code);
        int[] slotOf = InsnCodec.slotIndexes(insns);
        InsnPrinter printer = printer(o);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < insns.size(); i++) {
            sb.append(prefix(slotOf[i], InsnCodec.encode(List.of(insns.get(i))), o));
            printer.print(insns.get(i), sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String prefix(int slot, byte[] b, Disassembler.Options o) {
        if (!o.hex()) {
            return "\t";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%8d:\t", slot));
        for (int k = 0; k < b.length; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", b[k] & 0xff));
        }
        return sb.append('\t').toString();
    }

    private static InsnPrinter printer(Disassembler.Options o) {
        return o.helperNames() ? InsnPrinter.withHelperNames(id -> {
            Helper h = id > 0 ? Helper.ofId(id) : null;
            return h == null ? null : h.kernelName();
        }) : InsnPrinter.llvm();
    }
}
