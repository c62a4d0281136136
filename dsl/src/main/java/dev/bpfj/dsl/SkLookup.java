package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builder of an {@code sk_lookup} program: it runs when the kernel looks for a socket for an
 * incoming TCP connection or UDP packet in a network namespace, and may pick the socket itself
 * from a socket map with {@link #assign}. It returns {@link Verdict#PASS} (use the selection, or
 * the normal lookup when none was made) or {@link Verdict#DROP}.
 *
 * <pre>{@code
 * SkLookup p = SkLookup.named("to_proxy");
 * SockMap proxy = p.sockMap("proxy", 1);
 * SkLookup.Ctx ctx = p.ctx();
 * p.ifThen(ctx.localIp4().in("192.0.2.0/24"), () ->
 *     p.ifPresent(p.lookup(proxy, 0), sk -> {
 *         p.assign(sk);
 *         p.release(sk);
 *     }));
 * p.pass();
 * Program prog = p.build();
 * }</pre>
 */
public final class SkLookup extends VerdictBuilder {
    private final Ctx ctx;

    private SkLookup(String name) {
        super(name, ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP);
        ctx = new Ctx(gen);
    }

    /** A new sk_lookup program called {@code name}. */
    public static SkLookup named(String name) {
        return new SkLookup(name);
    }

    /** The lookup being answered ({@code struct bpf_sk_lookup}), read-only. */
    public Ctx ctx() {
        return ctx;
    }

    // ---- Sockets ------------------------------------------------------------------------------

    /** The socket at {@code index} of {@code map}, or NULL; check it with {@link #ifPresent}. */
    public SocketRef lookup(SockMap map, long index) {
        return lookup(map, map.key(), Long.valueOf(index));
    }

    /** The socket at a computed index of {@code map}, or NULL. */
    public SocketRef lookup(SockMap map, Val index) {
        return lookup(map, map.key(), index);
    }

    /** The socket stored under {@code key}, or NULL. */
    public SocketRef lookup(SockHash map, Rec key) {
        return lookup(map, map.key(), key);
    }

    /** The socket stored under a scalar {@code key}, or NULL. */
    public SocketRef lookup(SockHash map, Val key) {
        return lookup(map, map.key(), key);
    }

    private SocketRef lookup(MapHandle map, Layout layout, Object key) {
        Objects.requireNonNull(map, "map");
        SourcePos pos = gen.stmt();
        Gen.KeyArea k = MapOps.place(gen, map, layout, key, "key", pos);
        gen.call(Helper.MAP_LOOKUP_ELEM, pos, new Gen.Arg.MapRef(map.spec()), new Gen.Arg.Ptr(k.area()));
        gen.release(k);
        String what = "socket from " + map.name();
        Home h = gen.keepResult(what, pos);
        return new SocketRef(gen, gen.acquire(h, what, pos, Helper.MAP_LOOKUP_ELEM.acquiresReference(
                map.spec().type())));
    }

    /**
     * Runs {@code body} with the socket when the lookup found one. The body must
     * {@link #release} it on every path (also before returning); the builder checks.
     */
    public void ifPresent(SocketRef ref, Consumer<Socket> body) {
        ifPresent(ref, body, null);
    }

    /** Like {@link #ifPresent(SocketRef, Consumer)}, running {@code otherwise} when the lookup found nothing. */
    public void ifPresent(SocketRef ref, Consumer<Socket> body, Runnable otherwise) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(body, "body");
        gen.sameBuilder(ref.gen);
        SourcePos pos = gen.stmt();
        Ref r = ref.ref;
        Ref.State st = gen.state.refs.get(r);
        if (st != Ref.State.UNCHECKED) {
            gen.error(pos, r.describe() + " was already checked with ifPresent(...)");
        }
        Socket sk = new Socket(gen, r);
        gen.ifNonNull(r.home, pos, r, () -> body.accept(sk), otherwise);
    }

    /**
     * {@code bpf_sk_assign(ctx, sk, flags)}: answer the lookup with {@code sk}. The result is 0
     * or a negative errno (for example when the socket's protocol does not match the lookup's).
     */
    public Val assign(Socket sk, AssignFlag... flags) {
        Objects.requireNonNull(sk, "socket");
        SourcePos pos = gen.stmt();
        gen.use(sk.ref, pos);
        gen.call(Helper.SK_ASSIGN, pos, Gen.ctxArg(), new Gen.Arg.Of(sk.ref.home),
                Gen.imm(AssignFlag.combine(flags)));
        return MapOps.result(gen, "result of bpf_sk_assign", pos);
    }

    /** {@code bpf_sk_release(sk)}: gives the reference back; {@code sk} is unusable afterwards. */
    public void release(Socket sk) {
        Objects.requireNonNull(sk, "socket");
        SourcePos pos = gen.stmt();
        gen.use(sk.ref, pos);
        gen.call(Helper.SK_RELEASE, pos, new Gen.Arg.Of(sk.ref.home));
        gen.released(sk.ref, pos);
    }

    /**
     * {@code struct bpf_sk_lookup}: the lookup's family, protocol, addresses and ports (read-only).
     *
     * <pre>{@code
     * p.ifThen(p.ctx().is(Protocol.UDP).and(p.ctx().localPort().eq(53)), () -> p.drop());
     * }</pre>
     */
    public static final class Ctx extends SocketCtx {
        Ctx(Gen gen) {
            super(gen);
        }

        /** {@code protocol}: {@link Protocol#TCP} or {@link Protocol#UDP}. */
        public Val protocol() {
            return new Val(gen, CtxFields.raw(gen, "protocol"));
        }

        /** True for lookups of {@code p}. */
        public Cond is(Protocol p) {
            return protocol().eq(p.value());
        }

        /** {@code ingress_ifindex}: the interface the packet arrived on. */
        public Val ingressIfindex() {
            return new Val(gen, CtxFields.raw(gen, "ingress_ifindex"));
        }
    }
}
