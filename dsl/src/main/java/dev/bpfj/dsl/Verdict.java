package dev.bpfj.dsl;

import dev.bpfj.core.abi.Flags;

/**
 * The verdict of socket-level programs ({@code SK_PASS}, {@code SK_DROP}): sk_lookup,
 * sk_reuseport and sk_msg return one of these and nothing else.
 *
 * <pre>{@code
 * p.ret(Verdict.DROP);
 * }</pre>
 */
public enum Verdict {
    PASS(Flags.SK_PASS),
    DROP(Flags.SK_DROP);

    private final int value;

    Verdict(int value) {
        this.value = value;
    }

    /** The kernel's value. */
    public int value() {
        return value;
    }
}
