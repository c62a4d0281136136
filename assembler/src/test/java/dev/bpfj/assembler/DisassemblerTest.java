package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.testkit.InsnGen;
import dev.bpfj.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Disassembly reads back to the same bytes, in every mode. */
class DisassemblerTest {
    @Test
    void programRoundTripsWithMapsFunctionsAndHelperNames() {
        Program p = Assembler.assemble("steer.s", AssemblerTest.STEER).single();
        for (boolean labels : new boolean[] {false, true}) {
            String text = new Disassembler(new Disassembler.Options(true, labels, false)).disassemble(p);
            assertTrue(text.contains("r1 = redir_map ll"), text);
            assertTrue(text.contains("call bpf_map_lookup_elem"), text);
            assertTrue(text.contains(".func release"), text);
            Program back = Assembler.assemble("back.s", text).single();
            assertEquals(p.name(), back.name());
            assertEquals(p.type(), back.type());
            assertEquals(p.expectedAttachType(), back.expectedAttachType());
            assertEquals(p.relocations(), back.relocations());
            assertEquals(p.maps(), back.maps());
            assertEquals(p.functions(), back.functions());
            assertArrayEquals(p.encode(), back.encode(), text);
        }
    }

    @Test
    void everyProgramKindRoundTrips() {
        for (String decl : List.of("sk_lookup", "sk_reuseport", "sk_reuseport_migrate", "sk_msg", "sk_skb",
                "sk_skb attach=stream_parser", "sock_ops", "cgroup_skb attach=ingress", "cgroup_skb attach=egress",
                "cgroup_skb", "socket_filter", "sched_cls", "xdp", "kprobe", "xdp attach=xdp_devmap")) {
            Program p = Assembler.assemble("t.s", ".program p type=" + decl + "\n r0 = 0\n exit\n").single();
            String text = new Disassembler(Disassembler.Options.DEFAULT).disassemble(p);
            Program back = Assembler.assemble("back.s", text).single();
            assertEquals(p.type(), back.type(), text);
            assertEquals(p.expectedAttachType(), back.expectedAttachType(), text);
        }
    }

    @Test
    void labelsModeReassemblesRandomCode() {
        long seed = Property.seed();
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.all();
        List<Insn> insns = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            insns.add(gen.generate(r, 30));
        }
        byte[] code = InsnCodec.encode(insns);
        for (Disassembler.Options o : List.of(Disassembler.Options.LLVM, Disassembler.Options.DEFAULT,
                new Disassembler.Options(true, true, false))) {
            String text = new Disassembler(o).disassemble(code);
            byte[] back = Assembler.assemble("d.s", text, Assembler.Options.ENCODING_ONLY).single().encode();
            assertArrayEquals(code, back, "seed " + seed + " options " + o);
        }
    }

    @Test
    void hexListingShowsSlotsAndBytes() {
        byte[] code = InsnCodec.encode(List.of(Insn.ldImm64(dev.bpfj.core.insn.Reg.R1, 5), Insn.exit()));
        String text = new Disassembler(new Disassembler.Options(false, false, true)).disassemble(code);
        assertEquals("       0:\t18 01 00 00 05 00 00 00 00 00 00 00 00 00 00 00\tr1 = 5 ll\n"
                + "       2:\t95 00 00 00 00 00 00 00\texit\n", text);
    }
}
