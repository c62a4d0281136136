package dev.bpfj.core.insn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The one encoder/decoder pair of the project: {@code decode(encode(p)).insns()} equals {@code p}
 * for every program whose targets are resolved offsets.
 *
 * <p>Encoding refuses anything that would be silently truncated: offsets beyond 16 bits, unknown
 * labels, operand combinations that have no encoding.
 */
public final class InsnCodec {
    // Instruction classes.
    static final int LD = 0x00, LDX = 0x01, ST = 0x02, STX = 0x03, ALU = 0x04, JMP = 0x05,
            JMP32 = 0x06, ALU64 = 0x07;
    // Modes.
    static final int IMM = 0x00, ABS = 0x20, IND = 0x40, MEM = 0x60, MEMSX = 0x80, ATOMIC = 0xc0;
    static final int SRC_X = 0x08;
    static final int OP_NEG = 0x80, OP_END = 0xd0;
    static final int OP_JA = 0x00, OP_CALL = 0x80, OP_EXIT = 0x90, OP_CALLX = 0x80, OP_JCOND = 0xe0;
    static final int PSEUDO_CALL = 1, PSEUDO_KFUNC_CALL = 2;

    private InsnCodec() {
    }

    /** One 8-byte slot, fields as the kernel's {@code struct bpf_insn}. */
    public record Slot(int opcode, int dst, int src, int off, int imm) {
        public long toLong() {
            return (opcode & 0xffL) | (dst & 0xfL) << 8 | (src & 0xfL) << 12 | (off & 0xffffL) << 16
                    | (imm & 0xffffffffL) << 32;
        }

        public static Slot of(long v) {
            return new Slot((int) (v & 0xff), (int) (v >>> 8) & 0xf, (int) (v >>> 12) & 0xf,
                    (short) (v >>> 16), (int) (v >>> 32));
        }
    }

    /** Encodes instructions whose targets are all resolved offsets. */
    public static byte[] encode(List<? extends Insn> insns) {
        return encode(insns, Map.of());
    }

    /**
     * Encodes instructions, resolving {@link Target.Label} targets through {@code labels}, which
     * maps a label to the index (in {@code insns}, not in slots) of the instruction it names.
     */
    public static byte[] encode(List<? extends Insn> insns, Map<String, Integer> labels) {
        long[] slots = encodeSlots(insns, labels);
        ByteBuffer buf = ByteBuffer.allocate(slots.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long s : slots) {
            buf.putLong(s);
        }
        return buf.array();
    }

    /** Like {@link #encode(List, Map)} but returns one long per 8-byte slot (little-endian value). */
    public static long[] encodeSlots(List<? extends Insn> insns, Map<String, Integer> labels) {
        int[] slotOf = slotIndexes(insns);
        long[] out = new long[slotOf[insns.size()]];
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            int slot = slotOf[i];
            int index = i;
            Resolver r = t -> resolve(t, index, slot, slotOf, labels, insns.size());
            if (insn instanceof Insn.LoadImm64 l) {
                out[slot] = new Slot(LD | IMM | Size.DW.code(), l.dst().number(), l.src().code(), 0,
                        (int) l.imm()).toLong();
                out[slot + 1] = new Slot(0, 0, 0, 0, (int) (l.imm() >>> 32)).toLong();
            } else {
                out[slot] = encodeOne(i, insn, r).toLong();
            }
        }
        return out;
    }

    /** Writes consecutive parts of slots as little-endian bytes through one small buffer. */
    public static void writeSlots(long[][] parts, OutputStream out) throws IOException {
        byte[] buf = new byte[1 << 16];
        for (long[] p : parts) {
            for (int i = 0; i < p.length; i += buf.length / 8) {
                int k = Math.min(buf.length / 8, p.length - i);
                putSlots(p, i, k, buf, 0);
                out.write(buf, 0, k * 8);
            }
        }
    }

    /**
     * Writes {@code count} slots of {@code src} from {@code from} as little-endian bytes (the
     * kernel's instruction layout) into {@code dst} at {@code at}; returns the end offset.
     */
    public static int putSlots(long[] src, int from, int count, byte[] dst, int at) {
        for (int i = from; i < from + count; i++) {
            long v = src[i];
            dst[at] = (byte) v;
            dst[at + 1] = (byte) (v >>> 8);
            dst[at + 2] = (byte) (v >>> 16);
            dst[at + 3] = (byte) (v >>> 24);
            dst[at + 4] = (byte) (v >>> 32);
            dst[at + 5] = (byte) (v >>> 40);
            dst[at + 6] = (byte) (v >>> 48);
            dst[at + 7] = (byte) (v >>> 56);
            at += 8;
        }
        return at;
    }

    /** Slot index of each instruction, plus the total slot count at index {@code size()}. */
    public static int[] slotIndexes(List<? extends Insn> insns) {
        int[] slotOf = new int[insns.size() + 1];
        int s = 0;
        for (int i = 0; i < insns.size(); i++) {
            slotOf[i] = s;
            s += insns.get(i).slots();
        }
        slotOf[insns.size()] = s;
        return slotOf;
    }

    @FunctionalInterface
    private interface Resolver {
        int offset(Target t);
    }

    private static int resolve(Target t, int index, int slot, int[] slotOf, Map<String, Integer> labels,
                               int count) {
        return switch (t) {
            case Target.Offset o -> o.slots();
            case Target.Label l -> {
                Integer at = labels.get(l.name());
                if (at == null) {
                    throw new EncodeException(index, "unknown label '" + l.name() + "'");
                }
                if (at < 0 || at > count) {
                    throw new EncodeException(index, "label '" + l.name() + "' points outside the program");
                }
                yield slotOf[at] - (slot + 1);
            }
        };
    }

    private static int off16(int index, int off, String what) {
        if (off < Short.MIN_VALUE || off > Short.MAX_VALUE) {
            throw new EncodeException(index, what + " " + off + " does not fit in 16 bits");
        }
        return off;
    }

    private static Slot encodeOne(int i, Insn insn, Resolver r) {
        return switch (insn) {
            case Insn.Alu a -> {
                int cls = a.alu64() ? ALU64 : ALU;
                if (a.op().isSignExtendingMove()) {
                    if (!(a.src() instanceof Reg)) {
                        throw new EncodeException(i, "a sign-extending move takes a register source");
                    }
                    if (!a.alu64() && a.op() == AluOp.MOVSX32) {
                        throw new EncodeException(i, "(s32) move exists only for 64-bit registers");
                    }
                }
                yield switch (a.src()) {
                    case Reg s -> new Slot(cls | a.op().code() | SRC_X, a.dst().number(), s.number(),
                            a.op().offset(), 0);
                    case Imm m -> new Slot(cls | a.op().code(), a.dst().number(), 0, a.op().offset(),
                            m.value());
                };
            }
            case Insn.Neg n -> new Slot((n.alu64() ? ALU64 : ALU) | OP_NEG, n.dst().number(), 0, 0, 0);
            case Insn.Endian e -> {
                if (e.bits() != 16 && e.bits() != 32 && e.bits() != 64) {
                    throw new EncodeException(i, "byte swap width must be 16, 32 or 64, not " + e.bits());
                }
                yield switch (e.order()) {
                    case LE -> new Slot(ALU | OP_END, e.dst().number(), 0, 0, e.bits());
                    case BE -> new Slot(ALU | OP_END | SRC_X, e.dst().number(), 0, 0, e.bits());
                    case BSWAP -> new Slot(ALU64 | OP_END, e.dst().number(), 0, 0, e.bits());
                };
            }
            case Insn.Jump j -> {
                int cls = j.jmp32() ? JMP32 : JMP;
                int off = off16(i, r.offset(j.target()), "jump offset");
                yield switch (j.src()) {
                    case Reg s -> new Slot(cls | j.op().code() | SRC_X, j.dst().number(), s.number(), off, 0);
                    case Imm m -> new Slot(cls | j.op().code(), j.dst().number(), 0, off, m.value());
                };
            }
            case Insn.Ja j -> new Slot(JMP | OP_JA, 0, 0, off16(i, r.offset(j.target()), "jump offset"), 0);
            case Insn.JaLong j -> new Slot(JMP32 | OP_JA, 0, 0, 0, r.offset(j.target()));
            case Insn.MayGoto m -> new Slot(JMP | OP_JCOND, 0, 0, off16(i, r.offset(m.target()), "jump offset"), 0);
            case Insn.Call c -> new Slot(JMP | OP_CALL, 0, 0, 0, c.helper());
            case Insn.CallLocal c -> new Slot(JMP | OP_CALL, 0, PSEUDO_CALL, 0, r.offset(c.target()));
            case Insn.CallKfunc k -> new Slot(JMP | OP_CALL, 0, PSEUDO_KFUNC_CALL,
                    off16(i, k.btfFdIndex(), "kfunc BTF fd index"), k.btfId());
            case Insn.Callx c -> new Slot(JMP | OP_CALLX | SRC_X, c.reg().number(), 0, 0, 0);
            case Insn.Exit e -> new Slot(JMP | OP_EXIT, 0, 0, 0, 0);
            case Insn.LoadImm64 l -> throw new AssertionError("handled by caller");
            case Insn.LoadAbs l -> {
                requireLegacySize(i, l.size());
                yield new Slot(LD | ABS | l.size().code(), 0, 0, 0, l.imm());
            }
            case Insn.LoadInd l -> {
                requireLegacySize(i, l.size());
                yield new Slot(LD | IND | l.size().code(), 0, l.src().number(), 0, l.imm());
            }
            case Insn.Load l -> {
                if (l.signExtend() && l.size() == Size.DW) {
                    throw new EncodeException(i, "sign-extending loads exist for 1, 2 and 4 bytes only");
                }
                yield new Slot(LDX | (l.signExtend() ? MEMSX : MEM) | l.size().code(), l.dst().number(),
                        l.src().number(), off16(i, l.off(), "offset"), 0);
            }
            case Insn.Store s -> new Slot(ST | MEM | s.size().code(), s.dst().number(), 0,
                    off16(i, s.off(), "offset"), s.imm());
            case Insn.StoreReg s -> new Slot(STX | MEM | s.size().code(), s.dst().number(), s.src().number(),
                    off16(i, s.off(), "offset"), 0);
            case Insn.Atomic a -> {
                if (a.size() != Size.W && a.size() != Size.DW) {
                    throw new EncodeException(i, "atomic operations exist for 4 and 8 bytes only");
                }
                yield new Slot(STX | ATOMIC | a.size().code(), a.dst().number(), a.src().number(),
                        off16(i, a.off(), "offset"), a.op().imm());
            }
        };
    }

    private static void requireLegacySize(int i, Size size) {
        if (size == Size.DW) {
            throw new EncodeException(i, "legacy packet loads exist for 1, 2 and 4 bytes only");
        }
    }

    // ---- Decoding -----------------------------------------------------------------------------

    /** Decodes little-endian instruction bytes; the length must be a multiple of 8. */
    public static List<Insn> decode(byte[] code) {
        if (code.length % 8 != 0) {
            throw new DecodeException(code.length / 8,
                    "program size " + code.length + " is not a multiple of 8 bytes");
        }
        ByteBuffer buf = ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN);
        long[] slots = new long[code.length / 8];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = buf.getLong();
        }
        return decodeSlots(slots);
    }

    /** Decodes 8-byte slots given as little-endian longs. */
    public static List<Insn> decodeSlots(long[] slots) {
        List<Insn> out = new ArrayList<>(slots.length);
        for (int s = 0; s < slots.length; s++) {
            Slot slot = Slot.of(slots[s]);
            if (slot.opcode() == (LD | IMM | Size.DW.code())) {
                if (s + 1 >= slots.length) {
                    throw new DecodeException(s, "invalid bpf_ld_imm64 insn");
                }
                Slot next = Slot.of(slots[s + 1]);
                if (next.opcode() != 0 || next.dst() != 0 || next.src() != 0 || next.off() != 0
                        || slot.off() != 0) {
                    throw new DecodeException(s, "invalid bpf_ld_imm64 insn");
                }
                PseudoSrc src = PseudoSrc.decode(slot.src());
                if (src == null) {
                    throw new DecodeException(s, "unrecognized bpf_ld_imm64 insn");
                }
                long imm = (slot.imm() & 0xffffffffL) | ((long) next.imm() << 32);
                out.add(new Insn.LoadImm64(reg(s, slot.dst()), src, imm));
                s++;
            } else {
                out.add(decodeOne(s, slot));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Reg reg(int s, int n) {
        if (n > 10) {
            throw new DecodeException(s, "R" + n + " is invalid");
        }
        return Reg.of(n);
    }

    private static DecodeException reserved(int s, String what) {
        return new DecodeException(s, what + " uses reserved fields");
    }

    private static DecodeException unknown(int s, Slot slot) {
        return new DecodeException(s, String.format("unknown opcode %02x", slot.opcode()));
    }

    private static Insn decodeOne(int s, Slot slot) {
        int op = slot.opcode();
        int cls = op & 0x07;
        return switch (cls) {
            case ALU, ALU64 -> decodeAlu(s, slot, cls == ALU64);
            case JMP, JMP32 -> decodeJmp(s, slot, cls == JMP32);
            case LD -> {
                int mode = op & 0xe0;
                int sizeCode = op & 0x18;
                if ((mode != ABS && mode != IND) || sizeCode == Size.DW.code()) {
                    throw unknown(s, slot);
                }
                Size size = Size.ofCode(sizeCode);
                if (slot.dst() != 0 || slot.off() != 0 || (mode == ABS && slot.src() != 0)) {
                    throw new DecodeException(s, "BPF_LD_[ABS|IND] uses reserved fields");
                }
                yield mode == ABS ? new Insn.LoadAbs(size, slot.imm())
                        : new Insn.LoadInd(size, reg(s, slot.src()), slot.imm());
            }
            case LDX -> {
                int mode = op & 0xe0;
                Size size = Size.ofCode(op & 0x18);
                if (mode != MEM && !(mode == MEMSX && size != Size.DW)) {
                    throw unknown(s, slot);
                }
                if (slot.imm() != 0) {
                    throw reserved(s, "BPF_LDX");
                }
                yield new Insn.Load(size, mode == MEMSX, reg(s, slot.dst()), reg(s, slot.src()), slot.off());
            }
            case ST -> {
                if ((op & 0xe0) != MEM) {
                    throw unknown(s, slot);
                }
                if (slot.src() != 0) {
                    throw reserved(s, "BPF_ST");
                }
                yield new Insn.Store(Size.ofCode(op & 0x18), reg(s, slot.dst()), slot.off(), slot.imm());
            }
            case STX -> {
                int mode = op & 0xe0;
                Size size = Size.ofCode(op & 0x18);
                if (mode == MEM) {
                    if (slot.imm() != 0) {
                        throw reserved(s, "BPF_STX");
                    }
                    yield new Insn.StoreReg(size, reg(s, slot.dst()), slot.off(), reg(s, slot.src()));
                }
                if (mode != ATOMIC || (size != Size.W && size != Size.DW)) {
                    throw unknown(s, slot);
                }
                AtomicOp aop = AtomicOp.decode(slot.imm());
                if (aop == null) {
                    throw new DecodeException(s, String.format("BPF_ATOMIC uses invalid atomic opcode %02x",
                            slot.imm()));
                }
                yield new Insn.Atomic(size, aop, reg(s, slot.dst()), slot.off(), reg(s, slot.src()));
            }
            default -> throw new AssertionError(cls);
        };
    }

    private static Insn decodeAlu(int s, Slot slot, boolean alu64) {
        int op = slot.opcode() & 0xf0;
        boolean x = (slot.opcode() & SRC_X) != 0;
        if (op == OP_NEG) {
            if (x || slot.src() != 0 || slot.off() != 0 || slot.imm() != 0) {
                throw reserved(s, "BPF_NEG");
            }
            return new Insn.Neg(alu64, reg(s, slot.dst()));
        }
        if (op == OP_END) {
            int bits = slot.imm();
            if (slot.src() != 0 || slot.off() != 0 || (bits != 16 && bits != 32 && bits != 64)
                    || (alu64 && x)) {
                throw reserved(s, "BPF_END");
            }
            EndianOp order = alu64 ? EndianOp.BSWAP : (x ? EndianOp.BE : EndianOp.LE);
            return new Insn.Endian(order, bits, reg(s, slot.dst()));
        }
        if (op == 0xe0 || op == 0xf0) {
            throw unknown(s, slot);
        }
        AluOp aop = AluOp.decode(op, slot.off());
        String what = op == AluOp.MOV.code() ? "BPF_MOV" : "BPF_ALU";
        if (aop == null || (aop.isSignExtendingMove() && (!x || (!alu64 && aop == AluOp.MOVSX32)))) {
            throw reserved(s, what);
        }
        if (x) {
            if (slot.imm() != 0) {
                throw reserved(s, what);
            }
            return new Insn.Alu(alu64, aop, reg(s, slot.dst()), reg(s, slot.src()));
        }
        if (slot.src() != 0) {
            throw reserved(s, what);
        }
        return new Insn.Alu(alu64, aop, reg(s, slot.dst()), new Imm(slot.imm()));
    }

    private static Insn decodeJmp(int s, Slot slot, boolean jmp32) {
        int op = slot.opcode() & 0xf0;
        boolean x = (slot.opcode() & SRC_X) != 0;
        switch (op) {
            case OP_JA -> {
                if (x || slot.dst() != 0 || slot.src() != 0) {
                    throw reserved(s, "BPF_JA");
                }
                if (jmp32) {
                    if (slot.off() != 0) {
                        throw reserved(s, "BPF_JA");
                    }
                    return new Insn.JaLong(Target.offset(slot.imm()));
                }
                if (slot.imm() != 0) {
                    throw reserved(s, "BPF_JA");
                }
                return new Insn.Ja(Target.offset(slot.off()));
            }
            case OP_CALL -> {
                if (jmp32) {
                    throw unknown(s, slot);
                }
                if (x) {
                    if (slot.src() != 0 || slot.off() != 0 || slot.imm() != 0) {
                        throw reserved(s, "BPF_CALL");
                    }
                    return new Insn.Callx(reg(s, slot.dst()));
                }
                if (slot.dst() != 0) {
                    throw reserved(s, "BPF_CALL");
                }
                return switch (slot.src()) {
                    case 0 -> {
                        if (slot.off() != 0) {
                            throw reserved(s, "BPF_CALL");
                        }
                        yield new Insn.Call(slot.imm());
                    }
                    case PSEUDO_CALL -> {
                        if (slot.off() != 0) {
                            throw reserved(s, "BPF_CALL");
                        }
                        yield new Insn.CallLocal(Target.offset(slot.imm()));
                    }
                    case PSEUDO_KFUNC_CALL -> new Insn.CallKfunc(slot.imm(), slot.off());
                    default -> throw reserved(s, "BPF_CALL");
                };
            }
            case OP_EXIT -> {
                if (jmp32) {
                    throw unknown(s, slot);
                }
                if (x || slot.dst() != 0 || slot.src() != 0 || slot.off() != 0 || slot.imm() != 0) {
                    throw reserved(s, "BPF_EXIT");
                }
                return new Insn.Exit();
            }
            case OP_JCOND -> {
                if (jmp32 || x) {
                    throw unknown(s, slot);
                }
                if (slot.dst() != 0 || slot.src() != 0 || slot.imm() != 0) {
                    throw new DecodeException(s, "invalid may_goto imm " + slot.imm());
                }
                return new Insn.MayGoto(Target.offset(slot.off()));
            }
            default -> {
                JmpOp jop = JmpOp.decode(op);
                if (jop == null) {
                    throw unknown(s, slot);
                }
                if (x) {
                    if (slot.imm() != 0) {
                        throw reserved(s, "BPF_JMP/JMP32");
                    }
                    return new Insn.Jump(jmp32, jop, reg(s, slot.dst()), reg(s, slot.src()),
                            Target.offset(slot.off()));
                }
                if (slot.src() != 0) {
                    throw reserved(s, "BPF_JMP/JMP32");
                }
                return new Insn.Jump(jmp32, jop, reg(s, slot.dst()), new Imm(slot.imm()),
                        Target.offset(slot.off()));
            }
        }
    }
}
