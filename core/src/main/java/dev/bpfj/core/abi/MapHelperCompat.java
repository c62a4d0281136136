package dev.bpfj.core.abi;

import static dev.bpfj.core.abi.Helper.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which maps a helper accepts as its map argument, in both directions the Linux 6.18 verifier
 * checks: a special map type only works with its own helpers, and a map-specific helper only works
 * with its own map types. Either failure is reported as
 * {@code cannot pass map_type N into func bpf_NAME#ID}. Updates and deletes of socket maps through
 * the generic helpers are allowed only in some program types; elsewhere the kernel first logs
 * {@code cannot update sockmap in this context}.
 */
public final class MapHelperCompat {
    private MapHelperCompat() {
    }

    /**
     * The verdict on one (helper, map) pair.
     *
     * @param allowed whether the verifier accepts the map as the helper's map argument
     * @param logLines the kernel's log lines for a rejection (empty when allowed)
     */
    public record Verdict(boolean allowed, List<String> logLines) {
        public Verdict {
            logLines = List.copyOf(logLines);
        }

        /** The key line (the last one), or null when allowed. */
        public String message() {
            return logLines.isEmpty() ? null : logLines.getLast();
        }
    }

    private static Set<Helper> hs(Helper... h) {
        EnumSet<Helper> s = EnumSet.noneOf(Helper.class);
        Collections.addAll(s, h);
        return Collections.unmodifiableSet(s);
    }

    private static Set<MapType> ms(MapType... m) {
        EnumSet<MapType> s = EnumSet.noneOf(MapType.class);
        Collections.addAll(s, m);
        return Collections.unmodifiableSet(s);
    }

    /** Map types that accept only some helpers; the others accept any helper with a map argument. */
    private static final Map<MapType, Set<Helper>> MAP_TO_HELPERS = new EnumMap<>(Map.ofEntries(
            Map.entry(MapType.PROG_ARRAY, hs(TAIL_CALL)),
            Map.entry(MapType.PERF_EVENT_ARRAY, hs(PERF_EVENT_READ, PERF_EVENT_OUTPUT, PERF_EVENT_READ_VALUE,
                    SKB_OUTPUT, XDP_OUTPUT)),
            Map.entry(MapType.RINGBUF, hs(RINGBUF_OUTPUT, RINGBUF_RESERVE, RINGBUF_QUERY, RINGBUF_RESERVE_DYNPTR,
                    RINGBUF_SUBMIT_DYNPTR, RINGBUF_DISCARD_DYNPTR)),
            Map.entry(MapType.USER_RINGBUF, hs(USER_RINGBUF_DRAIN)),
            Map.entry(MapType.STACK_TRACE, hs(GET_STACKID)),
            Map.entry(MapType.CGROUP_ARRAY, hs(SKB_UNDER_CGROUP, CURRENT_TASK_UNDER_CGROUP)),
            Map.entry(MapType.CGROUP_STORAGE, hs(GET_LOCAL_STORAGE)),
            Map.entry(MapType.PERCPU_CGROUP_STORAGE, hs(GET_LOCAL_STORAGE)),
            Map.entry(MapType.DEVMAP, hs(REDIRECT_MAP, MAP_LOOKUP_ELEM)),
            Map.entry(MapType.DEVMAP_HASH, hs(REDIRECT_MAP, MAP_LOOKUP_ELEM)),
            Map.entry(MapType.CPUMAP, hs(REDIRECT_MAP)),
            Map.entry(MapType.XSKMAP, hs(REDIRECT_MAP, MAP_LOOKUP_ELEM)),
            Map.entry(MapType.ARRAY_OF_MAPS, hs(MAP_LOOKUP_ELEM)),
            Map.entry(MapType.HASH_OF_MAPS, hs(MAP_LOOKUP_ELEM)),
            Map.entry(MapType.SOCKMAP, hs(SK_REDIRECT_MAP, SOCK_MAP_UPDATE, MSG_REDIRECT_MAP, SK_SELECT_REUSEPORT,
                    MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM)),
            Map.entry(MapType.SOCKHASH, hs(SK_REDIRECT_HASH, SOCK_HASH_UPDATE, MSG_REDIRECT_HASH, SK_SELECT_REUSEPORT,
                    MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM)),
            Map.entry(MapType.REUSEPORT_SOCKARRAY, hs(SK_SELECT_REUSEPORT)),
            Map.entry(MapType.QUEUE, hs(MAP_PEEK_ELEM, MAP_POP_ELEM, MAP_PUSH_ELEM)),
            Map.entry(MapType.STACK, hs(MAP_PEEK_ELEM, MAP_POP_ELEM, MAP_PUSH_ELEM)),
            Map.entry(MapType.BLOOM_FILTER, hs(MAP_PEEK_ELEM, MAP_PUSH_ELEM)),
            Map.entry(MapType.SK_STORAGE, hs(SK_STORAGE_GET, SK_STORAGE_DELETE)),
            Map.entry(MapType.INODE_STORAGE, hs(INODE_STORAGE_GET, INODE_STORAGE_DELETE)),
            Map.entry(MapType.TASK_STORAGE, hs(TASK_STORAGE_GET, TASK_STORAGE_DELETE)),
            Map.entry(MapType.CGRP_STORAGE, hs(CGRP_STORAGE_GET, CGRP_STORAGE_DELETE))));

    /** Helpers that accept only some map types; the others accept any map not restricted above. */
    private static final Map<Helper, Set<MapType>> HELPER_TO_MAPS = new EnumMap<>(Map.ofEntries(
            Map.entry(TAIL_CALL, ms(MapType.PROG_ARRAY)),
            Map.entry(PERF_EVENT_READ, ms(MapType.PERF_EVENT_ARRAY)),
            Map.entry(PERF_EVENT_OUTPUT, ms(MapType.PERF_EVENT_ARRAY)),
            Map.entry(PERF_EVENT_READ_VALUE, ms(MapType.PERF_EVENT_ARRAY)),
            Map.entry(SKB_OUTPUT, ms(MapType.PERF_EVENT_ARRAY)),
            Map.entry(XDP_OUTPUT, ms(MapType.PERF_EVENT_ARRAY)),
            Map.entry(RINGBUF_OUTPUT, ms(MapType.RINGBUF)),
            Map.entry(RINGBUF_RESERVE, ms(MapType.RINGBUF)),
            Map.entry(RINGBUF_QUERY, ms(MapType.RINGBUF)),
            Map.entry(RINGBUF_RESERVE_DYNPTR, ms(MapType.RINGBUF)),
            Map.entry(USER_RINGBUF_DRAIN, ms(MapType.USER_RINGBUF)),
            Map.entry(GET_STACKID, ms(MapType.STACK_TRACE)),
            Map.entry(CURRENT_TASK_UNDER_CGROUP, ms(MapType.CGROUP_ARRAY)),
            Map.entry(SKB_UNDER_CGROUP, ms(MapType.CGROUP_ARRAY)),
            Map.entry(REDIRECT_MAP, ms(MapType.DEVMAP, MapType.DEVMAP_HASH, MapType.CPUMAP, MapType.XSKMAP)),
            Map.entry(SK_REDIRECT_MAP, ms(MapType.SOCKMAP)),
            Map.entry(MSG_REDIRECT_MAP, ms(MapType.SOCKMAP)),
            Map.entry(SOCK_MAP_UPDATE, ms(MapType.SOCKMAP)),
            Map.entry(SK_REDIRECT_HASH, ms(MapType.SOCKHASH)),
            Map.entry(MSG_REDIRECT_HASH, ms(MapType.SOCKHASH)),
            Map.entry(SOCK_HASH_UPDATE, ms(MapType.SOCKHASH)),
            Map.entry(GET_LOCAL_STORAGE, ms(MapType.CGROUP_STORAGE, MapType.PERCPU_CGROUP_STORAGE)),
            Map.entry(SK_SELECT_REUSEPORT, ms(MapType.REUSEPORT_SOCKARRAY, MapType.SOCKMAP, MapType.SOCKHASH)),
            Map.entry(MAP_POP_ELEM, ms(MapType.QUEUE, MapType.STACK)),
            Map.entry(MAP_PEEK_ELEM, ms(MapType.QUEUE, MapType.STACK, MapType.BLOOM_FILTER)),
            Map.entry(MAP_PUSH_ELEM, ms(MapType.QUEUE, MapType.STACK, MapType.BLOOM_FILTER)),
            Map.entry(MAP_LOOKUP_PERCPU_ELEM, ms(MapType.PERCPU_ARRAY, MapType.PERCPU_HASH, MapType.LRU_PERCPU_HASH)),
            Map.entry(SK_STORAGE_GET, ms(MapType.SK_STORAGE)),
            Map.entry(SK_STORAGE_DELETE, ms(MapType.SK_STORAGE)),
            Map.entry(INODE_STORAGE_GET, ms(MapType.INODE_STORAGE)),
            Map.entry(INODE_STORAGE_DELETE, ms(MapType.INODE_STORAGE)),
            Map.entry(TASK_STORAGE_GET, ms(MapType.TASK_STORAGE)),
            Map.entry(TASK_STORAGE_DELETE, ms(MapType.TASK_STORAGE)),
            Map.entry(CGRP_STORAGE_GET, ms(MapType.CGRP_STORAGE)),
            Map.entry(CGRP_STORAGE_DELETE, ms(MapType.CGRP_STORAGE))));

    /** Program types where bpf_map_update_elem and bpf_map_delete_elem may modify socket maps. */
    private static final Set<ProgramType> SOCKMAP_UPDATERS = EnumSet.of(ProgramType.SOCKET_FILTER,
            ProgramType.SCHED_CLS, ProgramType.SCHED_ACT, ProgramType.XDP, ProgramType.SK_REUSEPORT,
            ProgramType.FLOW_DISSECTOR, ProgramType.SK_LOOKUP);

    /** The helpers {@code map} may be passed to; empty when it is not restricted. */
    public static Set<Helper> helpersFor(MapType map) {
        return MAP_TO_HELPERS.getOrDefault(map, Set.of());
    }

    /** The map types {@code helper} accepts; empty when it is not restricted. */
    public static Set<MapType> mapsFor(Helper helper) {
        return HELPER_TO_MAPS.getOrDefault(helper, Set.of());
    }

    /** Whether the map type only works with some helpers. */
    public static boolean restricts(MapType map) {
        return MAP_TO_HELPERS.containsKey(map);
    }

    /** The compatibility of {@code helper} and {@code map}, program type aside. */
    public static Verdict check(Helper helper, MapType map) {
        return check(null, null, helper, map);
    }

    /** The compatibility of {@code helper} and {@code map} in a program of {@code type}. */
    public static Verdict check(ProgramType type, Helper helper, MapType map) {
        return check(type, null, helper, map);
    }

    /**
     * The compatibility of {@code helper} and {@code map} in a program of {@code type} loaded with
     * {@code expectedAttachType}; a null type skips the program-type-specific rules.
     */
    public static Verdict check(ProgramType type, AttachType expectedAttachType, Helper helper, MapType map) {
        return check(type, expectedAttachType, helper, map, 0);
    }

    /**
     * The compatibility of {@code helper} and {@code map} created with {@code mapFlags}, in the
     * order the kernel checks: the map argument itself (tail calls need a prog array, read-only maps
     * refuse writing helpers, socket maps refuse value-out arguments), then both compatibility
     * directions.
     */
    public static Verdict check(ProgramType type, AttachType expectedAttachType, Helper helper, MapType map,
                                int mapFlags) {
        if (helper == TAIL_CALL && map != MapType.PROG_ARRAY) {
            return new Verdict(false, List.of("expected prog array map for tail call"));
        }
        if (writesMap(helper) && isReadOnlyForPrograms(map, mapFlags)) {
            return new Verdict(false, List.of("write into map forbidden"));
        }
        if ((map == MapType.SOCKMAP || map == MapType.SOCKHASH)
                && helper.args().contains(ArgType.PTR_TO_UNINIT_MAP_VALUE)) {
            return new Verdict(false, List.of("invalid arg_type for sockmap/sockhash"));
        }
        Set<Helper> mapAllows = MAP_TO_HELPERS.get(map);
        if (mapAllows != null && !mapAllows.contains(helper)) {
            return reject(helper, map);
        }
        if ((map == MapType.SOCKMAP || map == MapType.SOCKHASH)
                && (helper == MAP_UPDATE_ELEM || helper == MAP_DELETE_ELEM) && type != null
                && !maySocketMapUpdate(type, expectedAttachType, helper)) {
            return new Verdict(false, List.of("cannot update sockmap in this context", cannotPass(helper, map)));
        }
        Set<MapType> helperAllows = HELPER_TO_MAPS.get(helper);
        if (helperAllows != null && !helperAllows.contains(map)) {
            return reject(helper, map);
        }
        return new Verdict(true, List.of());
    }

    /** Whether the helper modifies the map it is given (refused on maps read-only for programs). */
    public static boolean writesMap(Helper helper) {
        return helper == MAP_UPDATE_ELEM || helper == MAP_DELETE_ELEM || helper == MAP_PUSH_ELEM
                || helper == MAP_POP_ELEM;
    }

    /**
     * Whether programs may not modify a map of this type and flags: maps created with
     * {@code BPF_F_RDONLY_PROG}, and device maps, which the kernel always makes read-only for
     * programs.
     */
    public static boolean isReadOnlyForPrograms(MapType map, int mapFlags) {
        return (mapFlags & Flags.BPF_F_RDONLY_PROG) != 0 || map == MapType.DEVMAP || map == MapType.DEVMAP_HASH;
    }

    /**
     * What the value argument of bpf_map_update_elem must be for socket maps: the socket itself
     * (a sock_common, sock, tcp_sock or BTF socket pointer), not a pointer to memory. Null for
     * other maps, whose value argument points to value_size bytes.
     */
    public static String socketValueExpectation(MapType map) {
        return map == MapType.SOCKMAP || map == MapType.SOCKHASH
                ? "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_" : null;
    }

    /**
     * Whether a program of {@code type} may update ({@code helper} MAP_UPDATE_ELEM) or delete from
     * a SOCKMAP/SOCKHASH with the generic helpers. sock_ops programs may delete but must insert with
     * bpf_sock_map_update / bpf_sock_hash_update; iterators may do both.
     */
    public static boolean maySocketMapUpdate(ProgramType type, AttachType expectedAttachType, Helper helper) {
        if (SOCKMAP_UPDATERS.contains(type)) {
            return true;
        }
        if (type == ProgramType.SOCK_OPS) {
            return helper == MAP_DELETE_ELEM;
        }
        return type == ProgramType.TRACING && expectedAttachType == AttachType.TRACE_ITER;
    }

    /** The kernel's wording for an incompatible pair. */
    public static String cannotPass(Helper helper, MapType map) {
        return "cannot pass map_type " + map.id() + " into func " + helper.kernelName() + "#" + helper.id();
    }

    private static Verdict reject(Helper helper, MapType map) {
        return new Verdict(false, List.of(cannotPass(helper, map)));
    }
}
