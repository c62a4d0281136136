package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.Scalar;
import dev.bpfj.verifier.domain.ScalarOps;

/**
 * What each instruction does to a path's state, and the checks that reject it: register use,
 * ALU on scalars and pointers, loads and stores ({@link MemoryAccess}), branches
 * ({@link Branches}), calls and exits ({@link Calls}).
 */
final class Interpreter {
    static final long MAX_VAR_OFF = 1L << 29;

    final Engine env;
    final ProgramType type;
    final AttachType attach;
    final MemoryAccess mem;
    final Branches branches;
    final Calls calls;

    Interpreter(Engine env) {
        this.env = env;
        this.type = env.program.type();
        this.attach = env.program.expectedAttachType();
        this.mem = new MemoryAccess(this);
        this.branches = new Branches(this);
        this.calls = new Calls(this);
    }

    /** Executes the instruction at {@code idx}; returns the next slot, or -1 when the path ended. */
    int step(State st, int idx) {
        String bad = env.cfg.bad.get(idx);
        if (bad != null) {
            throw Reject.einval(idx, bad);
        }
        Insn insn = env.cfg.at[idx];
        // An instanceof chain, most frequent kinds first, not a pattern switch: each pattern switch
        // spins a class the first time it runs (milliseconds of every short command's start-up,
        // which the AOT cache cannot keep).
        if (insn instanceof Insn.Alu a) {
            alu(st, a, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.Load l) {
            mem.load(st, l, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.Jump j) {
            return branches.condJump(st, j, idx);
        }
        if (insn instanceof Insn.StoreReg s) {
            mem.storeReg(st, s, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.Store s) {
            mem.store(st, s, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.Call c) {
            return calls.helper(st, c.helper(), idx);
        }
        if (insn instanceof Insn.Exit) {
            return calls.exit(st, idx);
        }
        if (insn instanceof Insn.LoadImm64 l) {
            ldImm64(st, l, idx);
            return idx + 2;
        }
        if (insn instanceof Insn.Ja || insn instanceof Insn.JaLong) {
            return env.cfg.target[idx];
        }
        if (insn instanceof Insn.Neg g) {
            neg(st, g, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.Endian e) {
            endian(st, e, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.Atomic a) {
            mem.atomic(st, a, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.LoadAbs) {
            mem.legacyLoad(st, null, idx);
            return idx + 1;
        }
        if (insn instanceof Insn.LoadInd l) {
            mem.legacyLoad(st, l.src(), idx);
            return idx + 1;
        }
        if (insn instanceof Insn.MayGoto) {
            return branches.mayGoto(st, idx);
        }
        if (insn instanceof Insn.CallLocal) {
            return calls.local(st, idx);
        }
        if (insn instanceof Insn.CallKfunc) {
            throw Reject.einval(idx, "kernel function calls need BTF, which bpfj's verifier does not model");
        }
        if (insn instanceof Insn.Callx) {
            throw Reject.einval(idx, "BPF_CALL uses reserved fields");
        }
        throw new IllegalStateException("instruction kind without a rule: " + insn);
    }

    // ---- Registers ---------------------------------------------------------------------------------

    RegValue[] regs(State st) {
        return st.cur().regs;
    }

    /** Reads register {@code r} as an operand: it must have been written. */
    RegValue read(State st, Reg r, int idx) {
        return read(st, r.number(), idx);
    }

    RegValue read(State st, int r, int idx) {
        env.markReg(r);
        RegValue v = st.cur().regs[r];
        if (!v.isInit()) {
            throw Reject.eacces(idx, "R" + r + " !read_ok");
        }
        return v;
    }

    /** Checks that {@code r} may be written (not the frame pointer). */
    void checkWrite(Reg r, int idx) {
        env.markReg(r.number());
        if (r == Reg.R10) {
            throw Reject.eacces(idx, "frame pointer is read only");
        }
    }

    // ---- ALU -----------------------------------------------------------------------------------------

    static String aluString(AluOp op) {
        return switch (op) {
            case ADD -> "+=";
            case SUB -> "-=";
            case MUL -> "*=";
            case DIV, SDIV -> "/=";
            case OR -> "|=";
            case AND -> "&=";
            case LSH -> "<<=";
            case RSH -> ">>=";
            case MOD, SMOD -> "%=";
            case XOR -> "^=";
            case MOV, MOVSX8, MOVSX16, MOVSX32 -> "=";
            case ARSH -> "s>>=";
        };
    }

    private void alu(State st, Insn.Alu a, int idx) {
        RegValue[] regs = regs(st);
        int d = a.dst().number();
        AluOp op = a.op();
        if (op == AluOp.MOV || op.isSignExtendingMove()) {
            if (a.src() instanceof Reg src) {
                read(st, src, idx);
            }
            checkWrite(a.dst(), idx);
            if (a.src() instanceof Reg src) {
                mov(st, a, src.number(), d);
            } else {
                int imm = ((Imm) a.src()).value();
                regs[d] = RegValue.constant(a.alu64() ? imm : imm & 0xffffffffL);
            }
            return;
        }
        if (a.src() instanceof Reg src) {
            read(st, src, idx);
        }
        read(st, a.dst(), idx);
        if (a.src() instanceof Imm m) {
            if ((op == AluOp.DIV || op == AluOp.SDIV || op == AluOp.MOD || op == AluOp.SMOD) && m.value() == 0) {
                throw Reject.einval(idx, "div by zero");
            }
            if (op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH) {
                int size = a.alu64() ? 64 : 32;
                if (m.value() < 0 || m.value() >= size) {
                    throw Reject.einval(idx, "invalid shift " + m.value());
                }
            }
        }
        checkWrite(a.dst(), idx);
        adjustRegMinMax(st, a, idx);
    }

    private boolean needsId(RegValue s) {
        return s.isScalar() && (s.addConst() || (s.id() == 0 && !s.var().isConst()));
    }

    /** Kernel's assign_scalar_id_before_mov: a copy links to its source under a plain id. */
    RegValue withFreshId(RegValue s) {
        RegValue r = s.addConst() ? s.unlinked() : s;
        return r.id() == 0 && !r.var().isConst() ? r.withId(env.newId()) : r;
    }

    private void mov(State st, Insn.Alu a, int s, int d) {
        RegValue[] regs = regs(st);
        RegValue src = regs[s];
        int bits = a.op().signExtendBits();
        if (a.alu64()) {
            if (bits == 0) {
                if (needsId(src)) {
                    src = withFreshId(src);
                    regs[s] = src;
                }
                regs[d] = src;
            } else if (src.isScalar()) {
                boolean noSext = Long.compareUnsigned(src.var().umax(), 1L << (bits - 1)) < 0;
                if (noSext && needsId(src)) {
                    src = withFreshId(src);
                    regs[s] = src;
                }
                RegValue dst = noSext ? src : src.unlinked();
                regs[d] = dst.withVar(ScalarOps.coerceSx(dst.var(), bits / 8));
            } else {
                regs[d] = RegValue.UNKNOWN;
            }
            return;
        }
        if (src.isScalar()) {
            RegValue dst;
            if (bits == 0) {
                boolean isU32 = src.var().width() <= 32;
                if (isU32 && needsId(src)) {
                    src = withFreshId(src);
                    regs[s] = src;
                }
                dst = isU32 ? src : src.unlinked();
                dst = dst.withVar(ScalarOps.zext32(dst.var()));
            } else {
                boolean noSext = Long.compareUnsigned(src.var().umax(), 1L << (bits - 1)) < 0;
                if (noSext && needsId(src)) {
                    src = withFreshId(src);
                    regs[s] = src;
                }
                dst = noSext ? src : src.unlinked();
                dst = dst.withVar(ScalarOps.movsx32(dst.var(), bits / 8));
            }
            regs[d] = dst;
        } else {
            regs[d] = RegValue.scalar(ScalarOps.zext32(Scalar.UNKNOWN));
        }
    }

    private void adjustRegMinMax(State st, Insn.Alu a, int idx) {
        RegValue[] regs = regs(st);
        int d = a.dst().number();
        RegValue dst = regs[d];
        RegValue src;
        if (a.src() instanceof Reg r) {
            src = regs[r.number()];
            if (!src.isScalar()) {
                if (!dst.isScalar()) {
                    if (a.op() == AluOp.SUB) {
                        regs[d] = RegValue.UNKNOWN;
                        return;
                    }
                    throw Reject.eacces(idx, "R" + d + " pointer " + aluString(a.op()) + " pointer prohibited");
                }
                Precision.markReg(env, st, d);
                regs[d] = Pointers.adjust(this, st, a, src, dst, true, idx);
                return;
            }
            if (!dst.isScalar()) {
                Precision.markReg(env, st, r.number());
                regs[d] = Pointers.adjust(this, st, a, dst, src, false, idx);
                return;
            }
        } else {
            src = RegValue.constant(((Imm) a.src()).value());
            if (!dst.isScalar()) {
                regs[d] = Pointers.adjust(this, st, a, dst, src, false, idx);
                return;
            }
        }
        if ((a.op() == AluOp.AND || a.op() == AluOp.OR) && isMinusOneOrZero(dst.var(), a.alu64())
                && (a.alu64() ? src.var().isConst() : src.var().isConst32())) {
            // The compiler's branchless select (mask = -cond; x & mask): the kernel explores the
            // two values of the mask separately, this path with -1, the other (re-run) with 0.
            State other = env.push(st, idx, idx);
            other.cur().regs[d] = RegValue.ZERO;
            dst = RegValue.constant(a.alu64() ? -1L : 0xffffffffL);
            regs[d] = dst;
        }
        Scalar result = ScalarOps.alu(a.op(), a.alu64(), dst.var(), src.var());
        RegValue out = dst.withVar(result);
        regs[d] = linkAfterAlu(out, dst, src, a.op(), a.alu64());
    }

    private static boolean isMinusOneOrZero(Scalar v, boolean alu64) {
        return alu64 ? v.smin() == -1 && v.smax() == 0 : v.s32min() == -1 && v.s32max() == 0;
    }

    /**
     * Keeps {@code rX += const} related to the registers it was copied from (kernel: BPF_ADD_CONST).
     * The 32-bit forms keep it too while the value fits in 32 bits (observed: after
     * {@code r4 = r2; w4 += 1}, a bound learnt on r2 also bounds r4).
     */
    private RegValue linkAfterAlu(RegValue out, RegValue dst, RegValue src, AluOp op, boolean alu64) {
        boolean constSrc = alu64 ? src.isConst() : src.isConst32();
        if ((op == AluOp.ADD || op == AluOp.SUB) && dst.id() != 0 && constSrc) {
            long val = alu64 ? src.var().constValue() : (int) src.var().constValue();
            if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE) {
                return out.unlinked();
            }
            if (!alu64 && Long.compareUnsigned(dst.var().umax(), 0xffffffffL) > 0) {
                return out.unlinked();
            }
            int off = (int) val;
            if (op == AluOp.SUB) {
                if (off == Integer.MIN_VALUE) {
                    return out.unlinked();
                }
                off = -off;
            }
            if (dst.addConst()) {
                return out.unlinked();
            }
            return out.withLink(dst.id(), true, off, !alu64);
        }
        return out.unlinked();
    }

    private void neg(State st, Insn.Neg g, int idx) {
        RegValue v = read(st, g.dst(), idx);
        checkWrite(g.dst(), idx);
        RegValue[] regs = regs(st);
        if (v.isScalar()) {
            regs[g.dst().number()] = v.unlinked().withVar(ScalarOps.neg(g.alu64(), v.var()));
        } else {
            regs[g.dst().number()] = RegValue.UNKNOWN;
        }
    }

    private void endian(State st, Insn.Endian e, int idx) {
        RegValue v = read(st, e.dst(), idx);
        checkWrite(e.dst(), idx);
        RegValue[] regs = regs(st);
        if (!v.isScalar()) {
            regs[e.dst().number()] = RegValue.UNKNOWN;
            return;
        }
        boolean swap = e.order() != dev.bpfj.core.insn.EndianOp.LE;
        regs[e.dst().number()] = RegValue.scalar(
                ScalarOps.endian(swap, e.bits(), v.var()));
    }

    private void ldImm64(State st, Insn.LoadImm64 l, int idx) {
        checkWrite(l.dst(), idx);
        RegValue[] regs = regs(st);
        int d = l.dst().number();
        if (l.src() == PseudoSrc.NONE) {
            regs[d] = RegValue.constant(l.imm());
            return;
        }
        if (l.src() == PseudoSrc.FUNC) {
            // Callback functions need the BTF function info bpfj does not emit.
            throw Reject.einval(idx, "missing btf func_info");
        }
        MapSpec map = env.mapAt(idx);
        if (l.src() == PseudoSrc.MAP_FD || l.src() == PseudoSrc.MAP_IDX) {
            regs[d] = RegValue.pointer(RegType.CONST_PTR_TO_MAP).withMap(map);
        } else {
            regs[d] = RegValue.pointer(RegType.PTR_TO_MAP_VALUE).withMap(map).withOff((int) (l.imm() >>> 32));
        }
    }

    /** The stack depth check after all paths: frames of a call chain share 512 bytes. */
    void checkMaxStackDepth() {
        calls.checkMaxStackDepth();
    }
}
