package dev.bpfj.assembler.internal;

import dev.bpfj.assembler.internal.Ast.Instr;
import dev.bpfj.assembler.internal.Ast.SymKind;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.EndianOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Operand;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A hand-written parser for the common, valid instruction lines, plain labels and the plain
 * forms of {@code .license}, {@code .map} and {@code .program}, for speed (a small file then
 * never starts the ANTLR runtime). It is a partial function: for any line it either returns
 * exactly what {@link LineParser} (the grammar) returns, or null, and then the grammar parses the
 * line. Other directives, verifier-log prefixes, bpfj's extensions and every error go to the
 * grammar. A test holds the two to agreement.
 */
public final class FastLineParser {
    private final String s;
    private int p;
    private final int end;
    private final int base;

    private FastLineParser(String s, int from, int to) {
        this.s = s;
        this.p = from;
        this.end = to;
        this.base = from;
    }

    /** The line {@code text[from, to)}, or null when the grammar must decide. */
    public static Ast.Line parse(String text, int from, int to) {
        try {
            return new FastLineParser(text, from, to).line();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final Set<String> KEYWORDS = Set.of("if", "goto", "gotol", "may_goto", "call", "callx", "exit",
            "ll", "lock", "skb", "pc", "kfunc", "ld_pseudo", "atomic_fetch_add", "atomic_fetch_and", "atomic_fetch_or",
            "atomic_fetch_xor", "xchg_64", "xchg32_32", "cmpxchg_64", "cmpxchg32_32", "be16", "be32", "be64", "le16",
            "le32", "le64", "bswap16", "bswap32", "bswap64", "u8", "u16", "u32", "u64", "s8", "s16", "s32");

    private Ast.Line line() {
        ws();
        if (p >= end) {
            return Ast.Line.EMPTY;
        }
        char c = s.charAt(p);
        if (c == '#' || c == ';' || (c == '/' && p + 1 < end && s.charAt(p + 1) == '/')) {
            return commentOnly() ? Ast.Line.EMPTY : null;
        }
        // Leading "name:" labels, as in any function or branch target.
        List<Ast.LabelDef> labels = List.of();
        while (identStart(c)) {
            int save = p;
            int labelCol = p - base + 1;
            String name = symbol();
            if (name == null || !eat(':')) {
                p = save;
                break;
            }
            if (labels.isEmpty()) {
                labels = new ArrayList<>(2);
            }
            labels.add(new Ast.LabelDef(name, labelCol));
            ws();
            if (p >= end) {
                return new Ast.Line(-1, labels, null);
            }
            c = s.charAt(p);
            if (c == '#' || c == ';' || (c == '/' && p + 1 < end && s.charAt(p + 1) == '/')) {
                return commentOnly() ? new Ast.Line(-1, labels, null) : null;
            }
        }
        int col = p - base + 1;
        Ast.Stmt st = c == '.' ? directive(col) : instruction(c, col);
        if (st == null || !atEnd()) {
            return null;
        }
        return new Ast.Line(-1, labels, st);
    }

    // ---- Directives: .license, .map and .program in their plain forms --------------------------
    // Small files start with them; reading them here keeps the grammar (and the ANTLR runtime's
    // start-up) out of most runs. Anything unusual returns null and goes to the grammar.

    private Ast.Stmt directive(int col) {
        int st = ++p;
        while (p < end && (identPart(s.charAt(p)) || s.charAt(p) == '.')) {
            p++;
        }
        String d = s.substring(st, p);
        if (p < end && !space(s.charAt(p))) {
            return null;
        }
        ws();
        switch (d) {
            case "license": {
                String v = string();
                return v == null ? null : new Ast.LicenseDir(v, col);
            }
            case "map":
            case "program": {
                int nameCol = p - base + 1;
                String name = symbol();
                if (name == null || !spaceOrEnd()) {
                    return null;
                }
                List<Ast.Prop> props = new ArrayList<>(4);
                while (true) {
                    ws();
                    if (p >= end || s.charAt(p) == '#' || s.charAt(p) == ';' || s.charAt(p) == '/') {
                        break;
                    }
                    Ast.Prop prop = property();
                    if (prop == null) {
                        return null;
                    }
                    props.add(prop);
                }
                return d.equals("map") ? new Ast.MapDir(name, nameCol, props) : new Ast.ProgramDir(name, nameCol, props);
            }
            default:
                return null;
        }
    }

    /** {@code key=value} with a plain name, decimal number or string as the value, or null. */
    private Ast.Prop property() {
        int keyCol = p - base + 1;
        String key = symbol();
        if (key == null || !eat('=') || (p < end && s.charAt(p) == '=')) {
            return null;
        }
        ws();
        if (p >= end) {
            return null;
        }
        int valueCol = p - base + 1;
        char c = s.charAt(p);
        String value;
        Num num = null;
        if (c == '"') {
            value = string();
        } else if (c >= '0' && c <= '9') {
            int st = p;
            while (p < end && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                p++;
            }
            if (p - st > 1 && s.charAt(st) == '0') {
                return null; // octal: the grammar's reading
            }
            value = s.substring(st, p);
            num = Num.parse(value, 0, value.length(), false);
            if (num == null) {
                return null;
            }
        } else {
            value = symbol();
        }
        if (value == null || !spaceOrEnd()) {
            return null;
        }
        return new Ast.Prop(key, keyCol, value, valueCol, num);
    }

    /** A name the grammar reads as a symbol (an identifier that is no keyword or register), or null. */
    private String symbol() {
        String w = word();
        if (w == null || KEYWORDS.contains(w) || isReg(w)) {
            return null;
        }
        return w;
    }

    /** A string literal without escapes, unquoted, or null. */
    private String string() {
        if (p >= end || s.charAt(p) != '"') {
            return null;
        }
        int st = ++p;
        while (p < end && s.charAt(p) != '"') {
            char c = s.charAt(p);
            if (c == '\\' || c == '\r' || c == '\n') {
                return null;
            }
            p++;
        }
        if (p >= end) {
            return null;
        }
        return s.substring(st, p++);
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private boolean spaceOrEnd() {
        return p >= end || space(s.charAt(p));
    }

    private Instr instruction(char c, int col) {
        if (c == '*') {
            return store(col);
        }
        if (c == 'r' || c == 'w' || c == 'R' || c == 'W') {
            int save = p;
            int r = reg();
            if (r >= 0) {
                return regFirst(r, col);
            }
            p = save;
        }
        String w = word();
        if (w == null) {
            return null;
        }
        switch (w) {
            case "exit":
                return Instr.plain(new Insn.Exit(), col);
            case "goto":
                return jumpLike(0, col);
            case "gotol":
                return jumpLike(1, col);
            case "may_goto":
                return jumpLike(2, col);
            case "callx": {
                ws();
                int r = reg();
                if (r < 0 || (r & WIDE) == 0) {
                    return null;
                }
                return Instr.plain(new Insn.Callx(Reg.of(r & 0xf)), col);
            }
            case "call":
                return call(col);
            case "if":
                return jump(col);
            case "lock":
                return lock(col);
            case "ld_pseudo":
                return ldPseudo(col);
            default:
                return null;
        }
    }

    // ---- Lexing helpers ----------------------------------------------------------------------

    private static final int WIDE = 0x100;

    private void ws() {
        while (p < end) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
                p++;
            } else {
                break;
            }
        }
    }

    private boolean atEnd() {
        ws();
        if (p >= end) {
            return true;
        }
        char c = s.charAt(p);
        return (c == '#' || c == ';' || (c == '/' && p + 1 < end && s.charAt(p + 1) == '/')) && commentOnly();
    }

    /** A line comment at p runs to the end of the line unless a carriage return cuts it short. */
    private boolean commentOnly() {
        for (int i = p; i < end; i++) {
            if (s.charAt(i) == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean identStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean identPart(char c) {
        return identStart(c) || (c >= '0' && c <= '9');
    }

    /** A following character that would glue onto the previous token (or start a helper ref). */
    private boolean glued() {
        if (p >= end) {
            return false;
        }
        char c = s.charAt(p);
        return identPart(c) || c == '#' || c == '.';
    }

    /** {@code rN}/{@code wN} with N in 0..10: number | WIDE for r; -1 when not a register. */
    private int reg() {
        if (p + 1 >= end) {
            return -1;
        }
        char c = s.charAt(p);
        boolean wide;
        if (c == 'r' || c == 'R') {
            wide = true;
        } else if (c == 'w' || c == 'W') {
            wide = false;
        } else {
            return -1;
        }
        int q = p + 1;
        int n = 0;
        int digits = 0;
        while (q < end && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
            n = n * 10 + (s.charAt(q) - '0');
            q++;
            if (++digits > 2) {
                return -1;
            }
        }
        if (digits == 0 || n > 10) {
            return -1;
        }
        int save = p;
        p = q;
        if (glued()) {
            p = save;
            return -1;
        }
        return n | (wide ? WIDE : 0);
    }

    /** A lower-case keyword or identifier (no dots), or null. */
    private String word() {
        if (p >= end || !identStart(s.charAt(p))) {
            return null;
        }
        int st = p;
        while (p < end && identPart(s.charAt(p))) {
            p++;
        }
        if (p < end && (s.charAt(p) == '#' || s.charAt(p) == '.')) {
            return null;
        }
        return s.substring(st, p);
    }

    private boolean eat(char c) {
        ws();
        if (p < end && s.charAt(p) == c) {
            p++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw new IllegalStateException();
        }
    }

    private boolean eat(String t) {
        ws();
        if (s.startsWith(t, p) && p + t.length() <= end) {
            p += t.length();
            return true;
        }
        return false;
    }

    /** {@code [+-]? number}. */
    private Num imm() {
        ws();
        boolean neg = false;
        if (p < end && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
            neg = s.charAt(p) == '-';
            p++;
            ws();
        }
        return number(neg);
    }

    private Num number(boolean neg) {
        int st = p;
        if (p >= end || s.charAt(p) < '0' || s.charAt(p) > '9') {
            throw new IllegalStateException();
        }
        if (s.charAt(p) == '0' && p + 1 < end && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')) {
            p += 2;
            while (p < end && Character.digit(s.charAt(p), 16) >= 0) {
                p++;
            }
        } else if (s.charAt(p) == '0' && p + 1 < end && (s.charAt(p + 1) == 'b' || s.charAt(p + 1) == 'B')) {
            return null;
        } else {
            while (p < end && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                p++;
            }
        }
        if (glued()) {
            throw new IllegalStateException();
        }
        Num n = Num.parse(s, st, p, neg);
        if (n == null) {
            throw new IllegalStateException();
        }
        return n;
    }

    private int reqReg() {
        ws();
        int r = reg();
        if (r < 0) {
            throw new IllegalStateException();
        }
        return r;
    }

    // ---- Forms --------------------------------------------------------------------------------

    private Instr regFirst(int d, int col) {
        ws();
        if (p >= end) {
            return null;
        }
        boolean wide = (d & WIDE) != 0;
        Reg dst = Reg.of(d & 0xf);
        AluOp op = aluOp();
        if (op == null) {
            return null;
        }
        ws();
        if (op != AluOp.MOV) {
            return aluOperand(wide, op, dst, col);
        }
        char c = p < end ? s.charAt(p) : 0;
        if (c == '*') {
            return load(d, col);
        }
        if (c == '(') {
            // (s8)rS
            p++;
            String t = word();
            if (t == null || !eat(')')) {
                return null;
            }
            AluOp sx = switch (t) {
                case "s8" -> AluOp.MOVSX8;
                case "s16" -> AluOp.MOVSX16;
                case "s32" -> wide ? AluOp.MOVSX32 : null;
                default -> null;
            };
            int sr = reqReg();
            if (sx == null || ((sr & WIDE) != 0) != wide) {
                return null;
            }
            return Instr.plain(new Insn.Alu(wide, sx, dst, Reg.of(sr & 0xf)), col);
        }
        if (c == '-') {
            int save = p;
            p++;
            ws();
            int sr = reg();
            if (sr >= 0) {
                if (sr != d) {
                    return null;
                }
                return Instr.plain(new Insn.Neg(wide, dst), col);
            }
            p = save;
        }
        if (identStart(c)) {
            int save = p;
            int sr = reg();
            if (sr >= 0) {
                if (((sr & WIDE) != 0) != wide) {
                    return null;
                }
                return Instr.plain(new Insn.Alu(wide, AluOp.MOV, dst, Reg.of(sr & 0xf)), col);
            }
            p = save;
            int symCol = p - base + 1;
            String w = word();
            if (w == null) {
                return null;
            }
            if (w.length() >= 4 && (w.startsWith("be") || w.startsWith("le") || w.startsWith("bswap"))) {
                EndianOp eo = w.startsWith("be") ? EndianOp.BE : w.startsWith("le") ? EndianOp.LE : EndianOp.BSWAP;
                String bits = w.substring(eo == EndianOp.BSWAP ? 5 : 2);
                if (!bits.equals("16") && !bits.equals("32") && !bits.equals("64")) {
                    return null;
                }
                int sr2 = reqReg();
                if (!wide || sr2 != d) {
                    return null;
                }
                return Instr.plain(new Insn.Endian(eo, Integer.parseInt(bits), dst), col);
            }
            switch (w) {
                case "atomic_fetch_add", "atomic_fetch_and", "atomic_fetch_or", "atomic_fetch_xor":
                    return atomicFetch(w, d, col);
                case "xchg_64", "xchg32_32":
                    return xchg(w.equals("xchg_64"), d, col);
                case "cmpxchg_64", "cmpxchg32_32":
                    return cmpxchg(w.equals("cmpxchg_64"), d, col);
                default:
                    break;
            }
            if (KEYWORDS.contains(w) || isReg(w) || !wide) {
                return null;
            }
            // rN = MAP ll
            ws();
            if (!eat("ll") || glued()) {
                return null;
            }
            return new Instr(new Insn.LoadImm64(dst, PseudoSrc.MAP_FD, 0), col, SymKind.MAP, w, symCol, -1);
        }
        Num v = imm();
        int save = p;
        ws();
        if (eat("ll")) {
            if (glued() || !wide || !v.fits64()) {
                return null;
            }
            return Instr.plain(new Insn.LoadImm64(dst, PseudoSrc.NONE, v.bits()), col);
        }
        p = save;
        if (!(wide ? v.fitsS32() : v.fits32())) {
            return null;
        }
        return Instr.plain(new Insn.Alu(wide, AluOp.MOV, dst, new Imm((int) v.bits())), col);
    }

    private Instr aluOperand(boolean wide, AluOp op, Reg dst, int col) {
        int sr = reg();
        if (sr >= 0) {
            if (((sr & WIDE) != 0) != wide) {
                return null;
            }
            return Instr.plain(new Insn.Alu(wide, op, dst, Reg.of(sr & 0xf)), col);
        }
        Num v = imm();
        if (!(wide ? v.fitsS32() : v.fits32())) {
            return null;
        }
        return Instr.plain(new Insn.Alu(wide, op, dst, new Imm((int) v.bits())), col);
    }

    /** The assignment operator at p; null when none. */
    private AluOp aluOp() {
        char c = s.charAt(p);
        if (c == '=') {
            if (p + 1 < end && s.charAt(p + 1) == '=') {
                return null;
            }
            p++;
            return AluOp.MOV;
        }
        if (c == 's') {
            if (eat("s>>=")) {
                return AluOp.ARSH;
            }
            if (eat("s/=")) {
                return AluOp.SDIV;
            }
            if (eat("s%=")) {
                return AluOp.SMOD;
            }
            return null;
        }
        if (eat("<<=")) {
            return AluOp.LSH;
        }
        if (eat(">>=")) {
            return AluOp.RSH;
        }
        if (p + 1 >= end || s.charAt(p + 1) != '=') {
            return null;
        }
        AluOp op = LineEncoder.compoundAssignOp(c);
        if (op != null) {
            p += 2;
        }
        return op;
    }

    /** {@code *(T *)}: returns the type word. */
    private String memType() {
        if (!eat('*') || !eat('(')) {
            throw new IllegalStateException();
        }
        ws();
        String t = word();
        if (t == null || !eat('*') || !eat(')')) {
            throw new IllegalStateException();
        }
        return t;
    }

    private static Size size(String t) {
        return switch (t) {
            case "u8", "s8" -> Size.B;
            case "u16", "s16" -> Size.H;
            case "u32", "s32" -> Size.W;
            case "u64" -> Size.DW;
            default -> throw new IllegalStateException();
        };
    }

    /** {@code (rN +- off)} as {base, off}; base must be a 64-bit register. */
    private int[] mem() {
        expect('(');
        int[] a = memBare();
        expect(')');
        return a;
    }

    private int[] memBare() {
        int b = reqReg();
        if ((b & WIDE) == 0) {
            throw new IllegalStateException();
        }
        ws();
        Num off = offset();
        if (!off.fitsS16()) {
            throw new IllegalStateException();
        }
        return new int[] {b & 0xf, (int) off.bits()};
    }

    /** An optional {@code +- number} after a base register; zero when there is none. */
    private Num offset() {
        if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            boolean minus = s.charAt(p) == '-';
            p++;
            Num v = imm();
            return minus ? v.negate() : v;
        }
        return ZERO;
    }

    private static final Num ZERO = new Num(0, false);

    private Instr load(int d, int col) {
        String t = memType();
        ws();
        boolean wide = (d & WIDE) != 0;
        if (p < end && s.charAt(p) == 's') {
            return packet(t, d, col);
        }
        boolean sx = t.charAt(0) == 's';
        Size size = size(t);
        if (!wide && (sx || size == Size.DW)) {
            return null;
        }
        int[] a = mem();
        return Instr.plain(new Insn.Load(size, sx, Reg.of(d & 0xf), Reg.of(a[0]), a[1]), col);
    }

    private Instr store(int col) {
        String t = memType();
        if (t.charAt(0) != 'u') {
            return null;
        }
        Size size = size(t);
        int[] a = mem();
        expect('=');
        ws();
        int sr = reg();
        if (sr >= 0) {
            if ((sr & WIDE) == 0 && size == Size.DW) {
                return null;
            }
            return Instr.plain(new Insn.StoreReg(size, Reg.of(a[0]), a[1], Reg.of(sr & 0xf)), col);
        }
        Num v = imm();
        if (!(size == Size.DW ? v.fitsS32() : v.fits32())) {
            return null;
        }
        return Instr.plain(new Insn.Store(size, Reg.of(a[0]), a[1], (int) v.bits()), col);
    }

    private Instr lock(int col) {
        ws();
        String t = memType();
        if (!t.equals("u32") && !t.equals("u64")) {
            return null;
        }
        Size size = size(t);
        int[] a = mem();
        ws();
        AtomicOp op;
        if (eat("+=")) {
            op = AtomicOp.ADD;
        } else if (eat("|=")) {
            op = AtomicOp.OR;
        } else if (eat("&=")) {
            op = AtomicOp.AND;
        } else if (eat("^=")) {
            op = AtomicOp.XOR;
        } else {
            return null;
        }
        int sr = reqReg();
        if (size == Size.DW && (sr & WIDE) == 0) {
            return null;
        }
        return Instr.plain(new Insn.Atomic(size, op, Reg.of(a[0]), a[1], Reg.of(sr & 0xf)), col);
    }

    /** {@code ld_pseudo rD, SRC, IMM[, IMM2]}. */
    private Instr ldPseudo(int col) {
        int d = reqReg();
        if ((d & WIDE) == 0) {
            return null;
        }
        expect(',');
        Num src = imm();
        if (src.negative() || Long.compareUnsigned(src.magnitude(), PseudoSrc.values().length) >= 0) {
            return null;
        }
        PseudoSrc ps = null;
        for (PseudoSrc x : PseudoSrc.values()) {
            if (x.code() == src.magnitude()) {
                ps = x;
            }
        }
        expect(',');
        Num lo = imm();
        long hi = 0;
        if (eat(',')) {
            Num h = imm();
            if (!h.fits32()) {
                return null;
            }
            hi = (int) h.bits();
        }
        if (ps == null || !lo.fits32()) {
            return null;
        }
        return Instr.plain(new Insn.LoadImm64(Reg.of(d & 0xf), ps, (lo.bits() & 0xffffffffL) | hi << 32), col);
    }

    /** {@code r0 = *(uN *)skb[imm]} or {@code skb[rS]}, {@code skb[rS +- imm]}. */
    private Instr packet(String t, int d, int col) {
        if (!"skb".equals(word()) || !eat('[') || d != (WIDE | 0) || t.charAt(0) != 'u') {
            return null;
        }
        Size size = size(t);
        if (size == Size.DW) {
            return null;
        }
        ws();
        int sr = reg();
        Insn insn;
        if (sr < 0) {
            Num v = imm();
            if (!v.fits32()) {
                return null;
            }
            insn = new Insn.LoadAbs(size, (int) v.bits());
        } else {
            if ((sr & WIDE) == 0) {
                return null;
            }
            ws();
            Num off = offset();
            if (!off.fits32()) {
                return null;
            }
            insn = new Insn.LoadInd(size, Reg.of(sr & 0xf), (int) off.bits());
        }
        expect(']');
        return Instr.plain(insn, col);
    }

    /** {@code rS = atomic_fetch_OP((uN *)(rD + off), rS)}. */
    private Instr atomicFetch(String w, int d, int col) {
        expect('(');
        expect('(');
        ws();
        String t = word();
        if (t == null || !eat('*') || !eat(')')) {
            return null;
        }
        if (!t.equals("u32") && !t.equals("u64")) {
            return null;
        }
        Size size = size(t);
        int[] a = mem();
        expect(',');
        int sr = reqReg();
        expect(')');
        if (sr != d || ((sr & WIDE) != 0) != (size == Size.DW)) {
            return null;
        }
        AtomicOp op = switch (w) {
            case "atomic_fetch_add" -> AtomicOp.FETCH_ADD;
            case "atomic_fetch_and" -> AtomicOp.FETCH_AND;
            case "atomic_fetch_or" -> AtomicOp.FETCH_OR;
            default -> AtomicOp.FETCH_XOR;
        };
        return Instr.plain(new Insn.Atomic(size, op, Reg.of(a[0]), a[1], Reg.of(sr & 0xf)), col);
    }

    /** {@code rS = xchg_64(rD + off, rS)}. */
    private Instr xchg(boolean wide64, int d, int col) {
        expect('(');
        int[] a = memBare();
        expect(',');
        int sr = reqReg();
        expect(')');
        if (sr != d || ((sr & WIDE) != 0) != wide64) {
            return null;
        }
        return Instr.plain(new Insn.Atomic(wide64 ? Size.DW : Size.W, AtomicOp.XCHG, Reg.of(a[0]), a[1],
                Reg.of(sr & 0xf)), col);
    }

    /** {@code r0 = cmpxchg_64(rD + off, r0, rS)}. */
    private Instr cmpxchg(boolean wide64, int d, int col) {
        expect('(');
        int[] a = memBare();
        expect(',');
        int old = reqReg();
        expect(',');
        int sr = reqReg();
        expect(')');
        int r0 = wide64 ? WIDE : 0;
        if (d != r0 || old != r0 || ((sr & WIDE) != 0) != wide64) {
            return null;
        }
        return Instr.plain(new Insn.Atomic(wide64 ? Size.DW : Size.W, AtomicOp.CMPXCHG, Reg.of(a[0]), a[1],
                Reg.of(sr & 0xf)), col);
    }

    /** goto (0), gotol (1), may_goto (2). */
    private Instr jumpLike(int kind, int col) {
        ws();
        if (p < end && identStart(s.charAt(p))) {
            int symCol = p - base + 1;
            String w = word();
            if (w == null || KEYWORDS.contains(w) || isReg(w)) {
                return null;
            }
            Target t = Target.label(w);
            Insn insn = kind == 0 ? new Insn.Ja(t) : kind == 1 ? new Insn.JaLong(t) : new Insn.MayGoto(t);
            return new Instr(insn, col, SymKind.LABEL, w, symCol, -1);
        }
        Num v = imm();
        if (kind == 1 ? !v.fitsS32() : !v.fitsS16()) {
            return null;
        }
        Target t = Target.offset((int) v.bits());
        return Instr.plain(kind == 0 ? new Insn.Ja(t) : kind == 1 ? new Insn.JaLong(t) : new Insn.MayGoto(t), col);
    }

    private static boolean isReg(String w) {
        if (w.length() < 2) {
            return false;
        }
        char c = w.charAt(0);
        if (c != 'r' && c != 'w' && c != 'R' && c != 'W') {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Instr call(int col) {
        ws();
        if (p < end && identStart(s.charAt(p))) {
            int symCol = p - base + 1;
            String w = word();
            if (w == null || KEYWORDS.contains(w) || isReg(w)) {
                return null;
            }
            return new Instr(new Insn.CallLocal(Target.label(w)), col, SymKind.CALL, w, symCol, -1);
        }
        Num v = imm();
        if (!v.fits32()) {
            return null;
        }
        return Instr.plain(new Insn.Call((int) v.bits()), col);
    }

    private Instr jump(int col) {
        int d = reqReg();
        boolean wide = (d & WIDE) != 0;
        ws();
        JmpOp op = cmpOp();
        if (op == null) {
            return null;
        }
        ws();
        Operand src;
        int sr = reg();
        if (sr >= 0) {
            if (((sr & WIDE) != 0) != wide) {
                return null;
            }
            src = Reg.of(sr & 0xf);
        } else {
            Num v = imm();
            if (!(wide ? v.fitsS32() : v.fits32())) {
                return null;
            }
            src = new Imm((int) v.bits());
        }
        ws();
        if (!"goto".equals(word())) {
            return null;
        }
        Instr t = jumpLike(0, col);
        if (t == null) {
            return null;
        }
        Target target = ((Insn.Ja) t.insn()).target();
        return new Instr(new Insn.Jump(!wide, op, Reg.of(d & 0xf), src, target), col, t.kind(), t.symbol(),
                t.symCol(), -1);
    }

    private JmpOp cmpOp() {
        if (p >= end) {
            return null;
        }
        int q = p;
        boolean signed = false;
        if (s.charAt(q) == 's') {
            signed = true;
            q++;
        }
        int st = q;
        while (q < end && "=!<>&".indexOf(s.charAt(q)) >= 0) {
            q++;
        }
        String o = s.substring(st, q);
        JmpOp op = switch (o) {
            case "==" -> signed ? null : JmpOp.JEQ;
            case "!=" -> signed ? null : JmpOp.JNE;
            case "&" -> signed ? null : JmpOp.JSET;
            case ">" -> signed ? JmpOp.JSGT : JmpOp.JGT;
            case ">=" -> signed ? JmpOp.JSGE : JmpOp.JGE;
            case "<" -> signed ? JmpOp.JSLT : JmpOp.JLT;
            case "<=" -> signed ? JmpOp.JSLE : JmpOp.JLE;
            default -> null;
        };
        if (op != null) {
            p = q;
        }
        return op;
    }
}
