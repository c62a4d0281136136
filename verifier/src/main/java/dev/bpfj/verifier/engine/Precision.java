package dev.bpfj.verifier.engine;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.verifier.domain.StackSlot;

/**
 * Precision tracking, as the kernel does it: a stored state only has to match a later one in the
 * scalars whose exact value some check relied on (a decided branch, a pointer offset, a size
 * argument, the return value). When a check relies on a scalar, the path's history is walked
 * backwards to find every register and stack slot that value came from, and those are marked
 * precise in the states stored along the path. Other scalars match any scalar, which is what lets
 * branchy programs verify in time linear in their size.
 *
 * <p>History entries are (slot, flags): the low 4 bits of flags are the frame the instruction
 * ran in; {@link #STACK} marks a spill or fill of a register at a fixed stack slot (frame in bits
 * 5-8, slot in bits 9-15); bits 16-26 list registers linked to a branch's operands.
 */
final class Precision {
    static final int STACK = 1 << 4;
    private static final int ARGS = 0b111110;

    private Precision() {
    }

    static int stackFlags(int frame, int spi) {
        return STACK | (frame << 5) | (Math.min(spi, 127) << 9);
    }

    static int linkedFlags(int regMask) {
        return regMask << 16;
    }

    /** What still needs precision while walking back: per frame, registers and stack slots. */
    static final class Wanted {
        final int[] regs = new int[State.MAX_FRAMES];
        final long[] slots = new long[State.MAX_FRAMES];

        boolean empty() {
            for (int f = 0; f < State.MAX_FRAMES; f++) {
                if (regs[f] != 0 || slots[f] != 0) {
                    return false;
                }
            }
            return true;
        }

        boolean reg(int f, int r) {
            return (regs[f] & (1 << r)) != 0;
        }

        void set(int f, int r) {
            regs[f] |= 1 << r;
        }

        void clear(int f, int r) {
            regs[f] &= ~(1 << r);
        }
    }

    /** Marks register {@code r} of the current frame as relied upon at the current instruction. */
    static void markReg(Engine env, State cur, int r) {
        Wanted w = new Wanted();
        w.set(cur.curframe, r);
        mark(env, cur, w, true);
    }

    /** Marks a stack slot of {@code frame} as relied upon at the current instruction. */
    static void markSlot(Engine env, State cur, int frame, int spi) {
        if (spi >= 64) {
            return;
        }
        Wanted w = new Wanted();
        w.slots[frame] |= 1L << spi;
        mark(env, cur, w, true);
    }

    /** After {@code cur} was pruned by {@code old}: what {@code old} relied on, {@code cur}'s path relies on too. */
    static void propagate(Engine env, Checkpoint old, State cur) {
        Wanted w = new Wanted();
        State s = old.state;
        for (int f = 0; f <= s.curframe; f++) {
            Frame fr = s.frames[f];
            for (int r = 0; r < 10; r++) {
                if (old.preciseReg(f, r) && fr.regs[r].isScalar()) {
                    w.set(f, r);
                }
            }
            for (int spi = 0; spi < fr.stack.length && spi < 64; spi++) {
                StackSlot sl = fr.stack[spi];
                if (old.preciseSlot(f, spi) && sl.isSpill() && sl.spilled().isScalar()) {
                    w.slots[f] |= 1L << spi;
                }
            }
        }
        mark(env, cur, w, false);
    }

    private static void mark(Engine env, State cur, Wanted w, boolean skipFirst) {
        if (w.empty()) {
            return;
        }
        int[] h = cur.hist;
        int len = cur.histLen;
        Checkpoint ck = cur.parent;
        boolean skip = skipFirst;
        while (true) {
            for (int i = len - 2; i >= 0; i -= 2) {
                if (skip) {
                    skip = false;
                    continue;
                }
                if (!backtrack(env, h[i], h[i + 1], w)) {
                    markAll(cur.parent);
                    return;
                }
                if (w.empty()) {
                    return;
                }
            }
            skip = false;
            if (ck == null) {
                return;
            }
            State s = ck.state;
            for (int f = 0; f < State.MAX_FRAMES; f++) {
                if (f > s.curframe) {
                    if (w.regs[f] != 0 || w.slots[f] != 0) {
                        markAll(ck);
                        return;
                    }
                    continue;
                }
                Frame fr = s.frames[f];
                for (int r = 0; r < 11; r++) {
                    if (!w.reg(f, r)) {
                        continue;
                    }
                    if (!fr.regs[r].isScalar() || ck.preciseReg(f, r)) {
                        w.clear(f, r);
                    } else {
                        ck.preciseRegs[f] |= 1 << r;
                    }
                }
                long slots = w.slots[f];
                for (int spi = 0; spi < 64 && slots != 0; spi++) {
                    if ((slots & (1L << spi)) == 0) {
                        continue;
                    }
                    StackSlot sl = fr.slot(spi);
                    if (!sl.isSpill() || !sl.spilled().isScalar() || ck.preciseSlot(f, spi)) {
                        w.slots[f] &= ~(1L << spi);
                    } else {
                        ck.preciseSlots[f] |= 1L << spi;
                    }
                }
            }
            if (w.empty()) {
                return;
            }
            h = ck.hist;
            len = h.length;
            ck = ck.parent;
        }
    }

    /** When the history cannot be followed: every scalar of every stored state on the path counts. */
    private static void markAll(Checkpoint from) {
        for (Checkpoint ck = from; ck != null; ck = ck.parent) {
            State s = ck.state;
            for (int f = 0; f <= s.curframe; f++) {
                Frame fr = s.frames[f];
                for (int r = 0; r < 10; r++) {
                    if (fr.regs[r].isScalar()) {
                        ck.preciseRegs[f] |= 1 << r;
                    }
                }
                for (int spi = 0; spi < fr.stack.length && spi < 64; spi++) {
                    StackSlot sl = fr.stack[spi];
                    if (sl.isSpill() && sl.spilled().isScalar()) {
                        ck.preciseSlots[f] |= 1L << spi;
                    }
                }
            }
        }
    }

    /** One instruction backwards: what was wanted after it, wanted before it. False when it cannot tell. */
    private static boolean backtrack(Engine env, int slot, int flags, Wanted w) {
        int fr = flags & 0xf;
        int linked = (flags >>> 16) & 0x7ff;
        if (linked != 0 && (w.regs[fr] & linked) != 0) {
            w.regs[fr] |= linked;
        }
        if (!backtrackInsn(env.cfg.at[slot], fr, flags, w)) {
            return false;
        }
        if (linked != 0 && (w.regs[fr] & linked) != 0) {
            w.regs[fr] |= linked;
        }
        return true;
    }

    /**
     * {@link #backtrack}'s rule for one instruction kind; false when it cannot tell. An instanceof
     * chain: a pattern switch spins a class on its first run, milliseconds of a short command's start.
     */
    private static boolean backtrackInsn(Insn insn, int fr, int flags, Wanted w) {
        if (insn instanceof Insn.Alu a) {
            int d = a.dst().number();
            if (!w.reg(fr, d)) {
                return true;
            }
            if (a.op() == AluOp.MOV || a.op().isSignExtendingMove()) {
                w.clear(fr, d);
                if (a.src() instanceof Reg r && r != Reg.R10) {
                    w.set(fr, r.number());
                }
            } else if (a.src() instanceof Reg r) {
                w.set(fr, r.number());
            }
            return true;
        }
        if (insn instanceof Insn.LoadImm64 l) {
            w.clear(fr, l.dst().number());
            return true;
        }
        if (insn instanceof Insn.Load l) {
            int d = l.dst().number();
            if (!w.reg(fr, d)) {
                return true;
            }
            w.clear(fr, d);
            if ((flags & STACK) != 0) {
                int sf = (flags >>> 5) & 0xf;
                int spi = (flags >>> 9) & 0x7f;
                if (spi < 64) {
                    w.slots[sf] |= 1L << spi;
                }
            }
            return true;
        }
        if (insn instanceof Insn.Store s) {
            if (w.reg(fr, s.dst().number())) {
                return false;
            }
            clearSpill(flags, w);
            return true;
        }
        if (insn instanceof Insn.StoreReg s) {
            if (w.reg(fr, s.dst().number())) {
                return false;
            }
            if (clearSpill(flags, w)) {
                w.set(fr, s.src().number());
            }
            return true;
        }
        if (insn instanceof Insn.Atomic a) {
            return !w.reg(fr, a.dst().number());
        }
        if (insn instanceof Insn.Jump j) {
            if (j.src() instanceof Reg r) {
                int d = j.dst().number();
                if (w.reg(fr, d) || w.reg(fr, r.number())) {
                    w.set(fr, d);
                    w.set(fr, r.number());
                }
            }
            return true;
        }
        if (insn instanceof Insn.Call) {
            w.clear(fr, 0);
            if ((w.regs[fr] & ARGS) != 0) {
                return false;
            }
            return true;
        }
        if (insn instanceof Insn.CallLocal) {
            int callee = fr + 1;
            if ((w.regs[callee] & ~ARGS) != 0 || w.slots[callee] != 0) {
                return false;
            }
            w.regs[fr] |= w.regs[callee] & ARGS;
            w.regs[callee] = 0;
            return true;
        }
        if (insn instanceof Insn.Exit) {
            if (fr == 0) {
                return false;
            }
            int caller = fr - 1;
            if ((w.regs[caller] & ARGS) != 0) {
                return false;
            }
            if (w.reg(caller, 0)) {
                w.clear(caller, 0);
                w.set(fr, 0);
            }
            return true;
        }
        if (insn instanceof Insn.LoadAbs || insn instanceof Insn.LoadInd) {
            return !w.reg(fr, 0);
        }
        return !(insn instanceof Insn.CallKfunc || insn instanceof Insn.Callx);
    }

    /** A spill to a wanted slot: the slot is satisfied by whatever was spilled. */
    private static boolean clearSpill(int flags, Wanted w) {
        if ((flags & STACK) == 0) {
            return false;
        }
        int sf = (flags >>> 5) & 0xf;
        int spi = (flags >>> 9) & 0x7f;
        if (spi >= 64 || (w.slots[sf] & (1L << spi)) == 0) {
            return false;
        }
        w.slots[sf] &= ~(1L << spi);
        return true;
    }
}
