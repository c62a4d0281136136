package dev.bpfj.verifier.engine;

import dev.bpfj.verifier.domain.RegValue;
import dev.bpfj.verifier.domain.StackSlot;
import java.util.Arrays;

/**
 * One call frame of a path: eleven registers and the stack. Mutable while the path is walked;
 * {@link #copy()} gives an independent frame (values are immutable, so arrays are shallow-copied).
 */
final class Frame {
    static final int MAX_STACK = 512;

    final RegValue[] regs;
    /** Slot {@code i} covers {@code fp-8(i+1) .. fp-8i-1}; the array grows as the stack is used. */
    StackSlot[] stack;
    final int frameno;
    /** Instruction (slot index) of the call that created this frame; -1 for the main frame. */
    final int callsite;
    /** Start (slot index) of the function this frame runs. */
    final int subprog;

    Frame(int frameno, int callsite, int subprog) {
        this.regs = new RegValue[11];
        Arrays.fill(regs, RegValue.NOT_INIT);
        regs[10] = RegValue.stackPointer(frameno, 0);
        this.stack = new StackSlot[0];
        this.frameno = frameno;
        this.callsite = callsite;
        this.subprog = subprog;
    }

    private Frame(Frame o) {
        this.regs = o.regs.clone();
        this.stack = o.stack.clone();
        this.frameno = o.frameno;
        this.callsite = o.callsite;
        this.subprog = o.subprog;
    }

    Frame copy() {
        return new Frame(this);
    }

    /** Bytes of stack allocated (a multiple of 8). */
    int allocated() {
        return stack.length * 8;
    }

    /** Makes sure {@code size} bytes below the frame pointer are tracked. */
    void grow(int size) {
        int slots = (size + 7) / 8;
        if (slots > stack.length) {
            int old = stack.length;
            stack = Arrays.copyOf(stack, slots);
            Arrays.fill(stack, old, slots, StackSlot.EMPTY);
        }
    }

    StackSlot slot(int spi) {
        return spi < stack.length ? stack[spi] : StackSlot.EMPTY;
    }
}
