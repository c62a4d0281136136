package dev.bpfj.verifier.engine;

import java.util.Arrays;

/**
 * The abstract machine state of one path: its call frames and the references it holds. The engine
 * mutates the current state instruction by instruction and copies it at branches.
 */
final class State {
    static final int MAX_FRAMES = 8;

    Frame[] frames;
    int curframe;
    /** Acquired references: ids and the instruction (slot index) that acquired each. */
    int[] refIds;
    int[] refInsns;
    int refCount;
    /** The explored-state node this path last passed (for loop detection and branch counting). */
    Checkpoint parent;
    /**
     * Instructions executed since {@link #parent}, as pairs (slot, flags): what precision tracking
     * walks back through. See {@link Precision} for the flags.
     */
    int[] hist;
    int histLen;
    /** How many may_goto fall-throughs this path took (each costs one unit of the loop budget). */
    int mayGotoDepth;

    State(Frame main) {
        frames = new Frame[] {main};
        curframe = 0;
        refIds = new int[4];
        refInsns = new int[4];
        hist = new int[32];
    }

    private State(State o) {
        frames = new Frame[o.curframe + 1];
        for (int i = 0; i <= o.curframe; i++) {
            frames[i] = o.frames[i].copy();
        }
        curframe = o.curframe;
        refIds = o.refIds.clone();
        refInsns = o.refInsns.clone();
        refCount = o.refCount;
        parent = o.parent;
        hist = java.util.Arrays.copyOf(o.hist, Math.max(32, o.histLen * 2));
        histLen = o.histLen;
        mayGotoDepth = o.mayGotoDepth;
    }

    void record(int slot, int flags) {
        if (histLen + 2 > hist.length) {
            hist = java.util.Arrays.copyOf(hist, hist.length * 2);
        }
        hist[histLen++] = slot;
        hist[histLen++] = flags;
    }

    State copy() {
        return new State(this);
    }

    Frame cur() {
        return frames[curframe];
    }

    void pushFrame(Frame f) {
        if (curframe + 1 >= frames.length) {
            frames = Arrays.copyOf(frames, curframe + 2);
        }
        frames[++curframe] = f;
    }

    void popFrame() {
        frames[curframe--] = null;
    }

    void acquire(int id, int insn) {
        if (refCount == refIds.length) {
            refIds = Arrays.copyOf(refIds, refCount * 2);
            refInsns = Arrays.copyOf(refInsns, refCount * 2);
        }
        refIds[refCount] = id;
        refInsns[refCount] = insn;
        refCount++;
    }

    boolean holds(int id) {
        for (int i = 0; i < refCount; i++) {
            if (refIds[i] == id) {
                return true;
            }
        }
        return false;
    }

    boolean release(int id) {
        for (int i = 0; i < refCount; i++) {
            if (refIds[i] == id) {
                System.arraycopy(refIds, i + 1, refIds, i, refCount - i - 1);
                System.arraycopy(refInsns, i + 1, refInsns, i, refCount - i - 1);
                refCount--;
                return true;
            }
        }
        return false;
    }
}
