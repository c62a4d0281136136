package dev.bpfj.dsl.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.Rec;
import dev.bpfj.dsl.SockHash;
import dev.bpfj.core.abi.SockOpsOp;
import dev.bpfj.dsl.SockOps;
import dev.bpfj.dsl.UpdateFlag;

/**
 * sock_ops: every TCP connection of the cgroup, once established (actively or passively), goes
 * into the {@value #MAP} sockhash under its 4-tuple ({@link Tuples#TUPLE}).
 *
 * <pre>{@code
 * Program ops = SockhashTracker.program();
 * }</pre>
 */
public final class SockhashTracker {
    public static final String MAP = "peers";
    public static final int MAX_ENTRIES = 1024;

    private SockhashTracker() {
    }

    public static Program program() {
        SockOps p = SockOps.named("track_tuples");
        SockHash peers = p.sockHash(MAP, Tuples.TUPLE, MAX_ENTRIES);
        SockOps.Ctx ctx = p.ctx();
        p.ifThen(ctx.is(SockOpsOp.ACTIVE_ESTABLISHED_CB).or(ctx.is(SockOpsOp.PASSIVE_ESTABLISHED_CB)), () -> {
            Rec key = p.record(Tuples.TUPLE);
            Tuples.fill(p, ctx, key, false);
            p.update(peers, key, UpdateFlag.ANY);
        });
        p.done();
        return p.build();
    }
}
