package dev.bpfj.assembler.internal;

import dev.bpfj.assembler.internal.Ast.Instr;
import dev.bpfj.assembler.internal.Ast.LabelDef;
import dev.bpfj.assembler.internal.Ast.Prop;
import dev.bpfj.assembler.internal.Ast.Stmt;
import dev.bpfj.assembler.internal.Ast.SymKind;
import dev.bpfj.assembler.internal.BpfAsmParser.*;
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
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses one line with the ANTLR grammar and turns the tree into an {@link Ast.Line}, checking
 * operand ranges and register widths. One instance is reused for many lines (not thread-safe):
 * the lexer and parser are built once and re-pointed at each line.
 */
public final class LineParser {
    /** The first problem found on a line. */
    public record Error(int col, String message) {
    }

    /** Either a line or an error. */
    public record Result(Ast.Line line, Error error) {
    }

    private final BpfAsmLexer lexer = new BpfAsmLexer(CharStreams.fromString(""));
    private final CommonTokenStream tokens = new CommonTokenStream(lexer);
    private final BpfAsmParser parser = new BpfAsmParser(tokens);
    private final Listener listener = new Listener();
    private int opcodeHint;

    /** Thrown inside the tree walk for the line's first semantic error. */
    private static final class LineError extends RuntimeException {
        final int col;

        LineError(int col, String message) {
            super(message, null, false, false);
            this.col = col;
        }
    }

    public LineParser() {
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
    }

    public Result parse(String text) {
        try {
            return parseUnchecked(text);
        } catch (LineError e) {
            return new Result(null, new Error(e.col, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of this class must still come out as a located diagnostic.
            return new Result(null, new Error(1, "cannot parse this line (" + e + ")"));
        }
    }

    private Result parseUnchecked(String text) {
        lexer.setInputStream(CharStreams.fromString(text));
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
        // Stage 1: SLL prediction, bail out at the first error; stage 2 (full LL, error
        // reporting) runs only for lines stage 1 could not parse.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        LineContext tree;
        try {
            tree = parser.line();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            listener.error = null;
            parser.addErrorListener(listener);
            try {
                tree = parser.line();
            } finally {
                parser.removeErrorListeners();
            }
            if (listener.error != null) {
                return new Result(null, listener.error);
            }
        }
        return new Result(line(tree), null);
    }

    /** Keeps the first syntax error of the line, worded for people. */
    private final class Listener extends BaseErrorListener {
        Error error;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col,
                                String msg, RecognitionException e) {
            if (error != null) {
                return;
            }
            Token t = offendingSymbol instanceof Token tok ? tok : null;
            describedAt = null;
            String message = describe(t, e);
            // Some messages point at the word they are about rather than where parsing stopped.
            int at = describedAt != null ? describedAt.getCharPositionInLine() + 1 : col + 1;
            error = new Error(at, message);
        }
    }

    private Token describedAt;

    private String describe(Token t, RecognitionException e) {
        String found = t == null || t.getType() == Token.EOF ? "end of line" : "'" + t.getText() + "'";
        tokens.fill();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).getText();
            if (w.equals("load_acquire") || w.equals("store_release")) {
                describedAt = tokens.get(i);
                return w + " is not supported: bpfj's instruction model has no load-acquire/store-release yet";
            }
        }
        // A line that starts with an unknown word is an unknown instruction, not a token puzzle.
        Token first = tokens.get(0);
        if (t != null && first.getType() == BpfAsmLexer.IDENT && (t.getTokenIndex() <= 1)) {
            Token second = tokens.size() > 1 ? tokens.get(1) : null;
            if (second == null || second.getType() != BpfAsmLexer.COLON) {
                describedAt = first;
                return "unknown instruction '" + first.getText() + "'";
            }
        }
        if (t != null && t.getType() == BpfAsmLexer.DOTIDENT && t.getTokenIndex() == 0) {
            describedAt = t;
            return "unknown directive '" + t.getText() + "'";
        }
        IntervalSet expected = null;
        try {
            if (e instanceof InputMismatchException || e == null) {
                expected = parser.getExpectedTokens();
            } else if (e instanceof NoViableAltException) {
                expected = e.getExpectedTokens();
            }
        } catch (RuntimeException ignored) {
            expected = null;
        }
        String exp = expected == null ? null : describeExpected(expected);
        return exp == null ? "unexpected " + found : "unexpected " + found + ", expected " + exp;
    }

    private static String describeExpected(IntervalSet set) {
        Vocabulary v = BpfAsmParser.VOCABULARY;
        List<String> names = new ArrayList<>();
        for (int type : set.toList()) {
            String n = switch (type) {
                case Token.EOF -> "end of line";
                case BpfAsmLexer.REG -> "a register";
                case BpfAsmLexer.INT, BpfAsmLexer.HEX, BpfAsmLexer.BIN -> "a number";
                case BpfAsmLexer.IDENT, BpfAsmLexer.DOTIDENT -> "a name";
                case BpfAsmLexer.STRING -> "a string";
                case BpfAsmLexer.UTYPE -> "u8, u16, u32 or u64";
                case BpfAsmLexer.STYPE -> "s8, s16 or s32";
                case BpfAsmLexer.ENDIAN -> "be16/le16/bswap16 (or 32, 64)";
                case BpfAsmLexer.HELPER_REF -> "a helper (name#id)";
                default -> v.getLiteralName(type) != null ? v.getLiteralName(type) : v.getDisplayName(type);
            };
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        if (names.isEmpty() || names.size() > 8) {
            return null;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    // ---- Tree to Ast ------------------------------------------------------------------------------

    private Ast.Line line(LineContext c) {
        opcodeHint = -1;
        if (c.OPCODE_HINT() != null) {
            String h = c.OPCODE_HINT().getText();
            opcodeHint = Integer.parseInt(h.substring(1, 3), 16);
        }
        List<LabelDef> labels = List.of();
        if (!c.labelDef().isEmpty()) {
            labels = new ArrayList<>(c.labelDef().size());
            for (LabelDefContext l : c.labelDef()) {
                labels.add(new LabelDef(l.symbol().getText(), col(l.symbol())));
            }
        }
        Stmt stmt = null;
        if (c.statement() != null) {
            stmt = c.statement().instruction() != null ? instruction(c.statement().instruction())
                    : directive(c.statement().directive());
        }
        if (opcodeHint < 0 && labels.isEmpty() && stmt == null) {
            return Ast.Line.EMPTY;
        }
        return new Ast.Line(opcodeHint, labels, stmt);
    }

    private static int col(ParserRuleContext c) {
        return c.getStart().getCharPositionInLine() + 1;
    }

    private static int col(Token t) {
        return t.getCharPositionInLine() + 1;
    }

    private static int col(TerminalNode n) {
        return col(n.getSymbol());
    }

    private static LineError error(Token at, String message) {
        return new LineError(col(at), message);
    }

    private static LineError error(ParserRuleContext at, String message) {
        return new LineError(col(at), message);
    }

    /** A register token with its width: {@code wide} is false for {@code wN}. */
    private record R(Reg reg, boolean wide, Token tok) {
        String name() {
            return reg.name(wide);
        }
    }

    private static R reg(Token t) {
        String s = t.getText();
        boolean wide = s.charAt(0) == 'r' || s.charAt(0) == 'R';
        int n;
        try {
            n = Integer.parseInt(s, 1, s.length(), 10);
        } catch (NumberFormatException e) {
            n = Integer.MAX_VALUE;
        }
        if (n > 10) {
            throw error(t, "no register " + s + ": registers are r0..r10 (w0..w10 for their low 32 bits)"
                    + (n == 11 ? "; r11 exists only inside the kernel" : ""));
        }
        return new R(Reg.of(n), wide, t);
    }

    private static R reg64(Token t, String what) {
        R r = reg(t);
        if (!r.wide) {
            throw error(t, what + " must be a 64-bit register: r" + r.reg.number() + ", not " + s(t));
        }
        return r;
    }

    private static String s(Token t) {
        return t.getText();
    }

    private static void sameWidth(R dst, R src) {
        if (dst.wide != src.wide) {
            throw error(src.tok, "register widths differ: " + dst.name() + " with " + src.tok.getText()
                    + " (write " + src.reg.name(dst.wide) + ")");
        }
    }

    private static Num num(ImmContext c) {
        NumberContext n = c.number();
        String t = n.getText();
        boolean neg = c.sign != null && c.sign.getType() == BpfAsmLexer.MINUS;
        Num v = Num.parse(t, 0, t.length(), neg);
        if (v == null) {
            // The lexer admits only digits of the radix, except 8 and 9 after an octal 0.
            boolean octal = t.length() > 1 && t.charAt(0) == '0' && Character.isDigit(t.charAt(1));
            throw error(n, octal && t.chars().anyMatch(ch -> ch == '8' || ch == '9')
                    ? "malformed number " + t + ": a leading 0 means octal"
                    : "number " + t + " does not fit in 64 bits");
        }
        return v;
    }

    /** The immediate of an operation on {@code wide} (64-bit) or 32-bit registers. */
    private static int aluImm(ImmContext c, boolean wide) {
        Num v = num(c);
        if (wide && !v.fitsS32()) {
            throw error(c, "immediate " + c.getText() + " does not fit in a signed 32-bit field (it would be"
                    + " sign-extended to " + (int) v.bits() + "); for a 64-bit constant write 'rN = "
                    + c.getText() + " ll'");
        }
        if (!wide && !v.fits32()) {
            throw error(c, "immediate " + c.getText() + " does not fit in 32 bits");
        }
        return (int) v.bits();
    }

    private static int imm32(ImmContext c, String what) {
        Num v = num(c);
        if (!v.fits32()) {
            throw error(c, what + " " + c.getText() + " does not fit in 32 bits");
        }
        return (int) v.bits();
    }

    private static int off16(Num v, ParserRuleContext at, String what) {
        if (!v.fitsS16()) {
            throw error(at, what + " " + v + " does not fit in 16 bits (-32768..32767)");
        }
        return (int) v.bits();
    }

    private static Size size(MemTypeContext c) {
        String t = c.getText();
        return Size.ofBytes(Integer.parseInt(t.substring(1)) / 8);
    }

    private static boolean signed(MemTypeContext c) {
        return c.STYPE() != null;
    }

    /** Base register and offset of {@code (rN + off)}. */
    private record Addr(Reg base, int off) {
    }

    private static Addr addr(MemBareContext c) {
        R base = reg64(c.REG().getSymbol(), "an address's base register");
        int off = 0;
        if (c.imm() != null) {
            Num v = num(c.imm());
            if (c.sign.getType() == BpfAsmLexer.MINUS) {
                v = v.negate();
            }
            off = off16(v, c.imm(), "offset");
        }
        return new Addr(base.reg, off);
    }

    private static Target target(TargetContext c, int bits) {
        if (c.symbol() != null) {
            return Target.label(c.symbol().getText());
        }
        Num v = num(c.imm());
        if (bits == 16) {
            return Target.offset(off16(v, c.imm(), "jump offset"));
        }
        if (!v.fitsS32()) {
            throw error(c.imm(), "jump offset " + v + " does not fit in 32 bits");
        }
        return Target.offset((int) v.bits());
    }

    private Instr withTarget(Insn insn, int col, TargetContext t) {
        if (t.symbol() != null) {
            return new Instr(insn, col, SymKind.LABEL, t.symbol().getText(), col(t.symbol()), -1);
        }
        return Instr.plain(insn, col);
    }

    private Instr instruction(InstructionContext ic) {
        int col = col(ic);
        return switch (ic) {
            case LdImm64Context c -> {
                R d = reg64(c.dst, "the destination of a 64-bit immediate load");
                Num v = num(c.imm());
                if (!v.fits64()) {
                    throw error(c.imm(), "immediate " + c.imm().getText() + " does not fit in 64 bits");
                }
                yield Instr.plain(new Insn.LoadImm64(d.reg, PseudoSrc.NONE, v.bits()), col);
            }
            case LdMapContext c -> {
                R d = reg64(c.dst, "the destination of a map reference");
                yield new Instr(new Insn.LoadImm64(d.reg, PseudoSrc.MAP_FD, 0), col, SymKind.MAP,
                        c.symbol().getText(), col(c.symbol()), -1);
            }
            case LdPseudoContext c -> {
                R d = reg64(c.dst, "the destination of ld_pseudo");
                Num srcNum = num(c.imm(0));
                PseudoSrc src = null;
                for (PseudoSrc p : PseudoSrc.values()) {
                    if (!srcNum.negative() && srcNum.magnitude() == p.code()) {
                        src = p;
                    }
                }
                if (src == null) {
                    throw error(c.imm(0), "unknown ld_imm64 pseudo source " + srcNum
                            + " (0 plain, 1 map fd, 2 map value, 3 BTF id, 4 func, 5 map index, 6 map index value)");
                }
                long lo = imm32(c.imm(1), "immediate") & 0xffffffffL;
                long hi = c.imm().size() > 2 ? imm32(c.imm(2), "second immediate") : 0;
                yield Instr.plain(new Insn.LoadImm64(d.reg, src, lo | hi << 32), col);
            }
            case NegContext c -> {
                R d = reg(c.dst);
                R s = reg(c.src);
                sameWidth(d, s);
                if (d.reg != s.reg) {
                    throw error(c.src, "negation works in place: write " + d.name() + " = -" + d.name());
                }
                yield Instr.plain(new Insn.Neg(d.wide, d.reg), col);
            }
            case EndianContext c -> {
                R d = reg64(c.dst, "a byte swap's register");
                R s = reg64(c.src, "a byte swap's register");
                if (d.reg != s.reg) {
                    throw error(c.src, "byte swaps work in place: write " + d.name() + " = " + c.ENDIAN().getText()
                            + " " + d.name());
                }
                String e = c.ENDIAN().getText();
                EndianOp op = e.startsWith("be") ? EndianOp.BE : e.startsWith("le") ? EndianOp.LE : EndianOp.BSWAP;
                int bits = Integer.parseInt(e.substring(e.length() - 2));
                yield Instr.plain(new Insn.Endian(op, bits, d.reg), col);
            }
            case MovsxContext c -> {
                R d = reg(c.dst);
                R s = reg(c.src);
                sameWidth(d, s);
                int bits = Integer.parseInt(c.STYPE().getText().substring(1));
                AluOp op = bits == 8 ? AluOp.MOVSX8 : bits == 16 ? AluOp.MOVSX16 : AluOp.MOVSX32;
                if (!d.wide && op == AluOp.MOVSX32) {
                    throw error(c.STYPE().getSymbol(), "(s32) moves exist only for 64-bit registers");
                }
                yield Instr.plain(new Insn.Alu(d.wide, op, d.reg, s.reg), col);
            }
            case LdPacketContext c -> {
                R d = reg64(c.dst, "a legacy packet load's destination");
                if (d.reg != Reg.R0) {
                    throw error(c.dst, "legacy packet loads always load into r0");
                }
                Size size = size(c.memType());
                if (signed(c.memType()) || size == Size.DW) {
                    throw error(c.memType(), "legacy packet loads read u8, u16 or u32");
                }
                SkbAddrContext a = c.skbAddr();
                if (a.REG() == null) {
                    yield Instr.plain(new Insn.LoadAbs(size, imm32(a.imm(), "packet offset")), col);
                }
                R s = reg64(a.REG().getSymbol(), "a legacy packet load's index register");
                int imm = 0;
                if (a.imm() != null) {
                    Num v = num(a.imm());
                    if (a.sign.getType() == BpfAsmLexer.MINUS) {
                        v = v.negate();
                    }
                    if (!v.fits32()) {
                        throw error(a.imm(), "packet offset " + v + " does not fit in 32 bits");
                    }
                    imm = (int) v.bits();
                }
                yield Instr.plain(new Insn.LoadInd(size, s.reg, imm), col);
            }
            case LoadContext c -> {
                R d = reg(c.dst);
                Size size = size(c.memType());
                boolean sx = signed(c.memType());
                if (!d.wide && (sx || size == Size.DW)) {
                    throw error(c.dst, (sx ? "sign-extending loads" : "8-byte loads") + " need a 64-bit register: write r"
                            + d.reg.number());
                }
                Addr a = addr(c.mem().memBare());
                yield Instr.plain(new Insn.Load(size, sx, d.reg, a.base, a.off), col);
            }
            case StoreContext c -> {
                if (signed(c.memType())) {
                    throw error(c.memType(), "stores take u8, u16, u32 or u64");
                }
                Size size = size(c.memType());
                Addr a = addr(c.mem().memBare());
                OperandContext o = c.operand();
                if (o.REG() != null) {
                    R s = reg(o.REG().getSymbol());
                    if (!s.wide && size == Size.DW) {
                        throw error(s.tok, "an 8-byte store needs a 64-bit register: write r" + s.reg.number());
                    }
                    yield Instr.plain(new Insn.StoreReg(size, a.base, a.off, s.reg), col);
                }
                int imm = size == Size.DW ? aluImm(o.imm(), true) : imm32(o.imm(), "stored value");
                yield Instr.plain(new Insn.Store(size, a.base, a.off, imm), col);
            }
            case AluContext c -> alu(c, col);
            case AtomicOpContext c -> {
                Size size = atomicSize(c.memType());
                Addr a = addr(c.mem().memBare());
                R s = reg(c.src);
                if (size == Size.DW && !s.wide) {
                    throw error(c.src, "a 64-bit atomic takes a 64-bit register: write r" + s.reg.number());
                }
                AtomicOp op = switch (c.lockOp().getText()) {
                    case "+=" -> AtomicOp.ADD;
                    case "|=" -> AtomicOp.OR;
                    case "&=" -> AtomicOp.AND;
                    default -> AtomicOp.XOR;
                };
                yield Instr.plain(new Insn.Atomic(size, op, a.base, a.off, s.reg), col);
            }
            case AtomicFetchContext c -> {
                Size size = atomicSize(c.memType());
                R d = reg(c.dst);
                R s = reg(c.src);
                fetchRegs(d, s, size);
                Addr a = addr(c.mem().memBare());
                AtomicOp op = switch (c.ATOMIC_FETCH().getText().substring("atomic_fetch_".length())) {
                    case "add" -> AtomicOp.FETCH_ADD;
                    case "or" -> AtomicOp.FETCH_OR;
                    case "and" -> AtomicOp.FETCH_AND;
                    default -> AtomicOp.FETCH_XOR;
                };
                yield Instr.plain(new Insn.Atomic(size, op, a.base, a.off, s.reg), col);
            }
            case XchgContext c -> {
                Size size = c.XCHG().getText().equals("xchg_64") ? Size.DW : Size.W;
                R d = reg(c.dst);
                R s = reg(c.src);
                fetchRegs(d, s, size);
                Addr a = addr(c.memBare());
                yield Instr.plain(new Insn.Atomic(size, AtomicOp.XCHG, a.base, a.off, s.reg), col);
            }
            case CmpxchgContext c -> {
                Size size = c.CMPXCHG().getText().equals("cmpxchg_64") ? Size.DW : Size.W;
                R d = reg(c.dst);
                R old = reg(c.old);
                R s = reg(c.src);
                String r0 = Reg.R0.name(size == Size.DW);
                if (d.reg != Reg.R0 || d.wide != (size == Size.DW)) {
                    throw error(c.dst, "cmpxchg returns the old value in " + r0);
                }
                if (old.reg != Reg.R0 || old.wide != d.wide) {
                    throw error(c.old, "cmpxchg compares with " + r0);
                }
                if (s.wide != d.wide) {
                    throw error(c.src, "register widths differ: write " + s.reg.name(d.wide));
                }
                Addr a = addr(c.memBare());
                yield Instr.plain(new Insn.Atomic(size, AtomicOp.CMPXCHG, a.base, a.off, s.reg), col);
            }
            case JumpContext c -> {
                R d = reg(c.dst);
                JmpOp op = JmpOp.ofSymbol(c.cmpOp().getText());
                Operand src;
                OperandContext o = c.operand();
                if (o.REG() != null) {
                    R s = reg(o.REG().getSymbol());
                    sameWidth(d, s);
                    src = s.reg;
                } else {
                    src = new Imm(aluImm(o.imm(), d.wide));
                }
                yield withTarget(new Insn.Jump(!d.wide, op, d.reg, src, target(c.target(), 16)), col, c.target());
            }
            case JaContext c -> withTarget(new Insn.Ja(target(c.target(), 16)), col, c.target());
            case JaLongContext c -> withTarget(new Insn.JaLong(target(c.target(), 32)), col, c.target());
            case MayGotoContext c -> withTarget(new Insn.MayGoto(target(c.target(), 16)), col, c.target());
            case CallContext c -> call(c.callee(), col);
            case CallxContext c -> Instr.plain(new Insn.Callx(reg64(c.REG().getSymbol(), "callx's register").reg), col);
            case ExitContext c -> Instr.plain(new Insn.Exit(), col);
            default -> throw error(ic, "unsupported instruction");
        };
    }

    private static Size atomicSize(MemTypeContext c) {
        Size size = size(c);
        if (signed(c) || (size != Size.W && size != Size.DW)) {
            throw error(c, "atomic operations work on u32 or u64");
        }
        return size;
    }

    private static void fetchRegs(R d, R s, Size size) {
        if (d.reg != s.reg || d.wide != s.wide) {
            throw error(d.tok, "an atomic fetch returns the old value in its source register: write "
                    + s.name() + " = ...");
        }
        if (s.wide != (size == Size.DW)) {
            throw error(s.tok, (size == Size.DW ? "a 64-bit" : "a 32-bit") + " atomic takes "
                    + s.reg.name(size == Size.DW));
        }
    }

    private Instr alu(AluContext c, int col) {
        R d = reg(c.dst);
        String sym = c.aluOp().getText();
        OperandContext o = c.operand();
        if (o.REG() == null && sym.equals("=") && opcodeHint == 0x18 && d.wide) {
            // The verifier log prints 64-bit immediate loads without "ll"; its opcode says which.
            Num v = num(o.imm());
            if (!v.fits64()) {
                throw error(o.imm(), "immediate " + o.imm().getText() + " does not fit in 64 bits");
            }
            return Instr.plain(new Insn.LoadImm64(d.reg, PseudoSrc.NONE, v.bits()), col);
        }
        AluOp op = switch (sym) {
            case "=" -> AluOp.MOV;
            case "+=" -> AluOp.ADD;
            case "-=" -> AluOp.SUB;
            case "*=" -> AluOp.MUL;
            case "/=" -> AluOp.DIV;
            case "%=" -> AluOp.MOD;
            case "|=" -> AluOp.OR;
            case "&=" -> AluOp.AND;
            case "^=" -> AluOp.XOR;
            case "<<=" -> AluOp.LSH;
            case ">>=" -> AluOp.RSH;
            case "s>>=" -> AluOp.ARSH;
            case "s/=" -> AluOp.SDIV;
            default -> AluOp.SMOD;
        };
        if (o.REG() != null) {
            R s = reg(o.REG().getSymbol());
            sameWidth(d, s);
            return Instr.plain(new Insn.Alu(d.wide, op, d.reg, s.reg), col);
        }
        return Instr.plain(new Insn.Alu(d.wide, op, d.reg, new Imm(aluImm(o.imm(), d.wide))), col);
    }

    private Instr call(CalleeContext cc, int col) {
        return switch (cc) {
            case CallImmContext c -> Instr.plain(new Insn.Call(imm32(c.imm(), "helper id")), col);
            case CallPcContext c -> {
                Num v = num(c.imm());
                if (!v.fitsS32()) {
                    throw error(c.imm(), "call offset " + v + " does not fit in 32 bits");
                }
                yield Instr.plain(new Insn.CallLocal(Target.offset((int) v.bits())), col);
            }
            case CallKfuncContext c -> {
                int id = imm32(c.imm(0), "kfunc BTF id");
                int idx = 0;
                if (c.imm().size() > 1) {
                    idx = off16(num(c.imm(1)), c.imm(1), "kfunc BTF fd index");
                }
                yield Instr.plain(new Insn.CallKfunc(id, idx), col);
            }
            case CallHelperRefContext c -> {
                String t = c.HELPER_REF().getText();
                int hash = t.indexOf('#');
                Num id = Num.parse(t, hash + 1, t.length(), false);
                if (id == null || !id.fits32()) {
                    throw error(c.HELPER_REF().getSymbol(), "helper id in " + t + " does not fit in 32 bits");
                }
                yield new Instr(new Insn.CallLocal(Target.label(t.substring(0, hash))), col, SymKind.CALL,
                        t.substring(0, hash), col(c.HELPER_REF()), (int) id.bits() & 0xffffffffL);
            }
            case CallSymbolContext c -> new Instr(new Insn.CallLocal(Target.label(c.symbol().getText())), col,
                    SymKind.CALL, c.symbol().getText(), col(c.symbol()), -1);
            default -> throw error(cc, "unsupported call");
        };
    }

    // ---- Directives -------------------------------------------------------------------------------

    private Stmt directive(DirectiveContext dc) {
        int col = col(dc);
        return switch (dc) {
            case LicenseDirContext c -> new Ast.LicenseDir(unquote(c.STRING().getText()), col);
            case MapDirContext c -> new Ast.MapDir(c.symbol().getText(), col(c.symbol()), props(c.property()));
            case ProgramDirContext c -> new Ast.ProgramDir(c.symbol().getText(), col(c.symbol()), props(c.property()));
            case FuncDirContext c -> new Ast.FuncDir(c.symbol().getText(), col(c.symbol()));
            case SectionDirContext c -> {
                SectionNameContext n = c.sectionName();
                String name = n.STRING() != null ? unquote(n.STRING().getText()) : n.getText();
                String flags = null;
                for (DirArgContext a : c.dirArg()) {
                    Token t = a.getStart();
                    if (t.getType() == BpfAsmLexer.STRING) {
                        flags = unquote(t.getText());
                        break;
                    }
                }
                yield new Ast.SectionDir(name, flags, col);
            }
            case TextDirContext c -> new Ast.SectionDir(".text", null, col);
            case OtherDirContext c -> {
                List<String> args = new ArrayList<>(c.dirArg().size());
                for (DirArgContext a : c.dirArg()) {
                    args.add(a.getText());
                }
                yield new Ast.OtherDir(c.DOTIDENT().getText().substring(1), args, col);
            }
            default -> throw error(dc, "unsupported directive");
        };
    }

    private static List<Prop> props(List<PropertyContext> ps) {
        List<Prop> out = new ArrayList<>(ps.size());
        for (PropertyContext p : ps) {
            PropValueContext v = p.propValue();
            Num n = v.imm() != null ? num(v.imm()) : null;
            String value = v.STRING() != null ? unquote(v.STRING().getText()) : v.getText();
            out.add(new Prop(p.key.getText(), col(p.key), value, col(v), n));
        }
        return out;
    }

    /** The contents of a string literal, with C escapes for quote, backslash, n, t and 0. */
    public static String unquote(String s) {
        return Names.unquote(s);
    }
}
