package dev.bpfj.dsl.examples;

import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.ProgramBuilder;
import dev.bpfj.dsl.Rec;
import dev.bpfj.dsl.Scalar;
import dev.bpfj.dsl.SocketCtx;
import dev.bpfj.dsl.Struct;

/**
 * The connection 4-tuple as a sockhash key, shared by the sock_ops program that stores sockets
 * and the sk_msg program that finds a socket's peer. Addresses are kept in network order (IPv4 in
 * word 0 of the address arrays), ports in host order.
 *
 * <pre>{@code
 * Rec key = p.record(Tuples.TUPLE);
 * Tuples.fill(p, p.ctx(), key, false);
 * }</pre>
 */
public final class Tuples {
    /** {@code struct { u32 family; u32 local_ip[4]; u32 remote_ip[4]; u32 local_port; u32 remote_port; }}. */
    public static final Struct TUPLE = Struct.named("tuple")
            .u32("family")
            .array("local_ip", Scalar.U32, 4)
            .array("remote_ip", Scalar.U32, 4)
            .u32("local_port")
            .u32("remote_port")
            .build();

    private Tuples() {
    }

    /**
     * Fills {@code key} from the connection in {@code ctx}; with {@code peer} the ends are swapped,
     * giving the key under which the other end of a local connection is stored.
     */
    public static void fill(ProgramBuilder p, SocketCtx ctx, Rec key, boolean peer) {
        String local = peer ? "remote_ip" : "local_ip";
        String remote = peer ? "local_ip" : "remote_ip";
        key.set("family", ctx.family());
        p.ifElse(ctx.is(Family.INET), () -> {
            key.set(local, ctx.localIp4());
            key.set(remote, ctx.remoteIp4());
        }, () -> {
            key.set(local, ctx.localIp6());
            key.set(remote, ctx.remoteIp6());
        });
        key.set(peer ? "remote_port" : "local_port", ctx.localPort());
        key.set(peer ? "local_port" : "remote_port", ctx.remotePort());
    }
}
