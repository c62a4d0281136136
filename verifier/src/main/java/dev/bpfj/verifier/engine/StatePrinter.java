package dev.bpfj.verifier.engine;

import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.Scalar;
import dev.bpfj.verifier.domain.ScalarPrinter;
import dev.bpfj.verifier.domain.StackSlot;

/** Prints registers and frames in the kernel's log notation ({@code R1=ctx() R10=fp0 fp-8=0000????}). */
final class StatePrinter {
    private StatePrinter() {
    }

    /** One register value, e.g. {@code map_value(map=m,ks=4,vs=8)} or {@code scalar(smin=0,...)}. */
    static void reg(RegValue r, int curFrameno, StringBuilder sb) {
        RegType t = r.type();
        Scalar v = r.var();
        if (t == RegType.SCALAR) {
            if (v.isConst()) {
                ScalarPrinter.signed(v.constValue(), sb);
                return;
            }
            sb.append("scalar(");
            boolean first = true;
            if (r.id() != 0) {
                sb.append("id=").append(r.id());
                if (r.addConst()) {
                    if (r.off() >= 0) {
                        sb.append('+');
                    }
                    sb.append(r.off());
                }
                first = false;
            }
            ScalarPrinter.appendBounds(v, sb, first);
            sb.append(')');
            return;
        }
        sb.append(r.typeName());
        if (t == RegType.PTR_TO_STACK) {
            if (r.frameno() != curFrameno) {
                sb.append('[').append(r.frameno()).append(']');
            }
            if (v.isConst()) {
                ScalarPrinter.signed(v.constValue() + r.off(), sb);
                return;
            }
        }
        sb.append('(');
        int mark = sb.length();
        if (r.id() != 0) {
            sep(sb, mark).append("id=").append(r.id());
        }
        if (r.refObjId() != 0) {
            sep(sb, mark).append("ref_obj_id=").append(r.refObjId());
        }
        if ((t == RegType.CONST_PTR_TO_MAP || t == RegType.PTR_TO_MAP_VALUE || t == RegType.PTR_TO_MAP_KEY)
                && r.map() != null) {
            String name = mapName(r.map().name());
            if (!name.isEmpty()) {
                sep(sb, mark).append("map=").append(name);
            }
            sep(sb, mark).append("ks=").append(r.map().keySize()).append(",vs=").append(r.map().valueSize());
        }
        if (r.off() != 0) {
            sep(sb, mark).append("off=");
            ScalarPrinter.signed(r.off(), sb);
        }
        if (t.isPacket()) {
            sep(sb, mark).append("r=");
            ScalarPrinter.unsigned(r.range(), sb);
        }
        if (t == RegType.PTR_TO_MEM) {
            sep(sb, mark).append("sz=");
            ScalarPrinter.unsigned(r.memSize(), sb);
        }
        if (v.isConst()) {
            if (v.constValue() != 0) {
                sep(sb, mark).append("imm=");
                ScalarPrinter.signed(v.constValue(), sb);
            }
        } else {
            ScalarPrinter.appendBounds(v, sb, sb.length() == mark);
        }
        sb.append(')');
    }

    /** The kernel keeps 15 characters of a map's name. */
    static String mapName(String name) {
        return name.length() > 15 ? name.substring(0, 15) : name;
    }

    private static StringBuilder sep(StringBuilder sb, int mark) {
        if (sb.length() != mark) {
            sb.append(',');
        }
        return sb;
    }

    static String reg(RegValue r) {
        StringBuilder sb = new StringBuilder();
        reg(r, r.frameno(), sb);
        return sb.toString();
    }

    /**
     * One frame: {@code  R1=... fp-8=...} (each item with a leading space), with a
     * {@code  frameN:} prefix for frames other than the main one, and the held references.
     *
     * @param regMask registers to print (others are skipped), e.g. -1 for all
     * @param slotMask stack slots to print, bit i = slot i (slots past 63 print with -1)
     */
    static void frame(State st, Frame f, int regMask, long slotMask, boolean all, StringBuilder sb) {
        frame(st, f, regMask, slotMask, all, sb, 0);
    }

    /** As above; scalars in {@code precise} print with the kernel's {@code P} mark. */
    static void frame(State st, Frame f, int regMask, long slotMask, boolean all, StringBuilder sb, int precise) {
        if (f.frameno != 0) {
            sb.append(" frame").append(f.frameno).append(':');
        }
        for (int i = 0; i < 11; i++) {
            RegValue r = f.regs[i];
            if (!r.isInit() || (!all && (regMask & (1 << i)) == 0)) {
                continue;
            }
            sb.append(" R").append(i).append('=');
            if (r.isScalar() && (precise & (1 << i)) != 0) {
                sb.append('P');
            }
            reg(r, f.frameno, sb);
        }
        for (int i = 0; i < f.stack.length; i++) {
            if (!all && (i >= 64 || (slotMask & (1L << i)) == 0)) {
                continue;
            }
            StackSlot slot = f.stack[i];
            if (slot.isEmpty()) {
                continue;
            }
            sb.append(" fp").append(-(i + 1) * 8).append('=');
            String chars = slot.typeChars();
            if (slot.isSpill()) {
                int j = 0;
                while (j < 8 && slot.type(j) != StackSlot.SPILL) {
                    j++;
                }
                sb.append(chars, 0, j);
                reg(slot.spilled(), f.frameno, sb);
            } else {
                sb.append(chars);
            }
        }
        refs(st, sb);
    }

    static void refs(State st, StringBuilder sb) {
        if (st.refCount > 0) {
            sb.append(" refs=").append(st.refIds[0]);
            for (int i = 1; i < st.refCount; i++) {
                sb.append(',').append(st.refIds[i]);
            }
        }
    }

    /** Every initialized register and used stack slot of the current frame. */
    static String full(State st) {
        StringBuilder sb = new StringBuilder();
        frame(st, st.cur(), -1, -1, true, sb);
        return sb.toString();
    }
}
