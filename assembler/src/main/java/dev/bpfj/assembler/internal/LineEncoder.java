package dev.bpfj.assembler.internal;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Size;

/**
 * The assembler's fastest path: one line of bytes straight to the 8-byte slots of its
 * instruction, with no instruction model, no strings and no exceptions in between.
 *
 * <p>Like {@link FastLineParser} it is a partial function of the grammar: for any line it either
 * answers exactly what {@link LineParser} followed by {@code InsnCodec} would give, or says that
 * the grammar must decide. It answers only for blank and comment lines and for plain instructions
 * (no labels, symbols, directives, verifier-log prefixes, non-ASCII outside comments or anything
 * unusual); everything else, every error included, goes to the general path. A test holds it to
 * agreement.
 *
 * <p>One instance per thread: it keeps the slots of the last line it answered for.
 */
public final class LineEncoder {
    /** {@link #parse} result: the line is not plain enough; the grammar decides. */
    public static final int GRAMMAR = -1;

    // Instruction classes, modes and operation bits of the eBPF encoding. The operation tables
    // themselves (ALU, jump, size, atomic codes) come from core's enums.
    private static final int LD = 0x00, LDX = 0x01, ST = 0x02, STX = 0x03, ALU = 0x04, JMP = 0x05,
            JMP32 = 0x06, ALU64 = 0x07;
    private static final int X = 0x08;
    private static final int ABS = 0x20, IND = 0x40, MEM = 0x60, MEMSX = 0x80, ATOMIC = 0xc0;
    private static final int OP_NEG = 0x80, OP_END = 0xd0, OP_JA = 0x00, OP_CALL = 0x80, OP_EXIT = 0x90,
            OP_JCOND = 0xe0;
    private static final int LDDW = LD | Size.DW.code();

    private static final PseudoSrc[] PSEUDO_SOURCES = PseudoSrc.values();

    /** The first slot of the last instruction answered. */
    public long slot0;
    /** The second slot of a 64-bit immediate load. */
    public long slot1;
    /** 1-based column where the last instruction answered starts. */
    public int col;

    private byte[] s;
    private int p;
    private int end;

    // The last number read: unsigned magnitude and sign (never negative zero), as Num holds it.
    private long mag;
    private boolean neg;

    private static final int WIDE = 0x100;
    private static final int FAIL = -1;

    /**
     * Where the line last read ends: the index of its newline, or the end of the bytes given when
     * it has none. Set for blank, comment and instruction lines, not for {@link #GRAMMAR}.
     */
    public int lineEnd;

    /**
     * Reads the line starting at {@code text[from]}: it ends at the first newline before
     * {@code to}, or at {@code to} (then the caller must know that no more of it follows).
     * Returns 0 for a blank or comment line, 1 or 2 for an instruction of that many slots (in
     * {@link #slot0}, {@link #slot1}), or {@link #GRAMMAR}. A carriage return before the newline
     * is white space, as the general path's line splitting makes it.
     */
    public int parse(byte[] text, int from, int to) {
        s = text;
        p = from;
        end = to;
        ws();
        if (p >= end || s[p] == '\n') {
            lineEnd = p;
            return 0;
        }
        int c = s[p];
        if (c == '#' || c == ';' || (c == '/' && p + 1 < end && s[p + 1] == '/')) {
            return commentOnly(p) ? 0 : GRAMMAR;
        }
        col = p - from + 1;
        int n = instruction(c);
        if (n <= 0 || !atEnd()) {
            return GRAMMAR;
        }
        return n;
    }

    // ---- Lexing --------------------------------------------------------------------------------

    private void ws() {
        // Locals: the baseline compiler keeps them in registers, fields it reloads.
        byte[] b = s;
        int q = p;
        int e = end;
        while (q < e) {
            int c = b[q];
            if (c >= 0 && (CLASS[c] & WS) != 0) {
                q++;
            } else {
                break;
            }
        }
        p = q;
    }

    /** A line comment runs to the end of the line unless a carriage return cuts it short. */
    private boolean commentOnly(int from) {
        byte[] b = s;
        int e = end;
        int i = from;
        for (; i < e && b[i] != '\n'; i++) {
            // A carriage return ends the comment; only a line break may follow it.
            if (b[i] == '\r' && i + 1 < e && b[i + 1] != '\n') {
                return false;
            }
        }
        lineEnd = i;
        return true;
    }

    private boolean atEnd() {
        ws();
        if (p >= end || s[p] == '\n') {
            lineEnd = p;
            return true;
        }
        int c = s[p];
        if (c == '#' || c == ';' || (c == '/' && p + 1 < end && s[p + 1] == '/')) {
            return commentOnly(p);
        }
        return false;
    }

    // Character classes of ASCII, by table: small enough for the baseline compiler to inline.
    private static final byte WS = 1, START = 2, PART = 4, GLUE = 8;
    private static final byte[] CLASS = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
            boolean digit = c >= '0' && c <= '9';
            int k = 0;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                k |= WS;
            }
            if (letter) {
                k |= START;
            }
            if (letter || digit) {
                k |= PART | GLUE;
            }
            if (c == '#' || c == '.') {
                k |= GLUE;
            }
            CLASS[c] = (byte) k;
        }
    }

    private static boolean identStart(int c) {
        return c >= 0 && (CLASS[c] & START) != 0;
    }

    private static boolean identPart(int c) {
        return c >= 0 && (CLASS[c] & PART) != 0;
    }

    /** A following character that would glue onto the previous token. */
    private boolean glued() {
        if (p >= end) {
            return false;
        }
        int c = s[p];
        return c >= 0 && (CLASS[c] & GLUE) != 0;
    }

    /** {@code rN}/{@code wN} with N in 0..10 at p: N | WIDE for r; FAIL (p unchanged) otherwise. */
    private int reg() {
        if (p + 1 >= end) {
            return FAIL;
        }
        int c = s[p];
        boolean wide;
        if (c == 'r' || c == 'R') {
            wide = true;
        } else if (c == 'w' || c == 'W') {
            wide = false;
        } else {
            return FAIL;
        }
        byte[] b = s;
        int e = end;
        int q = p + 1;
        int n = 0;
        int digits = 0;
        while (q < e && b[q] >= '0' && b[q] <= '9') {
            n = n * 10 + (b[q] - '0');
            q++;
            if (++digits > 2) {
                return FAIL;
            }
        }
        if (digits == 0 || n > 10) {
            return FAIL;
        }
        int save = p;
        p = q;
        if (glued()) {
            p = save;
            return FAIL;
        }
        return n | (wide ? WIDE : 0);
    }

    private int reqReg() {
        ws();
        return reg();
    }

    /**
     * An identifier at p, advancing past it: its end, or FAIL when there is none or it runs into
     * a {@code #} or {@code .} (a helper reference or a dotted name).
     */
    private int word() {
        byte[] b = s;
        int q = p;
        int e = end;
        if (q >= e || !identStart(b[q])) {
            return FAIL;
        }
        while (q < e && identPart(b[q])) {
            q++;
        }
        p = q;
        if (q < e && (b[q] == '#' || b[q] == '.')) {
            return FAIL;
        }
        return q;
    }

    /** Whether {@code s[from, to)} is exactly {@code w}. */
    private boolean is(int from, int to, String w) {
        if (to - from != w.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (s[from + i] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean eat(int c) {
        ws();
        if (p < end && s[p] == c) {
            p++;
            return true;
        }
        return false;
    }

    /** Two characters at p, after white space. */
    private boolean eat2(int a, int b) {
        ws();
        if (p + 1 < end && s[p] == a && s[p + 1] == b) {
            p += 2;
            return true;
        }
        return false;
    }

    /** {@code [+-]? number} into mag/neg; false when the grammar must decide. */
    private boolean imm() {
        ws();
        boolean minus = false;
        if (p < end && (s[p] == '-' || s[p] == '+')) {
            minus = s[p] == '-';
            p++;
            ws();
        }
        return number(minus);
    }

    /** An unsigned literal (decimal, 0x hex, octal with a leading 0) that fits in 64 bits. */
    private boolean number(boolean minus) {
        if (p >= end || s[p] < '0' || s[p] > '9') {
            return false;
        }
        long v = 0;
        if (s[p] == '0' && p + 1 < end && (s[p + 1] == 'x' || s[p + 1] == 'X')) {
            p += 2;
            int digits = 0;
            while (p < end) {
                int c = s[p];
                int d;
                if (c >= '0' && c <= '9') {
                    d = c - '0';
                } else if (c >= 'a' && c <= 'f') {
                    d = c - 'a' + 10;
                } else if (c >= 'A' && c <= 'F') {
                    d = c - 'A' + 10;
                } else {
                    break;
                }
                if (++digits > 16) {
                    if (v >>> 60 != 0) {
                        return false;
                    }
                }
                v = v << 4 | d;
                p++;
            }
            if (digits == 0) {
                return false;
            }
        } else if (s[p] == '0' && p + 1 < end && s[p + 1] >= '0' && s[p + 1] <= '9') {
            // A leading zero means octal, as LLVM reads it.
            p++;
            while (p < end && s[p] >= '0' && s[p] <= '9') {
                int d = s[p] - '0';
                if (d > 7 || v >>> 61 != 0) {
                    return false;
                }
                v = v << 3 | d;
                p++;
            }
        } else if (s[p] == '0' && p + 1 < end && (s[p + 1] == 'b' || s[p + 1] == 'B')) {
            return false;
        } else {
            byte[] b = s;
            int e = end;
            int q = p;
            int st = q;
            while (q < e && b[q] >= '0' && b[q] <= '9') {
                int d = b[q] - '0';
                // Eighteen digits always fit; beyond that, check each step for overflow.
                if (q - st >= 18) {
                    long hi = Math.unsignedMultiplyHigh(v, 10);
                    long lo = v * 10;
                    long sum = lo + d;
                    if (hi != 0 || Long.compareUnsigned(sum, lo) < 0) {
                        return false;
                    }
                    v = sum;
                } else {
                    v = v * 10 + d;
                }
                q++;
            }
            p = q;
        }
        if (glued()) {
            return false;
        }
        mag = v;
        neg = minus && v != 0;
        return true;
    }

    private static final long TWO_31 = 1L << 31;

    private boolean fitsS32() {
        return neg ? Long.compareUnsigned(mag, TWO_31) <= 0 : Long.compareUnsigned(mag, TWO_31 - 1) <= 0;
    }

    private boolean fits32() {
        return neg ? Long.compareUnsigned(mag, TWO_31) <= 0 : Long.compareUnsigned(mag, 0xffffffffL) <= 0;
    }

    private boolean fitsS16() {
        return neg ? Long.compareUnsigned(mag, 1L << 15) <= 0 : Long.compareUnsigned(mag, (1L << 15) - 1) <= 0;
    }

    private boolean fits64() {
        return !neg || Long.compareUnsigned(mag, Long.MIN_VALUE) <= 0;
    }

    private long bits() {
        return neg ? -mag : mag;
    }

    private void negate() {
        neg = !neg && mag != 0;
    }

    private static long slot(int opcode, int dst, int src, int off, int imm) {
        return (opcode & 0xffL) | (dst & 0xfL) << 8 | (src & 0xfL) << 12 | (off & 0xffffL) << 16
                | (imm & 0xffffffffL) << 32;
    }

    private int one(int opcode, int dst, int src, int off, int imm) {
        slot0 = slot(opcode, dst, src, off, imm);
        return 1;
    }

    // ---- Forms ---------------------------------------------------------------------------------

    private int instruction(int c) {
        if (c == '*') {
            return store();
        }
        if (c == 'r' || c == 'w' || c == 'R' || c == 'W') {
            int r = reg();
            if (r >= 0) {
                return regFirst(r);
            }
        }
        int st = p;
        int e = word();
        if (e < 0) {
            return FAIL;
        }
        switch (e - st) {
            case 2:
                return is(st, e, "if") ? jump() : FAIL;
            case 4:
                if (is(st, e, "exit")) {
                    return one(JMP | OP_EXIT, 0, 0, 0, 0);
                }
                if (is(st, e, "goto")) {
                    return jumpLike(0);
                }
                if (is(st, e, "call")) {
                    return call();
                }
                return is(st, e, "lock") ? lock() : FAIL;
            case 5:
                if (is(st, e, "gotol")) {
                    return jumpLike(1);
                }
                if (is(st, e, "callx")) {
                    int r = reqReg();
                    if (r < 0 || (r & WIDE) == 0) {
                        return FAIL;
                    }
                    return one(JMP | OP_CALL | X, r & 0xf, 0, 0, 0);
                }
                return FAIL;
            case 8:
                return is(st, e, "may_goto") ? jumpLike(2) : FAIL;
            case 9:
                return is(st, e, "ld_pseudo") ? ldPseudo() : FAIL;
            default:
                return FAIL;
        }
    }

    private int regFirst(int d) {
        ws();
        if (p >= end) {
            return FAIL;
        }
        boolean wide = (d & WIDE) != 0;
        int dst = d & 0xf;
        AluOp op = aluOp();
        if (op == null) {
            return FAIL;
        }
        ws();
        if (op != AluOp.MOV) {
            return aluOperand(wide, op, dst);
        }
        int c = p < end ? s[p] : 0;
        if (c == '*') {
            return load(d);
        }
        if (c == '(') {
            // (s8)rS
            p++;
            int st = p;
            int e = word();
            if (e < 0 || !eat(')')) {
                return FAIL;
            }
            AluOp sx = is(st, e, "s8") ? AluOp.MOVSX8 : is(st, e, "s16") ? AluOp.MOVSX16
                    : is(st, e, "s32") && wide ? AluOp.MOVSX32 : null;
            int sr = reqReg();
            if (sx == null || sr < 0 || ((sr & WIDE) != 0) != wide) {
                return FAIL;
            }
            return one((wide ? ALU64 : ALU) | sx.code() | X, dst, sr & 0xf, sx.offset(), 0);
        }
        if (c == '-') {
            int save = p;
            p++;
            ws();
            int sr = reg();
            if (sr >= 0) {
                if (sr != d) {
                    return FAIL;
                }
                return one((wide ? ALU64 : ALU) | OP_NEG, dst, 0, 0, 0);
            }
            p = save;
        }
        if (identStart(c)) {
            int sr = reg();
            if (sr >= 0) {
                if (((sr & WIDE) != 0) != wide) {
                    return FAIL;
                }
                return one((wide ? ALU64 : ALU) | AluOp.MOV.code() | X, dst, sr & 0xf, 0, 0);
            }
            return wordAfterMov(d);
        }
        if (!imm()) {
            return FAIL;
        }
        int save = p;
        if (eat2('l', 'l')) {
            if (glued() || !wide || !fits64()) {
                return FAIL;
            }
            long v = bits();
            slot0 = slot(LDDW, dst, PseudoSrc.NONE.code(), 0, (int) v);
            slot1 = slot(0, 0, 0, 0, (int) (v >>> 32));
            return 2;
        }
        p = save;
        if (!(wide ? fitsS32() : fits32())) {
            return FAIL;
        }
        return one((wide ? ALU64 : ALU) | AluOp.MOV.code(), dst, 0, 0, (int) bits());
    }

    /** {@code rD = WORD ...}: byte swaps and atomics; map names are the grammar's. */
    private int wordAfterMov(int d) {
        int st = p;
        int e = word();
        if (e < 0) {
            return FAIL;
        }
        int len = e - st;
        if (len >= 4 && (s[st] == 'b' && s[st + 1] == 'e' || s[st] == 'l' && s[st + 1] == 'e'
                || len >= 5 && is(st, st + 5, "bswap"))) {
            boolean swap = s[st] == 'b' && s[st + 1] == 's';
            int b = swap ? st + 5 : st + 2;
            int bits = e - b != 2 ? 0 : is(b, e, "16") ? 16 : is(b, e, "32") ? 32 : is(b, e, "64") ? 64 : 0;
            if (bits == 0) {
                return FAIL;
            }
            int sr = reqReg();
            if ((d & WIDE) == 0 || sr != d) {
                return FAIL;
            }
            int opcode = swap ? ALU64 | OP_END : s[st] == 'b' ? ALU | OP_END | X : ALU | OP_END;
            return one(opcode, d & 0xf, 0, 0, bits);
        }
        if (is(st, e, "atomic_fetch_add")) {
            return atomicFetch(AtomicOp.FETCH_ADD, d);
        }
        if (is(st, e, "atomic_fetch_and")) {
            return atomicFetch(AtomicOp.FETCH_AND, d);
        }
        if (is(st, e, "atomic_fetch_or")) {
            return atomicFetch(AtomicOp.FETCH_OR, d);
        }
        if (is(st, e, "atomic_fetch_xor")) {
            return atomicFetch(AtomicOp.FETCH_XOR, d);
        }
        if (is(st, e, "xchg_64")) {
            return xchg(true, d);
        }
        if (is(st, e, "xchg32_32")) {
            return xchg(false, d);
        }
        if (is(st, e, "cmpxchg_64")) {
            return cmpxchg(true, d);
        }
        if (is(st, e, "cmpxchg32_32")) {
            return cmpxchg(false, d);
        }
        return FAIL;
    }

    private int aluOperand(boolean wide, AluOp op, int dst) {
        int cls = wide ? ALU64 : ALU;
        int sr = reg();
        if (sr >= 0) {
            if (((sr & WIDE) != 0) != wide) {
                return FAIL;
            }
            return one(cls | op.code() | X, dst, sr & 0xf, op.offset(), 0);
        }
        if (!imm() || !(wide ? fitsS32() : fits32())) {
            return FAIL;
        }
        return one(cls | op.code(), dst, 0, op.offset(), (int) bits());
    }

    /** The assignment operator at p; null when none. */
    private AluOp aluOp() {
        int c = s[p];
        int c1 = p + 1 < end ? s[p + 1] : 0;
        int c2 = p + 2 < end ? s[p + 2] : 0;
        if (c == '=') {
            if (c1 == '=') {
                return null;
            }
            p++;
            return AluOp.MOV;
        }
        if (c == 's') {
            if (c1 == '>' && c2 == '>' && p + 3 < end && s[p + 3] == '=') {
                p += 4;
                return AluOp.ARSH;
            }
            if ((c1 == '/' || c1 == '%') && c2 == '=') {
                p += 3;
                return c1 == '/' ? AluOp.SDIV : AluOp.SMOD;
            }
            return null;
        }
        if ((c == '<' || c == '>') && c1 == c && c2 == '=') {
            p += 3;
            return c == '<' ? AluOp.LSH : AluOp.RSH;
        }
        if (c1 != '=') {
            return null;
        }
        AluOp op = compoundAssignOp(c);
        if (op != null) {
            p += 2;
        }
        return op;
    }

    /** The operator of the compound assignment {@code c=}, e.g. {@code ADD} for {@code +=}; null for none. */
    static AluOp compoundAssignOp(int c) {
        return switch (c) {
            case '+' -> AluOp.ADD;
            case '-' -> AluOp.SUB;
            case '*' -> AluOp.MUL;
            case '/' -> AluOp.DIV;
            case '%' -> AluOp.MOD;
            case '|' -> AluOp.OR;
            case '&' -> AluOp.AND;
            case '^' -> AluOp.XOR;
            default -> null;
        };
    }

    // Memory types: the size code, with SIGNED added for s8/s16/s32; FAIL for anything else.
    private static final int SIGNED = 0x100;

    /** {@code *(T *)}: the type's size code (| SIGNED), or FAIL. */
    private int memType() {
        if (!eat('*') || !eat('(')) {
            return FAIL;
        }
        ws();
        int t = typeWord();
        if (t < 0 || !eat('*') || !eat(')')) {
            return FAIL;
        }
        return t;
    }

    private int typeWord() {
        int st = p;
        int e = word();
        if (e < 0) {
            return FAIL;
        }
        int len = e - st;
        if (len < 2 || len > 3 || (s[st] != 'u' && s[st] != 's')) {
            return FAIL;
        }
        int sign = s[st] == 's' ? SIGNED : 0;
        int code;
        if (len == 2 && s[st + 1] == '8') {
            code = Size.B.code();
        } else if (is(st + 1, e, "16")) {
            code = Size.H.code();
        } else if (is(st + 1, e, "32")) {
            code = Size.W.code();
        } else if (is(st + 1, e, "64") && sign == 0) {
            code = Size.DW.code();
        } else {
            return FAIL;
        }
        return code | sign;
    }

    // The address of the last mem()/memBare(): base register and offset.
    private int base;
    private int off;

    /** {@code (rN +- off)}. */
    private boolean mem() {
        return eat('(') && memBare() && eat(')');
    }

    private boolean memBare() {
        int b = reqReg();
        if (b < 0 || (b & WIDE) == 0) {
            return false;
        }
        ws();
        if (!offset() || !fitsS16()) {
            return false;
        }
        base = b & 0xf;
        off = (int) bits();
        return true;
    }

    /** An optional {@code +- number} after a base register into mag/neg (zero when absent); false when malformed. */
    private boolean offset() {
        mag = 0;
        neg = false;
        if (p < end && (s[p] == '+' || s[p] == '-')) {
            boolean minus = s[p] == '-';
            p++;
            if (!imm()) {
                return false;
            }
            if (minus) {
                negate();
            }
        }
        return true;
    }

    private int load(int d) {
        int t = memType();
        if (t < 0) {
            return FAIL;
        }
        ws();
        boolean wide = (d & WIDE) != 0;
        if (p < end && s[p] == 's') {
            return packet(t, d);
        }
        boolean sx = (t & SIGNED) != 0;
        int size = t & 0xff;
        if (!wide && (sx || size == Size.DW.code())) {
            return FAIL;
        }
        if (!mem()) {
            return FAIL;
        }
        return one(LDX | (sx ? MEMSX : MEM) | size, d & 0xf, base, off, 0);
    }

    private int store() {
        int t = memType();
        if (t < 0 || (t & SIGNED) != 0) {
            return FAIL;
        }
        int size = t & 0xff;
        if (!mem() || !eat('=')) {
            return FAIL;
        }
        ws();
        int sr = reg();
        if (sr >= 0) {
            if ((sr & WIDE) == 0 && size == Size.DW.code()) {
                return FAIL;
            }
            return one(STX | MEM | size, base, sr & 0xf, off, 0);
        }
        if (!imm() || !(size == Size.DW.code() ? fitsS32() : fits32())) {
            return FAIL;
        }
        return one(ST | MEM | size, base, 0, off, (int) bits());
    }

    private int lock() {
        ws();
        int t = memType();
        if (t < 0 || (t & SIGNED) != 0 || ((t & 0xff) != Size.W.code() && (t & 0xff) != Size.DW.code())) {
            return FAIL;
        }
        if (!mem()) {
            return FAIL;
        }
        AtomicOp op;
        if (eat2('+', '=')) {
            op = AtomicOp.ADD;
        } else if (eat2('|', '=')) {
            op = AtomicOp.OR;
        } else if (eat2('&', '=')) {
            op = AtomicOp.AND;
        } else if (eat2('^', '=')) {
            op = AtomicOp.XOR;
        } else {
            return FAIL;
        }
        int sr = reqReg();
        if (sr < 0 || ((t & 0xff) == Size.DW.code() && (sr & WIDE) == 0)) {
            return FAIL;
        }
        return one(STX | ATOMIC | (t & 0xff), base, sr & 0xf, off, op.imm());
    }

    /** {@code ld_pseudo rD, SRC, IMM[, IMM2]}. */
    private int ldPseudo() {
        int d = reqReg();
        if (d < 0 || (d & WIDE) == 0 || !eat(',') || !imm()) {
            return FAIL;
        }
        int src = -1;
        for (PseudoSrc ps : PSEUDO_SOURCES) {
            if (!neg && mag == ps.code()) {
                src = ps.code();
            }
        }
        if (src < 0) {
            return FAIL;
        }
        if (!eat(',') || !imm() || !fits32()) {
            return FAIL;
        }
        int lo = (int) bits();
        int hi = 0;
        if (eat(',')) {
            if (!imm() || !fits32()) {
                return FAIL;
            }
            hi = (int) bits();
        }
        slot0 = slot(LDDW, d & 0xf, src, 0, lo);
        slot1 = slot(0, 0, 0, 0, hi);
        return 2;
    }

    /** {@code r0 = *(uN *)skb[imm]} or {@code skb[rS]}, {@code skb[rS +- imm]}. */
    private int packet(int t, int d) {
        int st = p;
        int e = word();
        if (e < 0 || !is(st, e, "skb") || !eat('[') || d != WIDE || (t & SIGNED) != 0
                || (t & 0xff) == Size.DW.code()) {
            return FAIL;
        }
        int size = t & 0xff;
        ws();
        int sr = reg();
        int slot;
        if (sr < 0) {
            if (!imm() || !fits32()) {
                return FAIL;
            }
            slot = one(LD | ABS | size, 0, 0, 0, (int) bits());
        } else {
            if ((sr & WIDE) == 0) {
                return FAIL;
            }
            ws();
            if (!offset() || !fits32()) {
                return FAIL;
            }
            slot = one(LD | IND | size, 0, sr & 0xf, 0, (int) bits());
        }
        return eat(']') ? slot : FAIL;
    }

    /** {@code rS = atomic_fetch_OP((uN *)(rD + off), rS)}. */
    private int atomicFetch(AtomicOp op, int d) {
        if (!eat('(') || !eat('(')) {
            return FAIL;
        }
        ws();
        int t = typeWord();
        if (t < 0 || !eat('*') || !eat(')')) {
            return FAIL;
        }
        if ((t & SIGNED) != 0 || ((t & 0xff) != Size.W.code() && (t & 0xff) != Size.DW.code())) {
            return FAIL;
        }
        boolean dw = (t & 0xff) == Size.DW.code();
        if (!mem() || !eat(',')) {
            return FAIL;
        }
        int sr = reqReg();
        if (sr < 0 || !eat(')') || sr != d || ((sr & WIDE) != 0) != dw) {
            return FAIL;
        }
        return one(STX | ATOMIC | (t & 0xff), base, sr & 0xf, off, op.imm());
    }

    /** {@code rS = xchg_64(rD + off, rS)}. */
    private int xchg(boolean wide64, int d) {
        if (!eat('(') || !memBare() || !eat(',')) {
            return FAIL;
        }
        int sr = reqReg();
        if (sr < 0 || !eat(')') || sr != d || ((sr & WIDE) != 0) != wide64) {
            return FAIL;
        }
        return one(STX | ATOMIC | (wide64 ? Size.DW : Size.W).code(), base, sr & 0xf, off, AtomicOp.XCHG.imm());
    }

    /** {@code r0 = cmpxchg_64(rD + off, r0, rS)}. */
    private int cmpxchg(boolean wide64, int d) {
        if (!eat('(') || !memBare() || !eat(',')) {
            return FAIL;
        }
        int old = reqReg();
        if (old < 0 || !eat(',')) {
            return FAIL;
        }
        int sr = reqReg();
        if (sr < 0 || !eat(')')) {
            return FAIL;
        }
        int r0 = wide64 ? WIDE : 0;
        if (d != r0 || old != r0 || ((sr & WIDE) != 0) != wide64) {
            return FAIL;
        }
        return one(STX | ATOMIC | (wide64 ? Size.DW : Size.W).code(), base, sr & 0xf, off,
                AtomicOp.CMPXCHG.imm());
    }

    /** goto (0), gotol (1), may_goto (2) with a numeric offset; labels are the grammar's. */
    private int jumpLike(int kind) {
        ws();
        if (p < end && identStart(s[p])) {
            return FAIL;
        }
        if (!imm() || (kind == 1 ? !fitsS32() : !fitsS16())) {
            return FAIL;
        }
        int v = (int) bits();
        return switch (kind) {
            case 0 -> one(JMP | OP_JA, 0, 0, v, 0);
            case 1 -> one(JMP32 | OP_JA, 0, 0, 0, v);
            default -> one(JMP | OP_JCOND, 0, 0, v, 0);
        };
    }

    private int call() {
        ws();
        if (p < end && identStart(s[p])) {
            return FAIL;
        }
        if (!imm() || !fits32()) {
            return FAIL;
        }
        return one(JMP | OP_CALL, 0, 0, 0, (int) bits());
    }

    private int jump() {
        int d = reqReg();
        if (d < 0) {
            return FAIL;
        }
        boolean wide = (d & WIDE) != 0;
        ws();
        JmpOp op = cmpOp();
        if (op == null) {
            return FAIL;
        }
        ws();
        int sr = reg();
        int imm = 0;
        if (sr >= 0) {
            if (((sr & WIDE) != 0) != wide) {
                return FAIL;
            }
        } else {
            if (!imm() || !(wide ? fitsS32() : fits32())) {
                return FAIL;
            }
            imm = (int) bits();
        }
        ws();
        int st = p;
        int e = word();
        if (e < 0 || !is(st, e, "goto")) {
            return FAIL;
        }
        ws();
        if (p < end && identStart(s[p])) {
            return FAIL;
        }
        if (!imm() || !fitsS16()) {
            return FAIL;
        }
        int o = (int) bits();
        int cls = wide ? JMP : JMP32;
        return sr >= 0 ? one(cls | op.code() | X, d & 0xf, sr & 0xf, o, 0) : one(cls | op.code(), d & 0xf, 0, o, imm);
    }

    private JmpOp cmpOp() {
        if (p >= end) {
            return null;
        }
        int q = p;
        boolean signed = false;
        if (s[q] == 's') {
            signed = true;
            q++;
        }
        int st = q;
        while (q < end && isCmpChar(s[q])) {
            q++;
        }
        int len = q - st;
        int a = len > 0 ? s[st] : 0;
        int b = len > 1 ? s[st + 1] : 0;
        JmpOp op = null;
        if (len == 1) {
            op = switch (a) {
                case '&' -> signed ? null : JmpOp.JSET;
                case '>' -> signed ? JmpOp.JSGT : JmpOp.JGT;
                case '<' -> signed ? JmpOp.JSLT : JmpOp.JLT;
                default -> null;
            };
        } else if (len == 2 && b == '=') {
            op = switch (a) {
                case '=' -> signed ? null : JmpOp.JEQ;
                case '!' -> signed ? null : JmpOp.JNE;
                case '>' -> signed ? JmpOp.JSGE : JmpOp.JGE;
                case '<' -> signed ? JmpOp.JSLE : JmpOp.JLE;
                default -> null;
            };
        }
        if (op != null) {
            p = q;
        }
        return op;
    }

    private static boolean isCmpChar(int c) {
        return c == '=' || c == '!' || c == '<' || c == '>' || c == '&';
    }
}
