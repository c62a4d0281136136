package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.abi.CtxAccess;
import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.CtxValueKind;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.PacketAccess;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.Scalar;
import dev.bpfj.verifier.domain.ScalarOps;
import dev.bpfj.verifier.domain.StackSlot;
import dev.bpfj.verifier.domain.Tnum;
import java.util.Optional;

/**
 * Loads, stores and atomics: the kernel's memory access checks per pointer kind (context through
 * core's layout tables, stack with spills and fills, map values, packets, sockets), and what a
 * load leaves in its destination register.
 */
final class MemoryAccess {
    static final int MAX_STACK = 512;
    /** Packet offsets above this are not tracked (the kernel's MAX_PACKET_OFF). */
    static final int MAX_PACKET_OFF = 0xffff;

    private final Interpreter in;
    private final Engine env;

    MemoryAccess(Interpreter in) {
        this.in = in;
        this.env = in.env;
    }

    void load(State st, Insn.Load l, int idx) {
        in.read(st, l.src(), idx);
        in.checkWrite(l.dst(), idx);
        RegValue base = st.cur().regs[l.src().number()];
        access(st, l.src().number(), l.off(), l.size().bytes(), false, l.dst().number(), null, false,
                l.signExtend(), idx);
        saveAuxPtrType(base, idx);
    }

    void storeReg(State st, Insn.StoreReg s, int idx) {
        in.read(st, s.src(), idx);
        in.read(st, s.dst(), idx);
        RegValue base = st.cur().regs[s.dst().number()];
        access(st, s.dst().number(), s.off(), s.size().bytes(), true, s.src().number(), null, false, false, idx);
        saveAuxPtrType(base, idx);
    }

    void store(State st, Insn.Store s, int idx) {
        in.read(st, s.dst(), idx);
        RegValue base = st.cur().regs[s.dst().number()];
        access(st, s.dst().number(), s.off(), s.size().bytes(), true, -1, s.imm(), false, false, idx);
        saveAuxPtrType(base, idx);
    }

    private void saveAuxPtrType(RegValue base, int idx) {
        RegType t = base.type();
        RegType prev = env.auxPtrType[idx];
        if (prev == null) {
            env.auxPtrType[idx] = t;
        } else if (prev != t && (!mismatchOk(t) || !mismatchOk(prev))) {
            throw Reject.einval(idx, "same insn cannot be used with different pointers");
        }
    }

    private static boolean mismatchOk(RegType t) {
        return switch (t) {
            case PTR_TO_CTX, PTR_TO_SOCKET, PTR_TO_SOCK_COMMON, PTR_TO_TCP_SOCK, PTR_TO_XDP_SOCK, PTR_TO_BTF_ID -> false;
            default -> true;
        };
    }

    void atomic(State st, Insn.Atomic a, int idx) {
        in.read(st, a.src(), idx);
        in.read(st, a.dst(), idx);
        if (a.op() == AtomicOp.CMPXCHG) {
            in.read(st, 0, idx);
        }
        RegValue base = st.cur().regs[a.dst().number()];
        RegType t = base.type();
        if (t == RegType.PTR_TO_CTX || t.isPacket() || t == RegType.PTR_TO_FLOW_KEYS || t.isSocket()) {
            throw Reject.eacces(idx, "BPF_ATOMIC stores into R" + a.dst().number() + " " + base.typeName()
                    + " is not allowed");
        }
        int loadReg = -1;
        if (a.op().fetches()) {
            Reg lr = a.op() == AtomicOp.CMPXCHG ? Reg.R0 : a.src();
            in.checkWrite(lr, idx);
            st.cur().regs[lr.number()] = RegValue.UNKNOWN;
            loadReg = lr.number();
        }
        int size = a.size().bytes();
        access(st, a.dst().number(), a.off(), size, false, -1, null, true, false, idx);
        if (loadReg >= 0) {
            access(st, a.dst().number(), a.off(), size, false, loadReg, null, true, false, idx);
        }
        access(st, a.dst().number(), a.off(), size, true, -1, null, true, false, idx);
    }

    /** BPF_LD_[ABS|IND]: an skb load through R6, clobbering R1-R5 like a call. */
    void legacyLoad(State st, Reg indexReg, int idx) {
        if (!in.type.allowsLegacyPacketLoads()) {
            throw Reject.einval(idx, "BPF_LD_[ABS|IND] instructions not allowed for this program type");
        }
        in.read(st, Reg.R6, idx);
        in.calls.checkResourceLeak(st, false, "BPF_LD_[ABS|IND]", idx);
        RegValue r6 = st.cur().regs[6];
        if (r6.type() != RegType.PTR_TO_CTX) {
            throw Reject.einval(idx, "at the time of BPF_LD_ABS|IND R6 != pointer to skb");
        }
        if (indexReg != null) {
            in.read(st, indexReg, idx);
        }
        checkPtrOffReg(r6, 6, false, idx);
        RegValue[] regs = st.cur().regs;
        for (int i = 0; i <= 5; i++) {
            regs[i] = RegValue.NOT_INIT;
            env.markReg(i);
        }
        regs[0] = RegValue.UNKNOWN;
    }

    // ---- check_mem_access ------------------------------------------------------------------------

    /**
     * Checks a {@code size}-byte access at {@code regno + off}. For loads the loaded value goes to
     * {@code valueRegno} (-1: checked only); for stores {@code valueRegno} holds the value, or
     * {@code stImm} for a store of an immediate.
     */
    void access(State st, int regno, int off, int size, boolean write, int valueRegno, Integer stImm,
                boolean strictOnce, boolean ldsx, int idx) {
        RegValue[] regs = st.cur().regs;
        RegValue reg = regs[regno];
        checkAlignment(reg, off, size, strictOnce, idx);
        off += reg.off();
        RegType t = reg.type();
        if (t == RegType.PTR_TO_MAP_VALUE && !reg.maybeNull()) {
            mapValue(reg, regno, off, size, write, idx);
            if (!write && valueRegno >= 0) {
                regs[valueRegno] = RegValue.UNKNOWN;
            }
        } else if (t == RegType.PTR_TO_MAP_KEY && !reg.maybeNull()) {
            if (write) {
                throw Reject.eacces(idx, "R" + regno + " cannot write into " + reg.typeName());
            }
            memRegion(reg, regno, off, size, reg.map().keySize(), false, idx);
            if (valueRegno >= 0) {
                regs[valueRegno] = RegValue.UNKNOWN;
            }
        } else if (t == RegType.PTR_TO_MEM && !reg.maybeNull()) {
            memRegion(reg, regno, off, size, reg.memSize(), false, idx);
            if (!write && valueRegno >= 0) {
                regs[valueRegno] = RegValue.UNKNOWN;
            }
        } else if (t == RegType.PTR_TO_CTX && !reg.maybeNull()) {
            ctx(st, reg, regno, off, size, write, valueRegno, idx);
        } else if (t == RegType.PTR_TO_STACK) {
            stackWithinBounds(st, reg, regno, off, size, write, idx);
            if (write) {
                stackWrite(st, reg, off, size, valueRegno, stImm, idx);
            } else {
                stackRead(st, reg, regno, off, size, valueRegno, idx);
            }
        } else if (t.isPacket() && !reg.maybeNull()) {
            if (write && in.type.packetAccess() != PacketAccess.READ_WRITE) {
                throw Reject.eacces(idx, "cannot write into packet");
            }
            packet(reg, regno, off, size, false, idx);
            if (!write && valueRegno >= 0) {
                regs[valueRegno] = RegValue.UNKNOWN;
            }
        } else if (t.isSocket() && !reg.maybeNull()) {
            if (write) {
                throw Reject.eacces(idx, "R" + regno + " cannot write into " + reg.typeName());
            }
            sock(reg, regno, off, size, idx);
            if (valueRegno >= 0) {
                regs[valueRegno] = RegValue.UNKNOWN;
            }
        } else if (t == RegType.CONST_PTR_TO_MAP && !reg.maybeNull()) {
            mapPtr(reg, regno, off, write, idx);
            if (valueRegno >= 0) {
                regs[valueRegno] = RegValue.UNKNOWN;
            }
        } else {
            throw Reject.eacces(idx, "R" + regno + " invalid mem access '" + reg.typeName() + "'");
        }
        if (!write && valueRegno >= 0 && size < 8 && regs[valueRegno].isScalar()) {
            RegValue v = regs[valueRegno];
            regs[valueRegno] = v.withVar(ldsx ? ScalarOps.coerceSx(v.var(), size) : ScalarOps.coerce(v.var(), size));
        }
    }

    private void checkAlignment(RegValue reg, int off, int size, boolean strictOnce, int idx) {
        RegType t = reg.type();
        if (t.isPacket()) {
            return; // packet alignment is only checked with BPF_F_STRICT_ALIGNMENT
        }
        // A maybe-NULL pointer's kind has a flag the kernel's names do not match (observed:
        // "misaligned access" for an atomic on map_value_or_null).
        String desc = reg.maybeNull() ? "" : switch (t) {
            case PTR_TO_FLOW_KEYS -> "flow keys ";
            case PTR_TO_MAP_KEY -> "key ";
            case PTR_TO_MAP_VALUE -> "value ";
            case PTR_TO_CTX -> "context ";
            case PTR_TO_STACK -> "stack ";
            case PTR_TO_SOCKET -> "sock ";
            case PTR_TO_SOCK_COMMON -> "sock_common ";
            case PTR_TO_TCP_SOCK -> "tcp_sock ";
            case PTR_TO_XDP_SOCK -> "xdp_sock ";
            default -> "";
        };
        boolean strict = strictOnce || t == RegType.PTR_TO_STACK;
        if (!strict || size == 1) {
            return;
        }
        Tnum at = reg.var().tnum().add(Tnum.constant((long) reg.off() + off));
        if (!at.isAligned(size)) {
            String tn = reg.var().isConst() ? Long.toString(reg.var().constValue()) : reg.var().tnum().toString();
            throw Reject.eacces(idx, "misaligned " + desc + "access off " + tn + "+" + reg.off() + "+" + off
                    + " size " + size);
        }
    }

    /**
     * Reads of a map's kernel object (struct bpf_map and the map type's own struct), which root
     * may do through BTF. Field layouts are not modelled: any read at a non-negative offset yields
     * a scalar.
     */
    private void mapPtr(RegValue reg, int regno, int off, boolean write, int idx) {
        String tname = reg.map() == null ? "bpf_map" : reg.map().type().kernelStructName();
        if (off < 0) {
            throw Reject.eacces(idx, "R" + regno + " is " + tname + " invalid negative access: off=" + off);
        }
        if (write) {
            throw Reject.eacces(idx, "only read from " + tname + " is supported");
        }
    }

    // ---- ctx -------------------------------------------------------------------------------------------

    /** Kernel's __check_ptr_off_reg: the pointer must be unmodified. */
    void checkPtrOffReg(RegValue reg, int regno, boolean fixedOffOk, int idx) {
        if (reg.off() < 0) {
            throw Reject.eacces(idx, "negative offset " + reg.typeName() + " ptr R" + regno + " off=" + reg.off()
                    + " disallowed");
        }
        if (!fixedOffOk && reg.off() != 0) {
            throw Reject.eacces(idx, "dereference of modified " + reg.typeName() + " ptr R" + regno + " off="
                    + reg.off() + " disallowed");
        }
        if (!reg.var().isConst() || reg.var().constValue() != 0) {
            throw Reject.eacces(idx, "variable " + reg.typeName() + " access var_off=" + reg.var().tnum()
                    + " disallowed");
        }
    }

    private void ctx(State st, RegValue reg, int regno, int off, int size, boolean write, int valueRegno, int idx) {
        checkPtrOffReg(reg, regno, false, idx);
        Optional<CtxAccess> acc = CtxLayout.access(in.type, in.attach, off, size, write);
        if (acc.isEmpty()) {
            throw Reject.eacces(idx, "invalid bpf_context access off=" + off + " size=" + size);
        }
        if (!(acc.get() instanceof CtxAccess.Allowed ok)) {
            throw Reject.eacces(idx, ((CtxAccess.Denied) acc.get()).message());
        }
        if (!write && valueRegno >= 0) {
            RegValue[] regs = st.cur().regs;
            CtxValueKind kind = ok.kind();
            if (kind == CtxValueKind.SCALAR) {
                regs[valueRegno] = RegValue.UNKNOWN;
            } else {
                RegValue p = RegValue.pointer(pointerType(kind)).withType(pointerType(kind), kind.maybeNull());
                if (kind.maybeNull()) {
                    p = p.withId(env.newId());
                }
                regs[valueRegno] = p;
            }
        }
    }

    static RegType pointerType(CtxValueKind k) {
        return switch (k) {
            case SCALAR -> RegType.SCALAR;
            case PTR_TO_PACKET -> RegType.PTR_TO_PACKET;
            case PTR_TO_PACKET_END -> RegType.PTR_TO_PACKET_END;
            case PTR_TO_PACKET_META -> RegType.PTR_TO_PACKET_META;
            case PTR_TO_SOCKET, PTR_TO_SOCKET_OR_NULL -> RegType.PTR_TO_SOCKET;
            case PTR_TO_SOCK_COMMON, PTR_TO_SOCK_COMMON_OR_NULL -> RegType.PTR_TO_SOCK_COMMON;
            case PTR_TO_TCP_SOCK -> RegType.PTR_TO_TCP_SOCK;
            case PTR_TO_FLOW_KEYS -> RegType.PTR_TO_FLOW_KEYS;
        };
    }

    private void sock(RegValue reg, int regno, int off, int size, int idx) {
        if (reg.var().smin() < 0) {
            throw Reject.eacces(idx, "R" + regno
                    + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        CtxLayout layout = switch (reg.type()) {
            case PTR_TO_SOCKET -> CtxLayout.bpfSock();
            case PTR_TO_SOCK_COMMON -> CtxLayout.sockCommon();
            case PTR_TO_TCP_SOCK -> CtxLayout.tcpSock();
            default -> null;
        };
        if (layout == null || !layout.check(off, size, false).allowed()) {
            throw Reject.eacces(idx, "R" + regno + " invalid " + reg.typeName() + " access off=" + off + " size=" + size);
        }
    }

    // ---- map values, memory, packets ---------------------------------------------------------------------

    private void mapValue(RegValue reg, int regno, int off, int size, boolean write, int idx) {
        MapSpec m = reg.map();
        int flags = m.flags();
        if (write && (flags & Flags.BPF_F_RDONLY_PROG) != 0) {
            throw Reject.eacces(idx, "write into map forbidden, value_size=" + m.valueSize() + " off=" + off
                    + " size=" + size);
        }
        if (!write && (flags & Flags.BPF_F_WRONLY_PROG) != 0) {
            throw Reject.eacces(idx, "read from map forbidden, value_size=" + m.valueSize() + " off=" + off
                    + " size=" + size);
        }
        memRegion(reg, regno, off, size, m.valueSize(), false, idx);
    }

    /** Kernel's check_mem_region_access: the whole variable range of the pointer must stay inside. */
    void memRegion(RegValue reg, int regno, int off, int size, int memSize, boolean zeroOk, int idx) {
        Scalar v = reg.var();
        long smin = v.smin();
        if (smin < 0 && (smin == Long.MIN_VALUE || off + smin != (int) (off + smin) || smin + off < 0)) {
            throw Reject.eacces(idx, "R" + regno
                    + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        String err = memAccessError(reg, regno, smin + off, size, memSize, zeroOk);
        if (err != null) {
            throw Reject.eacces(idx, err, "R" + regno + " min value is outside of the allowed memory range");
        }
        if (Long.compareUnsigned(v.umax(), Interpreter.MAX_VAR_OFF) >= 0) {
            throw Reject.eacces(idx, "R" + regno
                    + " unbounded memory access, make sure to bounds check any such access");
        }
        err = memAccessError(reg, regno, v.umax() + off, size, memSize, zeroOk);
        if (err != null) {
            throw Reject.eacces(idx, err, "R" + regno + " max value is outside of the allowed memory range");
        }
    }

    private static String memAccessError(RegValue reg, int regno, long off, int size, int memSize, boolean zeroOk) {
        boolean sizeOk = size > 0 || (size == 0 && zeroOk);
        if (off >= 0 && sizeOk && off + size <= (memSize & 0xffffffffL)) {
            return null;
        }
        int o = (int) off;
        return switch (reg.type()) {
            case PTR_TO_MAP_KEY -> "invalid access to map key, key_size=" + memSize + " off=" + o + " size=" + size;
            case PTR_TO_MAP_VALUE -> "invalid access to map value, value_size=" + memSize + " off=" + o + " size="
                    + size;
            case PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_PACKET_END -> "invalid access to packet, off=" + o
                    + " size=" + size + ", R" + regno + "(id=" + reg.id() + ",off=" + o + ",r=" + memSize + ")";
            default -> "invalid access to memory, mem_size=" + Integer.toUnsignedString(memSize) + " off=" + o
                    + " size=" + size;
        };
    }

    /** Kernel's check_packet_access: fixed offset within the proven range. */
    void packet(RegValue reg, int regno, int off, int size, boolean zeroOk, int idx) {
        if (reg.var().smin() < 0) {
            throw Reject.eacces(idx, "R" + regno
                    + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        if (reg.range() < 0) {
            throw Reject.eacces(idx, "R" + regno + " offset is outside of the packet");
        }
        String err = memAccessError(reg, regno, off, size, reg.range(), zeroOk);
        if (err != null) {
            throw Reject.eacces(idx, err, "R" + regno + " offset is outside of the packet");
        }
    }


    // ---- stack ---------------------------------------------------------------------------------------------

    Frame frameOf(State st, RegValue stackPtr) {
        return st.frames[stackPtr.frameno()];
    }

    /** Kernel's check_stack_access_within_bounds; grows the tracked stack. */
    void stackWithinBounds(State st, RegValue reg, int regno, int off, int size, boolean write, int idx) {
        String extra = write ? " write to" : " read from";
        Scalar v = reg.var();
        long minOff;
        long maxOff;
        if (v.isConst()) {
            minOff = v.constValue() + off;
            maxOff = minOff + size;
        } else {
            if (v.smax() >= Interpreter.MAX_VAR_OFF || v.smin() <= -Interpreter.MAX_VAR_OFF) {
                throw Reject.eacces(idx, "invalid unbounded variable-offset" + extra + " stack R" + regno);
            }
            minOff = v.smin() + off;
            maxOff = v.smax() + off + size;
        }
        boolean bad = minOff < -MAX_STACK || minOff > -1 || maxOff > 0 || size < 0;
        if (bad) {
            if (v.isConst()) {
                throw Reject.eacces(idx, "invalid" + extra + " stack R" + regno + " off=" + off + " size=" + size);
            }
            throw Reject.eacces(idx, "invalid variable-offset" + extra + " stack R" + regno + " var_off=" + v.tnum()
                    + " off=" + off + " size=" + size);
        }
        Frame f = frameOf(st, reg);
        f.grow((int) -minOff);
        int sp = env.cfg.subprogOf(f.subprog);
        if (-minOff > env.stackDepth[sp]) {
            env.stackDepth[sp] = (int) -minOff;
        }
    }

    private void stackWrite(State st, RegValue ptr, int off, int size, int valueRegno, Integer stImm, int idx) {
        Frame f = frameOf(st, ptr);
        RegValue value = valueRegno >= 0 ? st.cur().regs[valueRegno] : null;
        if (ptr.var().isConst()) {
            int o = (int) (off + ptr.var().constValue());
            writeFixed(st, f, o, size, value, valueRegno, stImm, idx);
        } else {
            writeVar(f, ptr, off, size, value, stImm);
        }
    }

    private void writeFixed(State st, Frame f, int off, int size, RegValue value, int valueRegno, Integer stImm,
                            int idx) {
        int slot = -off - 1;
        int spi = slot / 8;
        env.markSlot(spi);
        StackSlot s = f.slot(spi);
        boolean aligned = off % 8 == 0;
        if (value != null && aligned && value.isScalar()) {
            boolean fits = value.var().width() <= 8 * size;
            RegValue v = value;
            if (fits && (v.addConst() || (v.id() == 0 && !v.var().isConst()))) {
                v = in.withFreshId(v);
                st.cur().regs[valueRegno] = v;
            }
            if (!fits) {
                v = v.withId(0);
            }
            f.stack[spi] = spill(s, v, size);
            Engine.flagInsn(st, Precision.stackFlags(f.frameno, spi));
        } else if (value == null && aligned && stImm != null) {
            f.stack[spi] = spill(s, RegValue.constant(stImm), size);
            Engine.flagInsn(st, Precision.stackFlags(f.frameno, spi));
        } else if (value != null && value.isPointer()) {
            if (size != 8) {
                throw Reject.eacces(idx, "invalid size of register spill");
            }
            if (f != st.cur() && value.type() == RegType.PTR_TO_STACK) {
                throw Reject.einval(idx, "cannot spill pointers to stack into stack frame of the caller");
            }
            f.stack[spi] = spill(s, value, size);
            Engine.flagInsn(st, Precision.stackFlags(f.frameno, spi));
        } else {
            long types = s.types();
            if (isSpecial(s)) {
                types = scrub(types);
            }
            boolean zero = (value != null && value.isNull()) || (value == null && stImm != null && stImm == 0);
            byte type = zero ? StackSlot.ZERO : StackSlot.MISC;
            StackSlot out = new StackSlot(types, RegValue.NOT_INIT);
            for (int i = 0; i < size; i++) {
                out = out.withType((slot - i) % 8, type);
            }
            f.stack[spi] = out;
        }
    }

    private static boolean isSpecial(StackSlot s) {
        return s.type(7) == StackSlot.SPILL;
    }

    /** Every byte that is not invalid becomes misc (a spill was partly overwritten). */
    private static long scrub(long types) {
        long out = 0;
        for (int j = 0; j < 8; j++) {
            byte t = (byte) (types >>> (j * 8));
            if (t != StackSlot.INVALID) {
                t = StackSlot.MISC;
            }
            out |= (long) (t & 0xff) << (j * 8);
        }
        return out;
    }

    /** A spill of {@code size} bytes: the top indexes become SPILL, the others keep zero/invalid or turn misc. */
    private static StackSlot spill(StackSlot old, RegValue v, int size) {
        StackSlot out = new StackSlot(old.types(), v);
        for (int j = 7; j >= 8 - size; j--) {
            out = out.withType(j, StackSlot.SPILL);
        }
        for (int j = 7 - size; j >= 0; j--) {
            byte t = out.type(j);
            if (t != StackSlot.ZERO && t != StackSlot.INVALID) {
                out = out.withType(j, StackSlot.MISC);
            }
        }
        return out;
    }

    private void writeVar(Frame f, RegValue ptr, int off, int size, RegValue value, Integer stImm) {
        long minOff = ptr.var().smin() + off;
        long maxOff = ptr.var().smax() + off + size;
        boolean writingZero = (value != null && value.isNull()) || (value == null && stImm != null && stImm == 0);
        for (long i = minOff; i < maxOff; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / 8;
            env.markSlot(spi);
            StackSlot s = f.slot(spi);
            byte cur = s.type(slot % 8);
            if (writingZero && cur == StackSlot.SPILL && s.isSpill() && s.spilled().isScalar()
                    && s.spilled().isNull()) {
                continue;
            }
            byte nt = writingZero && cur == StackSlot.ZERO ? StackSlot.ZERO : StackSlot.MISC;
            f.stack[spi] = new StackSlot(s.types(), RegValue.NOT_INIT).withType(slot % 8, nt);
        }
    }

    private void stackRead(State st, RegValue ptr, int regno, int off, int size, int dstRegno, int idx) {
        Frame f = frameOf(st, ptr);
        if (!ptr.var().isConst()) {
            if (dstRegno < 0) {
                throw Reject.eacces(idx, "variable offset stack pointer cannot be passed into helper function; var_off="
                        + ptr.var().tnum() + " off=" + off + " size=" + size);
            }
            long minOff = ptr.var().smin() + off;
            long maxOff = ptr.var().smax() + off + size;
            markStackRead(st, f, minOff, maxOff, dstRegno);
            return;
        }
        int o = (int) (off + ptr.var().constValue());
        readFixed(st, f, o, size, dstRegno, idx);
    }

    private void markStackRead(State st, Frame f, long minOff, long maxOff, int dstRegno) {
        int zeros = 0;
        for (long i = minOff; i < maxOff; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / 8;
            env.markSlot(spi);
            if (f.slot(spi).type(slot % 8) != StackSlot.ZERO) {
                break;
            }
            zeros++;
        }
        st.cur().regs[dstRegno] = zeros == maxOff - minOff ? RegValue.ZERO : RegValue.UNKNOWN;
    }

    private void readFixed(State st, Frame f, int off, int size, int dstRegno, int idx) {
        int slot = -off - 1;
        int spi = slot / 8;
        env.markSlot(spi);
        StackSlot s = f.slot(spi);
        RegValue[] regs = st.cur().regs;
        if (s.isSpill()) {
            RegValue spilled = s.spilled();
            int spillSize = s.spillSize();
            if (size != 8 || spillSize != 8) {
                if (!spilled.isScalar()) {
                    throw Reject.eacces(idx, "invalid size of register fill");
                }
                if (dstRegno < 0) {
                    return;
                }
                if (size <= spillSize && off % 8 == 0) {
                    RegValue v = spilled;
                    if (size == 4 && spillSize == 4 && v.var().width() <= 32 && v.id() == 0 && !v.var().isConst()) {
                        v = v.withId(env.newId());
                        f.stack[spi] = new StackSlot(s.types(), v);
                    }
                    if (v.var().width() > size * 8) {
                        v = v.unlinked();
                    }
                    regs[dstRegno] = v;
                    Engine.flagInsn(st, Precision.stackFlags(f.frameno, spi));
                } else {
                    int spillCnt = 0;
                    int zeroCnt = 0;
                    for (int i = 0; i < size; i++) {
                        byte t = s.type((slot - i) % 8);
                        if (t == StackSlot.SPILL) {
                            spillCnt++;
                        } else if (t == StackSlot.ZERO) {
                            zeroCnt++;
                        }
                    }
                    if (spillCnt == size && spilled.isNull()) {
                        regs[dstRegno] = RegValue.ZERO;
                        Engine.flagInsn(st, Precision.stackFlags(f.frameno, spi));
                    } else if (zeroCnt == size) {
                        regs[dstRegno] = RegValue.ZERO;
                    } else {
                        regs[dstRegno] = RegValue.UNKNOWN;
                    }
                }
            } else if (dstRegno >= 0) {
                regs[dstRegno] = spilled;
                Engine.flagInsn(st, Precision.stackFlags(f.frameno, spi));
            }
            return;
        }
        if (dstRegno >= 0) {
            markStackRead(st, f, off, off + size, dstRegno);
        }
    }

    /**
     * Kernel's check_stack_range_initialized for helper arguments. As root every byte counts as
     * initialized; a write by the helper turns the bytes into misc data.
     */
    void stackRange(State st, RegValue reg, int regno, int off, int size, boolean zeroOk, boolean write, int idx) {
        if (size == 0 && !zeroOk) {
            // Before the bounds (observed with zero-sized map keys and values: queue, ringbuf).
            throw Reject.eacces(idx, "invalid zero-sized read");
        }
        stackWithinBounds(st, reg, regno, off, size, write, idx);
        if (!write) {
            return;
        }
        Frame f = frameOf(st, reg);
        long minOff;
        long maxOff;
        if (reg.var().isConst()) {
            minOff = maxOff = reg.var().constValue() + off;
        } else {
            minOff = reg.var().smin() + off;
            maxOff = reg.var().smax() + off;
        }
        for (long i = minOff; i < maxOff + size; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / 8;
            StackSlot s = f.slot(spi);
            byte t = s.type(slot % 8);
            if (t == StackSlot.ZERO || t == StackSlot.INVALID) {
                f.stack[spi] = s.withType(slot % 8, StackSlot.MISC);
            } else if (t == StackSlot.SPILL) {
                f.stack[spi] = new StackSlot(scrub(s.types()), RegValue.UNKNOWN);
            }
        }
    }
}
