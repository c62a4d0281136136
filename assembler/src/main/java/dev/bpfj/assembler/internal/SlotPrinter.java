package dev.bpfj.assembler.internal;

import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.DecodeException;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.PseudoSrc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The disassembler's fast path: instruction bytes straight to text in one reused character
 * buffer, without an instruction model. It prints exactly what {@code InsnCodec.decode} followed
 * by {@link InsnPrinter} print (a test holds the two to agreement); encodings it does not know well
 * enough, invalid ones included, go through core's decoder and printer one at a time.
 *
 * <p>Lines are {@code "\t" + text + "\n"}, or with the hex listing's prefix of slot number and
 * bytes. The text either accumulates (then {@link #text()}) or, with a sink, goes out in pieces
 * as the buffer fills. Not thread-safe.
 */
public final class SlotPrinter {
    private static final String[] SIZE_U = {"u32", "u16", "u8", "u64"};
    private static final String[] SIZE_S = {"s32", "s16", "s8", "s64"};
    private static final String[] ALU_SYM = new String[16];
    private static final String[] JMP_SYM = new String[16];
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final PseudoSrc[] PSEUDO = PseudoSrc.values();
    private static final int FLUSH_AT = 1 << 16;

    static {
        for (dev.bpfj.core.insn.AluOp op : dev.bpfj.core.insn.AluOp.values()) {
            if (op.offset() == 0) {
                ALU_SYM[op.code() >> 4] = op.symbol();
            }
        }
        for (dev.bpfj.core.insn.JmpOp op : dev.bpfj.core.insn.JmpOp.values()) {
            JMP_SYM[op.code() >> 4] = op.symbol();
        }
    }

    private final boolean helperNames;
    private final boolean hex;
    private final InsnPrinter slowPrinter;
    private final String[] helperCache = new String[Helper.maxId() + 1];
    private final Writer sink;
    private char[] buf;
    private int n;

    /**
     * @param helperNames print helper calls by kernel name where the id is known
     * @param hex         prefix each line with the slot number and the instruction's bytes
     * @param capacity    expected output size in characters (without a sink)
     * @param sink        where the text goes as it is printed, or null to keep it for {@link #text()}
     */
    public SlotPrinter(boolean helperNames, boolean hex, int capacity, Writer sink) {
        this.helperNames = helperNames;
        this.hex = hex;
        this.sink = sink;
        this.buf = new char[sink != null ? FLUSH_AT + 512 : Math.max(64, capacity)];
        this.slowPrinter = helperNames
                ? InsnPrinter.withHelperNames(id -> {
                    Helper h = id > 0 ? Helper.ofId(id) : null;
                    return h == null ? null : h.kernelName();
                })
                : InsnPrinter.llvm();
    }

    /** The 8-byte little-endian slot at byte offset {@code at}. */
    public static long slot(byte[] code, int at) {
        return (code[at] & 0xffL) | (code[at + 1] & 0xffL) << 8 | (code[at + 2] & 0xffL) << 16
                | (code[at + 3] & 0xffL) << 24 | (code[at + 4] & 0xffL) << 32 | (code[at + 5] & 0xffL) << 40
                | (code[at + 6] & 0xffL) << 48 | (code[at + 7] & 0xffL) << 56;
    }

    /** The text so far (without a sink). */
    public String text() {
        return new String(buf, 0, n);
    }

    /** Hands the buffered text to the sink. */
    public void flush() throws IOException {
        if (sink != null && n > 0) {
            sink.write(buf, 0, n);
            n = 0;
        }
    }

    /** Flushes when enough text has gathered; call between instructions. */
    private void maybeFlush() {
        if (sink != null && n >= FLUSH_AT) {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---- Output buffer -------------------------------------------------------------------------

    private void room(int k) {
        if (n + k > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + k));
        }
    }

    private void put(char c) {
        room(1);
        buf[n++] = c;
    }

    /** Any text, e.g. a name or a whole directive line. */
    public void put(String str) {
        int len = str.length();
        room(len);
        str.getChars(0, len, buf, n);
        n += len;
    }

    private void dec(long v) {
        room(20);
        if (v < 0) {
            buf[n++] = '-';
            if (v == Long.MIN_VALUE) {
                put("9223372036854775808");
                return;
            }
            v = -v;
        }
        udec(v);
    }

    /** Non-negative decimal. */
    private void udec(long v) {
        room(20);
        if (v < 10) {
            buf[n++] = (char) ('0' + v);
            return;
        }
        int digits = 0;
        for (long t = v; t != 0; t /= 10) {
            digits++;
        }
        int at = n + digits;
        n = at;
        while (v != 0) {
            buf[--at] = (char) ('0' + v % 10);
            v /= 10;
        }
    }

    private void reg(boolean wide, int r) {
        room(3);
        buf[n++] = wide ? 'r' : 'w';
        if (r >= 10) {
            buf[n++] = '1';
            buf[n++] = (char) ('0' + r - 10);
        } else {
            buf[n++] = (char) ('0' + r);
        }
    }

    private void target(int off) {
        if (off >= 0) {
            put('+');
        }
        dec(off);
    }

    /** {@code rB + off} without parentheses. */
    private void addr(int base, int off) {
        reg(true, base);
        room(3);
        buf[n++] = ' ';
        buf[n++] = off < 0 ? '-' : '+';
        buf[n++] = ' ';
        udec(Math.abs((long) off));
    }

    private void mem(int base, int off) {
        put('(');
        addr(base, off);
        put(')');
    }

    private void sp() {
        put(' ');
    }

    // ---- Instructions --------------------------------------------------------------------------

    /** Starts an instruction line: tab, or the hex listing's slot number and bytes. */
    private void begin(byte[] code, int at, int slot, int count) {
        if (hex) {
            room(16 + count * 24);
            int start = n;
            udec(slot);
            int digits = n - start;
            if (digits < 8) {
                System.arraycopy(buf, start, buf, start + 8 - digits, digits);
                Arrays.fill(buf, start, start + 8 - digits, ' ');
                n = start + 8;
            }
            buf[n++] = ':';
            buf[n++] = '\t';
            for (int b = 0; b < count * 8; b++) {
                if (b > 0) {
                    buf[n++] = ' ';
                }
                int x = code[at + b] & 0xff;
                buf[n++] = HEX[x >> 4];
                buf[n++] = HEX[x & 0xf];
            }
        }
        put('\t');
    }

    /**
     * Prints {@code rD = MAP ll} for the map-fd load at byte offset {@code at} (slot {@code slot}),
     * in place of the instruction.
     */
    public void mapLoad(byte[] code, int at, int slot, String map) {
        begin(code, at, slot, 2);
        reg(true, code[at + 1] & 0xf);
        put(" = ");
        put(map);
        put(" ll\n");
        maybeFlush();
    }

    /**
     * Prints the instruction at byte offset {@code at} of {@code code[0, limit)}, numbered
     * {@code slot}, and returns its slot count (1 or 2); throws {@link DecodeException} (with the
     * slot number) for invalid code.
     */
    public int insn(byte[] code, int at, int limit, int slot) {
        long v = slot(code, at);
        int op = (int) v & 0xff;
        int k;
        if (op == 0x18) {
            k = ldImm64(code, at, limit, slot, v);
        } else {
            int mark = n;
            begin(code, at, slot, 1);
            if (fast(v)) {
                put('\n');
                k = 1;
            } else {
                n = mark;
                k = slow(code, at, limit, slot, 1);
            }
        }
        maybeFlush();
        return k;
    }

    private int ldImm64(byte[] code, int at, int limit, int slot, long v) {
        if (at + 16 > limit) {
            return slow(code, at, limit, slot, 1);
        }
        long w = slot(code, at + 8);
        int dst = (int) (v >>> 8) & 0xf;
        int src = (int) (v >>> 12) & 0xf;
        // The second slot holds only the upper immediate; the first has no offset.
        if ((w & 0xffffffffL) != 0 || (v & 0xffff0000L) != 0 || dst > 10 || src >= PSEUDO.length
                || PSEUDO[src].code() != src) {
            return slow(code, at, limit, slot, 2);
        }
        int lo = (int) (v >>> 32);
        int hi = (int) (w >>> 32);
        begin(code, at, slot, 2);
        if (src == PseudoSrc.NONE.code()) {
            reg(true, dst);
            put(" = ");
            dec((lo & 0xffffffffL) | (long) hi << 32);
            put(" ll");
        } else {
            put("ld_pseudo ");
            reg(true, dst);
            put(", ");
            udec(src);
            put(", ");
            udec(lo & 0xffffffffL);
            if (hi != 0) {
                put(", ");
                udec(hi & 0xffffffffL);
            }
        }
        put('\n');
        return 2;
    }

    /** Core's decoder and printer for one instruction: rare encodings and errors. */
    private int slow(byte[] code, int at, int limit, int slot, int count) {
        long[] one = new long[Math.min(count, (limit - at) / 8)];
        for (int k = 0; k < one.length; k++) {
            one[k] = slot(code, at + 8 * k);
        }
        Insn insn;
        try {
            insn = InsnCodec.decodeSlots(one).get(0);
        } catch (DecodeException e) {
            throw new DecodeException(slot + e.slot(), e.kernelMessage());
        }
        int k = insn.slots();
        begin(code, at, slot, k);
        put(slowPrinter.print(insn));
        put('\n');
        return k;
    }

    /** Prints a one-slot instruction whose encoding is plainly valid; false to leave it to core. */
    private boolean fast(long v) {
        int op = (int) v & 0xff;
        int dst = (int) (v >>> 8) & 0xf;
        int src = (int) (v >>> 12) & 0xf;
        int off = (short) (v >>> 16);
        int imm = (int) (v >>> 32);
        if (dst > 10 || src > 10) {
            return false;
        }
        int cls = op & 0x07;
        boolean x = (op & 0x08) != 0;
        switch (cls) {
            case 0x04, 0x07 -> {
                return alu(cls == 0x07, op & 0xf0, x, dst, src, off, imm);
            }
            case 0x05, 0x06 -> {
                return jmp(cls == 0x06, op & 0xf0, x, dst, src, off, imm);
            }
            case 0x00 -> {
                // Legacy packet loads; 64-bit immediate loads are handled by the caller.
                int mode = op & 0xe0;
                int size = (op >> 3) & 3;
                if ((mode != 0x20 && mode != 0x40) || size == 3 || dst != 0 || off != 0
                        || (mode == 0x20 && src != 0)) {
                    return false;
                }
                put("r0 = *(");
                put(SIZE_U[size]);
                put(" *)skb[");
                if (mode == 0x20) {
                    dec(imm);
                } else {
                    reg(true, src);
                    if (imm != 0) {
                        put((imm < 0 ? " - " : " + "));
                        udec(Math.abs((long) imm));
                    }
                }
                put(']');
                return true;
            }
            case 0x01 -> {
                int mode = op & 0xe0;
                int size = (op >> 3) & 3;
                boolean sx = mode == 0x80;
                if ((mode != 0x60 && !(sx && size != 3)) || imm != 0) {
                    return false;
                }
                reg(sx || size == 3, dst);
                put(" = *(");
                put(sx ? SIZE_S[size] : SIZE_U[size]);
                put(" *)");
                mem(src, off);
                return true;
            }
            case 0x02 -> {
                if ((op & 0xe0) != 0x60 || src != 0) {
                    return false;
                }
                put("*(");
                put(SIZE_U[(op >> 3) & 3]);
                put(" *)");
                mem(dst, off);
                put(" = ");
                dec(imm);
                return true;
            }
            default -> {
                return stx(op, dst, src, off, imm);
            }
        }
    }

    private boolean alu(boolean wide, int code, boolean x, int dst, int src, int off, int imm) {
        if (code == 0x80) {
            if (x || src != 0 || off != 0 || imm != 0) {
                return false;
            }
            reg(wide, dst);
            put(" = -");
            reg(wide, dst);
            return true;
        }
        if (code == 0xd0) {
            if (src != 0 || off != 0 || (imm != 16 && imm != 32 && imm != 64) || (wide && x)) {
                return false;
            }
            reg(true, dst);
            put((wide ? " = bswap" : x ? " = be" : " = le"));
            udec(imm);
            sp();
            reg(true, dst);
            return true;
        }
        String sym = ALU_SYM[code >> 4];
        if (sym == null) {
            return false;
        }
        if (off != 0) {
            boolean signed = off == 1 && (code == 0x30 || code == 0x90);
            boolean movsx = code == 0xb0 && x && (off == 8 || off == 16 || (off == 32 && wide));
            if (signed) {
                sym = code == 0x30 ? "s/=" : "s%=";
            } else if (movsx) {
                if (imm != 0) {
                    return false;
                }
                reg(wide, dst);
                put(" = (s");
                udec(off);
                put(')');
                reg(wide, src);
                return true;
            } else {
                return false;
            }
        }
        if (x ? imm != 0 : src != 0) {
            return false;
        }
        reg(wide, dst);
        sp();
        put(sym);
        sp();
        if (x) {
            reg(wide, src);
        } else {
            dec(imm);
        }
        return true;
    }

    private boolean jmp(boolean jmp32, int code, boolean x, int dst, int src, int off, int imm) {
        switch (code) {
            case 0x00 -> {
                if (x || dst != 0 || src != 0 || (jmp32 ? off != 0 : imm != 0)) {
                    return false;
                }
                put((jmp32 ? "gotol " : "goto "));
                target(jmp32 ? imm : off);
                return true;
            }
            case 0x80 -> {
                if (jmp32) {
                    return false;
                }
                if (x) {
                    if (src != 0 || off != 0 || imm != 0) {
                        return false;
                    }
                    put("callx ");
                    reg(true, dst);
                    return true;
                }
                if (dst != 0) {
                    return false;
                }
                if (src == 0 && off == 0) {
                    put("call ");
                    String name = helperNames ? helperName(imm) : null;
                    if (name != null) {
                        put(name);
                    } else {
                        dec(imm);
                    }
                    return true;
                }
                if (src == 1 && off == 0) {
                    put("call pc");
                    target(imm);
                    return true;
                }
                if (src == 2) {
                    put("call kfunc ");
                    dec(imm);
                    if (off != 0) {
                        put(", ");
                        dec(off);
                    }
                    return true;
                }
                return false;
            }
            case 0x90 -> {
                if (jmp32 || x || dst != 0 || src != 0 || off != 0 || imm != 0) {
                    return false;
                }
                put("exit");
                return true;
            }
            case 0xe0 -> {
                if (jmp32 || x || dst != 0 || src != 0 || imm != 0) {
                    return false;
                }
                put("may_goto ");
                target(off);
                return true;
            }
            default -> {
                String sym = JMP_SYM[code >> 4];
                if (sym == null || (x ? imm != 0 : src != 0)) {
                    return false;
                }
                put("if ");
                reg(!jmp32, dst);
                sp();
                put(sym);
                sp();
                if (x) {
                    reg(!jmp32, src);
                } else {
                    dec(imm);
                }
                put(" goto ");
                target(off);
                return true;
            }
        }
    }

    private boolean stx(int op, int dst, int src, int off, int imm) {
        int mode = op & 0xe0;
        int size = (op >> 3) & 3;
        if (mode == 0x60) {
            if (imm != 0) {
                return false;
            }
            put("*(");
            put(SIZE_U[size]);
            put(" *)");
            mem(dst, off);
            put(" = ");
            reg(size == 3, src);
            return true;
        }
        if (mode != 0xc0 || (size != 0 && size != 3)) {
            return false;
        }
        boolean wide = size == 3;
        AtomicOp a = atomicOp(imm);
        if (a == null) {
            return false;
        }
        switch (a) {
            case ADD, OR, AND, XOR -> {
                put("lock *(");
                put(SIZE_U[size]);
                put(" *)");
                mem(dst, off);
                put((switch (a) {
                    case ADD -> " += ";
                    case OR -> " |= ";
                    case AND -> " &= ";
                    default -> " ^= ";
                }));
                reg(wide, src);
            }
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR -> {
                reg(wide, src);
                put((switch (a) {
                    case FETCH_ADD -> " = atomic_fetch_add((";
                    case FETCH_OR -> " = atomic_fetch_or((";
                    case FETCH_AND -> " = atomic_fetch_and((";
                    default -> " = atomic_fetch_xor((";
                }));
                put(SIZE_U[size]);
                put(" *)");
                mem(dst, off);
                put(", ");
                reg(wide, src);
                put(')');
            }
            case XCHG -> {
                reg(wide, src);
                put((wide ? " = xchg_64(" : " = xchg32_32("));
                addr(dst, off);
                put(", ");
                reg(wide, src);
                put(')');
            }
            case CMPXCHG -> {
                reg(wide, 0);
                put((wide ? " = cmpxchg_64(" : " = cmpxchg32_32("));
                addr(dst, off);
                put(", ");
                reg(wide, 0);
                put(", ");
                reg(wide, src);
                put(')');
            }
        }
        return true;
    }

    private static final AtomicOp[] ATOMIC_OPS = AtomicOp.values();

    private static AtomicOp atomicOp(int imm) {
        for (AtomicOp a : ATOMIC_OPS) {
            if (a.imm() == imm) {
                return a;
            }
        }
        return null;
    }

    private String helperName(int id) {
        if (id <= 0 || id >= helperCache.length) {
            return null;
        }
        String name = helperCache[id];
        if (name == null) {
            Helper h = Helper.ofId(id);
            if (h == null) {
                return null;
            }
            name = h.kernelName();
            helperCache[id] = name;
        }
        return name;
    }
}
