package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.verifier.VerifierOptions;
import dev.bpfj.verifier.VerifierResult;
import dev.bpfj.verifier.domain.RegType;
import dev.bpfj.verifier.domain.RegValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The path explorer: walks the program depth first like the kernel (fall-through first, the other
 * side of a branch pushed for later), counts processed instructions against the limit, stores
 * states at pruning points and stops exploring a path when an equivalent or weaker state was
 * already proven safe there. What one instruction does is the {@link Interpreter}'s business.
 */
public final class Engine {
    static final int JMP_SEQ_LIMIT = 8192;

    final Program program;
    final ProgramType type;
    final Cfg cfg;
    final VerifierOptions options;
    final Interpreter interp;
    final boolean gpl;
    private final Map<Integer, Insn> shown;

    int idGen;
    int insnProcessed;
    int jmpsProcessed;
    private int prevJmpsProcessed;
    private int prevInsnProcessed;
    int totalStates;
    private int curStates;
    int peakStates;
    private int maxStatesPerInsn;

    private final List<Checkpoint>[] explored;
    private final ArrayList<Pending> pending = new ArrayList<>();

    /** The level-1 log of the current path, or null when not asked for. */
    final StringBuilder log;
    /** Log position just after the current instruction's text (before its newline), or -1. */
    private int insnTextEnd = -1;
    int scratchRegs;
    long scratchSlots;
    /** The instruction being processed (slot index). */
    int insnIdx;
    int prevInsnIdx;
    /** Whether the next instruction line is preceded by a full state line. */
    boolean printFullState;

    /** The checkpoint stored at the instruction being processed, if any. */
    Checkpoint addedHere;

    /** The most recent in-progress state at {@code idx} on this path, before this visit's own. */
    Checkpoint previousEntry(State cur, int idx) {
        for (Checkpoint c = cur.parent; c != null; c = c.parent) {
            if (c.insn == idx && c != addedHere && c.branches > 0) {
                return c;
            }
        }
        return null;
    }

    /** Per instruction: the pointer type a load or store went through first (kernel: aux ptr_type). */
    final RegType[] auxPtrType;
    /** Per function: deepest stack use in bytes. */
    final int[] stackDepth;

    private record Pending(State state, int insn, int prevInsn, int logPos) {
    }

    /**
     * @param badSlots slots whose bytes do not decode, with the kernel's message (raw input only)
     * @param shown how to print such slots in the log (their fields with reserved bits cleared)
     */
    @SuppressWarnings("unchecked")
    public Engine(Program program, List<Insn> insns, VerifierOptions options, Map<Integer, String> badSlots,
                  Map<Integer, Insn> shown) {
        this.program = program;
        this.type = program.type();
        this.options = options;
        this.cfg = new Cfg(program, insns, badSlots);
        this.shown = shown;
        this.explored = new List[cfg.n];
        this.auxPtrType = new RegType[cfg.n];
        this.stackDepth = new int[cfg.subprogStarts.length];
        this.log = options.log() ? new StringBuilder(1024) : null;
        this.interp = new Interpreter(this);
        this.gpl = isGplCompatible(program.license());
    }

    /** The licenses the kernel's {@code license_is_gpl_compatible} accepts. */
    static boolean isGplCompatible(String license) {
        return switch (license) {
            case "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL" -> true;
            default -> false;
        };
    }

    int newId() {
        return ++idGen;
    }

    /** Adds flags to the history entry of the instruction being executed (see {@link Precision}). */
    static void flagInsn(State st, int flags) {
        if (st.histLen > 0) {
            st.hist[st.histLen - 1] |= flags;
        }
    }

    /** Runs the analysis to a verdict. */
    public VerifierResult run() {
        try {
            checkAttachType();
            cfg.check();
            State st = initialState();
            explore(st);
        } catch (Reject r) {
            return result(r);
        }
        try {
            interp.checkMaxStackDepth();
            return result(null);
        } catch (Reject r) {
            return result(r);
        }
    }

    /**
     * The load-time check of the expected attach type, made before the kernel verifies anything:
     * a wrong one fails with EINVAL and an empty log. A program naming none is loaded with its
     * type's only choice (sk_lookup), as bpfj's loader does.
     */
    private void checkAttachType() {
        AttachType at = program.expectedAttachType() != null ? program.expectedAttachType()
                : type.defaultExpectedAttachType();
        if (!type.acceptsExpectedAttachType(at)) {
            throw Reject.einval(-1, "");
        }
    }

    private State initialState() {
        Frame main = new Frame(0, -1, 0);
        main.regs[1] = RegValue.pointer(RegType.PTR_TO_CTX);
        return new State(main);
    }

    // ---- Log -------------------------------------------------------------------------------------

    boolean logging() {
        return log != null;
    }

    void logLine(String s) {
        if (log != null) {
            log.append(s).append('\n');
            insnTextEnd = -1;
        }
    }

    void markReg(int r) {
        scratchRegs |= 1 << r;
    }

    void markSlot(int spi) {
        if (spi < 64) {
            scratchSlots |= 1L << spi;
        }
    }

    private void printInsn(int idx) {
        Insn insn = shown.getOrDefault(idx, cfg.at[idx]);
        log.append(idx).append(": ")
                .append(KernelInsnFormat.format(insn, idx, cfg.target[idx], cfg.mapAt[idx]));
        insnTextEnd = log.length();
        log.append('\n');
    }

    /** After an instruction: the registers and slots it touched, on its line when nothing intervened. */
    void printInsnState(State st, int nextIdx) {
        if (log == null || (scratchRegs == 0 && scratchSlots == 0)) {
            clearScratch();
            return;
        }
        if (insnTextEnd >= 0 && log.length() == insnTextEnd + 1) {
            log.setLength(insnTextEnd);
            int lineStart = log.lastIndexOf("\n") + 1;
            int pos = insnTextEnd - lineStart + 1;
            int align = Math.max(pos + 4, 40);
            align = (align + 7) / 8 * 8 - pos - 1;
            for (int i = 0; i < align - 1; i++) {
                log.append(' ');
            }
            log.append(" ;");
        } else {
            log.append(nextIdx).append(':');
        }
        StatePrinter.frame(st, st.cur(), scratchRegs, scratchSlots, false, log);
        log.append('\n');
        insnTextEnd = -1;
        clearScratch();
    }

    void clearScratch() {
        scratchRegs = 0;
        scratchSlots = 0;
    }

    /** A full state line: {@code N: R1=ctx() R10=fp0}. */
    private void printFull(State st, int idx) {
        log.append(idx).append(':');
        StatePrinter.frame(st, st.cur(), -1, -1, true, log);
        log.append('\n');
        insnTextEnd = -1;
    }

    // ---- Exploration -----------------------------------------------------------------------------

    /** Queues the other side of a branch: a copy of {@code st} continuing at {@code target}. */
    State push(State st, int target, int from) {
        if (pending.size() >= JMP_SEQ_LIMIT) {
            throw Reject.e2big(from, "The sequence of " + (JMP_SEQ_LIMIT + 1) + " jumps is too complex.");
        }
        State copy = st.copy();
        if (copy.parent != null) {
            copy.parent.branches++;
        }
        int logPos = log == null ? 0 : (insnTextEnd >= 0 ? insnTextEnd : log.length());
        pending.add(new Pending(copy, target, from, logPos));
        return copy;
    }

    private void explore(State st) {
        int idx = 0;
        printFullState = true;
        if (log != null) {
            printFull(st, 0);
            printFullState = false;
        }
        while (true) {
            insnIdx = idx;
            if (++insnProcessed > options.insnLimit()) {
                throw Reject.e2big(idx, "BPF program is too large. Processed " + insnProcessed + " insn");
            }
            boolean pruned = false;
            addedHere = null;
            if (cfg.prunePoint[idx]) {
                pruned = isStateVisited(st, idx);
            }
            int next;
            if (pruned) {
                next = -1;
            } else {
                if (log != null) {
                    if (printFullState) {
                        printFull(st, idx);
                    }
                    printInsn(idx);
                }
                printFullState = false;
                clearScratch();
                Insn insn = cfg.at[idx];
                if (insn instanceof Insn.Jump || insn instanceof Insn.Ja || insn instanceof Insn.JaLong
                        || insn instanceof Insn.Exit || insn instanceof Insn.Call || insn instanceof Insn.CallLocal
                        || insn instanceof Insn.MayGoto || insn instanceof Insn.CallKfunc || insn instanceof Insn.Callx) {
                    jmpsProcessed++;
                }
                st.record(idx, st.curframe);
                next = interp.step(st, idx);
                if (next >= 0) {
                    printInsnState(st, next);
                }
            }
            if (next < 0) {
                endPath(st);
                if (pending.isEmpty()) {
                    return;
                }
                Pending p = pending.removeLast();
                st = p.state;
                idx = p.insn;
                prevInsnIdx = p.prevInsn;
                if (log != null) {
                    log.setLength(p.logPos);
                    log.append(' ').append(idx).append(':');
                    StatePrinter.frame(st, st.cur(), -1, -1, true, log);
                    log.append('\n');
                    insnTextEnd = -1;
                }
                clearScratch();
                continue;
            }
            prevInsnIdx = idx;
            idx = next;
        }
    }

    private void endPath(State st) {
        Checkpoint c = st.parent;
        while (c != null) {
            c.branches--;
            if (c.branches > 0) {
                break;
            }
            c = c.parent;
        }
    }

    /** Kernel's is_state_visited: true when the path can stop here. */
    private boolean isStateVisited(State cur, int idx) {
        boolean force = cfg.at[idx] instanceof Insn.MayGoto;
        boolean addNew = force || (jmpsProcessed - prevJmpsProcessed >= 2 && insnProcessed - prevInsnProcessed >= 8);
        addedHere = null;
        List<Checkpoint> list = explored[idx];
        int count = 0;
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                Checkpoint c = list.get(i);
                count++;
                if (c.branches > 0) {
                    // An ancestor of this path: meeting it again unchanged is an infinite loop.
                    // may_goto: each pass spends budget, so a deeper pass in an equal state is covered.
                    if (force && c.state.mayGotoDepth != cur.mayGotoDepth
                            && Equivalence.safe(this, c, cur, idx, true)) {
                        c.hits++;
                        return true;
                    }
                    if (c.state.mayGotoDepth == cur.mayGotoDepth && Equivalence.maybeLooping(c.state, cur)
                            && Equivalence.exact(c.state, cur)) {
                        String curS = StatePrinter.full(cur);
                        StringBuilder oldS = new StringBuilder();
                        StatePrinter.frame(c.state, c.state.cur(), -1, -1, true, oldS, c.preciseRegs[c.state.curframe]);
                        throw Reject.einval(idx, "infinite loop detected at insn " + idx,
                                "cur state:" + curS, "old state:" + oldS);
                    }
                    // Inside a loop, states differ per iteration: store them less often.
                    if (!force && jmpsProcessed - prevJmpsProcessed < 20 && insnProcessed - prevInsnProcessed < 100) {
                        addNew = false;
                    }
                } else if (Equivalence.safe(this, c, cur, idx, false)) {
                    c.hits++;
                    Precision.propagate(this, c, cur);
                    return true;
                }
                if (addNew) {
                    c.misses++;
                }
                // States that keep missing are unlikely to ever prune: drop them.
                int n = force && c.branches > 0 ? 64 : 3;
                if (c.misses > c.hits * n + n) {
                    list.remove(i);
                    i--;
                    curStates--;
                }
            }
        }
        if (count > maxStatesPerInsn) {
            maxStatesPerInsn = count;
        }
        if (!addNew) {
            return false;
        }
        prevJmpsProcessed = jmpsProcessed;
        prevInsnProcessed = insnProcessed;
        totalStates++;
        curStates++;
        if (curStates > peakStates) {
            peakStates = curStates;
        }
        State snapshot = cur.copy();
        snapshot.hist = new int[0];
        snapshot.histLen = 0;
        Checkpoint c = new Checkpoint(snapshot, idx, cur.parent, java.util.Arrays.copyOf(cur.hist, cur.histLen));
        cur.parent = c;
        cur.histLen = 0;
        addedHere = c;
        if (list == null) {
            list = new ArrayList<>(2);
            explored[idx] = list;
        }
        list.add(c);
        return false;
    }

    // ---- Result ----------------------------------------------------------------------------------

    private VerifierResult result(Reject r) {
        String logText = "";
        if (log != null && r != null && r.insn < 0) {
            log.setLength(0);
        }
        if (log != null) {
            if (r != null) {
                log.append(r.key);
                if (!r.key.equals("expected prog array map for tail call")) {
                    log.append('\n');
                }
                for (String e : r.extra) {
                    log.append(e).append('\n');
                }
            }
            // The kernel resets the log to each branch point when a path completes: an accepted
            // program leaves only the statistics.
            // A load refused before verification leaves the log empty.
            logText = r == null ? statsLine() : r.key.isEmpty() && r.insn < 0 ? "" : log + statsLine();
        }
        if (r == null) {
            return new VerifierResult(program.name(), type, true, -1, -1, null, List.of(), null, null,
                    SourcePos.UNKNOWN, insnProcessed, totalStates, peakStates, logText);
        }
        int list = r.insn >= 0 && r.insn < cfg.n ? cfg.listIndex[r.insn] : -1;
        SourcePos pos = list >= 0 ? program.position(list) : SourcePos.UNKNOWN;
        String hint = Hints.hint(r.key, program, cfg, r.insn);
        return new VerifierResult(program.name(), type, false, r.insn, list, r.key, r.extra, r.errno, hint,
                pos, insnProcessed, totalStates, peakStates, logText);
    }

    private String statsLine() {
        return "processed " + insnProcessed + " insns (limit 1000000) max_states_per_insn " + maxStatesPerInsn
                + " total_states " + totalStates + " peak_states " + peakStates + " mark_read 0\n";
    }

    // ---- Shared helpers for the interpreter --------------------------------------------------------

    MapSpec mapAt(int idx) {
        return cfg.mapAt[idx];
    }
}
