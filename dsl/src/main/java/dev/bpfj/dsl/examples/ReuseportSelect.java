package dev.bpfj.dsl.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.dsl.ReuseportSockArray;
import dev.bpfj.dsl.SkReuseport;
import dev.bpfj.dsl.SockMap;
import dev.bpfj.dsl.Val;
import dev.bpfj.dsl.Var;

/**
 * Reuseport selection (sk_reuseport): the socket of an {@code SO_REUSEPORT} group that receives
 * a connection or datagram is picked from the {@value #MAP} map, a SOCKMAP or a
 * REUSEPORT_SOCKARRAY, either by the packet's hash or by the first payload byte (a command
 * naming the slot). When the selection fails (empty slot, index out of range, no payload) the
 * packet is dropped, or with {@code passOnFailure} the kernel picks a socket itself.
 *
 * <pre>{@code
 * Program p = ReuseportSelect.program(ReuseportSelect.GroupMap.SOCKMAP, ReuseportSelect.Selector.PAYLOAD, 4, false);
 * }</pre>
 */
public final class ReuseportSelect {
    public static final String MAP = "group";

    /**
     * Which map holds the group's sockets.
     *
     * <pre>{@code
     * ReuseportSelect.program(GroupMap.REUSEPORT_SOCKARRAY, Selector.HASH, 4, false);
     * }</pre>
     */
    public enum GroupMap { SOCKMAP, REUSEPORT_SOCKARRAY }

    /**
     * How the slot is chosen.
     *
     * <pre>{@code
     * ReuseportSelect.program(GroupMap.SOCKMAP, Selector.PAYLOAD, 4, true);
     * }</pre>
     */
    public enum Selector {
        /** {@code hash % size}. */
        HASH,
        /** The first payload byte: after the 8-byte UDP header, or after the TCP header (data of a TFO SYN). */
        PAYLOAD
    }

    private ReuseportSelect() {
    }

    public static Program program(GroupMap map, Selector selector, int size, boolean passOnFailure) {
        SkReuseport p = SkReuseport.named("select_" + selector.name().toLowerCase(java.util.Locale.ROOT));
        SockMap sockmap = map == GroupMap.SOCKMAP ? p.sockMap(MAP, size) : null;
        ReuseportSockArray array = map == GroupMap.REUSEPORT_SOCKARRAY ? p.reuseportSockArray(MAP, size) : null;
        SkReuseport.Ctx ctx = p.ctx();
        Runnable fail = passOnFailure ? p::pass : p::drop;
        Val slot;
        if (selector == Selector.HASH) {
            slot = ctx.hash().mod(size);
        } else {
            Var off = p.var(8);
            p.ifThen(ctx.is(Protocol.TCP), () ->
                    // TCP: the payload starts after data offset * 4 bytes of header.
                    p.withData(13, tcp -> off.set(tcp.u8(12).shr(4).mul(4)), fail));
            Var cmd = p.var(0);
            p.ifThen(p.loadBytes(off, cmd, 1).ne(0), fail);
            slot = cmd;
        }
        Val rc = sockmap != null ? p.select(sockmap, slot) : p.select(array, slot);
        p.ifThen(rc.ne(0), fail);
        p.pass();
        return p.build();
    }
}
