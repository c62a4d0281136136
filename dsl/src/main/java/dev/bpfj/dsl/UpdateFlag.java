package dev.bpfj.dsl;

import dev.bpfj.core.abi.Flags;

/**
 * How a map update treats an existing entry ({@code BPF_ANY}, {@code BPF_NOEXIST},
 * {@code BPF_EXIST}).
 *
 * <pre>{@code
 * ops.update(peers, key, UpdateFlag.ANY);
 * }</pre>
 */
public enum UpdateFlag {
    /** Create or replace. */
    ANY(Flags.BPF_ANY),
    /** Create only. */
    NOEXIST(Flags.BPF_NOEXIST),
    /** Replace only. */
    EXIST(Flags.BPF_EXIST);

    private final long value;

    UpdateFlag(long value) {
        this.value = value;
    }

    /** The kernel's flag value. */
    public long value() {
        return value;
    }
}
