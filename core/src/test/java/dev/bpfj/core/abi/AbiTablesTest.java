package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tables' API and the facts the socket-program rules rely on. */
class AbiTablesTest {
    @Test
    void helperLookups() {
        assertEquals(212, Helper.values().length);
        assertEquals(211, Helper.maxId());
        for (Helper h : Helper.values()) {
            assertSame(h, Helper.ofId(h.id()));
            assertSame(h, Helper.ofName(h.kernelName()));
            assertSame(h, Helper.ofName(h.shortName()));
            assertSame(h, Helper.ofName(h.enumName()));
            assertTrue(h.args().size() <= 5, h.toString());
        }
        assertSame(Helper.MAP_LOOKUP_ELEM, Helper.ofName("bpf_map_lookup_elem"));
        assertEquals("bpf_map_lookup_elem", Helper.MAP_LOOKUP_ELEM.kernelName());
        assertEquals("map_lookup_elem", Helper.MAP_LOOKUP_ELEM.shortName());
        assertEquals(1, Helper.MAP_LOOKUP_ELEM.id());
        assertEquals(124, Helper.SK_ASSIGN.id());
        assertEquals(82, Helper.SK_SELECT_REUSEPORT.id());
        assertNull(Helper.ofId(-1));
        assertNull(Helper.ofId(212));
        assertNull(Helper.ofName("bpf_no_such_helper"));
        assertNull(Helper.ofName(null));
    }

    /** Every size argument follows a memory argument it sizes. */
    @Test
    void sizeArgumentsFollowMemoryArguments() {
        Set<ArgType> mem = Set.of(ArgType.PTR_TO_MEM, ArgType.PTR_TO_MEM_OR_NULL, ArgType.PTR_TO_UNINIT_MEM,
                ArgType.CONST_MAP_PTR, ArgType.PTR_TO_DYNPTR, ArgType.ANYTHING);
        for (Helper h : Helper.values()) {
            for (ProgramType t : ProgramType.values()) {
                HelperProto p = h.proto(t);
                for (int i = 0; i < p.args().size(); i++) {
                    if (p.arg(i).isSize()) {
                        assertTrue(i > 0 && mem.contains(p.arg(i - 1)), h + " arg " + i + " in " + t);
                    }
                }
            }
        }
    }

    @Test
    void referencesAndPacketData() {
        assertTrue(Helper.SK_LOOKUP_TCP.acquiresReference());
        assertTrue(Helper.SK_LOOKUP_UDP.acquiresReference());
        assertTrue(Helper.SKC_LOOKUP_TCP.acquiresReference());
        assertTrue(Helper.RINGBUF_RESERVE.acquiresReference());
        assertFalse(Helper.MAP_LOOKUP_ELEM.acquiresReference());
        assertTrue(Helper.MAP_LOOKUP_ELEM.acquiresReference(MapType.SOCKMAP));
        assertTrue(Helper.MAP_LOOKUP_ELEM.acquiresReference(MapType.SOCKHASH));
        assertFalse(Helper.MAP_LOOKUP_ELEM.acquiresReference(MapType.HASH));
        assertFalse(Helper.SK_FULLSOCK.acquiresReference());
        assertTrue(Helper.SK_RELEASE.releasesReference());
        assertEquals(0, Helper.SK_RELEASE.releasedArg());
        assertEquals(1, Helper.KPTR_XCHG.releasedArg());
        assertEquals(-1, Helper.SK_ASSIGN.releasedArg());
        assertEquals(RetType.PTR_TO_SOCKET_OR_NULL, Helper.SK_LOOKUP_TCP.ret());
        assertEquals(RetType.PTR_TO_SOCK_COMMON_OR_NULL, Helper.SKC_LOOKUP_TCP.ret());
        assertEquals(RetType.PTR_TO_TCP_SOCK_OR_NULL, Helper.TCP_SOCK.ret());
        assertTrue(RetType.PTR_TO_MAP_VALUE_OR_NULL.maybeNull());
        for (Helper h : List.of(Helper.MSG_PULL_DATA, Helper.MSG_PUSH_DATA, Helper.MSG_POP_DATA, Helper.SKB_PULL_DATA,
                Helper.XDP_ADJUST_HEAD)) {
            assertTrue(h.changesPacketData(), h.toString());
        }
        assertFalse(Helper.MSG_APPLY_BYTES.changesPacketData());
        assertFalse(Helper.MSG_CORK_BYTES.changesPacketData());
    }

    @Test
    void programTypeSpecificPrototypes() {
        assertEquals(List.of(ArgType.PTR_TO_CTX, ArgType.PTR_TO_SOCKET_OR_NULL, ArgType.ANYTHING),
                Helper.SK_ASSIGN.proto(ProgramType.SK_LOOKUP).args());
        assertEquals(ArgType.PTR_TO_BTF_ID_SOCK_COMMON, Helper.SK_ASSIGN.proto(ProgramType.SCHED_CLS).arg(1));
        assertEquals(ArgType.PTR_TO_BTF_ID_SOCK_COMMON, Helper.SK_RELEASE.arg(0));
        assertEquals(List.of(ArgType.PTR_TO_CTX, ArgType.CONST_MAP_PTR, ArgType.PTR_TO_MAP_KEY, ArgType.ANYTHING),
                Helper.SK_SELECT_REUSEPORT.args());
        assertFalse(Helper.GET_STACKID.gplOnly(ProgramType.PERF_EVENT));
        assertTrue(Helper.GET_STACKID.gplOnly(ProgramType.KPROBE));
        assertTrue(Helper.TRACE_PRINTK.gplOnly());
        assertFalse(Helper.MAP_LOOKUP_ELEM.gplOnly());
    }

    @Test
    void helperAvailabilityForSocketTypes() {
        for (ProgramType t : List.of(ProgramType.SK_LOOKUP, ProgramType.SK_REUSEPORT, ProgramType.SK_MSG,
                ProgramType.SK_SKB, ProgramType.SOCK_OPS, ProgramType.CGROUP_SKB, ProgramType.SOCKET_FILTER,
                ProgramType.SCHED_CLS, ProgramType.XDP)) {
            assertTrue(HelperAccess.knows(t));
            assertTrue(HelperAccess.helpers(t).containsAll(HelperAccess.BASE), t.toString());
            assertTrue(HelperAccess.allowed(t, Helper.MAP_LOOKUP_ELEM));
        }
        assertTrue(HelperAccess.allowed(ProgramType.SK_LOOKUP, Helper.SK_ASSIGN));
        assertTrue(HelperAccess.allowed(ProgramType.SK_LOOKUP, Helper.SK_RELEASE));
        assertFalse(HelperAccess.allowed(ProgramType.SK_LOOKUP, Helper.SK_SELECT_REUSEPORT));
        assertTrue(HelperAccess.allowed(ProgramType.SK_REUSEPORT, Helper.SK_SELECT_REUSEPORT));
        assertTrue(HelperAccess.allowed(ProgramType.SK_MSG, Helper.MSG_REDIRECT_MAP));
        assertTrue(HelperAccess.allowed(ProgramType.SK_MSG, Helper.MSG_PULL_DATA));
        assertFalse(HelperAccess.allowed(ProgramType.SK_MSG, Helper.SK_REDIRECT_MAP));
        assertTrue(HelperAccess.allowed(ProgramType.SK_SKB, Helper.SK_REDIRECT_MAP));
        assertTrue(HelperAccess.allowed(ProgramType.SOCK_OPS, Helper.SOCK_MAP_UPDATE));
        assertTrue(HelperAccess.allowed(ProgramType.SCHED_CLS, Helper.SK_LOOKUP_TCP));
        assertFalse(HelperAccess.allowed(ProgramType.SCHED_CLS, Helper.UNSPEC));
        assertTrue(HelperAccess.allowed(ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_CONNECT, Helper.BIND));
        assertFalse(HelperAccess.allowed(ProgramType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_RECVMSG, Helper.BIND));
        assertFalse(HelperAccess.knows(ProgramType.TRACING));
        assertEquals("program of this type cannot use helper bpf_sk_select_reuseport#82",
                HelperAccess.cannotUseMessage(Helper.SK_SELECT_REUSEPORT));
    }

    @Test
    void skLookupContext() {
        CtxLayout l = CtxLayout.of(ProgramType.SK_LOOKUP);
        assertEquals("bpf_sk_lookup", l.structName());
        var sk = assertInstanceOf(CtxAccess.Allowed.class, l.check(0, 8, false));
        assertEquals(CtxValueKind.PTR_TO_SOCKET_OR_NULL, sk.kind());
        assertEquals("invalid bpf_context access off=0 size=4", ((CtxAccess.Denied) l.check(0, 4, false)).message());
        var port = assertInstanceOf(CtxAccess.Allowed.class, l.check(36, 4, false));
        assertEquals("remote_port", port.field().name());
        assertEquals(CtxByteOrder.NETWORK, port.byteOrder());
        assertTrue(l.check(38, 2, false).allowed());
        assertEquals(CtxByteOrder.HOST, l.field("local_port").orElseThrow().byteOrder());
        for (int off = 0; off < 72; off++) {
            for (int size : new int[] {1, 2, 4, 8}) {
                assertFalse(l.check(off, size, true).allowed());
            }
        }
        assertEquals("family", l.fieldAt(9).name());
        assertNull(l.fieldAt(68));
        assertTrue(CtxLayout.access(ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, 60, 2, false).orElseThrow().allowed());
        assertTrue(CtxLayout.access(ProgramType.KPROBE, null, 0, 8, false).isEmpty());
    }

    @Test
    void skReuseportAndSkMsgContexts() {
        CtxLayout r = CtxLayout.of(ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE);
        assertEquals(CtxValueKind.PTR_TO_PACKET, ((CtxAccess.Allowed) r.check(0, 8, false)).kind());
        assertEquals(CtxValueKind.PTR_TO_PACKET_END, ((CtxAccess.Allowed) r.check(8, 8, false)).kind());
        assertEquals(CtxValueKind.PTR_TO_SOCKET, ((CtxAccess.Allowed) r.check(40, 8, false)).kind());
        assertEquals(CtxValueKind.PTR_TO_SOCK_COMMON_OR_NULL, ((CtxAccess.Allowed) r.check(48, 8, false)).kind());
        assertFalse(r.check(0, 8, true).allowed());
        CtxLayout m = CtxLayout.of(ProgramType.SK_MSG);
        assertTrue(m.check(16, 4, false).allowed());
        assertFalse(m.check(16, 2, false).allowed());
        assertEquals(CtxValueKind.PTR_TO_SOCKET, ((CtxAccess.Allowed) m.check(72, 8, false)).kind());
        assertSame(CtxLayout.bpfSock(), CtxLayout.pointee(CtxValueKind.PTR_TO_SOCKET_OR_NULL));
        assertFalse(CtxLayout.sockCommon().check(12, 4, false).allowed());
        assertTrue(CtxLayout.bpfSock().check(12, 4, false).allowed());
        assertEquals("invalid sock_common access off=12 size=4", CtxLayout.sockCommon().deniedMessage(12, 4));
    }

    @Test
    void mapHelperCompatibility() {
        assertTrue(MapHelperCompat.check(Helper.SK_SELECT_REUSEPORT, MapType.REUSEPORT_SOCKARRAY).allowed());
        assertTrue(MapHelperCompat.check(Helper.SK_SELECT_REUSEPORT, MapType.SOCKMAP).allowed());
        assertTrue(MapHelperCompat.check(Helper.SK_SELECT_REUSEPORT, MapType.SOCKHASH).allowed());
        assertEquals("cannot pass map_type 1 into func bpf_sk_select_reuseport#82",
                MapHelperCompat.check(Helper.SK_SELECT_REUSEPORT, MapType.HASH).message());
        assertEquals("cannot pass map_type 18 into func bpf_msg_redirect_map#60",
                MapHelperCompat.check(Helper.MSG_REDIRECT_MAP, MapType.SOCKHASH).message());
        assertTrue(MapHelperCompat.check(Helper.MSG_REDIRECT_HASH, MapType.SOCKHASH).allowed());
        assertEquals("cannot pass map_type 20 into func bpf_map_lookup_elem#1",
                MapHelperCompat.check(Helper.MAP_LOOKUP_ELEM, MapType.REUSEPORT_SOCKARRAY).message());
        assertTrue(MapHelperCompat.check(ProgramType.SK_LOOKUP, Helper.MAP_LOOKUP_ELEM, MapType.SOCKMAP).allowed());
        var v = MapHelperCompat.check(ProgramType.SK_MSG, Helper.MAP_UPDATE_ELEM, MapType.SOCKMAP);
        assertEquals(List.of("cannot update sockmap in this context",
                "cannot pass map_type 15 into func bpf_map_update_elem#2"), v.logLines());
        assertTrue(MapHelperCompat.check(ProgramType.SOCK_OPS, Helper.MAP_DELETE_ELEM, MapType.SOCKHASH).allowed());
        assertFalse(MapHelperCompat.check(ProgramType.SOCK_OPS, Helper.MAP_UPDATE_ELEM, MapType.SOCKHASH).allowed());
        assertTrue(MapHelperCompat.check(ProgramType.SCHED_CLS, Helper.MAP_UPDATE_ELEM, MapType.SOCKMAP).allowed());
        assertEquals("write into map forbidden",
                MapHelperCompat.check(ProgramType.XDP, null, Helper.MAP_UPDATE_ELEM, MapType.HASH,
                        Flags.BPF_F_RDONLY_PROG).message());
        assertEquals("expected prog array map for tail call",
                MapHelperCompat.check(Helper.TAIL_CALL, MapType.ARRAY).message());
        assertEquals(Set.of(MapType.SOCKMAP), MapHelperCompat.mapsFor(Helper.SOCK_MAP_UPDATE));
        assertTrue(MapHelperCompat.helpersFor(MapType.HASH).isEmpty());
    }

    @Test
    void mapTypeRules() {
        assertEquals(List.of(), MapTypeRules.of(MapType.SOCKMAP).problems(4, 8, 16, 0, false));
        assertEquals(List.of("sockmap map: value size must be 4 or 8, not 16"),
                MapTypeRules.of(MapType.SOCKMAP).problems(4, 16, 16, 0, false));
        assertEquals(List.of("lpm_trie map: map_flags must include BPF_F_NO_PREALLOC"),
                MapTypeRules.of(MapType.LPM_TRIE).problems(8, 8, 16, 0, false));
        assertEquals(List.of("array_of_maps map: needs an inner map"),
                MapTypeRules.of(MapType.ARRAY_OF_MAPS).problems(4, 4, 4, 0, false));
        assertTrue(MapTypeRules.of(MapType.REUSEPORT_SOCKARRAY).value().accepts(4));
        assertTrue(MapTypeRules.of(MapType.REUSEPORT_SOCKARRAY).value().accepts(8));
        assertFalse(MapTypeRules.of(MapType.ARRAY).key().accepts(8));
        assertFalse(MapTypeRules.of(MapType.PROG_ARRAY).value().accepts(8));
        assertEquals("a multiple of 8 in 8..1016", MapTypeRules.of(MapType.STACK_TRACE).value().describe());
    }

    @Test
    void programTypesAndCommands() {
        assertTrue(ProgramType.SK_LOOKUP.requiresExpectedAttachType());
        assertEquals(AttachType.SK_LOOKUP, ProgramType.SK_LOOKUP.defaultExpectedAttachType());
        assertFalse(ProgramType.SK_LOOKUP.acceptsExpectedAttachType(null));
        assertTrue(ProgramType.SK_REUSEPORT.acceptsExpectedAttachType(null));
        assertTrue(ProgramType.SK_REUSEPORT.acceptsExpectedAttachType(AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE));
        assertFalse(ProgramType.SK_REUSEPORT.acceptsExpectedAttachType(AttachType.SK_LOOKUP));
        assertTrue(ProgramType.CGROUP_SKB.acceptsExpectedAttachType(AttachType.CGROUP_INET_EGRESS));
        assertTrue(ProgramType.SK_MSG.acceptsExpectedAttachType(AttachType.XDP));
        assertEquals(Set.of(AttachType.SK_MSG_VERDICT), ProgramType.SK_MSG.attachTypes());
        assertSame(Command.PROG_TEST_RUN, Command.ofName("BPF_PROG_RUN"));
        assertSame(Command.LINK_CREATE, Command.ofName("link_create"));
        assertEquals(28, Command.LINK_CREATE.id());
        assertNull(Command.ofName("BPF_NOPE"));
    }
}
