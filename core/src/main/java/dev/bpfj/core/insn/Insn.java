package dev.bpfj.core.insn;

import java.util.Objects;

/**
 * One eBPF instruction, as the kernel accepts it (RFC 9669 plus cpu v4 extensions).
 *
 * <p>The model is a closed set of immutable records, one per instruction shape, meant to be taken
 * apart with pattern matching. Constructors check nothing beyond nulls: range checks (16-bit
 * offsets, register use) happen in {@link InsnCodec#encode} and in the verifier, where they can be
 * reported against the program's source.
 *
 * <pre>{@code
 * List<Insn> prog = List.of(
 *     Insn.mov64(Reg.R0, 1),
 *     Insn.exit());
 * byte[] code = InsnCodec.encode(prog);
 * }</pre>
 */
public sealed interface Insn {

    /** Number of 8-byte slots this instruction occupies: 2 for a 64-bit immediate load, else 1. */
    default int slots() {
        return 1;
    }

    // The branching records override these two; plain methods rather than a type switch, which the
    // JVM would spin a class for at run time (start-up cost the AOT cache cannot hold).

    /** Where this jump or local call goes; null for instructions that do not branch. */
    default Target branchTarget() {
        return null;
    }

    /**
     * This jump or local call with its target replaced.
     *
     * @throws IllegalArgumentException when this instruction does not branch
     */
    default Insn withBranchTarget(Target t) {
        throw new IllegalArgumentException("no branch target: " + this);
    }

    /** {@code dst op= src} on 64-bit registers ({@code alu64}) or 32-bit sub-registers. */
    record Alu(boolean alu64, AluOp op, Reg dst, Operand src) implements Insn {
        public Alu {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(dst, "dst");
            Objects.requireNonNull(src, "src");
        }
    }

    /** {@code dst = -dst}. */
    record Neg(boolean alu64, Reg dst) implements Insn {
        public Neg {
            Objects.requireNonNull(dst, "dst");
        }
    }

    /** Byte swap of the low {@code bits} (16, 32 or 64) bits of {@code dst}. */
    record Endian(EndianOp order, int bits, Reg dst) implements Insn {
        public Endian {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(dst, "dst");
        }
    }

    /** {@code if dst op src goto target}, comparing 64-bit registers or 32-bit sub-registers. */
    record Jump(boolean jmp32, JmpOp op, Reg dst, Operand src, Target target) implements Insn {
        public Jump {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(dst, "dst");
            Objects.requireNonNull(src, "src");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Target branchTarget() {
            return target;
        }

        @Override
        public Jump withBranchTarget(Target t) {
            return new Jump(jmp32, op, dst, src, t);
        }
    }

    /** {@code goto target}: 16-bit offset. */
    record Ja(Target target) implements Insn {
        public Ja {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Target branchTarget() {
            return target;
        }

        @Override
        public Ja withBranchTarget(Target t) {
            return new Ja(t);
        }
    }

    /** {@code gotol target}: 32-bit offset held in the immediate (cpu v4). */
    record JaLong(Target target) implements Insn {
        public JaLong {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Target branchTarget() {
            return target;
        }

        @Override
        public JaLong withBranchTarget(Target t) {
            return new JaLong(t);
        }
    }

    /** {@code may_goto target}: jump once the kernel's loop budget is spent. */
    record MayGoto(Target target) implements Insn {
        public MayGoto {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Target branchTarget() {
            return target;
        }

        @Override
        public MayGoto withBranchTarget(Target t) {
            return new MayGoto(t);
        }
    }

    /** Call of a kernel helper by id. */
    record Call(int helper) implements Insn {
    }

    /** bpf-to-bpf call of a local function (src_reg = BPF_PSEUDO_CALL). */
    record CallLocal(Target target) implements Insn {
        public CallLocal {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public Target branchTarget() {
            return target;
        }

        @Override
        public CallLocal withBranchTarget(Target t) {
            return new CallLocal(t);
        }
    }

    /** Call of a kernel function by BTF id (src_reg = BPF_PSEUDO_KFUNC_CALL); off selects the BTF. */
    record CallKfunc(int btfId, int btfFdIndex) implements Insn {
    }

    /** Indirect call through a register, as LLVM encodes it (register in dst_reg). */
    record Callx(Reg reg) implements Insn {
        public Callx {
            Objects.requireNonNull(reg, "reg");
        }
    }

    /** Return R0 to the caller. */
    record Exit() implements Insn {
    }

    /**
     * 64-bit immediate load. For map references {@code imm}'s low 32 bits are the fd (or fd-array
     * index) and, for the value forms, the high 32 bits the offset into the value.
     */
    record LoadImm64(Reg dst, PseudoSrc src, long imm) implements Insn {
        public LoadImm64 {
            Objects.requireNonNull(dst, "dst");
            Objects.requireNonNull(src, "src");
        }

        @Override
        public int slots() {
            return 2;
        }
    }

    /** Legacy packet load {@code r0 = *(size *)skb[imm]} (socket filters and tc). */
    record LoadAbs(Size size, int imm) implements Insn {
        public LoadAbs {
            Objects.requireNonNull(size, "size");
        }
    }

    /** Legacy packet load {@code r0 = *(size *)skb[src + imm]}. */
    record LoadInd(Size size, Reg src, int imm) implements Insn {
        public LoadInd {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(src, "src");
        }
    }

    /** {@code dst = *(size *)(src + off)}, zero- or ({@code signExtend}, cpu v4) sign-extending. */
    record Load(Size size, boolean signExtend, Reg dst, Reg src, int off) implements Insn {
        public Load {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(dst, "dst");
            Objects.requireNonNull(src, "src");
        }
    }

    /** {@code *(size *)(dst + off) = imm}. */
    record Store(Size size, Reg dst, int off, int imm) implements Insn {
        public Store {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(dst, "dst");
        }
    }

    /** {@code *(size *)(dst + off) = src}. */
    record StoreReg(Size size, Reg dst, int off, Reg src) implements Insn {
        public StoreReg {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(dst, "dst");
            Objects.requireNonNull(src, "src");
        }
    }

    /** Atomic operation on {@code *(size *)(dst + off)} with {@code src} (size W or DW). */
    record Atomic(Size size, AtomicOp op, Reg dst, int off, Reg src) implements Insn {
        public Atomic {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(dst, "dst");
            Objects.requireNonNull(src, "src");
        }
    }

    // ---- Short factories for the common forms -------------------------------------------------

    static Insn mov64(Reg dst, int imm) {
        return new Alu(true, AluOp.MOV, dst, new Imm(imm));
    }

    static Insn mov64(Reg dst, Reg src) {
        return new Alu(true, AluOp.MOV, dst, src);
    }

    static Insn mov32(Reg dst, int imm) {
        return new Alu(false, AluOp.MOV, dst, new Imm(imm));
    }

    static Insn alu64(AluOp op, Reg dst, int imm) {
        return new Alu(true, op, dst, new Imm(imm));
    }

    static Insn alu64(AluOp op, Reg dst, Reg src) {
        return new Alu(true, op, dst, src);
    }

    static Insn alu32(AluOp op, Reg dst, int imm) {
        return new Alu(false, op, dst, new Imm(imm));
    }

    static Insn alu32(AluOp op, Reg dst, Reg src) {
        return new Alu(false, op, dst, src);
    }

    static Insn jump(JmpOp op, Reg dst, int imm, Target target) {
        return new Jump(false, op, dst, new Imm(imm), target);
    }

    static Insn jump(JmpOp op, Reg dst, Reg src, Target target) {
        return new Jump(false, op, dst, src, target);
    }

    static Insn ja(Target target) {
        return new Ja(target);
    }

    static Insn call(int helper) {
        return new Call(helper);
    }

    static Insn exit() {
        return new Exit();
    }

    static Insn load(Size size, Reg dst, Reg src, int off) {
        return new Load(size, false, dst, src, off);
    }

    static Insn store(Size size, Reg dst, int off, int imm) {
        return new Store(size, dst, off, imm);
    }

    static Insn store(Size size, Reg dst, int off, Reg src) {
        return new StoreReg(size, dst, off, src);
    }

    static Insn ldImm64(Reg dst, long imm) {
        return new LoadImm64(dst, PseudoSrc.NONE, imm);
    }

    /** A map reference whose fd is filled in at load time through a relocation. */
    static Insn ldMap(Reg dst) {
        return new LoadImm64(dst, PseudoSrc.MAP_FD, 0);
    }
}
