package dev.bpfj.dsl;

/**
 * The connection fields socket-level contexts share: family, local and remote address and port.
 * Ports come in host order whatever the kernel stores ({@code remotePort()} is converted from
 * network order); addresses stay in network order and are tested with {@link Ip4#in} and
 * {@link Ip6#in}. Fields are read-only: there is no setter, so a program cannot write them.
 *
 * <pre>{@code
 * SkLookup.Ctx ctx = p.ctx();
 * Cond web = ctx.is(Family.INET).and(ctx.localPort().eq(80))
 *         .and(ctx.localIp4().in("192.0.2.0/24"));
 * }</pre>
 */
public abstract sealed class SocketCtx permits SkLookup.Ctx, SkMsg.Ctx, SockOps.Ctx, CgroupSkb.Ctx {
    final Gen gen;

    SocketCtx(Gen gen) {
        this.gen = gen;
    }

    /** {@code family}: {@link Family#INET} or {@link Family#INET6}. */
    public final Val family() {
        return new Val(gen, CtxFields.raw(gen, "family"));
    }

    /** True for connections of {@code f}. */
    public final Cond is(Family f) {
        return family().eq(f.value());
    }

    /** {@code local_ip4}. */
    public final Ip4 localIp4() {
        return new Ip4(gen, CtxFields.raw(gen, "local_ip4"));
    }

    /** {@code remote_ip4}. */
    public final Ip4 remoteIp4() {
        return new Ip4(gen, CtxFields.raw(gen, "remote_ip4"));
    }

    /** {@code local_ip6}. */
    public final Ip6 localIp6() {
        return new Ip6(gen, CtxFields.words(gen, "local_ip6"));
    }

    /** {@code remote_ip6}. */
    public final Ip6 remoteIp6() {
        return new Ip6(gen, CtxFields.words(gen, "remote_ip6"));
    }

    /** {@code local_port}, in host order. */
    public final Val localPort() {
        return new Val(gen, CtxFields.host(gen, "local_port"));
    }

    /** {@code remote_port}, converted to host order. */
    public final Val remotePort() {
        return new Val(gen, CtxFields.host(gen, "remote_port"));
    }
}
