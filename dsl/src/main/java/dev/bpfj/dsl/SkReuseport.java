package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Size;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builder of an {@code sk_reuseport} program: it picks which socket of an {@code SO_REUSEPORT}
 * group receives a new connection or datagram, with {@link #select}. Returning
 * {@link Verdict#PASS} without a successful selection lets the kernel choose by hash;
 * {@link Verdict#DROP} drops the packet.
 *
 * <pre>{@code
 * SkReuseport p = SkReuseport.named("by_hash");
 * SockMap group = p.sockMap("group", 4);
 * Val rc = p.select(group, p.ctx().hash().mod(4));
 * p.ifThen(rc.ne(0), () -> p.drop());
 * p.pass();
 * }</pre>
 */
public final class SkReuseport extends VerdictBuilder {
    private final Ctx ctx;

    private SkReuseport(String name, AttachType attach) {
        super(name, ProgramType.SK_REUSEPORT, attach);
        ctx = new Ctx(gen);
    }

    /** A new sk_reuseport program ({@code BPF_SK_REUSEPORT_SELECT}). */
    public static SkReuseport named(String name) {
        return new SkReuseport(name, AttachType.SK_REUSEPORT_SELECT);
    }

    /** A program that also runs when a closing listener's requests migrate ({@code ..._SELECT_OR_MIGRATE}). */
    public static SkReuseport migrating(String name) {
        return new SkReuseport(name, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE);
    }

    /** The packet being steered ({@code struct sk_reuseport_md}), read-only. */
    public Ctx ctx() {
        return ctx;
    }

    /**
     * {@code bpf_sk_select_reuseport(ctx, map, &key, 0)}: steer to the socket at {@code index}.
     * The result is 0 or a negative errno (empty slot, socket of another group).
     */
    public Val select(SockMap map, Val index) {
        return callWithKey(Helper.SK_SELECT_REUSEPORT, map, index, 0);
    }

    public Val select(SockMap map, long index) {
        return callWithKey(Helper.SK_SELECT_REUSEPORT, map, Long.valueOf(index), 0);
    }

    public Val select(ReuseportSockArray map, Val index) {
        return callWithKey(Helper.SK_SELECT_REUSEPORT, map, index, 0);
    }

    public Val select(ReuseportSockArray map, long index) {
        return callWithKey(Helper.SK_SELECT_REUSEPORT, map, Long.valueOf(index), 0);
    }

    public Val select(SockHash map, Rec key) {
        return callWithKey(Helper.SK_SELECT_REUSEPORT, map, key, 0);
    }

    public Val select(SockHash map, Val key) {
        return callWithKey(Helper.SK_SELECT_REUSEPORT, map, key, 0);
    }

    /**
     * {@code bpf_skb_load_bytes(ctx, offset, &into, length)}: copies {@code length} (1-8) bytes
     * from {@code offset} (relative to the start of the transport header) into the variable, in
     * memory order. The result is 0 or a negative errno (offset beyond the packet).
     */
    public Val loadBytes(Val offset, Var into, int length) {
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(into, "into");
        gen.sameBuilder(offset.gen);
        gen.sameBuilder(into.gen);
        SourcePos pos = gen.stmt();
        if (length < 1 || length > into.bits() / 8) {
            throw new IllegalArgumentException("length must be 1.." + into.bits() / 8 + " for this variable");
        }
        into.home.read = true;
        gen.call(Helper.SKB_LOAD_BYTES, pos, Gen.ctxArg(), new Gen.Arg.Value(offset.node),
                new Gen.Arg.Ptr(into.home.slot.at(0, length)), Gen.imm(length));
        return MapOps.result(gen, "result of bpf_skb_load_bytes", pos);
    }

    /** Checks that {@code n} bytes from the transport header on are present, then runs {@code body}. */
    public void withData(int n, Consumer<Packet> body) {
        withData("data", "data_end", n, body, null);
    }

    /** Like {@link #withData(int, Consumer)}, running {@code otherwise} when the packet is shorter. */
    public void withData(int n, Consumer<Packet> body, Runnable otherwise) {
        withData("data", "data_end", n, body, Objects.requireNonNull(otherwise, "otherwise"));
    }

    /**
     * {@code struct sk_reuseport_md}: packet length, protocols, the group's hash.
     *
     * <pre>{@code
     * Val slot = p.ctx().hash().mod(4);
     * }</pre>
     */
    public static final class Ctx {
        private final Gen gen;

        Ctx(Gen gen) {
            this.gen = gen;
        }

        /** {@code len}: bytes from the transport header to the end of the packet. */
        public Val len() {
            return new Val(gen, CtxFields.raw(gen, "len"));
        }

        /** {@code eth_protocol} in host order ({@code 0x0800} for IPv4, {@code 0x86dd} for IPv6). */
        public Val ethProtocol() {
            // The EtherType is a 16-bit value in a 32-bit field: load and swap its two bytes.
            var f = CtxFields.field(gen, "eth_protocol");
            return new Val(gen, new Node.Swap(16, new Node.CtxLoad("eth_protocol", f.offset(), Size.H, 32), 32));
        }

        /** {@code ip_protocol}: {@link Protocol#TCP} or {@link Protocol#UDP}. */
        public Val ipProtocol() {
            return new Val(gen, CtxFields.raw(gen, "ip_protocol"));
        }

        /** True for packets of {@code p}. */
        public Cond is(Protocol p) {
            return ipProtocol().eq(p.value());
        }

        /** {@code bind_inany}: 1 when the group is bound to the wildcard address. */
        public Val bindInany() {
            return new Val(gen, CtxFields.raw(gen, "bind_inany"));
        }

        /** {@code hash}: the flow hash the kernel would select by. */
        public Val hash() {
            return new Val(gen, CtxFields.raw(gen, "hash"));
        }
    }
}
