package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.abi.ArgType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.HelperAccess;
import dev.bpfj.core.abi.HelperProto;
import dev.bpfj.core.abi.MapHelperCompat;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.PacketAccess;
import dev.bpfj.core.abi.RetType;
import dev.bpfj.core.abi.ReturnRange;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.verifier.domain.MutableScalar;
import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.Scalar;
import dev.bpfj.verifier.domain.StackSlot;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls and returns: helper calls checked against their prototypes (core's helper tables),
 * references acquired and released, bpf-to-bpf calls with their own frames, program exit with the
 * return-value and reference-leak checks, and the combined stack depth.
 */
final class Calls {
    private static final String MEM_TYPES = "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";
    private static final String SOCK_TYPES = "sock_common, sock, tcp_sock, xdp_sock";
    private static final String BTF_SOCK_TYPES = "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_";

    private final Interpreter in;
    private final Engine env;

    Calls(Interpreter in) {
        this.in = in;
        this.env = in.env;
    }

    /** What the argument checks learned, for the checks after them (kernel: bpf_call_arg_meta). */
    private static final class Meta {
        MapSpec map;
        int releaseRegno;
        int refObjId;
        long constMapKey = -1;
        int rawRegno = -1;
        int rawSize;
        long memSize;
        /** Largest value of the last memory-size argument (kernel: msize_max_value). */
        long msizeMax;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    int helper(State st, int id, int idx) {
        Helper h = Helper.ofId(id);
        if (h == null) {
            throw Reject.einval(idx, "invalid func unknown#" + id);
        }
        String name = h.kernelName() + "#" + id;
        if (!HelperAccess.allowed(in.type, in.attach, h)) {
            throw Reject.einval(idx, "program of this type cannot use helper " + name);
        }
        if (!env.gpl && h.gplOnly(in.type)) {
            throw Reject.einval(idx, "cannot call GPL-restricted function from non-GPL compatible program");
        }
        if (h.mightSleep()) {
            throw Reject.einval(idx, "helper call might sleep in a non-sleepable prog");
        }
        HelperProto proto = h.proto(in.type);
        Meta meta = new Meta();
        for (int i = 0; i < 5; i++) {
            checkArg(st, proto, i, meta, idx);
        }
        MapSpec map = meta.map;
        if (map != null) {
            MapHelperCompat.Verdict pre = MapHelperCompat.check(in.type, in.attach, h, map.type(), map.flags());
            String msg = pre.message();
            if (!pre.allowed() && (msg.equals("write into map forbidden") || msg.startsWith("expected prog array"))) {
                throw msg.startsWith("write") ? Reject.eacces(idx, msg) : Reject.einval(idx, msg);
            }
        } else if (h == Helper.TAIL_CALL) {
            throw Reject.einval(idx, "expected prog array map for tail call");
        }
        if (meta.rawRegno >= 0) {
            RegValue r = st.cur().regs[meta.rawRegno];
            if (r.type() == RegType.PTR_TO_STACK) {
                // The size was checked with its argument (0 only where the helper allows it).
                in.mem.stackRange(st, r, meta.rawRegno, r.off(), meta.rawSize, true, true, idx);
            }
        }
        RegValue[] regs = st.cur().regs;
        if (meta.releaseRegno != 0) {
            boolean ok;
            if (meta.refObjId != 0) {
                ok = releaseReference(st, meta.refObjId);
            } else {
                ok = regs[meta.releaseRegno].isNull();
            }
            if (!ok) {
                throw Reject.einval(idx, "func " + name + " reference has not been acquired before");
            }
        }
        if (h == Helper.TAIL_CALL) {
            RegValue key = regs[3];
            if (key.isConst() && map != null
                    && Long.compareUnsigned(key.var().constValue(), map.maxEntries() & 0xffffffffL) < 0) {
                Precision.markReg(env, st, 3);
            }
            checkResourceLeak(st, false, "tail_call", idx);
        }
        for (int i = 0; i <= 5; i++) {
            regs[i] = RegValue.NOT_INIT;
            env.markReg(i);
        }
        regs[0] = returnValue(st, h, proto.ret(), meta, idx);
        if (map != null) {
            MapHelperCompat.Verdict v = MapHelperCompat.check(in.type, in.attach, h, map.type(), map.flags());
            if (!v.allowed()) {
                List<String> lines = v.logLines();
                String key = lines.getFirst();
                throw Reject.einval(idx, key, lines.subList(1, lines.size()).toArray(String[]::new));
            }
        }
        if (h.changesPacketData()) {
            clearPacketPointers(st);
        }
        return idx + 1;
    }

    private RegValue returnValue(State st, Helper h, RetType ret, Meta meta, int idx) {
        RegValue r0 = switch (ret) {
            case INTEGER -> RegValue.scalar(integerResult(h, meta, env.options.nrCpuIds()));
            case VOID -> RegValue.NOT_INIT;
            case PTR_TO_MAP_VALUE, PTR_TO_MAP_VALUE_OR_NULL -> {
                if (meta.map == null) {
                    throw Reject.einval(idx, "kernel subsystem misconfigured verifier");
                }
                boolean maybeNull = ret.maybeNull();
                if (h == Helper.MAP_LOOKUP_ELEM && elidesNullness(meta.map.type()) && meta.constMapKey >= 0
                        && meta.constMapKey < (meta.map.maxEntries() & 0xffffffffL)) {
                    maybeNull = false;
                }
                yield RegValue.pointer(RegType.PTR_TO_MAP_VALUE).withType(RegType.PTR_TO_MAP_VALUE, maybeNull)
                        .withMap(meta.map);
            }
            case PTR_TO_SOCKET_OR_NULL -> RegValue.pointer(RegType.PTR_TO_SOCKET).withType(RegType.PTR_TO_SOCKET, true);
            case PTR_TO_TCP_SOCK_OR_NULL -> RegValue.pointer(RegType.PTR_TO_TCP_SOCK)
                    .withType(RegType.PTR_TO_TCP_SOCK, true);
            case PTR_TO_SOCK_COMMON_OR_NULL -> RegValue.pointer(RegType.PTR_TO_SOCK_COMMON)
                    .withType(RegType.PTR_TO_SOCK_COMMON, true);
            case PTR_TO_MEM_OR_NULL -> {
                RegValue m = RegValue.pointer(RegType.PTR_TO_MEM).withType(RegType.PTR_TO_MEM, true)
                        .withMemSize((int) meta.memSize);
                yield h == Helper.RINGBUF_RESERVE && meta.map != null ? m.withMap(meta.map) : m;
            }
            case PTR_TO_BTF_ID -> RegValue.pointer(RegType.PTR_TO_BTF_ID);
            case PTR_TO_BTF_ID_OR_NULL, PTR_TO_MEM_OR_BTF_ID_OR_NULL -> RegValue.pointer(RegType.PTR_TO_BTF_ID)
                    .withType(RegType.PTR_TO_BTF_ID, true);
            case PTR_TO_MEM_OR_BTF_ID -> RegValue.pointer(RegType.PTR_TO_BTF_ID);
        };
        if (r0.maybeNull()) {
            r0 = r0.withId(env.newId());
        }
        if (isPtrCast(h)) {
            r0 = r0.withRefObjId(meta.refObjId);
        } else if (h.acquiresReference(meta.map == null ? null : meta.map.type())) {
            int id = env.newId();
            st.acquire(id, idx);
            r0 = r0.withId(id).withRefObjId(id);
        }
        return r0;
    }

    /**
     * The string and stack readers return a negative errno or at most the buffer size: the kernel
     * bounds R0 to [-4095, size] (observed: after a 0-byte bpf_probe_read_user_str, R0 != 1 always).
     */
    private static Scalar integerResult(Helper h, Meta meta, int nrCpuIds) {
        switch (h) {
            // A CPU id (observed: on a 2-CPU machine, returning it from sk_lookup is within [0, 1]).
            case GET_SMP_PROCESSOR_ID -> {
                return nrCpuIds > 0 ? Scalar.unsignedRange(0, nrCpuIds - 1)
                        : Scalar.UNKNOWN;
            }
            case GET_STACK, GET_TASK_STACK, PROBE_READ_STR, PROBE_READ_KERNEL_STR, PROBE_READ_USER_STR -> {
                var d = MutableScalar.unknown();
                d.smin = -4095;
                d.smax = meta.msizeMax;
                d.s32min = -4095;
                d.s32max = (int) meta.msizeMax;
                d.sync();
                return d.freeze();
            }
            default -> {
                return Scalar.UNKNOWN;
            }
        }
    }

    private static boolean isPtrCast(Helper h) {
        return h == Helper.TCP_SOCK || h == Helper.SK_FULLSOCK || h.name().startsWith("SKC_TO_");
    }

    private static boolean elidesNullness(MapType t) {
        return t == MapType.ARRAY || t == MapType.PERCPU_ARRAY;
    }

    /**
     * A map-value argument means a socket when the map is a SOCKMAP or SOCKHASH: the kernel then
     * wants a socket pointer there (observed: "R3 type=fp expected=sock_common, ..."), and refuses
     * the nullable and uninitialised value forms outright.
     */
    private static ArgType resolveMapValueArg(ArgType at, Meta meta, int idx) {
        boolean valueArg = at == ArgType.PTR_TO_MAP_VALUE || at == ArgType.PTR_TO_MAP_VALUE_OR_NULL
                || at == ArgType.PTR_TO_UNINIT_MAP_VALUE;
        if (!valueArg) {
            return at;
        }
        if (meta.map == null) {
            throw Reject.eacces(idx, "invalid map_ptr to access map->type");
        }
        if (meta.map.type() != MapType.SOCKMAP && meta.map.type() != MapType.SOCKHASH) {
            return at;
        }
        if (at != ArgType.PTR_TO_MAP_VALUE) {
            throw Reject.einval(idx, "invalid arg_type for sockmap/sockhash");
        }
        return ArgType.PTR_TO_BTF_ID_SOCK_COMMON;
    }

    private void checkArg(State st, HelperProto proto, int i, Meta meta, int idx) {
        ArgType at = proto.arg(i);
        if (at == ArgType.DONTCARE) {
            return;
        }
        int regno = i + 1;
        RegValue reg = in.read(st, regno, idx);
        if (at == ArgType.ANYTHING) {
            return;
        }
        if (reg.type().isPacket() && (in.type.packetAccess() == PacketAccess.NONE
                || (!proto.helper().packetAccess() && !in.type.anyHelperTakesPacketPointers()))) {
            throw Reject.eacces(idx, "helper access to the packet is not allowed");
        }
        at = resolveMapValueArg(at, meta, idx);
        boolean nullOk = at.acceptsNull() || at == ArgType.PTR_TO_SOCKET_OR_NULL;
        boolean skipType = reg.isNull() && nullOk;
        if (!skipType) {
            checkRegType(reg, regno, at, idx);
            checkArgRegOff(reg, regno, at, proto, i, idx);
        }
        boolean release = proto.helper().releasedArg() == i;
        if (release) {
            if (reg.refObjId() == 0 && !reg.isNull()) {
                throw Reject.einval(idx, "R" + regno + " must be referenced when passed to release function");
            }
            meta.releaseRegno = regno;
        }
        if (reg.refObjId() != 0) {
            meta.refObjId = reg.refObjId();
        }
        switch (at) {
            case CONST_MAP_PTR -> meta.map = reg.map();
            case PTR_TO_MAP_KEY -> {
                if (meta.map == null) {
                    throw Reject.eacces(idx, "invalid map_ptr to access map->key");
                }
                helperMem(st, reg, regno, meta.map.keySize(), false, false, idx);
                if (elidesNullness(meta.map.type())) {
                    meta.constMapKey = constMapKey(st, reg, meta.map.keySize());
                }
            }
            case PTR_TO_MAP_VALUE, PTR_TO_MAP_VALUE_OR_NULL, PTR_TO_UNINIT_MAP_VALUE -> {
                if (at == ArgType.PTR_TO_MAP_VALUE_OR_NULL && reg.isNull()) {
                    return;
                }
                if (meta.map == null) {
                    throw Reject.eacces(idx, "invalid map_ptr to access map->value");
                }
                if ((meta.map.type() == MapType.SOCKMAP || meta.map.type() == MapType.SOCKHASH)
                        && at == ArgType.PTR_TO_UNINIT_MAP_VALUE) {
                    throw Reject.einval(idx, "invalid arg_type for sockmap/sockhash");
                }
                boolean uninit = at == ArgType.PTR_TO_UNINIT_MAP_VALUE;
                if (uninit && reg.type() == RegType.PTR_TO_STACK) {
                    if (meta.map.valueSize() == 0) {
                        throw Reject.eacces(idx, "invalid zero-sized read");
                    }
                    in.mem.stackWithinBounds(st, reg, regno, reg.off(), meta.map.valueSize(), true, idx);
                    meta.rawRegno = regno;
                    meta.rawSize = meta.map.valueSize();
                } else {
                    helperMem(st, reg, regno, meta.map.valueSize(), uninit, false, idx);
                }
            }
            case PTR_TO_INT, PTR_TO_LONG, PTR_TO_FIXED_SIZE_MEM -> {
                int size = proto.helper().fixedArgSize(i);
                helperMem(st, reg, regno, size, proto.helper().writesArg(i), false, idx);
            }
            case CONST_SIZE, CONST_SIZE_OR_ZERO -> {
                ArgType memArg = proto.arg(i - 1);
                boolean uninit = memArg == ArgType.PTR_TO_UNINIT_MEM;
                memSize(st, reg, regno, at == ArgType.CONST_SIZE_OR_ZERO, uninit,
                        proto.helper().writesArg(i - 1), meta, idx);
            }
            case CONST_ALLOC_SIZE_OR_ZERO -> {
                if (!reg.var().isConst()) {
                    throw Reject.eacces(idx, "R" + regno + " is not a known constant'");
                }
                meta.memSize = reg.var().constValue();
                Precision.markReg(env, st, regno);
            }
            default -> {
            }
        }
    }

    /** Kernel's check_reg_type: the register's kind must be one the argument accepts. */
    private void checkRegType(RegValue reg, int regno, ArgType at, int idx) {
        RegType t = reg.type();
        boolean nullable = at.acceptsNull() || at == ArgType.PTR_TO_SOCKET_OR_NULL;
        boolean maybeNullOk = nullable || !reg.maybeNull();
        String expected;
        boolean ok;
        switch (at) {
            case PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MAP_VALUE_OR_NULL, PTR_TO_UNINIT_MAP_VALUE, PTR_TO_MEM,
                 PTR_TO_MEM_OR_NULL, PTR_TO_UNINIT_MEM, PTR_TO_FIXED_SIZE_MEM, PTR_TO_INT, PTR_TO_LONG -> {
                expected = MEM_TYPES;
                ok = t == RegType.PTR_TO_STACK || t == RegType.PTR_TO_PACKET || t == RegType.PTR_TO_PACKET_META
                        || t == RegType.PTR_TO_MAP_KEY || t == RegType.PTR_TO_MAP_VALUE || t == RegType.PTR_TO_MEM
                        || t == RegType.PTR_TO_BUF;
            }
            case CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO -> {
                expected = "scalar";
                ok = t == RegType.SCALAR;
            }
            case CONST_MAP_PTR -> {
                expected = "map_ptr";
                ok = t == RegType.CONST_PTR_TO_MAP;
            }
            case PTR_TO_CTX, PTR_TO_CTX_OR_NULL -> {
                expected = "ctx";
                ok = t == RegType.PTR_TO_CTX;
            }
            case PTR_TO_SOCK_COMMON -> {
                expected = SOCK_TYPES;
                ok = t.isSocket();
            }
            case PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_BTF_ID_SOCK_COMMON_OR_NULL -> {
                expected = BTF_SOCK_TYPES;
                ok = t.isSocket() || t == RegType.PTR_TO_BTF_ID;
            }
            case PTR_TO_SOCKET, PTR_TO_SOCKET_OR_NULL -> {
                expected = "sock";
                ok = t == RegType.PTR_TO_SOCKET;
            }
            case PTR_TO_STACK, PTR_TO_STACK_OR_NULL -> {
                expected = "fp";
                ok = t == RegType.PTR_TO_STACK;
            }
            case PTR_TO_FUNC -> {
                expected = "func";
                ok = t == RegType.PTR_TO_FUNC;
            }
            case PTR_TO_CONST_STR, PTR_TO_TIMER, PTR_TO_SPIN_LOCK -> {
                expected = "map_value";
                ok = t == RegType.PTR_TO_MAP_VALUE;
            }
            case PTR_TO_BTF_ID, PTR_TO_BTF_ID_OR_NULL, PTR_TO_PERCPU_BTF_ID -> {
                expected = "ptr_";
                ok = t == RegType.PTR_TO_BTF_ID;
            }
            case PTR_TO_RINGBUF_MEM -> {
                expected = "ringbuf_mem";
                ok = reg.isRingbufMem();
            }
            default -> {
                expected = "?";
                ok = false;
            }
        }
        if (!ok || !maybeNullOk) {
            // The kernel lists every register type the argument kind accepts, including BTF
            // pointer flavours bpfj does not track (core's table holds the observed lists).
            String listed = at.kernelExpected();
            throw Reject.eacces(idx, "R" + regno + " type=" + reg.typeName() + " expected="
                    + (listed != null ? listed : expected));
        }
    }

    private void checkArgRegOff(RegValue reg, int regno, ArgType at, HelperProto proto, int i, int idx) {
        if (proto.helper().releasedArg() == i) {
            if (reg.off() != 0) {
                throw Reject.einval(idx, "R" + regno
                        + " must have zero offset when passed to release func or trusted arg to kfunc");
            }
            in.mem.checkPtrOffReg(reg, regno, false, idx);
            return;
        }
        switch (reg.type()) {
            case PTR_TO_STACK, PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MEM,
                 PTR_TO_BUF, SCALAR -> {
            }
            case PTR_TO_BTF_ID -> in.mem.checkPtrOffReg(reg, regno, true, idx);
            default -> in.mem.checkPtrOffReg(reg, regno, false, idx);
        }
    }

    /** Kernel's check_helper_mem_access: {@code size} bytes at the pointer must be accessible. */
    private void helperMem(State st, RegValue reg, int regno, long size, boolean write, boolean zeroOk, int idx) {
        switch (reg.type()) {
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> in.mem.packet(reg, regno, reg.off(), (int) size, zeroOk, idx);
            case PTR_TO_MAP_KEY -> {
                if (write) {
                    throw Reject.eacces(idx, "R" + regno + " cannot write into " + reg.typeName());
                }
                in.mem.memRegion(reg, regno, reg.off(), (int) size, reg.map().keySize(), false, idx);
            }
            case PTR_TO_MAP_VALUE -> {
                MapSpec m = reg.map();
                if (write && (m.flags() & dev.bpfj.core.abi.Flags.BPF_F_RDONLY_PROG) != 0) {
                    throw Reject.eacces(idx, "write into map forbidden, value_size=" + m.valueSize() + " off="
                            + reg.off() + " size=" + size);
                }
                in.mem.memRegion(reg, regno, reg.off(), (int) size, m.valueSize(), zeroOk, idx);
            }
            case PTR_TO_MEM -> in.mem.memRegion(reg, regno, reg.off(), (int) size, reg.memSize(), zeroOk, idx);
            case PTR_TO_STACK -> in.mem.stackRange(st, reg, regno, reg.off(), (int) size, zeroOk, write, idx);
            default -> {
                if (zeroOk && size == 0 && reg.isNull()) {
                    return;
                }
                throw Reject.eacces(idx, "R" + regno + " type=" + reg.typeName() + " expected=fp");
            }
        }
    }

    /** Kernel's check_mem_size_reg: a bounded size for the preceding memory argument. */
    private void memSize(State st, RegValue reg, int regno, boolean zeroOk, boolean uninit, boolean write, Meta meta,
            int idx) {
        var v = reg.var();
        if (v.smin() < 0) {
            throw Reject.eacces(idx, "R" + regno + " min value is negative, either use unsigned or 'var &= const'");
        }
        if (v.umin() == 0 && !zeroOk) {
            throw Reject.eacces(idx, "R" + regno + " invalid zero-sized read: u64=[" + v.umin() + "," + v.umax() + "]");
        }
        if (Long.compareUnsigned(v.umax(), Interpreter.MAX_VAR_OFF) >= 0) {
            throw Reject.eacces(idx, "R" + regno + " unbounded memory access, use 'var &= const' or 'if (var < const)'");
        }
        meta.msizeMax = v.umax();
        RegValue mem = st.cur().regs[regno - 1];
        if (uninit && v.isConst() && mem.type() == RegType.PTR_TO_STACK) {
            in.mem.stackWithinBounds(st, mem, regno - 1, mem.off(), (int) v.umax(), true, idx);
            meta.rawRegno = regno - 1;
            meta.rawSize = (int) v.umax();
            Precision.markReg(env, st, regno);
            return;
        }
        helperMem(st, mem, regno - 1, v.umax(), write, zeroOk, idx);
        Precision.markReg(env, st, regno);
    }

    /** A constant map key on the stack: zero bytes or a spilled constant of the key's size. */
    private long constMapKey(State st, RegValue key, int keySize) {
        if (key.type() != RegType.PTR_TO_STACK || !key.var().isConst()) {
            return -1;
        }
        long stackOff = key.off() + key.var().constValue();
        int slot = (int) (-stackOff - 1);
        int spi = slot / 8;
        int off = slot % 8;
        Frame f = st.frames[key.frameno()];
        StackSlot s = f.slot(spi);
        int zeros = 0;
        for (int i = off; i >= 0 && s.type(i) == StackSlot.ZERO; i--) {
            zeros++;
        }
        if (zeros >= keySize) {
            return 0;
        }
        if (!s.isSpill() || !s.spilled().isScalar()) {
            return -1;
        }
        int spill = 0;
        for (int i = off; i >= 0 && s.type(i) == StackSlot.SPILL; i--) {
            spill++;
        }
        if (spill != keySize || !s.spilled().var().isConst()) {
            return -1;
        }
        Precision.markSlot(env, st, key.frameno(), spi);
        return s.spilled().var().constValue();
    }

    /** Drops reference {@code id} and turns every pointer holding it into an unknown scalar. */
    private boolean releaseReference(State st, int id) {
        if (!st.release(id)) {
            return false;
        }
        for (int fi = 0; fi <= st.curframe; fi++) {
            Frame f = st.frames[fi];
            for (int i = 0; i < 11; i++) {
                if (f.regs[i].refObjId() == id) {
                    f.regs[i] = RegValue.UNKNOWN;
                }
            }
            for (int spi = 0; spi < f.stack.length; spi++) {
                StackSlot s = f.stack[spi];
                if (s.isSpill() && s.spilled().refObjId() == id) {
                    f.stack[spi] = new StackSlot(s.types(), RegValue.UNKNOWN);
                }
            }
        }
        return true;
    }

    private void clearPacketPointers(State st) {
        for (int fi = 0; fi <= st.curframe; fi++) {
            Frame f = st.frames[fi];
            for (int i = 0; i < 11; i++) {
                if (f.regs[i].type().isPacketAny()) {
                    f.regs[i] = RegValue.UNKNOWN;
                }
            }
            for (int spi = 0; spi < f.stack.length; spi++) {
                StackSlot s = f.stack[spi];
                if (s.isSpill() && s.spilled().type().isPacketAny()) {
                    f.stack[spi] = new StackSlot(s.types(), RegValue.UNKNOWN);
                }
            }
        }
    }

    // ---- leaks and exits ---------------------------------------------------------------------------

    /** Kernel's check_resource_leak: references still held where the program may end. */
    void checkResourceLeak(State st, boolean exceptionExit, String prefix, int idx) {
        if (!exceptionExit && st.curframe != 0) {
            return;
        }
        if (st.refCount == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < st.refCount; i++) {
            lines.add("Unreleased reference id=" + st.refIds[i] + " alloc_insn=" + st.refInsns[i]);
        }
        lines.add(prefix + " would lead to reference leak");
        throw Reject.einval(idx, lines.getFirst(), lines.subList(1, lines.size()).toArray(String[]::new));
    }

    int exit(State st, int idx) {
        checkResourceLeak(st, false, "BPF_EXIT instruction in main prog", idx);
        if (st.curframe > 0) {
            return returnFromCallee(st, idx);
        }
        RegValue r0 = in.read(st, Reg.R0, idx);
        ReturnRange range = in.type.returnRange(in.attach);
        if (range != null) {
            if (!r0.isScalar()) {
                throw Reject.einval(idx, "At program exit the register R0 is not a known value (" + r0.typeName() + ")");
            }
            Precision.markReg(env, st, 0);
            var v = r0.var();
            if (!(range.min() <= v.smin() && v.smax() <= range.max())) {
                StringBuilder sb = new StringBuilder("At program exit the register R0 has");
                boolean unknown = true;
                if (v.smin() > Long.MIN_VALUE) {
                    sb.append(" smin=").append(v.smin());
                    unknown = false;
                }
                if (v.smax() < Long.MAX_VALUE) {
                    sb.append(" smax=").append(v.smax());
                    unknown = false;
                }
                if (unknown) {
                    sb.append(" unknown scalar value");
                }
                sb.append(" should have been in [").append(range.min()).append(", ").append(range.max()).append(']');
                throw Reject.einval(idx, sb.toString());
            }
        }
        return -1;
    }

    private int returnFromCallee(State st, int idx) {
        Frame callee = st.cur();
        RegValue r0 = callee.regs[0];
        if (r0.type() == RegType.PTR_TO_STACK) {
            throw Reject.einval(idx, "cannot return stack pointer to the caller");
        }
        int ret = callee.callsite + 1;
        st.frames[st.curframe - 1].regs[0] = r0;
        if (env.logging()) {
            StringBuilder sb = new StringBuilder("returning from callee:\n");
            StatePrinter.frame(st, callee, -1, -1, true, sb);
            sb.append("\nto caller at ").append(ret).append(":\n");
            st.popFrame();
            StatePrinter.frame(st, st.cur(), -1, -1, true, sb);
            env.logLine(sb.toString());
        } else {
            st.popFrame();
        }
        env.clearScratch();
        return ret;
    }

    // ---- bpf-to-bpf calls ------------------------------------------------------------------------------

    int local(State st, int idx) {
        if (st.curframe + 1 >= State.MAX_FRAMES) {
            throw Reject.e2big(idx, "the call stack of " + (st.curframe + 2) + " frames is too deep");
        }
        int target = env.cfg.target[idx];
        Frame caller = st.cur();
        Frame callee = new Frame(st.curframe + 1, idx, target);
        for (int i = 1; i <= 5; i++) {
            callee.regs[i] = caller.regs[i];
        }
        for (int i = 0; i <= 5; i++) {
            caller.regs[i] = RegValue.NOT_INIT;
        }
        st.pushFrame(callee);
        if (env.logging()) {
            StringBuilder sb = new StringBuilder("caller:\n");
            StatePrinter.frame(st, caller, -1, -1, true, sb);
            sb.append("\ncallee:\n");
            StatePrinter.frame(st, callee, -1, -1, true, sb);
            env.logLine(sb.toString());
        }
        env.clearScratch();
        env.printFullState = true;
        return target;
    }

    /** Frames of one call chain share the 512-byte stack (each rounded up to 16 bytes). */
    void checkMaxStackDepth() {
        int n = env.cfg.subprogStarts.length;
        List<int[]> edges = env.cfg.callEdges();
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            depth[i] = (env.stackDepth[i] + 15) / 16 * 16;
        }
        walk(0, 0, 1, edges, depth, new boolean[n]);
    }

    private void walk(int sp, int acc, int frames, List<int[]> edges, int[] depth, boolean[] onPath) {
        int total = acc + depth[sp];
        if (total > MemoryAccess.MAX_STACK) {
            throw Reject.eacces(-1, "combined stack size of " + frames + " calls is " + total + ". Too large");
        }
        if (onPath[sp]) {
            return;
        }
        onPath[sp] = true;
        for (int[] e : edges) {
            if (e[0] == sp) {
                walk(e[1], total, frames + 1, edges, depth, onPath);
            }
        }
        onPath[sp] = false;
    }
}
