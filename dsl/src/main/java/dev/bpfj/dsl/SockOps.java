package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.CtxField;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.abi.SockOpsOp;
import dev.bpfj.core.insn.Size;
import java.util.Objects;

/**
 * Builder of a {@code sock_ops} program: attached to a cgroup, it is called at points of a TCP
 * socket's life ({@link SockOpsOp}) and may put the socket into a sockmap or sockhash with
 * {@link #update}, which is how sk_msg and sk_skb programs get their sockets.
 *
 * <pre>{@code
 * SockOps p = SockOps.named("track");
 * SockHash socks = p.sockHash("socks", Scalar.U64, 1024);
 * p.ifThen(p.ctx().op().in(SockOpsOp.ACTIVE_ESTABLISHED_CB.value(), SockOpsOp.PASSIVE_ESTABLISHED_CB.value()), () ->
 *     p.update(socks, key, UpdateFlag.ANY));
 * p.done();
 * }</pre>
 */
public final class SockOps extends ProgramBuilder {
    private final Ctx ctx;

    private SockOps(String name) {
        super(name, ProgramType.SOCK_OPS, AttachType.CGROUP_SOCK_OPS);
        ctx = new Ctx(gen);
    }

    /** A new sock_ops program ({@code BPF_CGROUP_SOCK_OPS}). */
    public static SockOps named(String name) {
        return new SockOps(name);
    }

    /** The event and its socket ({@code struct bpf_sock_ops}). */
    public Ctx ctx() {
        return ctx;
    }

    /** {@code bpf_sock_hash_update(ctx, map, &key, flags)}: stores this socket under {@code key}. */
    public Val update(SockHash map, Rec key, UpdateFlag flag) {
        return update(Helper.SOCK_HASH_UPDATE, map, key, flag);
    }

    public Val update(SockHash map, Val key, UpdateFlag flag) {
        return update(Helper.SOCK_HASH_UPDATE, map, key, flag);
    }

    /** {@code bpf_sock_map_update(ctx, map, &index, flags)}: stores this socket at {@code index}. */
    public Val update(SockMap map, Val index, UpdateFlag flag) {
        return update(Helper.SOCK_MAP_UPDATE, map, index, flag);
    }

    public Val update(SockMap map, long index, UpdateFlag flag) {
        return update(Helper.SOCK_MAP_UPDATE, map, Long.valueOf(index), flag);
    }

    /** The two helpers that add the current socket to a map. */
    private Val update(Helper helper, MapHandle map, Object key, UpdateFlag flag) {
        Objects.requireNonNull(flag, "flag");
        return callWithKey(helper, map, key, flag.value());
    }

    /** {@code bpf_sock_ops_cb_flags_set(ctx, flags)}: asks for more callbacks (RTO, state, ...). */
    public Val setCallbackFlags(int flags) {
        SourcePos pos = gen.stmt();
        gen.call(Helper.SOCK_OPS_CB_FLAGS_SET, pos, Gen.ctxArg(), Gen.imm(flags));
        return MapOps.result(gen, "result of bpf_sock_ops_cb_flags_set", pos);
    }

    /** Sets {@code reply}, the answer to ops that expect one (RWND_INIT, TIMEOUT_INIT...). */
    public void reply(long value) {
        gen.stmt();
        gen.asm.st(Size.W, gen.ctx(), writableCtxField("reply").offset(), (int) value);
    }

    /** Sets {@code reply} to a computed value. */
    public void reply(Val value) {
        storeCtxField("reply", value);
    }

    /** Returns 1: the program handled the event. */
    public void done() {
        exitWith(1);
    }

    /** Returns 0 or 1 (only a few ops look at it). */
    public void ret(boolean ok) {
        exitWith(ok ? 1 : 0);
    }

    /**
     * {@code struct bpf_sock_ops}: the op, its arguments and the socket's endpoints.
     *
     * <pre>{@code
     * p.ifThen(p.ctx().op().eq(SockOpsOp.PASSIVE_ESTABLISHED_CB.value()), () -> ...);
     * }</pre>
     */
    public static final class Ctx extends SocketCtx {
        Ctx(Gen gen) {
            super(gen);
        }

        /** {@code op}: see {@link SockOpsOp}. */
        public Val op() {
            return new Val(gen, CtxFields.raw(gen, "op"));
        }

        /** True when the program runs for {@code op}. */
        public Cond is(SockOpsOp op) {
            return op().eq(op.value());
        }

        /** {@code args[i]} (0-3): the op's arguments. */
        public Val arg(int i) {
            CtxField f = CtxFields.field(gen, "args");
            if (i < 0 || 4 * i >= f.size()) {
                throw new IllegalArgumentException("args has " + f.size() / 4 + " entries, not " + (i + 1));
            }
            return new Val(gen, new Node.CtxLoad("args", f.offset() + 4 * i, Size.W, 32));
        }

        /** {@code is_fullsock}: 1 when the socket fields beyond the endpoints are valid. */
        public Val isFullsock() {
            return new Val(gen, CtxFields.raw(gen, "is_fullsock"));
        }

        /** {@code state}: the TCP state. */
        public Val state() {
            return new Val(gen, CtxFields.raw(gen, "state"));
        }
    }
}
