package dev.bpfj.dsl;

import dev.bpfj.core.abi.SockOpsOp;
import static dev.bpfj.core.insn.Reg.R0;
import static dev.bpfj.core.insn.Reg.R1;
import static dev.bpfj.core.insn.Reg.R10;
import static dev.bpfj.core.insn.Reg.R2;
import static dev.bpfj.core.insn.Reg.R3;
import static dev.bpfj.core.insn.Reg.R4;
import static dev.bpfj.core.insn.Reg.R6;
import static dev.bpfj.core.insn.Reg.R7;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.EndianOp;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.dsl.asm.Asm;
import dev.bpfj.dsl.asm.Label;
import dev.bpfj.dsl.examples.SockhashTracker;
import dev.bpfj.dsl.examples.Tuples;

/**
 * The seed programs written by hand with the instruction builder, the way one would write them in
 * assembly: same logic as the DSL versions, registers and jumps picked by a person. The DSL's
 * output is compared against these for length.
 */
final class HandWritten {
    private HandWritten() {
    }

    private static int off(ProgramType t, String field) {
        return CtxLayout.of(t).field(field).orElseThrow().offset();
    }

    /** Little-endian word of an address's bytes, as a 32-bit load yields it. */
    private static int word(int a, int b, int c, int d) {
        return a | b << 8 | c << 16 | d << 24;
    }

    private static final int AF_INET = Family.INET.value();
    private static final int AF_INET6 = Family.INET6.value();

    /** sk_lookup tail shared by the services programs: key at fp-4, lookup, assign, release, pass. */
    private static void lookupAssign(Asm a, MapSpec map, Label pass) {
        a.mov(R2, R10).add(R2, -4).ldMap(R1, map).call(Helper.MAP_LOOKUP_ELEM)
                .jmp(JmpOp.JEQ, R0, 0, pass)
                .mov(R7, R0).mov(R1, R6).mov(R2, R0).mov(R3, 0).call(Helper.SK_ASSIGN)
                .mov(R1, R7).call(Helper.SK_RELEASE)
                .bind(pass).mov32(R0, 1).exit();
    }

    static Program servicesV4Tcp() {
        ProgramType t = ProgramType.SK_LOOKUP;
        MapSpec map = MapSpec.of("services", MapType.SOCKMAP, 4, 8, 2);
        Asm a = new Asm("svc", t).expectedAttachType(AttachType.SK_LOOKUP);
        Label pass = a.label();
        Label slot0 = a.label();
        Label lookup = a.label();
        a.mov(R6, R1)
                .ldx(Size.W, R2, R6, off(t, "protocol")).jmp32(JmpOp.JNE, R2, Protocol.TCP.value(), pass)
                .ldx(Size.W, R2, R6, off(t, "family")).jmp32(JmpOp.JNE, R2, AF_INET, pass)
                .ldx(Size.W, R2, R6, off(t, "local_port")).jmp32(JmpOp.JNE, R2, 80, pass)
                .ldx(Size.W, R2, R6, off(t, "local_ip4")).alu32(AluOp.AND, R2, word(255, 255, 255, 0))
                .jmp32(JmpOp.JEQ, R2, word(192, 0, 2, 0), slot0)
                .jmp32(JmpOp.JNE, R2, word(198, 51, 100, 0), pass)
                .st(Size.W, R10, -4, 1).ja(lookup)
                .bind(slot0).st(Size.W, R10, -4, 0)
                .bind(lookup);
        lookupAssign(a, map, pass);
        return a.build();
    }

    static Program servicesV6Udp() {
        ProgramType t = ProgramType.SK_LOOKUP;
        MapSpec map = MapSpec.of("services", MapType.SOCKMAP, 4, 8, 2);
        Asm a = new Asm("svc6", t).expectedAttachType(AttachType.SK_LOOKUP);
        Label pass = a.label();
        Label slot0 = a.label();
        Label lookup = a.label();
        int ip6 = off(t, "local_ip6");
        a.mov(R6, R1)
                .ldx(Size.W, R2, R6, off(t, "protocol")).jmp32(JmpOp.JNE, R2, Protocol.UDP.value(), pass)
                .ldx(Size.W, R2, R6, off(t, "family")).jmp32(JmpOp.JNE, R2, AF_INET6, pass)
                .ldx(Size.W, R2, R6, off(t, "local_port")).jmp32(JmpOp.JNE, R2, 80, pass)
                // Both /48 prefixes share their first word (2001:db8).
                .ldx(Size.W, R2, R6, ip6).jmp32(JmpOp.JNE, R2, word(0x20, 0x01, 0x0d, 0xb8), pass)
                .ldx(Size.W, R2, R6, ip6 + 4).alu32(AluOp.AND, R2, word(255, 255, 0, 0))
                .jmp32(JmpOp.JEQ, R2, word(0, 0x0a, 0, 0), slot0)
                .jmp32(JmpOp.JNE, R2, word(0, 0x0b, 0, 0), pass)
                .st(Size.W, R10, -4, 1).ja(lookup)
                .bind(slot0).st(Size.W, R10, -4, 0)
                .bind(lookup);
        lookupAssign(a, map, pass);
        return a.build();
    }

    static Program proxy() {
        ProgramType t = ProgramType.SK_LOOKUP;
        MapSpec proxy = MapSpec.of("proxy", MapType.SOCKMAP, 4, 8, 1);
        MapSpec exempt = MapSpec.of("exempt_ports", MapType.HASH, 4, 1, 64);
        Asm a = new Asm("proxy", t).expectedAttachType(AttachType.SK_LOOKUP);
        Label pass = a.label();
        a.mov(R6, R1)
                .ldx(Size.W, R2, R6, off(t, "protocol")).jmp32(JmpOp.JNE, R2, Protocol.TCP.value(), pass)
                .ldx(Size.W, R2, R6, off(t, "family")).jmp32(JmpOp.JNE, R2, AF_INET, pass)
                .ldx(Size.W, R2, R6, off(t, "local_ip4")).jmp32(JmpOp.JNE, R2, word(192, 0, 2, 1), pass)
                .ldx(Size.W, R2, R6, off(t, "local_port")).stx(Size.W, R10, -4, R2)
                .mov(R2, R10).add(R2, -4).ldMap(R1, exempt).call(Helper.MAP_LOOKUP_ELEM)
                .jmp(JmpOp.JNE, R0, 0, pass)
                .st(Size.W, R10, -4, 0);
        lookupAssign(a, proxy, pass);
        return a.build();
    }

    static Program reuseportHash() {
        ProgramType t = ProgramType.SK_REUSEPORT;
        MapSpec map = MapSpec.of("group", MapType.SOCKMAP, 4, 8, 4);
        Asm a = new Asm("hash", t).expectedAttachType(AttachType.SK_REUSEPORT_SELECT);
        Label drop = a.label();
        a.ldx(Size.W, R2, R1, off(t, "hash")).alu32(AluOp.AND, R2, 3).stx(Size.W, R10, -4, R2)
                .ldMap(R2, map).mov(R3, R10).add(R3, -4).mov(R4, 0).call(Helper.SK_SELECT_REUSEPORT)
                .jmp(JmpOp.JNE, R0, 0, drop)
                .mov32(R0, 1).exit()
                .bind(drop).mov32(R0, 0).exit();
        return a.build();
    }

    static Program reuseportPayload() {
        ProgramType t = ProgramType.SK_REUSEPORT;
        MapSpec map = MapSpec.of("group", MapType.REUSEPORT_SOCKARRAY, 4, 8, 4);
        Asm a = new Asm("payload", t).expectedAttachType(AttachType.SK_REUSEPORT_SELECT);
        Label pass = a.label();
        Label load = a.label();
        a.mov(R6, R1).mov(R7, 8)
                .ldx(Size.W, R2, R6, off(t, "ip_protocol")).jmp32(JmpOp.JNE, R2, Protocol.TCP.value(), load)
                .ldx(Size.DW, R2, R6, off(t, "data")).ldx(Size.DW, R3, R6, off(t, "data_end"))
                .mov(R4, R2).add(R4, 13).jmp(JmpOp.JGT, R4, R3, pass)
                .ldx(Size.B, R7, R2, 12).alu32(AluOp.RSH, R7, 4).alu32(AluOp.LSH, R7, 2)
                .bind(load).st(Size.W, R10, -4, 0)
                .mov(R1, R6).mov(R2, R7).mov(R3, R10).add(R3, -4).mov(R4, 1).call(Helper.SKB_LOAD_BYTES)
                .jmp(JmpOp.JNE, R0, 0, pass)
                .mov(R1, R6).ldMap(R2, map).mov(R3, R10).add(R3, -4).mov(R4, 0).call(Helper.SK_SELECT_REUSEPORT)
                .bind(pass).mov32(R0, 1).exit();
        return a.build();
    }

    /** Fills the tuple key at fp-48 from the context in {@code ctx}; swapped for the peer's key. */
    private static void tuple(Asm a, ProgramType t, Reg ctx, boolean peer) {
        int family = off(t, "family");
        Struct k = Tuples.TUPLE;
        int base = -48;
        int lip = base + k.field(peer ? "remote_ip" : "local_ip").offset();
        int rip = base + k.field(peer ? "local_ip" : "remote_ip").offset();
        Label v6 = a.label();
        Label ports = a.label();
        a.ldx(Size.W, R2, ctx, family).stx(Size.W, R10, base, R2)
                .st(Size.W, R10, -44, 0).st(Size.DW, R10, -40, 0).st(Size.DW, R10, -32, 0)
                .st(Size.DW, R10, -24, 0).st(Size.DW, R10, -16, 0).st(Size.W, R10, -8, 0)
                .jmp32(JmpOp.JNE, R2, AF_INET, v6)
                .ldx(Size.W, R3, ctx, off(t, "local_ip4")).stx(Size.W, R10, lip, R3)
                .ldx(Size.W, R3, ctx, off(t, "remote_ip4")).stx(Size.W, R10, rip, R3)
                .ja(ports)
                .bind(v6);
        for (int i = 0; i < 4; i++) {
            a.ldx(Size.W, R3, ctx, off(t, "local_ip6") + 4 * i).stx(Size.W, R10, lip + 4 * i, R3);
        }
        for (int i = 0; i < 4; i++) {
            a.ldx(Size.W, R3, ctx, off(t, "remote_ip6") + 4 * i).stx(Size.W, R10, rip + 4 * i, R3);
        }
        a.bind(ports)
                .ldx(Size.W, R3, ctx, off(t, "local_port"))
                .stx(Size.W, R10, base + k.field(peer ? "remote_port" : "local_port").offset(), R3)
                .ldx(Size.W, R3, ctx, off(t, "remote_port")).endian(EndianOp.BE, 32, R3)
                .stx(Size.W, R10, base + k.field(peer ? "local_port" : "remote_port").offset(), R3);
    }

    static Program sockopsTracker() {
        ProgramType t = ProgramType.SOCK_OPS;
        MapSpec map = MapSpec.of(SockhashTracker.MAP, MapType.SOCKHASH, Tuples.TUPLE.size(), 8,
                SockhashTracker.MAX_ENTRIES);
        Asm a = new Asm("track", t).expectedAttachType(AttachType.CGROUP_SOCK_OPS);
        Label go = a.label();
        Label out = a.label();
        a.ldx(Size.W, R2, R1, off(t, "op"))
                .jmp32(JmpOp.JEQ, R2, SockOpsOp.ACTIVE_ESTABLISHED_CB.value(), go)
                .jmp32(JmpOp.JNE, R2, SockOpsOp.PASSIVE_ESTABLISHED_CB.value(), out)
                .bind(go);
        tuple(a, t, R1, false);
        a.ldMap(R2, map).mov(R3, R10).add(R3, -48).mov(R4, 0).call(Helper.SOCK_HASH_UPDATE)
                .bind(out).mov32(R0, 1).exit();
        return a.build();
    }

    /** The seed message policy: cork for a 10-byte header, check its first byte, redirect to the peer. */
    static Program messagePolicy() {
        ProgramType t = ProgramType.SK_MSG;
        MapSpec map = MapSpec.of(SockhashTracker.MAP, MapType.SOCKHASH, Tuples.TUPLE.size(), 8,
                SockhashTracker.MAX_ENTRIES);
        Asm a = new Asm("policy", t).expectedAttachType(AttachType.SK_MSG_VERDICT);
        Label full = a.label();
        Label drop = a.label();
        a.mov(R6, R1)
                .ldx(Size.W, R2, R6, off(t, "size")).jmp32(JmpOp.JGE, R2, 10, full)
                .mov(R2, 10).call(Helper.MSG_CORK_BYTES).mov32(R0, 1).exit()
                .bind(full).mov(R2, 0).mov(R3, 10).mov(R4, 0).call(Helper.MSG_PULL_DATA)
                .jmp(JmpOp.JNE, R0, 0, drop)
                .ldx(Size.DW, R2, R6, off(t, "data")).ldx(Size.DW, R3, R6, off(t, "data_end"))
                .mov(R4, R2).add(R4, 10).jmp(JmpOp.JGT, R4, R3, drop)
                .ldx(Size.B, R2, R2, 0).jmp32(JmpOp.JNE, R2, 'H', drop);
        tuple(a, t, R6, true);
        a.mov(R1, R6).ldMap(R2, map).mov(R3, R10).add(R3, -48).mov(R4, (int) Flags.BPF_F_INGRESS)
                .call(Helper.MSG_REDIRECT_HASH).exit()
                .bind(drop).mov32(R0, 0).exit();
        return a.build();
    }

    /** The policy variant: header check, apply 100 bytes, probe the byte at 5000 for 'x', pass. */
    static Program messageProbe() {
        ProgramType t = ProgramType.SK_MSG;
        Asm a = new Asm("probe", t).expectedAttachType(AttachType.SK_MSG_VERDICT);
        Label full = a.label();
        Label drop = a.label();
        Label pass = a.label();
        a.mov(R6, R1)
                .ldx(Size.W, R2, R6, off(t, "size")).jmp32(JmpOp.JGE, R2, 10, full)
                .mov(R2, 10).call(Helper.MSG_CORK_BYTES)
                .bind(pass).mov32(R0, 1).exit()
                .bind(full).mov(R2, 0).mov(R3, 10).mov(R4, 0).call(Helper.MSG_PULL_DATA)
                .jmp(JmpOp.JNE, R0, 0, drop)
                .ldx(Size.DW, R2, R6, off(t, "data")).ldx(Size.DW, R3, R6, off(t, "data_end"))
                .mov(R4, R2).add(R4, 10).jmp(JmpOp.JGT, R4, R3, drop)
                .ldx(Size.B, R2, R2, 0).jmp32(JmpOp.JNE, R2, 'H', drop)
                .mov(R1, R6).mov(R2, 100).call(Helper.MSG_APPLY_BYTES)
                .mov(R1, R6).mov(R2, 5000).mov(R3, 5001).mov(R4, 0).call(Helper.MSG_PULL_DATA)
                .jmp(JmpOp.JNE, R0, 0, drop)
                .ldx(Size.DW, R2, R6, off(t, "data")).ldx(Size.DW, R3, R6, off(t, "data_end"))
                .mov(R4, R2).add(R4, 1).jmp(JmpOp.JGT, R4, R3, drop)
                .ldx(Size.B, R2, R2, 0).jmp32(JmpOp.JEQ, R2, 'x', pass)
                .bind(drop).mov32(R0, 0).exit();
        return a.build();
    }

    static Program counter() {
        MapSpec map = MapSpec.of("counter_a", MapType.ARRAY, 4, 8, 1);
        Asm a = new Asm("count", ProgramType.CGROUP_SKB).expectedAttachType(AttachType.CGROUP_INET_INGRESS);
        Label out = a.label();
        a.st(Size.W, R10, -4, 0).mov(R2, R10).add(R2, -4).ldMap(R1, map).call(Helper.MAP_LOOKUP_ELEM)
                .jmp(JmpOp.JEQ, R0, 0, out)
                .mov(R1, 1).atomic(Size.DW, AtomicOp.ADD, R0, 0, R1)
                .bind(out).mov32(R0, 1).exit();
        return a.build();
    }
}
