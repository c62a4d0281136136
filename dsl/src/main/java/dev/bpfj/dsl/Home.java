package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.insn.Reg;

/**
 * Where a value that outlives one statement is kept: a callee-saved register (R7-R9) or an
 * 8-byte stack slot. A helper result also stays readable in R0 until the next call; its copy into
 * the home is dropped at build time when nothing ever read the copy.
 */
final class Home {
    final String what;
    final SourcePos where;
    final Reg reg;
    final Stack.Area slot;
    /** The call epoch during which R0 still holds the value, or -1. */
    int r0Epoch = -1;
    /** Index of the instruction that copied R0 here, or -1. */
    int saveInsn = -1;
    /** Whether code read the home itself (not R0). */
    boolean read;
    /** The packet epoch a packet pointer belongs to, or -1 for other values. */
    int packetEpoch = -1;
    /** Statement counter when made and when last read (for loop checks). */
    int createdAt;
    int lastUse;
    boolean freed;
    /** A local variable: must be assigned before it is read. */
    boolean isVar;

    Home(String what, SourcePos where, Reg reg, Stack.Area slot) {
        this.what = what;
        this.where = where;
        this.reg = reg;
        this.slot = slot;
    }
}
