package dev.bpfj.core.insn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InsnCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    /** (asm, hex) of every form llvm-mc-19 accepted in the recorded corpus. */
    static List<String[]> acceptedForms() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = InsnCodecTest.class.getResourceAsStream("/oracles/llvm-mc-19-forms.jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Pattern p = Pattern.compile("\"asm\": \"((?:[^\"\\\\]|\\\\.)*)\".*\"llvm_mc_19\": \\{\"ok\": true, \"hex\": \"([0-9a-f]+)\"");
            for (String line : text.split("\n")) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    out.add(new String[] {m.group(1), m.group(2)});
                }
            }
        }
        return out;
    }

    @Test
    void everyRecordedLlvmFormRoundTrips() throws IOException {
        List<String[]> forms = acceptedForms();
        assertTrue(forms.size() >= 100, "corpus has " + forms.size() + " accepted forms");
        for (String[] f : forms) {
            byte[] bytes = HEX.parseHex(f[1]);
            List<Insn> insns = InsnCodec.decode(bytes);
            assertEquals(f[1], HEX.formatHex(InsnCodec.encode(insns)), f[0]);
        }
    }

    @Test
    void decodeUsesTheKernelsWording() {
        assertEquals("unknown opcode ff", decodeError("ff00000000000000"));
        assertEquals("BPF_MOV uses reserved fields", decodeError("b700010001000000"));
        assertEquals("BPF_EXIT uses reserved fields", decodeError("9501000000000000"));
        assertEquals("invalid bpf_ld_imm64 insn", decodeError("1801000000000000"));
        assertEquals("unrecognized bpf_ld_imm64 insn", decodeError("18710000000000000000000000000000"));
        assertEquals("R11 is invalid", decodeError("b70b000000000000"));
        assertEquals("BPF_ATOMIC uses invalid atomic opcode 02", decodeError("db21000002000000"));
    }

    private static String decodeError(String hex) {
        return assertThrows(DecodeException.class, () -> InsnCodec.decode(HEX.parseHex(hex))).kernelMessage();
    }

    @Test
    void nothingIsSilentlyTruncated() {
        assertThrows(EncodeException.class, () -> InsnCodec.encode(List.of(Insn.ja(Target.offset(40000)))));
        assertThrows(EncodeException.class, () -> InsnCodec.encode(List.of(Insn.load(Size.W, Reg.R0, Reg.R1, -40000))));
        assertThrows(EncodeException.class, () -> InsnCodec.encode(List.of(new Insn.Endian(EndianOp.BE, 8, Reg.R1))));
        assertThrows(EncodeException.class, () -> InsnCodec.encode(List.of(
                new Insn.Alu(true, AluOp.MOVSX8, Reg.R1, new Imm(1)))));
        EncodeException e = assertThrows(EncodeException.class,
                () -> InsnCodec.encode(List.of(Insn.ja(Target.label("nowhere"))), Map.of()));
        assertTrue(e.getMessage().contains("unknown label 'nowhere'"), e.getMessage());
    }

    @Test
    void labelsResolveInSlotsAcrossWideInstructions() {
        List<Insn> prog = List.of(
                Insn.jump(JmpOp.JEQ, Reg.R1, 0, Target.label("out")), // 0
                Insn.ldImm64(Reg.R0, 1L << 40),                       // 1 (2 slots)
                Insn.exit(),                                          // 2
                Insn.mov64(Reg.R0, 0),                                // 3 = out
                Insn.exit());
        List<Insn> decoded = InsnCodec.decode(InsnCodec.encode(prog, Map.of("out", 3)));
        assertEquals(new Insn.Jump(false, JmpOp.JEQ, Reg.R1, new Imm(0), Target.offset(3)), decoded.get(0));
    }

    @Test
    void printerSpeaksLlvmSyntax() {
        InsnPrinter p = InsnPrinter.llvm();
        assertEquals("r1 s>>= 3", p.print(Insn.alu64(AluOp.ARSH, Reg.R1, 3)));
        assertEquals("w1 = (s16)w2", p.print(new Insn.Alu(false, AluOp.MOVSX16, Reg.R1, Reg.R2)));
        assertEquals("if w1 s< -3 goto +1", p.print(new Insn.Jump(true, JmpOp.JSLT, Reg.R1, new Imm(-3), Target.offset(1))));
        assertEquals("w0 = *(u32 *)(r1 + 4)", p.print(Insn.load(Size.W, Reg.R0, Reg.R1, 4)));
        assertEquals("*(u64 *)(r10 - 8) = r1", p.print(Insn.store(Size.DW, Reg.R10, -8, Reg.R1)));
        assertEquals("r0 = cmpxchg_64(r1 + 0, r0, r2)", p.print(new Insn.Atomic(Size.DW, AtomicOp.CMPXCHG, Reg.R1, 0, Reg.R2)));
        assertEquals("w2 = atomic_fetch_add((u32 *)(r1 + 0), w2)", p.print(new Insn.Atomic(Size.W, AtomicOp.FETCH_ADD, Reg.R1, 0, Reg.R2)));
        assertEquals("r1 = 4886718345 ll", p.print(Insn.ldImm64(Reg.R1, 0x123456789L)));
        assertEquals("call pc+2", p.print(new Insn.CallLocal(Target.offset(2))));
        assertEquals("r0 = *(u16 *)skb[r1]", p.print(new Insn.LoadInd(Size.H, Reg.R1, 0)));
    }
}
