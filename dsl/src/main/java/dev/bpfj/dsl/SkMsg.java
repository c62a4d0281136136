package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builder of an {@code sk_msg} program: it runs on every {@code sendmsg}/{@code sendfile} of a
 * socket in a sockmap or sockhash and decides what happens to the data: pass it, drop it (the send
 * fails), or {@link #redirect} it to another socket. {@link #applyBytes}, {@link #corkBytes} and
 * {@link #pullData} control how much data one verdict covers and what the program can see.
 *
 * <pre>{@code
 * SkMsg p = SkMsg.named("policy");
 * p.withData(1, d -> p.ifThen(d.u8(0).ne('H'), () -> p.drop()));
 * p.pass();
 * }</pre>
 */
public final class SkMsg extends VerdictBuilder {
    private final Ctx ctx;

    private SkMsg(String name) {
        super(name, ProgramType.SK_MSG, AttachType.SK_MSG_VERDICT);
        ctx = new Ctx(gen);
    }

    /** A new sk_msg program ({@code BPF_SK_MSG_VERDICT}). */
    public static SkMsg named(String name) {
        return new SkMsg(name);
    }

    /** The message ({@code struct sk_msg_md}), read-only. */
    public Ctx ctx() {
        return ctx;
    }

    /**
     * Checks that {@code n} bytes of the message are directly readable (they may not be when the
     * data spans pages: pull them first with {@link #pullData}), then runs {@code body}.
     */
    public void withData(int n, Consumer<Packet> body) {
        withData("data", "data_end", n, body, null);
    }

    /** Like {@link #withData(int, Consumer)}, running {@code otherwise} when fewer bytes are readable. */
    public void withData(int n, Consumer<Packet> body, Runnable otherwise) {
        withData("data", "data_end", n, body, Objects.requireNonNull(otherwise, "otherwise"));
    }

    /** {@code bpf_msg_apply_bytes(msg, n)}: this verdict covers the next {@code n} bytes. */
    public Val applyBytes(long n) {
        return call1(Helper.MSG_APPLY_BYTES, new Val(gen, new Node.Const(n, 64)));
    }

    public Val applyBytes(Val n) {
        return call1(Helper.MSG_APPLY_BYTES, n);
    }

    /** {@code bpf_msg_cork_bytes(msg, n)}: run the program again only once {@code n} bytes are queued. */
    public Val corkBytes(long n) {
        return call1(Helper.MSG_CORK_BYTES, new Val(gen, new Node.Const(n, 64)));
    }

    public Val corkBytes(Val n) {
        return call1(Helper.MSG_CORK_BYTES, n);
    }

    /**
     * {@code bpf_msg_pull_data(msg, start, end, 0)}: makes bytes {@code [start, end)} directly
     * readable. Packet windows checked before are stale afterwards.
     */
    public Val pullData(long start, long end) {
        return pullData(new Val(gen, new Node.Const(start, 64)), new Val(gen, new Node.Const(end, 64)));
    }

    public Val pullData(Val start, Val end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        gen.sameBuilder(start.gen);
        gen.sameBuilder(end.gen);
        SourcePos pos = gen.stmt();
        gen.call(Helper.MSG_PULL_DATA, pos, Gen.ctxArg(), new Gen.Arg.Value(start.node),
                new Gen.Arg.Value(end.node), Gen.imm(0));
        return MapOps.result(gen, "result of bpf_msg_pull_data", pos);
    }

    /** {@code bpf_msg_push_data(msg, start, len, 0)}: inserts {@code len} zero bytes at {@code start}. */
    public Val pushData(long start, long len) {
        SourcePos pos = gen.stmt();
        gen.call(Helper.MSG_PUSH_DATA, pos, Gen.ctxArg(), Gen.imm(start), Gen.imm(len), Gen.imm(0));
        return MapOps.result(gen, "result of bpf_msg_push_data", pos);
    }

    /** {@code bpf_msg_pop_data(msg, start, len, 0)}: removes {@code len} bytes at {@code start}. */
    public Val popData(long start, long len) {
        SourcePos pos = gen.stmt();
        gen.call(Helper.MSG_POP_DATA, pos, Gen.ctxArg(), Gen.imm(start), Gen.imm(len), Gen.imm(0));
        return MapOps.result(gen, "result of bpf_msg_pop_data", pos);
    }

    /**
     * Returns the verdict of {@code bpf_msg_redirect_map(msg, map, index, flags)}: the message
     * goes to the socket at {@code index} ({@code SK_PASS}), or is dropped when there is none.
     */
    public void redirect(SockMap map, long index, Direction direction) {
        redirect(map, new Val(gen, new Node.Const(index & 0xffff_ffffL, 32)), direction);
    }

    public void redirect(SockMap map, Val index, Direction direction) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(direction, "direction");
        gen.sameBuilder(index.gen);
        SourcePos pos = gen.stmt();
        gen.call(Helper.MSG_REDIRECT_MAP, pos, Gen.ctxArg(), new Gen.Arg.MapRef(map.spec()),
                new Gen.Arg.Value(index.node), Gen.imm(direction.value()));
        gen.exit(new Node.Held(gen.keepResult("result of bpf_msg_redirect_map", pos), 64), pos);
    }

    /**
     * Returns the verdict of {@code bpf_msg_redirect_hash(msg, map, &key, flags)}: the message goes
     * to the socket stored under {@code key}, or is dropped when there is none.
     */
    public void redirect(SockHash map, Rec key, Direction direction) {
        redirectHash(map, key, direction);
    }

    public void redirect(SockHash map, Val key, Direction direction) {
        redirectHash(map, key, direction);
    }

    private void redirectHash(SockHash map, Object key, Direction direction) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(direction, "direction");
        SourcePos pos = gen.stmt();
        Gen.KeyArea k = MapOps.place(gen, map, map.key(), key, "key", pos);
        gen.call(Helper.MSG_REDIRECT_HASH, pos, Gen.ctxArg(), new Gen.Arg.MapRef(map.spec()),
                new Gen.Arg.Ptr(k.area()), Gen.imm(direction.value()));
        gen.release(k);
        gen.exit(new Node.Held(gen.keepResult("result of bpf_msg_redirect_hash", pos), 64), pos);
    }

    private Val call1(Helper h, Val n) {
        Objects.requireNonNull(n, "bytes");
        gen.sameBuilder(n.gen);
        SourcePos pos = gen.stmt();
        gen.call(h, pos, Gen.ctxArg(), new Gen.Arg.Value(n.node));
        return MapOps.result(gen, "result of " + h.kernelName(), pos);
    }

    /**
     * {@code struct sk_msg_md}: the connection's addresses and ports and the message size.
     *
     * <pre>{@code
     * p.ifThen(p.ctx().size().lt(10), () -> { p.corkBytes(10); p.pass(); });
     * }</pre>
     */
    public static final class Ctx extends SocketCtx {
        Ctx(Gen gen) {
            super(gen);
        }

        /** {@code size}: bytes in this message. */
        public Val size() {
            return new Val(gen, CtxFields.raw(gen, "size"));
        }
    }
}
