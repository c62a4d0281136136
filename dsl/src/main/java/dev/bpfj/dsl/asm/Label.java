package dev.bpfj.dsl.asm;

import dev.bpfj.core.insn.Target;

/**
 * A position in an {@link Asm} program, created before or after the instructions that jump to
 * it and bound exactly once with {@link Asm#bind(Label)}. Offsets are computed at
 * {@link Asm#build()}.
 *
 * <pre>{@code
 * Label out = asm.label();
 * asm.jmp(JmpOp.JEQ, Reg.R0, 0, out);
 * ...
 * asm.bind(out);
 * }</pre>
 */
public final class Label {
    private final String name;
    private final boolean named;

    Label(String name, boolean named) {
        this.name = name;
        this.named = named;
    }

    /** The label's name: the one given, or a generated {@code .L<n>} name. */
    public String name() {
        return name;
    }

    /** Whether the user named it (named labels appear in {@code Program.labels()}). */
    public boolean isNamed() {
        return named;
    }

    /** The label as a core instruction target. */
    public Target target() {
        return Target.label(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
