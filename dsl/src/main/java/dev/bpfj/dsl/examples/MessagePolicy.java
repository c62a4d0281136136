package dev.bpfj.dsl.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.Direction;
import dev.bpfj.dsl.Rec;
import dev.bpfj.dsl.SkMsg;
import dev.bpfj.dsl.SockHash;

/**
 * A message policy (sk_msg) for sockets the {@link SockhashTracker} stored:
 * <ol>
 * <li>with a header length: waits ({@code msg_cork_bytes}) until that many bytes are queued, pulls
 * them in ({@code msg_pull_data}) and drops the message (the send fails) unless its first byte is
 * {@code magic};</li>
 * <li>with {@code applyBytes}: the verdict covers that many bytes ({@code msg_apply_bytes});</li>
 * <li>with a probe offset: pulls the byte at that offset, possibly beyond the first segment or
 * page of a {@code sendfile}, and drops the message unless it equals {@code probeValue};</li>
 * <li>with {@code redirect}: passes the message straight to the peer socket's receive queue
 * (its 4-tuple reversed, looked up in the {@value SockhashTracker#MAP} sockhash), else passes
 * it on normally.</li>
 * </ol>
 *
 * <pre>{@code
 * Program p = new MessagePolicy(10, 'H', 0, -1, 0, true).program();
 * }</pre>
 *
 * @param headerLength bytes to wait for and check (0: no header)
 * @param magic the header's required first byte
 * @param applyBytes bytes one verdict covers (0: the whole message)
 * @param probeOffset offset of a byte to check after pulling it (negative: none)
 * @param probeValue the value that byte must have
 * @param redirect whether to redirect to the peer socket
 */
public record MessagePolicy(int headerLength, int magic, int applyBytes, int probeOffset, int probeValue,
                            boolean redirect) {
    /** The seed's full policy: 10-byte header starting with 'H', redirect to the peer. */
    public static final MessagePolicy SEED = new MessagePolicy(10, 'H', 0, -1, 0, true);

    public Program program() {
        SkMsg p = SkMsg.named("msg_policy");
        SockHash peers = p.sockHash(SockhashTracker.MAP, Tuples.TUPLE, SockhashTracker.MAX_ENTRIES);
        SkMsg.Ctx ctx = p.ctx();
        if (headerLength > 0) {
            p.ifThen(ctx.size().lt(headerLength), () -> {
                p.corkBytes(headerLength);
                p.pass();
            });
            p.ifThen(p.pullData(0, headerLength).ne(0), p::drop);
            p.withData(headerLength, hdr -> p.ifThen(hdr.u8(0).ne(magic), p::drop), p::drop);
        }
        if (applyBytes > 0) {
            p.applyBytes(applyBytes);
        }
        if (probeOffset >= 0) {
            p.ifThen(p.pullData(probeOffset, probeOffset + 1).ne(0), p::drop);
            p.withData(1, b -> p.ifThen(b.u8(0).ne(probeValue), p::drop), p::drop);
        }
        if (redirect) {
            Rec key = p.record(Tuples.TUPLE);
            Tuples.fill(p, ctx, key, true);
            p.redirect(peers, key, Direction.INGRESS);
        } else {
            p.pass();
        }
        return p.build();
    }
}
