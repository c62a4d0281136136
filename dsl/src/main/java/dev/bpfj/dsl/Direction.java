package dev.bpfj.dsl;

import dev.bpfj.core.abi.Flags;

/**
 * Where a redirected message goes: into the target socket's receive queue ({@code INGRESS},
 * {@code BPF_F_INGRESS}) or out through its send path ({@code EGRESS}).
 *
 * <pre>{@code
 * p.redirect(peers, key, Direction.INGRESS);
 * }</pre>
 */
public enum Direction {
    INGRESS(Flags.BPF_F_INGRESS),
    EGRESS(0);

    private final long value;

    Direction(long value) {
        this.value = value;
    }

    public long value() {
        return value;
    }
}
