package dev.bpfj.dsl;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import java.util.Objects;

/**
 * The program types that end with a {@link Verdict}: {@link SkLookup}, {@link SkReuseport} and
 * {@link SkMsg}. What {@code SK_PASS} and {@code SK_DROP} mean for each is told by its class.
 */
abstract sealed class VerdictBuilder extends ProgramBuilder permits SkLookup, SkReuseport, SkMsg {
    VerdictBuilder(String name, ProgramType type, AttachType attach) {
        super(name, type, attach);
    }

    /** Returns {@code SK_PASS}. */
    public final void pass() {
        exitWith(Verdict.PASS.value());
    }

    /** Returns {@code SK_DROP}. */
    public final void drop() {
        exitWith(Verdict.DROP.value());
    }

    /** Returns {@code verdict}. */
    public final void ret(Verdict verdict) {
        exitWith(Objects.requireNonNull(verdict, "verdict").value());
    }
}
