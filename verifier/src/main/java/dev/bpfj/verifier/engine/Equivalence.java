package dev.bpfj.verifier.engine;

import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.StackSlot;
import java.util.HashMap;
import java.util.Map;

/**
 * When a stored state makes exploring the current one pointless: the stored state was proven safe
 * and allows everything the current one does (dead registers, invalid stack bytes and misc data in
 * it allow anything). Ids are compared up to renaming. Also the exact equality used to detect a
 * path that returned to a state it was already in (an infinite loop).
 */
final class Equivalence {
    private Equivalence() {
    }

    /** A consistent renaming of old ids to current ids. */
    private static final class IdMap {
        final Map<Integer, Integer> map = new HashMap<>();
        final Map<Integer, Integer> reverse = new HashMap<>();
        int tmp = 1 << 30;

        boolean check(int oldId, int curId) {
            if (oldId == 0 && curId == 0) {
                return true;
            }
            if (oldId == 0 || curId == 0) {
                return false;
            }
            Integer m = map.get(oldId);
            if (m != null) {
                return m == curId;
            }
            Integer r = reverse.get(curId);
            if (r != null && r != oldId) {
                return false;
            }
            map.put(oldId, curId);
            reverse.put(curId, oldId);
            return true;
        }

        boolean checkScalar(int oldId, int curId) {
            if (oldId == 0) {
                return true;
            }
            return check(oldId, curId == 0 ? ++tmp : curId);
        }
    }

    /** Kernel's states_equal(NOT_EXACT): {@code old} (explored, safe) covers {@code cur} at {@code idx}. */
    static boolean safe(Engine env, Checkpoint ck, State cur, int idx, boolean rangeWithin) {
        State old = ck.state;
        if (old.curframe != cur.curframe) {
            return false;
        }
        IdMap ids = new IdMap();
        for (int i = 0; i <= old.curframe; i++) {
            Frame fo = old.frames[i];
            Frame fc = cur.frames[i];
            if (fo.callsite != fc.callsite) {
                return false;
            }
            int live = i == old.curframe ? env.cfg.liveIn[idx] : env.cfg.liveIn[old.frames[i + 1].callsite];
            // Stack slots no path from here reads are skipped, as the kernel's stack liveness
            // does; only in the innermost frame, whose function idx is in.
            long liveStack = i == old.curframe && !rangeWithin ? env.cfg.liveStackIn[idx] : -1L;
            if (!framesSafe(fo, fc, live, liveStack, ids, ck, i, rangeWithin)) {
                return false;
            }
        }
        if (old.refCount != cur.refCount) {
            return false;
        }
        for (int i = 0; i < old.refCount; i++) {
            if (!ids.check(old.refIds[i], cur.refIds[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean framesSafe(Frame fo, Frame fc, int live, long liveStack, IdMap ids, Checkpoint ck,
                                      int frame, boolean all) {
        for (int r = 0; r < 11; r++) {
            if (r != 10 && (live & (1 << r)) == 0) {
                continue;
            }
            if (!regSafe(fo.regs[r], fc.regs[r], ids, all || ck.preciseReg(frame, r))) {
                return false;
            }
        }
        return stackSafe(fo, fc, liveStack, ids, ck, frame, all);
    }

    /** Kernel's regsafe; an imprecise old scalar matches any scalar. */
    static boolean regSafe(RegValue o, RegValue c, IdMap ids, boolean precise) {
        if (o.type() == RegType.NOT_INIT) {
            return true;
        }
        if (o.type() != c.type() || o.maybeNull() != c.maybeNull()) {
            return false;
        }
        switch (o.type()) {
            case SCALAR -> {
                if (!precise) {
                    return true;
                }
                if (o.addConst() != c.addConst()) {
                    return false;
                }
                if (o.addConst() && (o.off() != c.off() || o.addConst32() != c.addConst32())) {
                    return false;
                }
                return ids.checkScalar(o.id(), c.id()) && c.var().within(o.var());
            }
            case PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MEM, PTR_TO_BUF, PTR_TO_TP_BUFFER -> {
                return o.off() == c.off() && sameMap(o, c) && o.memSize() == c.memSize()
                        && c.var().within(o.var()) && ids.check(o.id(), c.id())
                        && ids.check(o.refObjId(), c.refObjId());
            }
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> {
                if (o.range() > c.range() || o.off() != c.off()) {
                    return false;
                }
                if (!ids.check(o.id(), c.id())) {
                    return false;
                }
                return c.var().within(o.var());
            }
            case PTR_TO_STACK -> {
                return exactReg(o, c, ids) && o.frameno() == c.frameno();
            }
            default -> {
                return exactReg(o, c, ids);
            }
        }
    }

    private static boolean sameMap(RegValue o, RegValue c) {
        return o.map() == c.map() || (o.map() != null && o.map().equals(c.map()));
    }

    private static boolean exactReg(RegValue o, RegValue c, IdMap ids) {
        return o.type() == c.type() && o.maybeNull() == c.maybeNull() && o.off() == c.off()
                && o.addConst() == c.addConst() && sameMap(o, c) && o.range() == c.range()
                && o.frameno() == c.frameno() && o.memSize() == c.memSize() && o.var().equals(c.var())
                && ids.check(o.id(), c.id()) && ids.check(o.refObjId(), c.refObjId());
    }

    private static boolean allMisc(StackSlot s) {
        return s.types() == StackSlot.fill(StackSlot.MISC);
    }

    /** The scalar a whole slot holds when read as 8 bytes, or null when it is not a scalar slot. */
    private static RegValue scalarForSlot(StackSlot s) {
        if (s.isFullSpill() && s.spilled().isScalar()) {
            return s.spilled();
        }
        if (allMisc(s)) {
            return RegValue.UNKNOWN;
        }
        return null;
    }

    private static boolean stackSafe(Frame fo, Frame fc, long liveStack, IdMap ids, Checkpoint ck, int frame,
                                     boolean all) {
        for (int spi = 0; spi < fo.stack.length; spi++) {
            StackSlot o = fo.stack[spi];
            if (o.isEmpty() || (spi < 64 && (liveStack & (1L << spi)) == 0)) {
                continue;
            }
            StackSlot c = fc.slot(spi);
            RegValue ro = scalarForSlot(o);
            RegValue rc = scalarForSlot(c);
            if (ro != null && rc != null && !allMisc(o)) {
                if (!regSafe(ro, rc, ids, all || ck.preciseSlot(frame, spi))) {
                    return false;
                }
                continue;
            }
            for (int j = 0; j < 8; j++) {
                byte to = o.type(j);
                if (to == StackSlot.INVALID || to == StackSlot.MISC) {
                    continue; // anything goes: as root, misc data in a safe state covers any bytes
                }
                if (spi >= fc.stack.length) {
                    return false;
                }
                byte tc = c.type(j);
                if (to != tc) {
                    return false;
                }
            }
            if (o.isSpill() && !regSafe(o.spilled(), c.spilled(), ids, all || ck.preciseSlot(frame, spi))) {
                return false;
            }
        }
        return true;
    }

    /** Kernel's states_maybe_looping: the current frames' registers are bit-for-bit the same. */
    static boolean maybeLooping(State old, State cur) {
        if (old.curframe != cur.curframe) {
            return false;
        }
        Frame fo = old.cur();
        Frame fc = cur.cur();
        for (int r = 0; r < 11; r++) {
            if (!fo.regs[r].equals(fc.regs[r])) {
                return false;
            }
        }
        return true;
    }

    /** Kernel's states_equal(EXACT). */
    static boolean exact(State old, State cur) {
        if (old.curframe != cur.curframe || old.refCount != cur.refCount) {
            return false;
        }
        IdMap ids = new IdMap();
        for (int i = 0; i <= old.curframe; i++) {
            Frame fo = old.frames[i];
            Frame fc = cur.frames[i];
            if (fo.callsite != fc.callsite) {
                return false;
            }
            for (int r = 0; r < 11; r++) {
                RegValue o = fo.regs[r];
                RegValue c = fc.regs[r];
                if (o.type() != c.type()) {
                    return false;
                }
                if (o.isInit() && !exactReg(o, c, ids)) {
                    return false;
                }
            }
            int n = Math.max(fo.stack.length, fc.stack.length);
            for (int spi = 0; spi < n; spi++) {
                StackSlot so = fo.slot(spi);
                StackSlot sc = fc.slot(spi);
                if (so.types() != sc.types()) {
                    return false;
                }
                if (so.isSpill() && !exactReg(so.spilled(), sc.spilled(), ids)) {
                    return false;
                }
            }
        }
        for (int i = 0; i < old.refCount; i++) {
            if (!ids.check(old.refIds[i], cur.refIds[i])) {
                return false;
            }
        }
        return true;
    }
}
