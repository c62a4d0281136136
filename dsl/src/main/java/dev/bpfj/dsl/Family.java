package dev.bpfj.dsl;

import dev.bpfj.core.abi.SocketAbi;

/**
 * Address families as the context's {@code family} field reports them ({@code AF_INET},
 * {@code AF_INET6} of the Linux socket API).
 *
 * <pre>{@code
 * p.ifThen(ctx.family().eq(Family.INET6.value()), () -> ...);
 * p.ifThen(ctx.is(Family.INET), () -> ...);
 * }</pre>
 */
public enum Family {
    INET(SocketAbi.AF_INET),
    INET6(SocketAbi.AF_INET6);

    private final int value;

    Family(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
