package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clang -S -target bpf} output assembles; each program's own code equals what clang put in
 * its section, and the {@code .text} functions it calls are linked after it.
 */
class ClangTest {
    @TempDir
    Path dir;

    static final String C = """
            struct bpf_sk_lookup { unsigned int family, protocol, remote_ip4, remote_ip6[4], remote_port,
                                   local_ip4, local_ip6[4], local_port, ingress_ifindex; };
            static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;
            static long (*bpf_sk_assign)(void *ctx, void *sk, unsigned long long flags) = (void *) 124;
            static long (*bpf_sk_release)(void *sock) = (void *) 86;
            struct { int (*type)[15]; int (*max_entries)[1]; unsigned int *key; unsigned long long *value; }
                redir_map __attribute__((section(".maps"), used));
            static __attribute__((noinline)) int helper(int x) { return x * 3 + 1; }
            __attribute__((noinline)) int gfunc(struct bpf_sk_lookup *ctx) { return ctx->local_port == 80; }
            __attribute__((section("sk_lookup"), used)) int steer(struct bpf_sk_lookup *ctx) {
                unsigned int k = 0;
                void *sk = bpf_map_lookup_elem(&redir_map, &k);
                if (!sk) return helper(ctx->local_port) & 1;
                long r = bpf_sk_assign(ctx, sk, 0);
                bpf_sk_release(sk);
                return r == 0 && gfunc(ctx);
            }
            __attribute__((section("xdp"), used)) int pass(void *ctx) { return 2; }
            char _license[] __attribute__((section("license"), used)) = "GPL";
            """;

    @Test
    void clangAssemblyOutputAssembles() throws IOException {
        Env.requireTool("clang-19");
        Env.requireTool("llvm-objcopy-19");
        Path c = dir.resolve("t.c"), s = dir.resolve("t.s"), o = dir.resolve("t.o");
        Files.writeString(c, C);
        for (List<String> cmd : List.of(
                List.of("clang-19", "-O2", "-target", "bpf", "-S", "-o", s.toString(), c.toString()),
                List.of("clang-19", "-O2", "-target", "bpf", "-c", "-o", o.toString(), c.toString()))) {
            Env.Run r = Env.run(cmd, null, 120);
            assertEquals(0, r.exitCode(), r.stderr());
        }
        // bpfj reads maps from its own directive; clang's BTF map definitions are not in the text.
        String text = ".map redir_map type=sockmap key=4 value=8 entries=1\n" + Files.readString(s);
        Assembly a = Assembler.assemble(s.toString(), text);
        assertEquals(List.of("steer", "pass"), a.programs().stream().map(Program::name).toList());
        assertEquals("GPL", a.license());
        Program steer = a.program("steer");
        assertEquals(ProgramType.SK_LOOKUP, steer.type());
        assertEquals(List.of("gfunc", "helper"), steer.functions().stream().map(Program.Function::name).sorted().toList());
        assertEquals(ProgramType.XDP, a.program("pass").type());
        for (Program p : a.programs()) {
            byte[] clang = section(o, p.section());
            long[] mine = InsnCodec.encodeSlots(p.insns(), p.labels());
            assertEquals(0, clang.length % 8);
            for (int i = 0; i < clang.length / 8; i++) {
                long want = java.nio.ByteBuffer.wrap(clang, i * 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
                long got = mine[i];
                int op = (int) (want & 0xff);
                if (op == 0x85 && ((got >>> 12) & 0xf) == 1) {
                    // a local call: clang leaves it to the linker (imm -1, relocation); bpfj links it
                    want = want & 0xffffffffL | (got & ~0xffffffffL);
                    want |= 1L << 12;
                } else if (op == 0x18 && ((got >>> 12) & 0xf) == 1) {
                    want |= 1L << 12; // a map reference: the loader fills the fd
                }
                assertEquals(Long.toHexString(want), Long.toHexString(got), p.name() + " slot " + i);
            }
        }
    }

    private byte[] section(Path o, String name) throws IOException {
        Path bin = dir.resolve(name + ".bin");
        Env.Run r = Env.run(List.of("llvm-objcopy-19", "-O", "binary", "--only-section=" + name, o.toString(),
                bin.toString()), null, 60);
        assertEquals(0, r.exitCode(), r.stderr());
        return Files.readAllBytes(bin);
    }
}
