package dev.bpfj.verifier.engine;

/**
 * A state remembered at a pruning point. While paths that passed it are still being explored
 * ({@code branches > 0}) it is an ancestor of the current path: meeting it again with an equal
 * state means an infinite loop. Once every such path has finished it can prune later arrivals.
 */
final class Checkpoint {
    final State state;
    final int insn;
    final Checkpoint parent;
    /** Live paths or checkpoints directly below this one. */
    int branches = 1;
    /** Times this state pruned a path / failed to, for the kernel's eviction heuristic. */
    int hits;
    int misses;
    /** The path's instructions between {@link #parent} and this point: (slot, flags) pairs. */
    final int[] hist;
    /** Per frame: scalar registers (bit i = Ri) whose exact value a later check relied on. */
    final int[] preciseRegs;
    /** Per frame: stack slots holding such scalars (bit i = slot i, fp-8(i+1)). */
    final long[] preciseSlots;

    Checkpoint(State state, int insn, Checkpoint parent, int[] hist) {
        this.state = state;
        this.insn = insn;
        this.parent = parent;
        this.hist = hist;
        this.preciseRegs = new int[State.MAX_FRAMES];
        this.preciseSlots = new long[State.MAX_FRAMES];
    }

    boolean preciseReg(int frame, int r) {
        return (preciseRegs[frame] & (1 << r)) != 0;
    }

    boolean preciseSlot(int frame, int spi) {
        return spi < 64 && (preciseSlots[frame] & (1L << spi)) != 0;
    }
}
