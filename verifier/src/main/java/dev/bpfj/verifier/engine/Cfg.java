package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.ArgType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The program's shape, checked before any path is walked, in the kernel's order: map references,
 * functions (bpf-to-bpf call targets), jump ranges and function ends, then reachability.
 * Everything is indexed by 8-byte slot, as the kernel counts instructions (a 64-bit immediate load
 * takes two). Also computes where states are compared (pruning points) and which registers are
 * live before each instruction.
 */
final class Cfg {
    final Program program;
    /** Slot count. */
    final int n;
    /** The instruction starting at each slot; null in the second half of a 64-bit immediate load. */
    final Insn[] at;
    /** Index in {@link Program#insns()} of the instruction at each slot, -1 for second halves. */
    final int[] listIndex;
    /** Jump or local-call target slot, or {@link Integer#MIN_VALUE} when none. */
    final int[] target;
    /** Map referenced by the 64-bit immediate load at each slot. */
    final MapSpec[] mapAt;
    /** Start slots of the functions, sorted; index 0 is the main program. */
    final int[] subprogStarts;
    final boolean[] prunePoint;
    /** Registers (bit i = Ri) that may be read before written, from each slot on. */
    final int[] liveIn;
    /**
     * Stack slots of the instruction's own frame (bit i = the 8 bytes below {@code fp - 8 * i})
     * that may be read before written, from each slot on. Conservative: a read through any pointer
     * other than r10 (a helper's memory argument, a function call, a load from a copied frame
     * pointer) counts as reading every slot; only an 8-byte store at r10 writes a slot.
     */
    final long[] liveStackIn;

    /** A local call or callback points outside the program (reported by {@link #check()}). */
    private boolean invalidCall;
    /** Slots whose bytes did not decode (raw input), with the kernel's message. */
    final Map<Integer, String> bad;

    Cfg(Program program, List<Insn> insns, Map<Integer, String> bad) {
        this.program = program;
        this.bad = bad;
        int[] slotOf = new int[insns.size() + 1];
        int s = 0;
        for (int i = 0; i < insns.size(); i++) {
            slotOf[i] = s;
            s += insns.get(i).slots();
        }
        slotOf[insns.size()] = s;
        this.n = s;
        this.at = new Insn[n];
        this.listIndex = new int[n];
        this.target = new int[n];
        this.mapAt = new MapSpec[n];
        Arrays.fill(listIndex, -1);
        Arrays.fill(target, Integer.MIN_VALUE);
        Map<String, Integer> labels = program.labels();
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            at[slotOf[i]] = insn;
            listIndex[slotOf[i]] = i;
            if (insn instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC) {
                // A callback's address: imm is the offset (in slots) of the function.
                target[slotOf[i]] = slotOf[i] + 1 + (int) l.imm();
            }
            Target t = insn.branchTarget();
            if (t != null) {
                // instanceof rather than pattern switches in this class: each pattern switch spins a
                // class on its first run, milliseconds of a short command's start-up.
                if (t instanceof Target.Offset o) {
                    target[slotOf[i]] = slotOf[i] + 1 + o.slots();
                } else {
                    Target.Label l = (Target.Label) t;
                    Integer idx = labels.get(l.name());
                    if (idx == null) {
                        throw new IllegalArgumentException("instruction " + i + ": unknown label '"
                                + l.name() + "'");
                    }
                    target[slotOf[i]] = idx >= 0 && idx <= insns.size() ? slotOf[idx] : Integer.MAX_VALUE;
                }
            }
        }
        for (Relocation r : program.relocations()) {
            if (r.insn() >= 0 && r.insn() < insns.size()) {
                mapAt[slotOf[r.insn()]] = program.map(r.symbol());
            }
        }
        this.subprogStarts = findSubprogs();
        this.prunePoint = new boolean[n];
        this.liveIn = new int[n];
        this.liveStackIn = new long[n];
    }


    private int[] findSubprogs() {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int s = 0; s < n; s++) {
            if (at[s] instanceof Insn.CallLocal
                    || (at[s] instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC)) {
                int t = target[s];
                if (t < 0 || t >= n) {
                    invalidCall = true;
                    continue;
                }
                starts.add(t);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Index of the function containing slot {@code s}. */
    int subprogOf(int s) {
        int i = Arrays.binarySearch(subprogStarts, s);
        return i >= 0 ? i : -i - 2;
    }

    int subprogEnd(int idx) {
        return idx + 1 < subprogStarts.length ? subprogStarts[idx + 1] : n;
    }

    /** All structural checks; throws {@link Reject} with the kernel's message. */
    void check() {
        // The kernel's first pass over the instructions refuses unknown opcodes and malformed
        // 64-bit loads; other reserved-field uses are found when the walk reaches them.
        for (int s = 0; s < n; s++) {
            String m = bad.get(s);
            if (m != null && (m.startsWith("unknown opcode") || m.contains("ld_imm64") || m.startsWith("BPF_LDX"))) {
                throw Reject.einval(-1, m);
            }
        }
        checkMapReferences();
        if (invalidCall) {
            throw Reject.einval(-1, "call to invalid destination");
        }
        checkJumps();
        checkAbnormalReturn();
        checkReachable();
        computeLiveness();
        computeStackLiveness();
    }

    private void checkMapReferences() {
        for (int s = 0; s < n; s++) {
            if (at[s] instanceof Insn.LoadImm64 l) {
                switch (l.src()) {
                    case NONE, FUNC -> {
                    }
                    case MAP_FD, MAP_VALUE -> {
                        if (mapAt[s] == null) {
                            throw Reject.einval(-1, "fd " + (int) l.imm() + " is not pointing to valid bpf_map");
                        }
                        if (l.src() == PseudoSrc.MAP_VALUE) {
                            int off = (int) (l.imm() >>> 32);
                            MapSpec m = mapAt[s];
                            if (Integer.compareUnsigned(off, m.valueSize()) >= 0) {
                                throw Reject.einval(-1, "invalid access to map value pointer, value_size="
                                        + m.valueSize() + " off=" + Integer.toUnsignedString(off));
                            }
                        }
                    }
                    default -> throw Reject.einval(-1, "unrecognized bpf_ld_imm64 insn");
                }
            }
        }
    }

    private static boolean isJumpWithTarget(Insn insn) {
        return insn instanceof Insn.Jump || insn instanceof Insn.Ja || insn instanceof Insn.JaLong
                || insn instanceof Insn.MayGoto;
    }

    private void checkJumps() {
        for (int sp = 0; sp < subprogStarts.length; sp++) {
            int start = subprogStarts[sp];
            int end = subprogEnd(sp);
            for (int s = start; s < end; s++) {
                Insn insn = at[s];
                if (insn != null && isJumpWithTarget(insn)) {
                    int t = target[s];
                    if (t < start || t >= end) {
                        throw Reject.einval(-1, "jump out of range from insn " + s + " to "
                                + (t == Integer.MAX_VALUE ? n : t));
                    }
                }
                if (s == end - 1) {
                    if (!(insn instanceof Insn.Exit || insn instanceof Insn.Ja || insn instanceof Insn.JaLong)) {
                        throw Reject.einval(-1, "last insn is not an exit or jmp");
                    }
                }
            }
        }
    }

    /**
     * Without BTF function info (bpfj does not emit it for local functions) the kernel refuses
     * functions that could leave the program abnormally.
     */
    private void checkAbnormalReturn() {
        for (int sp = 1; sp < subprogStarts.length; sp++) {
            boolean ldAbs = false;
            boolean tailCall = false;
            for (int s = subprogStarts[sp]; s < subprogEnd(sp); s++) {
                Insn insn = at[s];
                ldAbs |= insn instanceof Insn.LoadAbs || insn instanceof Insn.LoadInd;
                tailCall |= insn instanceof Insn.Call c && c.helper() == 12;
            }
            if (ldAbs) {
                throw Reject.einval(-1, "LD_ABS is not allowed in subprogs without BTF");
            }
            if (tailCall) {
                throw Reject.einval(-1, "tail_call is not allowed in subprogs without BTF");
            }
        }
    }

    /** Successor slots of slot {@code s} in the control-flow graph. */
    int[] successors(int s) {
        Insn insn = at[s];
        if (insn == null) {
            return s + 1 < n ? new int[] {s + 1} : new int[0];
        }
        if (insn instanceof Insn.Exit) {
            return new int[0];
        }
        if (insn instanceof Insn.Ja || insn instanceof Insn.JaLong) {
            return new int[] {target[s]};
        }
        if (insn instanceof Insn.Jump || insn instanceof Insn.MayGoto || insn instanceof Insn.CallLocal) {
            return new int[] {s + 1, target[s]};
        }
        if (insn instanceof Insn.LoadImm64 l) {
            return l.src() == PseudoSrc.FUNC ? new int[] {s + 2, target[s]} : new int[] {s + 2};
        }
        return new int[] {s + 1};
    }

    private void checkReachable() {
        byte[] seen = new byte[n];
        int[] stack = new int[n + 1];
        int sp = 0;
        stack[sp++] = 0;
        seen[0] = 1;
        while (sp > 0) {
            int s = stack[--sp];
            Insn insn = at[s];
            if (insn instanceof Insn.Jump || insn instanceof Insn.MayGoto) {
                prunePoint[s] = true;
                markTarget(target[s]);
            } else if (insn instanceof Insn.Ja || insn instanceof Insn.JaLong) {
                markTarget(target[s]);
            } else if (insn instanceof Insn.Call || insn instanceof Insn.CallKfunc || insn instanceof Insn.Callx) {
                markTarget(s + 1);
            } else if (insn instanceof Insn.CallLocal) {
                prunePoint[s] = true;
                markTarget(s + 1);
                markTarget(target[s]);
            }
            for (int t : successors(s)) {
                if (t >= 0 && t < n && seen[t] == 0) {
                    seen[t] = 1;
                    stack[sp++] = t;
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (at[s] == null) {
                continue;
            }
            if (seen[s] == 0) {
                throw Reject.einval(-1, "unreachable insn " + s);
            }
            if (at[s] instanceof Insn.LoadImm64 && s + 1 < n && seen[s + 1] != 0) {
                throw Reject.einval(-1, "jump into the middle of ldimm64 insn " + s);
            }
        }
    }

    private void markTarget(int t) {
        if (t >= 0 && t < n) {
            prunePoint[t] = true;
        }
    }

    // ---- Register liveness -----------------------------------------------------------------------

    private static int bit(Reg r) {
        return 1 << r.number();
    }

    private static final int CALLER_SAVED = 0b111111; // R0..R5
    private static final int ARGS = 0b111110; // R1..R5

    /** Registers read by the instruction at {@code s}. */
    int uses(int s) {
        Insn insn = at[s];
        if (insn == null) {
            return 0;
        }
        if (insn instanceof Insn.Alu a) {
            int u = a.op() == dev.bpfj.core.insn.AluOp.MOV || a.op().isSignExtendingMove() ? 0 : bit(a.dst());
            return a.src() instanceof Reg r ? u | bit(r) : u;
        }
        if (insn instanceof Insn.Neg g) {
            return bit(g.dst());
        }
        if (insn instanceof Insn.Endian e) {
            return bit(e.dst());
        }
        if (insn instanceof Insn.Jump j) {
            return j.src() instanceof Reg r ? bit(j.dst()) | bit(r) : bit(j.dst());
        }
        if (insn instanceof Insn.Call c) {
            Helper h = Helper.ofId(c.helper());
            if (h == null) {
                return ARGS;
            }
            int u = 0;
            List<ArgType> args = h.args();
            for (int i = 0; i < args.size() && i < 5; i++) {
                if (args.get(i) != ArgType.DONTCARE) {
                    u |= 1 << (i + 1);
                }
            }
            return u;
        }
        if (insn instanceof Insn.CallLocal || insn instanceof Insn.CallKfunc) {
            return ARGS;
        }
        if (insn instanceof Insn.Callx c) {
            return ARGS | bit(c.reg());
        }
        if (insn instanceof Insn.Exit) {
            return 1;
        }
        if (insn instanceof Insn.LoadAbs) {
            return bit(Reg.R6);
        }
        if (insn instanceof Insn.LoadInd l) {
            return bit(Reg.R6) | bit(l.src());
        }
        if (insn instanceof Insn.Load l) {
            return bit(l.src());
        }
        if (insn instanceof Insn.Store st) {
            return bit(st.dst());
        }
        if (insn instanceof Insn.StoreReg st) {
            return bit(st.dst()) | bit(st.src());
        }
        if (insn instanceof Insn.Atomic a) {
            return bit(a.dst()) | bit(a.src()) | (a.op() == dev.bpfj.core.insn.AtomicOp.CMPXCHG ? 1 : 0);
        }
        return 0;
    }

    /** Registers written by the instruction at {@code s}. */
    int defs(int s) {
        Insn insn = at[s];
        if (insn == null) {
            return 0;
        }
        if (insn instanceof Insn.Alu a) {
            return bit(a.dst());
        }
        if (insn instanceof Insn.Load l) {
            return bit(l.dst());
        }
        if (insn instanceof Insn.LoadImm64 l) {
            return bit(l.dst());
        }
        if (insn instanceof Insn.Neg g) {
            return bit(g.dst());
        }
        if (insn instanceof Insn.Endian e) {
            return bit(e.dst());
        }
        if (insn instanceof Insn.Call || insn instanceof Insn.CallLocal || insn instanceof Insn.CallKfunc
                || insn instanceof Insn.Callx || insn instanceof Insn.LoadAbs || insn instanceof Insn.LoadInd) {
            return CALLER_SAVED;
        }
        if (insn instanceof Insn.Atomic a) {
            return a.op() == dev.bpfj.core.insn.AtomicOp.CMPXCHG ? 1 : a.op().fetches() ? bit(a.src()) : 0;
        }
        return 0;
    }

    private void computeLiveness() {
        int[] use = new int[n];
        int[] def = new int[n];
        for (int s = 0; s < n; s++) {
            use[s] = uses(s);
            def[s] = defs(s);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = n - 1; s >= 0; s--) {
                if (at[s] == null) {
                    continue;
                }
                int out = 0;
                // A local call continues in the callee; the callee's exit returns to s + 1, which
                // the caller-saved definition already accounts for.
                for (int t : successors(s)) {
                    if (t >= 0 && t < n && !(at[s] instanceof Insn.CallLocal && t == target[s])) {
                        out |= liveIn[t];
                    }
                }
                int in = use[s] | (out & ~def[s]);
                if (in != liveIn[s]) {
                    liveIn[s] = in;
                    changed = true;
                }
            }
        }
    }


    private static final long ALL_SLOTS = -1L;

    /** The slots {@code size} bytes at {@code fp + off} touch; every slot when outside the stack. */
    private static long slotsAt(int off, int size) {
        if (off >= 0 || off < -512 || off + size > 0) {
            return ALL_SLOTS;
        }
        int lo = (-(off + size - 1) - 1) / 8;
        int hi = (-off - 1) / 8;
        long m = 0;
        for (int spi = lo; spi <= hi; spi++) {
            m |= 1L << spi;
        }
        return m;
    }

    /** Whether the helper may read memory through an argument, which may point into the stack. */
    private static boolean mayReadMemory(Insn.Call c) {
        Helper h = Helper.ofId(c.helper());
        if (h == null) {
            return true;
        }
        for (ArgType a : h.args()) {
            switch (a) {
                case DONTCARE, ANYTHING, CONST_MAP_PTR, CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO,
                     PTR_TO_CTX, PTR_TO_CTX_OR_NULL, PTR_TO_SOCKET, PTR_TO_SOCKET_OR_NULL, PTR_TO_SOCK_COMMON,
                     PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_BTF_ID_SOCK_COMMON_OR_NULL -> {
                }
                default -> {
                    return true;
                }
            }
        }
        return false;
    }

    private void computeStackLiveness() {
        long[] use = new long[n];
        long[] def = new long[n];
        for (int s = 0; s < n; s++) {
            Insn insn = at[s];
            if (insn instanceof Insn.Load l) {
                use[s] = l.src() == Reg.R10 ? slotsAt(l.off(), l.size().bytes()) : ALL_SLOTS;
            } else if (insn instanceof Insn.Store st) {
                def[s] = st.dst() == Reg.R10 && st.size().bytes() == 8 && st.off() % 8 == 0 ? slotsAt(st.off(), 8) : 0;
            } else if (insn instanceof Insn.StoreReg st) {
                def[s] = st.dst() == Reg.R10 && st.size().bytes() == 8 && st.off() % 8 == 0 ? slotsAt(st.off(), 8) : 0;
            } else if (insn instanceof Insn.Atomic a) {
                use[s] = a.dst() == Reg.R10 ? slotsAt(a.off(), a.size().bytes()) : ALL_SLOTS;
            } else if (insn instanceof Insn.Call c) {
                use[s] = mayReadMemory(c) ? ALL_SLOTS : 0;
            } else if (insn instanceof Insn.CallLocal || insn instanceof Insn.CallKfunc || insn instanceof Insn.Callx) {
                use[s] = ALL_SLOTS;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = n - 1; s >= 0; s--) {
                Insn insn = at[s];
                if (insn == null) {
                    continue;
                }
                long out = 0;
                if (!(insn instanceof Insn.Exit)) {
                    // Within the function: a call continues at s + 1 (the callee has its own frame,
                    // and what it reads of this one counts at the call), and a callback's address
                    // is not a path of this frame.
                    int next = insn instanceof Insn.LoadImm64 ? s + 2 : s + 1;
                    Integer t = target[s] == Integer.MIN_VALUE || insn instanceof Insn.CallLocal
                            || insn instanceof Insn.LoadImm64 ? null : target[s];
                    boolean fallsThrough = !(insn instanceof Insn.Ja || insn instanceof Insn.JaLong);
                    if (fallsThrough) {
                        out |= next < n ? liveStackIn[next] : 0;
                    }
                    if (t != null) {
                        out |= t >= 0 && t < n ? liveStackIn[t] : ALL_SLOTS;
                    }
                }
                long in = use[s] | (out & ~def[s]);
                if (in != liveStackIn[s]) {
                    liveStackIn[s] = in;
                    changed = true;
                }
            }
        }
    }

    /** Slots of the functions called from slot ranges, for stack-depth checks. */
    List<int[]> callEdges() {
        List<int[]> edges = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (at[s] instanceof Insn.CallLocal
                    || (at[s] instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC)) {
                edges.add(new int[] {subprogOf(s), subprogOf(target[s])});
            }
        }
        return edges;
    }
}
