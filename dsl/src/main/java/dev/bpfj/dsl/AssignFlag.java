package dev.bpfj.dsl;

import dev.bpfj.core.abi.Flags;

/**
 * Flags of {@code bpf_sk_assign} in sk_lookup programs.
 *
 * <pre>{@code
 * p.assign(sk, AssignFlag.REPLACE);
 * }</pre>
 */
public enum AssignFlag {
    /** Replace a socket an earlier program in the chain already selected. */
    REPLACE(Flags.BPF_SK_LOOKUP_F_REPLACE),
    /** Skip reuseport group selection for the assigned socket. */
    NO_REUSEPORT(Flags.BPF_SK_LOOKUP_F_NO_REUSEPORT);

    private final long value;

    AssignFlag(long value) {
        this.value = value;
    }

    public long value() {
        return value;
    }

    static long combine(AssignFlag... flags) {
        long v = 0;
        for (AssignFlag f : flags) {
            v |= f.value;
        }
        return v;
    }
}
