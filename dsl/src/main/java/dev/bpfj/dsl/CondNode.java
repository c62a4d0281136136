package dev.bpfj.dsl;

import dev.bpfj.core.insn.JmpOp;

/** A condition, compiled straight into conditional jumps (short-circuit for and/or). */
sealed interface CondNode {
    /** {@code a op b}, compared on 32 or 64 bits. */
    record Cmp(JmpOp op, Node a, Node b, int bits) implements CondNode {
    }

    record And(CondNode a, CondNode b) implements CondNode {
    }

    record Or(CondNode a, CondNode b) implements CondNode {
    }

    record Not(CondNode a) implements CondNode {
    }

    record Bool(boolean value) implements CondNode {
    }
}
