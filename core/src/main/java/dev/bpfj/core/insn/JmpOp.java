package dev.bpfj.core.insn;

/** Conditional jump comparisons. */
public enum JmpOp {
    JEQ(0x10, "=="), JGT(0x20, ">"), JGE(0x30, ">="), JSET(0x40, "&"), JNE(0x50, "!="),
    JSGT(0x60, "s>"), JSGE(0x70, "s>="), JLT(0xa0, "<"), JLE(0xb0, "<="), JSLT(0xc0, "s<"),
    JSLE(0xd0, "s<=");

    private final int code;
    private final String symbol;

    JmpOp(int code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public int code() {
        return code;
    }

    /** The LLVM comparison operator, e.g. {@code s<=}. */
    public String symbol() {
        return symbol;
    }

    /** The comparison that holds exactly when this one does not (JSET has none). */
    public JmpOp negate() {
        return switch (this) {
            case JEQ -> JNE;
            case JNE -> JEQ;
            case JGT -> JLE;
            case JLE -> JGT;
            case JGE -> JLT;
            case JLT -> JGE;
            case JSGT -> JSLE;
            case JSLE -> JSGT;
            case JSGE -> JSLT;
            case JSLT -> JSGE;
            case JSET -> throw new UnsupportedOperationException("JSET has no negation");
        };
    }

    /** The comparison with operands swapped: {@code a < b} is {@code b > a}. */
    public JmpOp swap() {
        return switch (this) {
            case JEQ, JNE, JSET -> this;
            case JGT -> JLT;
            case JLT -> JGT;
            case JGE -> JLE;
            case JLE -> JGE;
            case JSGT -> JSLT;
            case JSLT -> JSGT;
            case JSGE -> JSLE;
            case JSLE -> JSGE;
        };
    }

    public static JmpOp ofSymbol(String symbol) {
        for (JmpOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }

    static JmpOp decode(int code) {
        for (JmpOp op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        return null;
    }
}
