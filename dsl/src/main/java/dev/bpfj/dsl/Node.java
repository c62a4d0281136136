package dev.bpfj.dsl;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Size;

/**
 * A value expression, evaluated only when a statement uses it, so each use compiles to the
 * shortest sequence (a comparison with a constant becomes one compare-immediate jump).
 * {@code bits} is 32 (ALU32/JMP32, values zero-extended) or 64.
 */
sealed interface Node {
    int bits();

    /** A constant. */
    record Const(long value, int bits) implements Node {
    }

    /** A context field read with one load of {@code size} at {@code offset}. */
    record CtxLoad(String field, int offset, Size size, int bits) implements Node {
    }

    /** A load of {@code size} at {@code offset} from the pointer held in {@code base}. */
    record Deref(Home base, int offset, Size size, int bits) implements Node {
    }

    /** A load of {@code size} from the stack at {@code offset} (negative, from the frame pointer). */
    record StackLoad(Stack.Area area, int offset, Size size, int bits) implements Node {
    }

    /** The value held in a home (a local variable, a helper result). */
    record Held(Home home, int bits) implements Node {
    }

    /** {@code a op b}. */
    record Bin(AluOp op, Node a, Node b, int bits) implements Node {
    }

    /** A 32-bit value used as 64 bits: registers already hold it zero-extended. */
    record Zext(Node a) implements Node {
        @Override
        public int bits() {
            return 64;
        }
    }

    /** A byte swap of the low {@code width} bits (network to host order on this little-endian ABI). */
    record Swap(int width, Node a, int bits) implements Node {
    }
}
