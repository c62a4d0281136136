package dev.bpfj.loader.attach;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.core.abi.Flags;
import dev.bpfj.loader.Codec;
import dev.bpfj.loader.KernelLeakCheck;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.SocketRef;
import dev.bpfj.loader.TestProgs;
import dev.bpfj.loader.TypedMap;
import dev.bpfj.loader.ns.NetNs;
import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sk_msg against the live kernel, in a private network namespace. */
@ExtendWith(KernelLeakCheck.class)
class SkMsgTest {
    static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 9000);

    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    interface Attach {
        AutoCloseable attach(SkMsgProgram p, dev.bpfj.loader.LoadedMap sockmap);
    }

    @Test
    void verdictSeesEverySendmsgAndDropFailsTheSendWithProgAttach() throws Exception {
        check((p, m) -> p.attach(m));
    }

    @Test
    void verdictSeesEverySendmsgAndDropFailsTheSendWithLink() throws Exception {
        check((p, m) -> {
            Link l = p.link(m);
            assertEquals(dev.bpfj.core.abi.AttachType.SK_MSG_VERDICT, l.info().attachType());
            return l;
        });
    }

    void check(Attach how) throws Exception {
        try (NetNs ns = NetNs.create(); LoadedProgram p = ProgramLoader.load(TestProgs.skMsgCounting())) {
            ServerSocketChannel server = ns.call(() -> ServerSocketChannel.open().bind(SERVER));
            SocketChannel client = ns.call(() -> SocketChannel.open(SERVER));
            SocketChannel peer = server.accept();
            try (server; client; peer; AutoCloseable att = how.attach(SkMsgProgram.of(p), p.map("sockets"))) {
                p.map("sockets").putSocket(0, SocketRef.of(client));
                TypedMap<Integer, Long> counts = p.map("counts").typed(Codec.u32(), Codec.u64());
                TypedMap<Integer, Integer> verdict = p.map("verdict").typed(Codec.u32(), Codec.u32());
                verdict.put(0, Flags.SK_PASS);
                for (int i = 0; i < 5; i++) {
                    client.write(ByteBuffer.wrap(("m" + i).getBytes(StandardCharsets.US_ASCII)));
                }
                assertEquals(5L, counts.get(0).orElseThrow());
                ByteBuffer in = ByteBuffer.allocate(64);
                while (in.position() < 10) {
                    peer.read(in);
                }
                assertEquals("m0m1m2m3m4", new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII));
                verdict.put(0, Flags.SK_DROP);
                IOException e = assertThrows(IOException.class, () -> client.write(ByteBuffer.wrap(new byte[] {1})));
                assertTrue(e.getMessage().contains("Permission denied"), e.getMessage());
                assertEquals(6L, counts.get(0).orElseThrow());
            }
        }
    }

    @Test
    void skSkbVerdictAttachesToSockmapAndDetaches() {
        dev.bpfj.core.Program verdict = dev.bpfj.core.Program.of("skbpass", dev.bpfj.core.abi.ProgramType.SK_SKB,
                null, java.util.List.of(dev.bpfj.core.insn.Insn.mov64(dev.bpfj.core.insn.Reg.R0, Flags.SK_PASS),
                        dev.bpfj.core.insn.Insn.exit()));
        try (LoadedProgram p = ProgramLoader.load(verdict);
             dev.bpfj.loader.LoadedMap m = dev.bpfj.loader.LoadedMap.create(TestProgs.sockmap("skb", 2))) {
            SkSkbProgram skb = SkSkbProgram.of(p);
            try (MapAttachment a = skb.attach(m, SkSkbProgram.Role.STREAM_VERDICT)) {
                assertEquals(dev.bpfj.core.abi.AttachType.SK_SKB_STREAM_VERDICT, a.attachType());
            }
            try (Link l = skb.link(m, SkSkbProgram.Role.VERDICT)) {
                assertEquals(dev.bpfj.core.abi.AttachType.SK_SKB_VERDICT, l.info().attachType());
            }
            assertThrows(IllegalArgumentException.class, () -> SkMsgProgram.of(p));
        }
    }
}
