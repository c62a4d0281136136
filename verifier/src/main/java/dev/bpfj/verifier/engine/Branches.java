package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.Scalar;
import dev.bpfj.verifier.domain.ScalarCompare;
import dev.bpfj.verifier.domain.ScalarOps;
import dev.bpfj.verifier.domain.StackSlot;

/**
 * Conditional jumps: deciding the outcome from the operands when possible, otherwise splitting the
 * path and teaching each side what the comparison implies: tighter scalar bounds (also for every
 * register linked to the operands), NULL or not-NULL for a maybe-NULL pointer and all its copies,
 * and proven packet ranges from comparisons with {@code data_end}.
 */
final class Branches {
    private final Interpreter in;
    private final Engine env;

    Branches(Interpreter in) {
        this.in = in;
        this.env = in.env;
    }

    /**
     * {@code may_goto}: this path leaves the loop (budget spent); the other one continues it one
     * level deeper, with scalars that changed since the previous pass (and no check relied on)
     * widened to unknown, so the loop converges.
     */
    int mayGoto(State st, int idx) {
        Checkpoint prev = env.previousEntry(st, idx);
        State queued = env.push(st, idx + 1, idx);
        queued.mayGotoDepth++;
        if (prev != null) {
            widen(prev, queued);
        }
        return env.cfg.target[idx];
    }

    private static void widen(Checkpoint prev, State cur) {
        State old = prev.state;
        for (int f = Math.min(old.curframe, cur.curframe); f >= 0; f--) {
            Frame fo = old.frames[f];
            Frame fc = cur.frames[f];
            for (int r = 0; r < 11; r++) {
                RegValue o = fo.regs[r];
                RegValue c = fc.regs[r];
                if (o.isScalar() && c.isScalar() && !prev.preciseReg(f, r) && !o.equals(c)) {
                    fc.regs[r] = RegValue.UNKNOWN;
                }
            }
            for (int spi = 0; spi < fo.stack.length && spi < fc.stack.length; spi++) {
                StackSlot so = fo.stack[spi];
                StackSlot sc = fc.stack[spi];
                if (so.isSpill() && sc.isSpill() && so.spilled().isScalar() && sc.spilled().isScalar()
                        && !prev.preciseSlot(f, spi) && !so.spilled().equals(sc.spilled())) {
                    fc.stack[spi] = new StackSlot(sc.types(), RegValue.UNKNOWN);
                }
            }
        }
    }

    int condJump(State st, Insn.Jump j, int idx) {
        int target = env.cfg.target[idx];
        RegValue[] regs = st.cur().regs;
        int d = j.dst().number();
        int s = -1;
        RegValue src;
        RegValue dst = in.read(st, j.dst(), idx);
        if (j.src() instanceof Reg r) {
            s = r.number();
            in.read(st, r, idx);
        }
        src = s >= 0 ? regs[s] : RegValue.constant(((Imm) j.src()).value());
        JmpOp op = j.op();
        boolean jmp32 = j.jmp32();
        int pred = branchTaken(dst, src, op, jmp32);
        if (pred >= 0) {
            // The outcome rests on the operands' values: stored states must match them exactly.
            if (dst.isScalar()) {
                Precision.markReg(env, st, d);
            }
            if (s >= 0 && src.isScalar()) {
                Precision.markReg(env, st, s);
            }
            return pred == 1 ? target : idx + 1;
        }
        int linked = 0;
        if (s >= 0 && src.isScalar() && src.id() != 0) {
            linked |= linkedMask(regs, src.id());
        }
        if (dst.isScalar() && dst.id() != 0) {
            linked |= linkedMask(regs, dst.id());
        }
        if (Integer.bitCount(linked) > 1) {
            Engine.flagInsn(st, Precision.linkedFlags(linked));
        }
        State other = env.push(st, target, idx);
        RegValue[] oregs = other.cur().regs;
        if (dst.isScalar() && src.isScalar()) {
            ScalarCompare.Pair yes = ScalarCompare.refine(op, jmp32, dst.var(), src.var(), true, s == d);
            ScalarCompare.Pair no = ScalarCompare.refine(op, jmp32, dst.var(), src.var(), false, s == d);
            oregs[d] = oregs[d].withVar(yes.dst());
            regs[d] = regs[d].withVar(no.dst());
            if (s >= 0) {
                // With the same register on both sides the refinement of the second wins, as in the kernel.
                oregs[s] = oregs[s].withVar(yes.src());
                regs[s] = regs[s].withVar(no.src());
            }
            if (s >= 0 && regs[s].isScalar() && regs[s].id() != 0) {
                syncLinked(st, regs[s], s);
                syncLinked(other, oregs[s], s);
            }
            if (regs[d].isScalar() && regs[d].id() != 0) {
                syncLinked(st, regs[d], d);
                syncLinked(other, oregs[d], d);
            }
        }
        if (!jmp32 && s < 0 && ((Imm) j.src()).value() == 0 && (op == JmpOp.JEQ || op == JmpOp.JNE)
                && dst.maybeNull()) {
            markPtrOrNull(st, d, op == JmpOp.JNE);
            markPtrOrNull(other, d, op == JmpOp.JEQ);
        } else if (s >= 0 && !jmp32 && dst.isPointer() && src.isPointer()
                && dst.maybeNull() != src.maybeNull() && dst.type() != RegType.PTR_TO_BTF_ID
                && src.type() != RegType.PTR_TO_BTF_ID && (op == JmpOp.JEQ || op == JmpOp.JNE)) {
            // Comparing a maybe-NULL pointer with a non-NULL one: equal means not NULL.
            int maybe = dst.maybeNull() ? d : s;
            State eq = op == JmpOp.JEQ ? other : st;
            markPtrOrNull(eq, maybe, false);
        } else if (s >= 0 && !jmp32) {
            // Only 64-bit comparisons bound packet pointers (observed: after "if w4 > w3", with
            // r4 = data + 14 and r3 = data_end, data + 14 is still unreadable).
            matchPacketPointers(j, d, s, st, other);
        }
        return idx + 1;
    }

    private static int linkedMask(RegValue[] regs, int id) {
        int m = 0;
        for (int r = 0; r < 10; r++) {
            if (regs[r].isScalar() && regs[r].id() == id) {
                m |= 1 << r;
            }
        }
        return m;
    }

    // ---- deciding the branch -------------------------------------------------------------------------

    static int branchTaken(RegValue a, RegValue b, JmpOp op, boolean jmp32) {
        if (a.type().isPacketAny() && b.type().isPacketAny() && !jmp32) {
            return packetBranchTaken(a, b, op);
        }
        if (a.isPointer() || b.isPointer()) {
            RegValue ptr = a;
            RegValue sc = b;
            if (!isConst(b, jmp32)) {
                op = op.swap();
                ptr = b;
                sc = a;
            }
            if (!isConst(sc, jmp32)) {
                return -1;
            }
            if (ptr.maybeNull() || !knownNotNull(ptr.type())) {
                return -1;
            }
            long val = jmp32 ? sc.var().constValue() & 0xffffffffL : sc.var().constValue();
            if (val != 0) {
                return -1;
            }
            return switch (op) {
                case JEQ -> 0;
                case JNE -> 1;
                default -> -1;
            };
        }
        return ScalarCompare.taken(op, jmp32, a.var(), b.var());
    }

    /**
     * The pointer kinds whose comparison with 0 the kernel decides (its reg_not_null). It explores
     * both branches for the others, although ctx, stack and packet pointers are never NULL
     * (observed: {@code r4 = r1; if r4 != 0 goto} and {@code r2 = r10; if r2 == 0 goto} go both
     * ways). BTF pointers count only when trusted, which bpfj does not track: both branches then.
     */
    private static boolean knownNotNull(RegType t) {
        return switch (t) {
            case PTR_TO_SOCKET, PTR_TO_TCP_SOCK, PTR_TO_MAP_VALUE, PTR_TO_MAP_KEY, PTR_TO_SOCK_COMMON, PTR_TO_MEM,
                 CONST_PTR_TO_MAP -> true;
            default -> false;
        };
    }

    private static boolean isConst(RegValue r, boolean jmp32) {
        return r.isScalar() && (jmp32 ? r.var().isConst32() : r.var().isConst());
    }

    /** Ranges below zero mark a packet pointer known to be at or beyond data_end. */
    static final int AT_PKT_END = -1;
    static final int BEYOND_PKT_END = -2;

    private static int packetBranchTaken(RegValue a, RegValue b, JmpOp op) {
        RegValue pkt;
        if (b.type() == RegType.PTR_TO_PACKET_END) {
            pkt = a;
        } else if (a.type() == RegType.PTR_TO_PACKET_END) {
            pkt = b;
            op = op.swap();
        } else {
            return -1;
        }
        if (pkt.range() >= 0) {
            return -1;
        }
        switch (op) {
            case JLE, JGT -> {
                if (pkt.range() == BEYOND_PKT_END) {
                    return op == JmpOp.JGT ? 1 : 0;
                }
            }
            case JLT, JGE -> {
                if (pkt.range() == BEYOND_PKT_END || pkt.range() == AT_PKT_END) {
                    return op == JmpOp.JGE ? 1 : 0;
                }
            }
            default -> {
            }
        }
        return -1;
    }

    // ---- linked scalars ----------------------------------------------------------------------------

    /** Copies what a branch learned about {@code known} into every register and spill linked to it. */
    private void syncLinked(State st, RegValue known, int knownReg) {
        int id = known.id();
        for (int fi = 0; fi <= st.curframe; fi++) {
            Frame f = st.frames[fi];
            for (int r = 0; r < 11; r++) {
                if (fi == st.curframe && r == knownReg) {
                    continue;
                }
                RegValue v = f.regs[r];
                RegValue n = linked(v, known, id);
                if (n != v) {
                    f.regs[r] = n;
                }
            }
            for (int spi = 0; spi < f.stack.length; spi++) {
                StackSlot slot = f.stack[spi];
                if (!slot.isSpill()) {
                    continue;
                }
                RegValue v = slot.spilled();
                RegValue n = linked(v, known, id);
                if (n != v) {
                    f.stack[spi] = new StackSlot(slot.types(), n);
                }
            }
        }
    }

    private static RegValue linked(RegValue reg, RegValue known, int id) {
        if (!reg.isScalar() || reg.id() != id || reg == known) {
            return reg;
        }
        boolean add32 = reg.addConst32() || known.addConst32();
        if (add32 && ((reg.addConst() && !reg.addConst32()) || (known.addConst() && !known.addConst32()))) {
            // A 64-bit delta and a 32-bit one: the two may differ by more than their deltas.
            return reg;
        }
        if ((!reg.addConst() && !known.addConst())
                || (reg.off() == known.off() && reg.addConst32() == known.addConst32())) {
            return known.withLink(reg.id(), reg.addConst(), reg.off(), reg.addConst32()).withVar(known.var());
        }
        long delta = (long) reg.off() - known.off();
        // A 32-bit delta wraps at 32 bits (every value of such a link fits in 32 bits).
        Scalar v = ScalarOps.alu(dev.bpfj.core.insn.AluOp.ADD, !add32, known.var(), Scalar.constant(delta));
        return reg.withVar(v);
    }

    // ---- NULL checks --------------------------------------------------------------------------------

    /** After {@code rX == 0}: every copy of the maybe-NULL pointer becomes NULL or the pointer. */
    void markPtrOrNull(State st, int regno, boolean isNull) {
        RegValue r = st.cur().regs[regno];
        int id = r.id();
        int ref = r.refObjId();
        if (ref != 0 && ref == id && isNull) {
            st.release(id);
        }
        if (id == 0) {
            return;
        }
        for (int fi = 0; fi <= st.curframe; fi++) {
            Frame f = st.frames[fi];
            for (int i = 0; i < 11; i++) {
                f.regs[i] = ptrOrNull(f.regs[i], id, isNull);
            }
            for (int spi = 0; spi < f.stack.length; spi++) {
                StackSlot slot = f.stack[spi];
                if (slot.isSpill()) {
                    RegValue n = ptrOrNull(slot.spilled(), id, isNull);
                    if (n != slot.spilled()) {
                        f.stack[spi] = new StackSlot(slot.types(), n);
                    }
                }
            }
        }
    }

    private static RegValue ptrOrNull(RegValue reg, int id, boolean isNull) {
        if (!reg.maybeNull() || reg.id() != id) {
            return reg;
        }
        if (isNull) {
            return RegValue.ZERO;
        }
        RegValue out;
        if (reg.type() == RegType.PTR_TO_MAP_VALUE) {
            MapSpec m = reg.map();
            if (m != null && m.inner() != null
                    && (m.type() == MapType.ARRAY_OF_MAPS || m.type() == MapType.HASH_OF_MAPS)) {
                out = reg.withType(RegType.CONST_PTR_TO_MAP, false).withMap(m.inner());
            } else if (m != null && m.type() == MapType.XSKMAP) {
                out = reg.withType(RegType.PTR_TO_XDP_SOCK, false);
            } else if (m != null && (m.type() == MapType.SOCKMAP || m.type() == MapType.SOCKHASH)) {
                out = reg.withType(RegType.PTR_TO_SOCKET, false);
            } else {
                out = reg.withType(RegType.PTR_TO_MAP_VALUE, false);
            }
        } else {
            out = reg.withType(reg.type(), false);
        }
        return out.withId(0);
    }

    // ---- packet pointers -----------------------------------------------------------------------------

    private void matchPacketPointers(Insn.Jump j, int d, int s, State thisBranch, State otherBranch) {
        RegValue dst = thisBranch.cur().regs[d];
        RegValue src = thisBranch.cur().regs[s];
        boolean dataVsEnd = (dst.type() == RegType.PTR_TO_PACKET && src.type() == RegType.PTR_TO_PACKET_END)
                || (dst.type() == RegType.PTR_TO_PACKET_META && isInitPacket(src, RegType.PTR_TO_PACKET));
        boolean endVsData = (dst.type() == RegType.PTR_TO_PACKET_END && src.type() == RegType.PTR_TO_PACKET)
                || (isInitPacket(dst, RegType.PTR_TO_PACKET) && src.type() == RegType.PTR_TO_PACKET_META);
        if (!dataVsEnd && !endVsData) {
            return;
        }
        switch (j.op()) {
            case JGT -> {
                if (dataVsEnd) {
                    goodPointers(thisBranch, dst, false);
                    markPacketEnd(otherBranch, d, true);
                } else {
                    goodPointers(otherBranch, src, true);
                    markPacketEnd(thisBranch, s, false);
                }
            }
            case JLT -> {
                if (dataVsEnd) {
                    goodPointers(otherBranch, dst, true);
                    markPacketEnd(thisBranch, d, false);
                } else {
                    goodPointers(thisBranch, src, false);
                    markPacketEnd(otherBranch, s, true);
                }
            }
            case JGE -> {
                if (dataVsEnd) {
                    goodPointers(thisBranch, dst, true);
                    markPacketEnd(otherBranch, d, false);
                } else {
                    goodPointers(otherBranch, src, false);
                    markPacketEnd(thisBranch, s, true);
                }
            }
            case JLE -> {
                if (dataVsEnd) {
                    goodPointers(otherBranch, dst, false);
                    markPacketEnd(thisBranch, d, true);
                } else {
                    goodPointers(thisBranch, src, true);
                    markPacketEnd(otherBranch, s, false);
                }
            }
            default -> {
            }
        }
    }

    private static boolean isInitPacket(RegValue r, RegType t) {
        return r.type() == t && r.off() == 0 && r.var().isZero();
    }

    /** Every packet pointer sharing {@code ptr}'s id is proven readable up to {@code ptr}'s offset. */
    private static void goodPointers(State st, RegValue ptr, boolean rangeRightOpen) {
        if (ptr.off() < 0 || (ptr.off() == 0 && rangeRightOpen)) {
            return;
        }
        if (Long.compareUnsigned(ptr.var().umax(), MemoryAccess.MAX_PACKET_OFF) > 0
                || ptr.var().umax() + ptr.off() > MemoryAccess.MAX_PACKET_OFF) {
            return;
        }
        int newRange = ptr.off() + (rangeRightOpen ? 1 : 0);
        for (int fi = 0; fi <= st.curframe; fi++) {
            Frame f = st.frames[fi];
            for (int i = 0; i < 11; i++) {
                RegValue r = f.regs[i];
                if (r.type() == ptr.type() && r.id() == ptr.id() && r.range() < newRange) {
                    f.regs[i] = r.withRange(Math.max(r.range(), newRange));
                }
            }
            for (int spi = 0; spi < f.stack.length; spi++) {
                StackSlot slot = f.stack[spi];
                RegValue r = slot.spilled();
                if (slot.isSpill() && r.type() == ptr.type() && r.id() == ptr.id() && r.range() < newRange) {
                    f.stack[spi] = new StackSlot(slot.types(), r.withRange(Math.max(r.range(), newRange)));
                }
            }
        }
    }

    private static void markPacketEnd(State st, int regno, boolean rangeOpen) {
        RegValue r = st.cur().regs[regno];
        if (r.type() != RegType.PTR_TO_PACKET) {
            return;
        }
        st.cur().regs[regno] = r.withRange(rangeOpen ? BEYOND_PKT_END : AT_PKT_END);
    }
}
