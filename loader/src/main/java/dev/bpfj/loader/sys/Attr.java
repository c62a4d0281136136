package dev.bpfj.loader.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code union bpf_attr} each bpf(2) command uses, and the kernel structs the loader
 * reads or writes, as {@link StructLayout}s. Each command's layout ends at the last field bpfj
 * uses, so the kernel sees no tail bytes it might not know; buffers are always zeroed.
 *
 * <p>Field names are the C member names (with the C prefix of {@link #C_NAMES} in front, e.g.
 * {@code test.prog_fd}), which lets a test compare every offset with C {@code offsetof}.
 */
public final class Attr {
    private Attr() {
    }

    private record F(String name, int size) {
    }

    private static F u32(String n) {
        return new F(n, 4);
    }

    private static F u64(String n) {
        return new F(n, 8);
    }

    private static F u16(String n) {
        return new F(n, 2);
    }

    private static F bytes(String n, int size) {
        return new F(n, -size);
    }

    private static F pad(int size) {
        return new F(null, -size);
    }

    /** A struct of C fields with natural alignment, padding inserted where C would put it. */
    private static StructLayout struct(String name, F... fields) {
        List<MemoryLayout> out = new ArrayList<>();
        long at = 0;
        long maxAlign = 1;
        for (F f : fields) {
            int size = Math.abs(f.size);
            long align = f.size > 0 ? f.size : 1;
            maxAlign = Math.max(maxAlign, align);
            if (at % align != 0) {
                long p = align - at % align;
                out.add(MemoryLayout.paddingLayout(p));
                at += p;
            }
            MemoryLayout l = switch (f.size) {
                case 2 -> JAVA_SHORT;
                case 4 -> JAVA_INT;
                case 8 -> JAVA_LONG;
                default -> f.name == null ? MemoryLayout.paddingLayout(size)
                        : MemoryLayout.sequenceLayout(size, java.lang.foreign.ValueLayout.JAVA_BYTE);
            };
            out.add(f.name == null ? l : l.withName(f.name));
            at += size;
        }
        return MemoryLayout.structLayout(out.toArray(MemoryLayout[]::new)).withName(name);
    }

    /** Byte offset of {@code field} in {@code layout}. */
    public static long off(StructLayout layout, String field) {
        return layout.byteOffset(MemoryLayout.PathElement.groupElement(field));
    }

    /** A zeroed buffer for {@code layout}. */
    public static MemorySegment alloc(Arena arena, StructLayout layout) {
        return arena.allocate(layout); // Arena.allocate zero-fills
    }

    // ---- union bpf_attr, one part per command ------------------------------------------------

    public static final StructLayout MAP_CREATE = struct("BPF_MAP_CREATE",
            u32("map_type"), u32("key_size"), u32("value_size"), u32("max_entries"), u32("map_flags"),
            u32("inner_map_fd"), u32("numa_node"), bytes("map_name", 16), u32("map_ifindex"), u32("btf_fd"),
            u32("btf_key_type_id"), u32("btf_value_type_id"), u32("btf_vmlinux_value_type_id"),
            u64("map_extra"));

    /** BPF_MAP_LOOKUP_ELEM, UPDATE_ELEM, DELETE_ELEM, GET_NEXT_KEY, LOOKUP_AND_DELETE_ELEM, FREEZE. */
    public static final StructLayout MAP_ELEM = struct("BPF_MAP_*_ELEM",
            u32("map_fd"), u64("key"), u64("value"), u64("flags"));
    /** GET_NEXT_KEY names the third field {@code next_key}; same offset as {@code value}. */
    public static final long MAP_ELEM_NEXT_KEY = off(MAP_ELEM, "value");

    public static final StructLayout PROG_LOAD = struct("BPF_PROG_LOAD",
            u32("prog_type"), u32("insn_cnt"), u64("insns"), u64("license"), u32("log_level"), u32("log_size"),
            u64("log_buf"), u32("kern_version"), u32("prog_flags"), bytes("prog_name", 16), u32("prog_ifindex"),
            u32("expected_attach_type"), u32("prog_btf_fd"), u32("func_info_rec_size"), u64("func_info"),
            u32("func_info_cnt"), u32("line_info_rec_size"), u64("line_info"), u32("line_info_cnt"),
            u32("attach_btf_id"), u32("attach_prog_fd"), u32("core_relo_cnt"), u64("fd_array"),
            u64("core_relos"), u32("core_relo_rec_size"), u32("log_true_size"));

    /** BPF_OBJ_PIN and BPF_OBJ_GET. */
    public static final StructLayout OBJ = struct("BPF_OBJ_PIN/GET",
            u64("pathname"), u32("bpf_fd"), u32("file_flags"));

    /** BPF_PROG_ATTACH and BPF_PROG_DETACH. */
    public static final StructLayout PROG_ATTACH = struct("BPF_PROG_ATTACH/DETACH",
            u32("target_fd"), u32("attach_bpf_fd"), u32("attach_type"), u32("attach_flags"),
            u32("replace_bpf_fd"));

    public static final StructLayout TEST_RUN = struct("BPF_PROG_TEST_RUN",
            u32("test.prog_fd"), u32("test.retval"), u32("test.data_size_in"), u32("test.data_size_out"),
            u64("test.data_in"), u64("test.data_out"), u32("test.repeat"), u32("test.duration"),
            u32("test.ctx_size_in"), u32("test.ctx_size_out"), u64("test.ctx_in"), u64("test.ctx_out"),
            u32("test.flags"), u32("test.cpu"), u32("test.batch_size"));

    /** BPF_*_GET_NEXT_ID and BPF_*_GET_FD_BY_ID. */
    public static final StructLayout GET_ID = struct("BPF_*_GET_*_ID",
            u32("start_id"), u32("next_id"), u32("open_flags"));

    public static final StructLayout OBJ_INFO = struct("BPF_OBJ_GET_INFO_BY_FD",
            u32("info.bpf_fd"), u32("info.info_len"), u64("info.info"));

    public static final StructLayout PROG_QUERY = struct("BPF_PROG_QUERY",
            u32("query.target_fd"), u32("query.attach_type"), u32("query.query_flags"),
            u32("query.attach_flags"), u64("query.prog_ids"), u32("query.prog_cnt"),
            u64("query.prog_attach_flags"));

    public static final StructLayout LINK_CREATE = struct("BPF_LINK_CREATE",
            u32("link_create.prog_fd"), u32("link_create.target_fd"), u32("link_create.attach_type"),
            u32("link_create.flags"));

    public static final StructLayout LINK_UPDATE = struct("BPF_LINK_UPDATE",
            u32("link_update.link_fd"), u32("link_update.new_prog_fd"), u32("link_update.flags"),
            u32("link_update.old_prog_fd"));

    public static final StructLayout LINK_DETACH = struct("BPF_LINK_DETACH", u32("link_detach.link_fd"));

    // ---- info structs (BPF_OBJ_GET_INFO_BY_FD) ------------------------------------------------

    public static final StructLayout PROG_INFO = struct("struct bpf_prog_info",
            u32("type"), u32("id"), bytes("tag", 8), u32("jited_prog_len"), u32("xlated_prog_len"),
            u64("jited_prog_insns"), u64("xlated_prog_insns"), u64("load_time"), u32("created_by_uid"),
            u32("nr_map_ids"), u64("map_ids"), bytes("name", 16), u32("ifindex"), u32("gpl_compatible:1"),
            u64("netns_dev"), u64("netns_ino"), u32("nr_jited_ksyms"), u32("nr_jited_func_lens"),
            u64("jited_ksyms"), u64("jited_func_lens"), u32("btf_id"), u32("func_info_rec_size"),
            u64("func_info"), u32("nr_func_info"), u32("nr_line_info"), u64("line_info"),
            u64("jited_line_info"), u32("nr_jited_line_info"), u32("line_info_rec_size"),
            u32("jited_line_info_rec_size"), u32("nr_prog_tags"), u64("prog_tags"), u64("run_time_ns"),
            u64("run_cnt"), u64("recursion_misses"), u32("verified_insns"));

    public static final StructLayout MAP_INFO = struct("struct bpf_map_info",
            u32("type"), u32("id"), u32("key_size"), u32("value_size"), u32("max_entries"), u32("map_flags"),
            bytes("name", 16), u32("ifindex"), u32("btf_vmlinux_value_type_id"), u64("netns_dev"),
            u64("netns_ino"), u32("btf_id"), u32("btf_key_type_id"), u32("btf_value_type_id"));

    /** The common head of {@code struct bpf_link_info}; the per-kind parts follow at offset 16. */
    public static final StructLayout LINK_INFO = struct("struct bpf_link_info",
            u32("type"), u32("id"), u32("prog_id"), pad(4),
            u64("cgroup.cgroup_id"), u32("cgroup.attach_type"), pad(4));
    public static final StructLayout LINK_INFO_NETNS = struct("struct bpf_link_info",
            u32("type"), u32("id"), u32("prog_id"), pad(4), u32("netns.netns_ino"), u32("netns.attach_type"));
    public static final StructLayout LINK_INFO_SOCKMAP = struct("struct bpf_link_info",
            u32("type"), u32("id"), u32("prog_id"), pad(4), u32("sockmap.map_id"), u32("sockmap.attach_type"));

    /** Size of the info buffer the loader hands to BPF_OBJ_GET_INFO_BY_FD for links. */
    public static final long LINK_INFO_BUFFER = 64;

    // ---- test-run ctx and socket structs -----------------------------------------------------

    /** {@code struct bpf_sk_lookup}, the sk_lookup context passed to and from BPF_PROG_TEST_RUN. */
    public static final StructLayout SK_LOOKUP_CTX = struct("struct bpf_sk_lookup",
            u64("cookie"), u32("family"), u32("protocol"), u32("remote_ip4"), bytes("remote_ip6", 16),
            u16("remote_port"), pad(2), u32("local_ip4"), bytes("local_ip6", 16), u32("local_port"),
            u32("ingress_ifindex"), pad(4));

    /** {@code struct sockaddr_in}. */
    public static final StructLayout SOCKADDR_IN = struct("struct sockaddr_in",
            u16("sin_family"), u16("sin_port"), u32("sin_addr"), pad(8));

    /** {@code struct sockaddr_in6}. */
    public static final StructLayout SOCKADDR_IN6 = struct("struct sockaddr_in6",
            u16("sin6_family"), u16("sin6_port"), u32("sin6_flowinfo"), bytes("sin6_addr", 16),
            u32("sin6_scope_id"));

    /** {@code struct ifreq} with its {@code ifr_flags} member; 40 bytes on 64-bit Linux. */
    public static final StructLayout IFREQ = struct("struct ifreq",
            bytes("ifr_name", 16), u16("ifr_flags"), pad(22));

    /** Every layout, for the offsetof test: its C type and the expression prefix before a field name. */
    public static final Map<StructLayout, String> C_NAMES = cNames();

    private static Map<StructLayout, String> cNames() {
        Map<StructLayout, String> m = new LinkedHashMap<>();
        for (StructLayout l : List.of(MAP_CREATE, MAP_ELEM, PROG_LOAD, OBJ, PROG_ATTACH, TEST_RUN, GET_ID,
                OBJ_INFO, PROG_QUERY, LINK_CREATE, LINK_UPDATE, LINK_DETACH)) {
            m.put(l, "union bpf_attr");
        }
        m.put(PROG_INFO, "struct bpf_prog_info");
        m.put(MAP_INFO, "struct bpf_map_info");
        m.put(LINK_INFO, "struct bpf_link_info");
        m.put(LINK_INFO_NETNS, "struct bpf_link_info");
        m.put(LINK_INFO_SOCKMAP, "struct bpf_link_info");
        m.put(SK_LOOKUP_CTX, "struct bpf_sk_lookup");
        m.put(SOCKADDR_IN, "struct sockaddr_in");
        m.put(SOCKADDR_IN6, "struct sockaddr_in6");
        m.put(IFREQ, "struct ifreq");
        return Map.copyOf(m);
    }
}
