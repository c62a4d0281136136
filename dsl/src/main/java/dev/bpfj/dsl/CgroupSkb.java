package dev.bpfj.dsl;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Size;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builder of a {@code cgroup_skb} program: it sees every packet entering ({@link #ingress}) or
 * leaving ({@link #egress}) the sockets of a cgroup and allows or denies it.
 *
 * <pre>{@code
 * CgroupSkb p = CgroupSkb.ingress("count");
 * ArrayMap packets = p.array("packets", Scalar.U64, 1);
 * p.ifPresent(packets.lookup(0), v -> v.add(1));
 * p.allow();
 * }</pre>
 */
public final class CgroupSkb extends ProgramBuilder {
    private final Ctx ctx;

    private CgroupSkb(String name, AttachType attach) {
        super(name, ProgramType.CGROUP_SKB, attach);
        ctx = new Ctx(gen);
    }

    /** A program for incoming packets ({@code BPF_CGROUP_INET_INGRESS}). */
    public static CgroupSkb ingress(String name) {
        return new CgroupSkb(name, AttachType.CGROUP_INET_INGRESS);
    }

    /** A program for outgoing packets ({@code BPF_CGROUP_INET_EGRESS}). */
    public static CgroupSkb egress(String name) {
        return new CgroupSkb(name, AttachType.CGROUP_INET_EGRESS);
    }

    /** The packet ({@code struct __sk_buff} as cgroup_skb programs see it). */
    public Ctx ctx() {
        return ctx;
    }

    /** Checks that {@code n} bytes from the network header on are present, then runs {@code body}. */
    public void withData(int n, Consumer<Packet> body) {
        withData("data", "data_end", n, body, null);
    }

    public void withData(int n, Consumer<Packet> body, Runnable otherwise) {
        withData("data", "data_end", n, body, Objects.requireNonNull(otherwise, "otherwise"));
    }

    /** Sets the packet's {@code mark}. */
    public void setMark(Val value) {
        storeCtxField("mark", value);
    }

    /** Returns 1: the packet goes on. */
    public void allow() {
        exitWith(1);
    }

    /** Returns 0: the packet is dropped. */
    public void deny() {
        exitWith(0);
    }

    /**
     * {@code struct __sk_buff}: length, protocol, mark and the socket's endpoints.
     *
     * <pre>{@code
     * p.ifThen(p.ctx().len().gt(1400), () -> p.deny());
     * }</pre>
     */
    public static final class Ctx extends SocketCtx {
        Ctx(Gen gen) {
            super(gen);
        }

        /** {@code len}: the packet's length. */
        public Val len() {
            return new Val(gen, CtxFields.raw(gen, "len"));
        }

        /** {@code protocol}: the EtherType in host order. */
        public Val protocol() {
            var f = CtxFields.field(gen, "protocol");
            return new Val(gen, new Node.Swap(16, new Node.CtxLoad("protocol", f.offset(), Size.H, 32), 32));
        }

        /** {@code mark}. */
        public Val mark() {
            return new Val(gen, CtxFields.raw(gen, "mark"));
        }
    }
}
