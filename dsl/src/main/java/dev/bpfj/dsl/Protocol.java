package dev.bpfj.dsl;

import dev.bpfj.core.abi.SocketAbi;

/**
 * IP protocol numbers as the context's {@code protocol} fields report them ({@code IPPROTO_TCP},
 * {@code IPPROTO_UDP}).
 *
 * <pre>{@code
 * p.ifThen(ctx.is(Protocol.TCP), () -> ...);
 * }</pre>
 */
public enum Protocol {
    TCP(SocketAbi.IPPROTO_TCP),
    UDP(SocketAbi.IPPROTO_UDP);

    private final int value;

    Protocol(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
