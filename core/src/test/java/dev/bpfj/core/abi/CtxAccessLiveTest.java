package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ctx (and socket pointer) access rules against the live kernel: every offset of each struct (and
 * 8 bytes past it), every size, read and write, is loaded as a one-access program; the kernel's
 * verdict, its message and the register type a load yields must equal what {@link CtxLayout} says.
 */
class CtxAccessLiveTest {
    private static final int[] SIZES = {1, 2, 4, 8};
    private static final int[] SIZE_CODE = {0x10, 0x08, 0x00, 0x18}; // BPF_B, BPF_H, BPF_W, BPF_DW

    /** A context to probe: program type, expected attach type id, how far to probe. */
    record Ctx(ProgramType type, AttachType attach, int span) {
    }

    static final List<Ctx> CTXS = List.of(
            new Ctx(ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, 80),
            new Ctx(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT, 64),
            new Ctx(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE, 64),
            new Ctx(ProgramType.SK_MSG, null, 88),
            new Ctx(ProgramType.SOCK_OPS, null, 232),
            new Ctx(ProgramType.SOCKET_FILTER, null, 200),
            new Ctx(ProgramType.SCHED_CLS, null, 200),
            new Ctx(ProgramType.CGROUP_SKB, AttachType.CGROUP_INET_INGRESS, 200),
            new Ctx(ProgramType.CGROUP_SKB, AttachType.CGROUP_INET_EGRESS, 200),
            new Ctx(ProgramType.SK_SKB, null, 200),
            new Ctx(ProgramType.XDP, null, 32),
            new Ctx(ProgramType.XDP, AttachType.XDP_DEVMAP, 32),
            new Ctx(ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE, 88),
            new Ctx(ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_RELEASE, 88),
            new Ctx(ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET4_POST_BIND, 88),
            new Ctx(ProgramType.CGROUP_SOCK, AttachType.CGROUP_INET6_POST_BIND, 88));

    private static final Pattern R0 = Pattern.compile("R0(?:_w)?=([a-z_]+)");

    private static String kindAfter(String log, int insn) {
        String marker = insn + ": (";
        for (String line : log.split("\n")) {
            if (line.startsWith(marker)) {
                Matcher m = R0.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return "?";
    }

    private static long[] ldx(int sizeIndex, int dst, int src, int off) {
        return LiveBpf.insn(0x61 & ~0x18 | SIZE_CODE[sizeIndex], dst, src, off, 0);
    }

    private static long[] stx(int sizeIndex, int dst, int src, int off) {
        return LiveBpf.insn(0x63 & ~0x18 | SIZE_CODE[sizeIndex], dst, src, off, 0);
    }

    private static final long[] R0_ZERO = LiveBpf.insn(0xb7, 0, 0, 0, 0);
    private static final long[] EXIT = LiveBpf.insn(0x95, 0, 0, 0, 0);

    @Test
    void contextAccessesMatchTheKernel() {
        LiveBpf.require();
        List<String> errors = new ArrayList<>();
        int cases = 0;
        int allowed = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            for (Ctx c : CTXS) {
                CtxLayout layout = CtxLayout.of(c.type(), c.attach());
                int attach = c.attach() == null ? 0 : c.attach().id();
                for (int off = 0; off < c.span(); off++) {
                    for (int si = 0; si < SIZES.length; si++) {
                        for (boolean write : new boolean[] {false, true}) {
                            List<long[]> p = write
                                    ? List.of(LiveBpf.insn(0xb7, 2, 0, 0, 0), stx(si, 1, 2, off), R0_ZERO, EXIT)
                                    : List.of(ldx(si, 0, 1, off), R0_ZERO, EXIT);
                            LiveBpf.Load l = bpf.load(c.type(), attach, 0, true, 2, p);
                            CtxAccess mine = CtxLayout.access(c.type(), c.attach(), off, SIZES[si], write).orElseThrow();
                            cases++;
                            String what = c.type() + "/" + c.attach() + (write ? " store " : " load ") + "off=" + off
                                    + " size=" + SIZES[si];
                            if (l.ok() != mine.allowed()) {
                                errors.add(what + ": kernel " + (l.ok() ? "accepts" : "refuses: " + l.keyLine()));
                                continue;
                            }
                            if (mine instanceof CtxAccess.Denied d && !l.keyLine().equals(d.message())) {
                                errors.add(what + ": kernel says '" + l.keyLine() + "', bpfj '" + d.message() + "'");
                            }
                            if (mine instanceof CtxAccess.Allowed a) {
                                allowed++;
                                if (!write && !kindAfter(l.log(), 0).equals(a.kind().logName())) {
                                    errors.add(what + ": kernel yields " + kindAfter(l.log(), 0) + ", bpfj " + a.kind());
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("ctx access vs live kernel: %d cases over %d contexts agree (%d allowed), %d mismatches%n",
                cases - errors.size(), CTXS.size(), allowed, errors.size());
        assertEquals(List.of(), errors.stream().limit(40).toList());
        assertTrue(cases > 15000);
    }

    /** A pointer to probe: the context it comes from and how to get it into R1. */
    record Via(ProgramType type, AttachType attach, int ctxOffset, boolean tcpSock) {
    }

    @Test
    void socketPointerAccessesMatchTheKernel() {
        LiveBpf.require();
        List<Via> vias = List.of(
                new Via(ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, 0, false),
                new Via(ProgramType.SK_MSG, null, 72, false),
                new Via(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE, 48, false),
                new Via(ProgramType.SCHED_CLS, null, 168, false),
                new Via(ProgramType.SCHED_CLS, null, 168, true));
        List<String> errors = new ArrayList<>();
        int cases = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            for (Via v : vias) {
                CtxAccess ptr = CtxLayout.access(v.type(), v.attach(), v.ctxOffset(), 8, false).orElseThrow();
                CtxValueKind kind = ((CtxAccess.Allowed) ptr).kind();
                CtxLayout layout = v.tcpSock() ? CtxLayout.tcpSock() : CtxLayout.pointee(kind);
                int attach = v.attach() == null ? 0 : v.attach().id();
                for (int off = 0; off < layout.size() + 8; off++) {
                    for (int si = 0; si < SIZES.length; si++) {
                        List<long[]> p = new ArrayList<>();
                        p.add(ldx(3, 1, 1, v.ctxOffset()));
                        if (v.tcpSock()) {
                            p.add(LiveBpf.insn(0x15, 1, 0, 4, 0)); // if r1 == 0 goto exit
                            p.add(LiveBpf.insn(0x85, 0, 0, 0, Helper.TCP_SOCK.id()));
                            p.add(LiveBpf.insn(0x15, 0, 0, 2, 0)); // if r0 == 0 goto exit
                            p.add(LiveBpf.insn(0xbf, 1, 0, 0, 0)); // r1 = r0
                        } else {
                            p.add(LiveBpf.insn(0x15, 1, 0, 1, 0)); // if r1 == 0 goto +1
                        }
                        int loadAt = p.size();
                        p.add(ldx(si, 0, 1, off));
                        p.add(R0_ZERO);
                        p.add(EXIT);
                        LiveBpf.Load l = bpf.load(v.type(), attach, 0, true, 2, p);
                        CtxAccess mine = layout.check(off, SIZES[si], false);
                        cases++;
                        String what = layout.accessName() + " via " + v.type() + " off=" + off + " size=" + SIZES[si];
                        if (l.ok() != mine.allowed()) {
                            errors.add(what + ": kernel " + (l.ok() ? "accepts" : "refuses: " + l.keyLine()));
                        } else if (mine instanceof CtxAccess.Denied d && !l.keyLine().equals("R1 " + d.message())
                                && !l.keyLine().equals(d.message())) {
                            errors.add(what + ": kernel says '" + l.keyLine() + "', bpfj '" + d.message() + "'");
                        } else if (mine instanceof CtxAccess.Allowed a && !kindAfter(l.log(), loadAt).equals(a.kind().logName())) {
                            errors.add(what + ": kernel yields " + kindAfter(l.log(), loadAt));
                        }
                    }
                }
            }
        }
        System.out.printf("socket pointer access vs live kernel: %d cases over %d pointers agree, %d mismatches%n",
                cases - errors.size(), vias.size(), errors.size());
        assertEquals(List.of(), errors.stream().limit(40).toList());
    }
}
