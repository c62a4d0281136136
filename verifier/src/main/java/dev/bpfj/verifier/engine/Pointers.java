package dev.bpfj.verifier.engine;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.Scalar;

/**
 * Pointer arithmetic: which pointer kinds allow it, and how a constant moves the fixed offset while
 * a variable scalar becomes the pointer's variable offset (a packet pointer then gets a new id and
 * loses its proven range).
 */
final class Pointers {
    private Pointers() {
    }

    /**
     * {@code dst op= src} where one side is the pointer {@code ptr} and the other the scalar
     * {@code offReg}; {@code scalarIsDst} for {@code scalar += pointer}.
     */
    static RegValue adjust(Interpreter in, State st, Insn.Alu a, RegValue ptr, RegValue offReg,
                           boolean scalarIsDst, int idx) {
        int dst = a.dst().number();
        AluOp op = a.op();
        Scalar o = offReg.var();
        boolean known = o.isConst();
        if (!a.alu64()) {
            if (op == AluOp.SUB) {
                return RegValue.UNKNOWN;
            }
            throw Reject.eacces(idx, "R" + dst + " 32-bit pointer arithmetic prohibited");
        }
        if (ptr.maybeNull()) {
            throw Reject.eacces(idx, "R" + dst + " pointer arithmetic on " + ptr.typeName()
                    + " prohibited, null-check it first");
        }
        boolean allowed = switch (ptr.type()) {
            case PTR_TO_CTX, PTR_TO_MAP_VALUE, PTR_TO_MAP_KEY, PTR_TO_STACK, PTR_TO_PACKET_META, PTR_TO_PACKET,
                 PTR_TO_TP_BUFFER, PTR_TO_BTF_ID, PTR_TO_MEM, PTR_TO_BUF, PTR_TO_FUNC -> true;
            case PTR_TO_FLOW_KEYS -> known;
            case CONST_PTR_TO_MAP -> known && o.smin() == 0 && op == AluOp.ADD;
            default -> false;
        };
        if (!allowed) {
            throw Reject.eacces(idx, "R" + dst + " pointer arithmetic on " + ptr.typeName() + " prohibited");
        }
        String tname = ptr.typeName();
        saneOffset(o, 0, tname, idx);
        saneOffset(ptr.var(), ptr.off(), tname, idx);

        RegValue out;
        long smin = o.smin();
        switch (op) {
            case ADD -> {
                long sum = (long) ptr.off() + smin;
                if (known && sum == (int) sum) {
                    out = ptr.withOff((int) sum);
                } else {
                    out = ptr.withVar(addVar(ptr.var(), o));
                    if (ptr.type().isPacket()) {
                        out = out.withId(in.env.newId()).withRange(0);
                    }
                }
            }
            case SUB -> {
                if (scalarIsDst) {
                    throw Reject.eacces(idx, "R" + dst + " tried to subtract pointer from scalar");
                }
                if (ptr.type() == RegType.PTR_TO_STACK) {
                    throw Reject.eacces(idx, "R" + dst + " subtraction from stack pointer prohibited");
                }
                long diff = (long) ptr.off() - smin;
                if (known && diff == (int) diff) {
                    out = ptr.withOff((int) diff);
                } else {
                    out = ptr.withVar(subVar(ptr.var(), o));
                    if (ptr.type().isPacket()) {
                        out = out.withId(in.env.newId());
                        if (smin < 0) {
                            out = out.withRange(0);
                        }
                    }
                }
            }
            case AND, OR, XOR -> throw Reject.eacces(idx, "R" + dst + " bitwise operator " + Interpreter.aluString(op)
                    + " on pointer prohibited");
            default -> throw Reject.eacces(idx, "R" + dst + " pointer arithmetic with " + Interpreter.aluString(op)
                    + " operator prohibited");
        }
        saneOffset(out.var(), out.off(), tname, idx);
        return out.withVar(syncPointerVar(out.var()));
    }

    /** Pointer offsets carry no 32-bit bounds of their own: re-derive them from the 64-bit ones. */
    private static Scalar syncPointerVar(Scalar v) {
        Scalar unbounded32 = new Scalar(v.value(), v.mask(), v.smin(), v.smax(), v.umin(), v.umax(),
                Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
        return unbounded32.sync();
    }

    private static Scalar addVar(Scalar p, Scalar o) {
        long smin = p.smin() + o.smin();
        long smax = p.smax() + o.smax();
        boolean sOver = ((p.smin() ^ smin) & (o.smin() ^ smin)) < 0 || ((p.smax() ^ smax) & (o.smax() ^ smax)) < 0;
        if (sOver) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        }
        long umin = p.umin() + o.umin();
        long umax = p.umax() + o.umax();
        if (Long.compareUnsigned(umin, p.umin()) < 0 || Long.compareUnsigned(umax, p.umax()) < 0) {
            umin = 0;
            umax = -1L;
        }
        var t = p.tnum().add(o.tnum());
        return new Scalar(t.value(), t.mask(), smin, smax, umin, umax, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
    }

    private static Scalar subVar(Scalar p, Scalar o) {
        long smin = p.smin() - o.smax();
        long smax = p.smax() - o.smin();
        boolean sOver = ((p.smin() ^ o.smax()) & (p.smin() ^ smin)) < 0 || ((p.smax() ^ o.smin()) & (p.smax() ^ smax)) < 0;
        if (sOver) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        }
        long umin;
        long umax;
        if (Long.compareUnsigned(p.umin(), o.umax()) < 0) {
            umin = 0;
            umax = -1L;
        } else {
            umin = p.umin() - o.umax();
            umax = p.umax() - o.umin();
        }
        var t = p.tnum().sub(o.tnum());
        return new Scalar(t.value(), t.mask(), smin, smax, umin, umax, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1);
    }

    /** The kernel's limits on offsets in pointer arithmetic (2^29 either way). */
    private static void saneOffset(Scalar v, int off, String tname, int idx) {
        long max = Interpreter.MAX_VAR_OFF;
        if (v.isConst() && (v.constValue() >= max || v.constValue() <= -max)) {
            throw Reject.einval(idx, "math between " + tname + " pointer and " + v.constValue() + " is not allowed");
        }
        if (off >= max || off <= -max) {
            throw Reject.einval(idx, tname + " pointer offset " + off + " is not allowed");
        }
        if (v.smin() == Long.MIN_VALUE) {
            throw Reject.einval(idx, "math between " + tname
                    + " pointer and register with unbounded min value is not allowed");
        }
        if (v.smin() >= max || v.smin() <= -max) {
            throw Reject.einval(idx, "value " + v.smin() + " makes " + tname + " pointer be out of bounds");
        }
    }
}
