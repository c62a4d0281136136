package dev.bpfj.core.insn;

/** A 32-bit immediate operand (sign-extended to 64 bits by 64-bit operations). */
public record Imm(int value) implements Operand {
}
