package dev.bpfj.core.insn;

/** The source of an ALU or conditional-jump instruction: a register or a 32-bit immediate. */
public sealed interface Operand permits Reg, Imm {
    static Imm imm(int value) {
        return new Imm(value);
    }
}
