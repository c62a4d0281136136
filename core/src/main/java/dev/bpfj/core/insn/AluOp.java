package dev.bpfj.core.insn;

/**
 * ALU operations. Signed division/modulo and sign-extending moves share an opcode with their
 * unsigned counterparts and are told apart by the instruction's offset field (cpu v4).
 */
public enum AluOp {
    ADD(0x00, 0, "+="), SUB(0x10, 0, "-="), MUL(0x20, 0, "*="), DIV(0x30, 0, "/="),
    SDIV(0x30, 1, "s/="), OR(0x40, 0, "|="), AND(0x50, 0, "&="), LSH(0x60, 0, "<<="),
    RSH(0x70, 0, ">>="), MOD(0x90, 0, "%="), SMOD(0x90, 1, "s%="), XOR(0xa0, 0, "^="),
    MOV(0xb0, 0, "="), MOVSX8(0xb0, 8, "="), MOVSX16(0xb0, 16, "="), MOVSX32(0xb0, 32, "="),
    ARSH(0xc0, 0, "s>>=");

    private final int code;
    private final int offset;
    private final String symbol;

    AluOp(int code, int offset, String symbol) {
        this.code = code;
        this.offset = offset;
        this.symbol = symbol;
    }

    /** The BPF_OP bits (0xf0 mask). */
    public int code() {
        return code;
    }

    /** The value the offset field carries for this operation. */
    public int offset() {
        return offset;
    }

    /** The LLVM assignment operator, e.g. {@code +=} or {@code s>>=}. */
    public String symbol() {
        return symbol;
    }

    public boolean isSignExtendingMove() {
        return this == MOVSX8 || this == MOVSX16 || this == MOVSX32;
    }

    /** Bits kept by a sign-extending move: 8, 16 or 32; 0 for other operations. */
    public int signExtendBits() {
        return isSignExtendingMove() ? offset : 0;
    }

    static AluOp decode(int code, int offset) {
        for (AluOp op : values()) {
            if (op.code == code && op.offset == offset) {
                return op;
            }
        }
        return null;
    }
}
