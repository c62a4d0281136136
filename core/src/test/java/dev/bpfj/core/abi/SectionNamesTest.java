package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionNamesTest {
    private static SectionNames.Kind parse(String s) {
        return SectionNames.parse(s).orElseThrow(() -> new AssertionError("not parsed: " + s));
    }

    @Test
    void socketProgramSections() {
        assertEquals(new SectionNames.Kind(ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP), strip(parse("sk_lookup")));
        assertEquals(new SectionNames.Kind(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT),
                strip(parse("sk_reuseport")));
        assertEquals(new SectionNames.Kind(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE),
                strip(parse("sk_reuseport/migrate")));
        assertEquals(AttachType.SK_MSG_VERDICT, parse("sk_msg").expectedAttachType());
        assertEquals(AttachType.SK_SKB_STREAM_PARSER, parse("sk_skb/stream_parser").expectedAttachType());
        assertEquals(AttachType.SK_SKB_STREAM_VERDICT, parse("sk_skb/stream_verdict").expectedAttachType());
        assertNull(parse("sk_skb").expectedAttachType());
        assertEquals(ProgramType.SOCK_OPS, parse("sockops").type());
        assertEquals(AttachType.CGROUP_INET_INGRESS, parse("cgroup_skb/ingress").expectedAttachType());
        assertEquals(AttachType.CGROUP_INET_EGRESS, parse("cgroup_skb/egress").expectedAttachType());
        assertNull(parse("cgroup/skb").expectedAttachType());
        assertEquals(ProgramType.SOCKET_FILTER, parse("socket").type());
        assertEquals(ProgramType.SCHED_CLS, parse("tc").type());
        assertEquals(ProgramType.SCHED_CLS, parse("classifier").type());
        assertEquals(AttachType.TCX_INGRESS, parse("tcx/ingress").expectedAttachType());
        assertEquals(AttachType.TCX_EGRESS, parse("tcx/egress").expectedAttachType());
        assertEquals(AttachType.XDP, parse("xdp").expectedAttachType());
        assertEquals(Flags.BPF_F_XDP_HAS_FRAGS, parse("xdp.frags").progFlags());
        assertEquals(AttachType.CGROUP_INET4_CONNECT, parse("cgroup/connect4").expectedAttachType());
        assertEquals(AttachType.CGROUP_INET_SOCK_CREATE, parse("cgroup/sock").expectedAttachType());
    }

    private static SectionNames.Kind strip(SectionNames.Kind k) {
        return new SectionNames.Kind(k.type(), k.expectedAttachType());
    }

    @Test
    void legacyAndExtrasForms() {
        SectionNames.Kind k = parse("sk_lookup/dispatch");
        assertEquals(ProgramType.SK_LOOKUP, k.type());
        assertTrue(k.legacy());
        assertEquals("sk_lookup", k.entry());
        assertFalse(parse("sk_lookup").legacy());
        assertEquals(AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE, parse("sk_reuseport/migrate").expectedAttachType());
        assertFalse(parse("sk_reuseport/migrate").legacy());
        assertEquals(AttachType.SK_REUSEPORT_SELECT, parse("sk_reuseport/select_by_hash").expectedAttachType());
        SectionNames.Kind kp = parse("kprobe/tcp_v4_connect");
        assertEquals(ProgramType.KPROBE, kp.type());
        assertFalse(kp.legacy());
        assertEquals(Flags.BPF_F_SLEEPABLE, parse("fentry.s/do_sys_open").progFlags());
        assertEquals(AttachType.TRACE_FENTRY, parse("fentry.s/do_sys_open").expectedAttachType());
    }

    @Test
    void unknownNames() {
        for (String s : List.of("", "sk_lookupx", "socketx", "sk", "xdp_foo", "/sk_lookup", "license", "maps", ".maps")) {
            assertTrue(SectionNames.parse(s).isEmpty(), s);
        }
        assertTrue(SectionNames.parse(null).isEmpty());
    }

    @Test
    void forProgramRoundTrips() {
        int n = 0;
        for (SectionNames.Entry e : SectionNames.ENTRIES) {
            String name = SectionNames.forProgram(e.type(), e.attach());
            if (name == null) {
                continue;
            }
            SectionNames.Kind k = parse(name);
            assertEquals(e.type(), k.type(), name);
            assertEquals(e.attach(), k.expectedAttachType(), name);
            n++;
        }
        assertTrue(n > 60);
        assertEquals("sk_lookup", SectionNames.forProgram(ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP));
        assertEquals("sk_lookup", SectionNames.forProgram(ProgramType.SK_LOOKUP, null));
        assertEquals("sk_reuseport/migrate",
                SectionNames.forProgram(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE));
        assertEquals("sk_reuseport", SectionNames.forProgram(ProgramType.SK_REUSEPORT, null));
        assertEquals("sk_skb", SectionNames.forProgram(ProgramType.SK_SKB, null));
        assertEquals("cgroup/skb", SectionNames.forProgram(ProgramType.CGROUP_SKB, null));
        assertEquals("tc", SectionNames.forProgram(ProgramType.SCHED_CLS, null));
        assertEquals("socket", SectionNames.forProgram(ProgramType.SOCKET_FILTER, null));
        assertEquals("xdp", SectionNames.forProgram(ProgramType.XDP, null));
        assertNull(SectionNames.forProgram(ProgramType.UNSPEC, null));
        assertNull(SectionNames.forProgram(ProgramType.SK_LOOKUP, AttachType.XDP));
    }

    /** Section names libbpf 1.1 does not know yet (tcx, netkit, unix sockets, sk_skb/verdict, ...). */
    static final Set<String> NEWER_THAN_LIBBPF_1_1 = Set.of("kprobe.session+", "uprobe.multi+", "uretprobe.multi+",
            "uprobe.session+", "uprobe.multi.s+", "uretprobe.multi.s+", "uprobe.session.s+", "tc/ingress", "tc/egress",
            "tcx/ingress", "tcx/egress", "netkit/primary", "netkit/peer", "cgroup/connect_unix",
            "cgroup/sendmsg_unix", "cgroup/recvmsg_unix", "cgroup/getpeername_unix", "cgroup/getsockname_unix",
            "netfilter", "struct_ops.s+", "usdt.s+", "sk_skb/verdict");

    /** The installed libbpf's own parser ({@code libbpf_prog_type_by_name}) as oracle. */
    @Test
    void agreesWithInstalledLibbpf() throws Throwable {
        SymbolLookup lib;
        Arena arena = Arena.ofConfined();
        try {
            lib = SymbolLookup.libraryLookup("libbpf.so.1", arena);
        } catch (IllegalArgumentException e) {
            arena.close();
            AbiTestEnv.missing("libbpf.so.1 is not installed (libbpf-dev / libbpf1)");
            return;
        }
        try (arena) {
            MethodHandle byName = Linker.nativeLinker().downcallHandle(
                    lib.find("libbpf_prog_type_by_name").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                            ValueLayout.ADDRESS));
            MemorySegment type = arena.allocate(ValueLayout.JAVA_INT);
            MemorySegment attach = arena.allocate(ValueLayout.JAVA_INT);
            List<String> errors = new ArrayList<>();
            int agree = 0;
            int newer = 0;
            for (SectionNames.Entry e : SectionNames.ENTRIES) {
                for (String name : e.takesExtras() ? List.of(e.base(), e.base() + "/x") : List.of(e.base())) {
                    int rc = (int) byName.invokeExact(arena.allocateFrom(name), type, attach);
                    if (rc != 0) {
                        if (NEWER_THAN_LIBBPF_1_1.contains(e.name())) {
                            newer++;
                        } else {
                            errors.add(name + ": libbpf does not know it");
                        }
                        continue;
                    }
                    int t = type.get(ValueLayout.JAVA_INT, 0);
                    int a = attach.get(ValueLayout.JAVA_INT, 0);
                    SectionNames.Kind k = parse(name);
                    int mineA = k.expectedAttachType() == null ? 0 : k.expectedAttachType().id();
                    if (t != k.type().id() || a != mineA) {
                        errors.add(name + ": libbpf says type " + t + " attach " + a + ", bpfj " + k);
                    } else {
                        agree++;
                    }
                }
            }
            // Names libbpf refuses must be refused by bpfj as well (legacy forms aside).
            for (String bad : List.of("sk_lookupx", "socketx", "xdp_foo")) {
                int rc = (int) byName.invokeExact(arena.allocateFrom(bad), type, attach);
                assertTrue(rc != 0, bad);
                assertTrue(SectionNames.parse(bad).isEmpty(), bad);
            }
            assertEquals(List.of(), errors);
            System.out.printf("section names vs installed libbpf: %d agree, %d newer than it%n", agree, newer);
            assertTrue(agree > 80);
        }
    }
}
