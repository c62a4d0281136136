package dev.bpfj.core.abi;

import static dev.bpfj.core.abi.CtxValueKind.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The data behind {@link CtxLayout}: uapi offsets and sizes, and the access rules Linux 6.18
 * applies per program type (as observed by loading one access per offset, size and direction).
 */
final class CtxTables {
    private CtxTables() {
    }

    /** Builder for one field; a row of the tables below. */
    private static final class F {
        final String name;
        final int offset;
        final int size;
        Set<Integer> read = Set.of();
        boolean readInside;
        Set<Integer> write = Set.of();
        boolean writeInside;
        CtxByteOrder order = CtxByteOrder.HOST;
        CtxValueKind kind = SCALAR;
        Set<AttachType> only = Set.of();
        List<String> aliases = List.of();

        F(String name, int offset, int size) {
            this.name = name;
            this.offset = offset;
            this.size = size;
        }

        /** Readable with these sizes at the field's offset only. */
        F r(Integer... sizes) {
            read = Set.of(sizes);
            return this;
        }

        /** Readable with these sizes at any aligned offset inside the field. */
        F rn(Integer... sizes) {
            read = Set.of(sizes);
            readInside = true;
            return this;
        }

        F w(Integer... sizes) {
            write = Set.of(sizes);
            return this;
        }

        F wn(Integer... sizes) {
            write = Set.of(sizes);
            writeInside = true;
            return this;
        }

        F net() {
            order = CtxByteOrder.NETWORK;
            return this;
        }

        F yields(CtxValueKind k) {
            kind = k;
            return this;
        }

        F only(AttachType... types) {
            only = Set.of(types);
            return this;
        }

        F alias(String... names) {
            aliases = List.of(names);
            return this;
        }

        F noRead() {
            read = Set.of();
            readInside = false;
            return this;
        }

        CtxField build() {
            return new CtxField(name, offset, size, read, readInside, write, writeInside, order, kind, only, aliases);
        }
    }

    private static F f(String name, int offset, int size) {
        return new F(name, offset, size);
    }

    private static CtxLayout layout(String struct, int size, String access, F... fs) {
        List<CtxField> out = new ArrayList<>();
        for (F x : fs) {
            out.add(x.build());
        }
        return new CtxLayout(struct, size, Collections.unmodifiableList(out), access);
    }

    // ---- struct bpf_sk_lookup: read-only; narrow loads everywhere except sk.
    static final CtxLayout SK_LOOKUP = layout("bpf_sk_lookup", 72, "bpf_context",
            f("sk", 0, 8).r(8).yields(PTR_TO_SOCKET_OR_NULL).alias("cookie"),
            f("family", 8, 4).rn(1, 2, 4),
            f("protocol", 12, 4).rn(1, 2, 4),
            f("remote_ip4", 16, 4).rn(1, 2, 4).net(),
            f("remote_ip6", 20, 16).rn(1, 2, 4).net(),
            // A 4-byte load of the 2-byte port stays allowed for programs written before the
            // field shrank; the padding behind it reads as zero.
            f("remote_port", 36, 2).rn(1, 2, 4).net(),
            f("(padding)", 38, 2).rn(1, 2),
            f("local_ip4", 40, 4).rn(1, 2, 4).net(),
            f("local_ip6", 44, 16).rn(1, 2, 4).net(),
            f("local_port", 60, 4).rn(1, 2, 4),
            f("ingress_ifindex", 64, 4).rn(1, 2, 4));

    // ---- struct sk_reuseport_md: read-only.
    static final CtxLayout SK_REUSEPORT = layout("sk_reuseport_md", 56, "bpf_context",
            f("data", 0, 8).r(8).yields(PTR_TO_PACKET),
            f("data_end", 8, 8).r(8).yields(PTR_TO_PACKET_END),
            f("len", 16, 4).rn(1, 2, 4),
            // skb->protocol is 2 bytes: byte loads are refused.
            f("eth_protocol", 20, 4).rn(2, 4).net(),
            f("ip_protocol", 24, 4).rn(1, 2, 4),
            f("bind_inany", 28, 4).rn(1, 2, 4),
            f("hash", 32, 4).r(4),
            f("sk", 40, 8).r(8).yields(PTR_TO_SOCKET),
            // Readable with either reuseport attach type; NULL unless the kernel is migrating.
            f("migrating_sk", 48, 8).r(8).yields(PTR_TO_SOCK_COMMON_OR_NULL));

    // ---- struct sk_msg_md: read-only ctx (packet data itself is writable); 4-byte scalars.
    static final CtxLayout SK_MSG = layout("sk_msg_md", 80, "bpf_context",
            f("data", 0, 8).r(8).yields(PTR_TO_PACKET),
            f("data_end", 8, 8).r(8).yields(PTR_TO_PACKET_END),
            f("family", 16, 4).r(4),
            f("remote_ip4", 20, 4).r(4).net(),
            f("local_ip4", 24, 4).r(4).net(),
            f("remote_ip6", 28, 16).rn(4).net(),
            f("local_ip6", 44, 16).rn(4).net(),
            f("remote_port", 60, 4).r(4).net(),
            f("local_port", 64, 4).r(4),
            f("size", 68, 4).r(4),
            f("sk", 72, 8).r(8).yields(PTR_TO_SOCKET));

    // ---- struct bpf_sock_ops: 4-byte loads; reply and sk_txhash writable.
    static final CtxLayout SOCK_OPS = layout("bpf_sock_ops", 224, "bpf_context",
            f("op", 0, 4).r(4),
            f("args", 4, 16).rn(4).w(4).alias("reply", "replylong"),
            f("family", 20, 4).r(4),
            f("remote_ip4", 24, 4).r(4).net(),
            f("local_ip4", 28, 4).r(4).net(),
            f("remote_ip6", 32, 16).rn(4).net(),
            f("local_ip6", 48, 16).rn(4).net(),
            f("remote_port", 64, 4).r(4).net(),
            f("local_port", 68, 4).r(4),
            f("is_fullsock", 72, 4).r(4),
            f("snd_cwnd", 76, 4).r(4),
            f("srtt_us", 80, 4).r(4),
            f("bpf_sock_ops_cb_flags", 84, 4).r(4),
            f("state", 88, 4).r(4),
            f("rtt_min", 92, 4).r(4),
            f("snd_ssthresh", 96, 4).r(4),
            f("rcv_nxt", 100, 4).r(4),
            f("snd_nxt", 104, 4).r(4),
            f("snd_una", 108, 4).r(4),
            f("mss_cache", 112, 4).r(4),
            f("ecn_flags", 116, 4).r(4),
            f("rate_delivered", 120, 4).r(4),
            f("rate_interval_us", 124, 4).r(4),
            f("packets_out", 128, 4).r(4),
            f("retrans_out", 132, 4).r(4),
            f("total_retrans", 136, 4).r(4),
            f("segs_in", 140, 4).r(4),
            f("data_segs_in", 144, 4).r(4),
            f("segs_out", 148, 4).r(4),
            f("data_segs_out", 152, 4).r(4),
            f("lost_out", 156, 4).r(4),
            f("sacked_out", 160, 4).r(4),
            f("sk_txhash", 164, 4).r(4).w(4),
            f("bytes_received", 168, 8).r(8),
            f("bytes_acked", 176, 8).r(8),
            f("sk", 184, 8).r(8).yields(PTR_TO_SOCKET_OR_NULL),
            f("skb_data", 192, 8).r(8).yields(PTR_TO_PACKET),
            f("skb_data_end", 200, 8).r(8).yields(PTR_TO_PACKET_END),
            f("skb_len", 208, 4).r(4),
            f("skb_tcp_flags", 212, 4).r(1, 2, 4),
            f("skb_hwtstamp", 216, 8).r(8));

    // ---- struct xdp_md: 4-byte loads only, read-only.
    static final CtxLayout XDP = layout("xdp_md", 24, "bpf_context",
            f("data", 0, 4).r(4).yields(PTR_TO_PACKET),
            f("data_end", 4, 4).r(4).yields(PTR_TO_PACKET_END),
            f("data_meta", 8, 4).r(4).yields(PTR_TO_PACKET_META),
            f("ingress_ifindex", 12, 4).r(4),
            f("rx_queue_index", 16, 4).r(4),
            f("egress_ifindex", 20, 4).r(4).only(AttachType.XDP_DEVMAP));

    // ---- struct bpf_sock through a socket pointer (full socket).
    private static F[] bpfSockFields(boolean common) {
        List<F> l = new ArrayList<>(List.of(
                f("bound_dev_if", 0, 4).r(4),
                f("family", 4, 4).r(1, 2, 4),
                f("type", 8, 4).r(1, 2, 4),
                f("protocol", 12, 4).r(1, 2, 4),
                f("mark", 16, 4).r(4),
                f("priority", 20, 4).r(4),
                f("src_ip4", 24, 4).rn(1, 2, 4).net(),
                f("src_ip6", 28, 16).rn(1, 2, 4).net(),
                f("src_port", 44, 4).r(1, 2, 4),
                // 2-byte field; a 4-byte load at its offset is allowed, the padding is not.
                f("dst_port", 48, 2).rn(1, 2, 4).net(),
                f("dst_ip4", 52, 4).rn(1, 2, 4).net(),
                f("dst_ip6", 56, 16).rn(1, 2, 4).net(),
                f("state", 72, 4).r(1, 2, 4),
                f("rx_queue_mapping", 76, 4).r(1, 2, 4)));
        if (common) {
            // A request or timewait socket has no type, protocol, mark or priority.
            for (F x : l) {
                if (List.of("type", "protocol", "mark", "priority").contains(x.name)) {
                    x.noRead();
                }
            }
        }
        return l.toArray(F[]::new);
    }

    static final CtxLayout BPF_SOCK = layout("bpf_sock", 80, "sock", bpfSockFields(false));
    static final CtxLayout SOCK_COMMON = layout("bpf_sock", 80, "sock_common", bpfSockFields(true));

    // ---- struct bpf_tcp_sock through PTR_TO_TCP_SOCK: 4-byte loads, the two counters 8-byte.
    static final CtxLayout TCP_SOCK = layout("bpf_tcp_sock", 112, "tcp_sock",
            f("snd_cwnd", 0, 4).r(4),
            f("srtt_us", 4, 4).r(4),
            f("rtt_min", 8, 4).r(4),
            f("snd_ssthresh", 12, 4).r(4),
            f("rcv_nxt", 16, 4).r(4),
            f("snd_nxt", 20, 4).r(4),
            f("snd_una", 24, 4).r(4),
            f("mss_cache", 28, 4).r(4),
            f("ecn_flags", 32, 4).r(4),
            f("rate_delivered", 36, 4).r(4),
            f("rate_interval_us", 40, 4).r(4),
            f("packets_out", 44, 4).r(4),
            f("retrans_out", 48, 4).r(4),
            f("total_retrans", 52, 4).r(4),
            f("segs_in", 56, 4).r(4),
            f("data_segs_in", 60, 4).r(4),
            f("segs_out", 64, 4).r(4),
            f("data_segs_out", 68, 4).r(4),
            f("lost_out", 72, 4).r(4),
            f("sacked_out", 76, 4).r(4),
            f("bytes_received", 80, 8).r(8),
            f("bytes_acked", 88, 8).r(8),
            f("dsack_dups", 96, 4).r(4),
            f("delivered", 100, 4).r(4),
            f("delivered_ce", 104, 4).r(4),
            f("icsk_retransmits", 108, 4).r(4));

    // ---- struct bpf_sock as the context of cgroup_sock programs: which fields exist depends on
    // the hook (creation and release can set the device, mark and priority; post_bind sees the
    // bound address).
    static final CtxLayout CGROUP_SOCK;

    static {
        AttachType create = AttachType.CGROUP_INET_SOCK_CREATE;
        AttachType release = AttachType.CGROUP_INET_SOCK_RELEASE;
        AttachType bind4 = AttachType.CGROUP_INET4_POST_BIND;
        AttachType bind6 = AttachType.CGROUP_INET6_POST_BIND;
        F[] fs = bpfSockFields(false);
        for (F x : fs) {
            switch (x.name) {
                case "bound_dev_if", "mark", "priority" -> x.w(4).only(create, release);
                case "src_ip4" -> x.only(bind4);
                case "src_ip6" -> x.only(bind6);
                case "src_port" -> x.only(bind4, bind6);
                default -> { }
            }
        }
        CGROUP_SOCK = layout("bpf_sock", 80, "bpf_context", fs);
    }

    // ---- struct __sk_buff, per program type.
    private enum Skb { SOCKET_FILTER, TC, CGROUP_SKB, SK_SKB }

    private static CtxLayout skb(Skb t) {
        boolean tc = t == Skb.TC;
        boolean cg = t == Skb.CGROUP_SKB;
        boolean sk = t == Skb.SK_SKB;
        boolean sf = t == Skb.SOCKET_FILTER;
        List<F> l = new ArrayList<>();
        l.add(f("len", 0, 4).rn(1, 2, 4));
        l.add(f("pkt_type", 4, 4).rn(1, 2, 4));
        F mark = f("mark", 8, 4).rn(1, 2, 4);
        if (sk) {
            mark.noRead();
        }
        if (tc || cg) {
            mark.w(4);
        }
        l.add(mark);
        F queue = f("queue_mapping", 12, 4).rn(1, 2, 4);
        if (tc) {
            queue.w(4);
        }
        l.add(queue);
        l.add(f("protocol", 16, 4).rn(1, 2, 4).net());
        l.add(f("vlan_present", 20, 4).rn(1, 2, 4));
        l.add(f("vlan_tci", 24, 4).rn(1, 2, 4));
        l.add(f("vlan_proto", 28, 4).rn(1, 2, 4).net());
        F prio = f("priority", 32, 4).rn(1, 2, 4);
        if (!sf) {
            prio.w(4);
        }
        l.add(prio);
        l.add(f("ingress_ifindex", 36, 4).rn(1, 2, 4));
        l.add(f("ifindex", 40, 4).rn(1, 2, 4));
        F tcIndex = f("tc_index", 44, 4).rn(1, 2, 4);
        if (tc || sk) {
            tcIndex.w(4);
        }
        l.add(tcIndex);
        F cb = f("cb", 48, 20).rn(1, 2, 4, 8);
        if (!sk) {
            cb.wn(1, 2, 4, 8);
        }
        l.add(cb);
        l.add(f("hash", 68, 4).rn(1, 2, 4));
        F classid = f("tc_classid", 72, 4);
        if (tc) {
            classid.rn(1, 2, 4).w(4);
        }
        l.add(classid);
        F data = f("data", 76, 4).yields(PTR_TO_PACKET);
        F dataEnd = f("data_end", 80, 4).yields(PTR_TO_PACKET_END);
        if (!sf) {
            data.r(4);
            dataEnd.r(4);
        }
        l.add(data);
        l.add(dataEnd);
        l.add(f("napi_id", 84, 4).rn(1, 2, 4));
        // The socket fields are for socket-level types only.
        boolean sockFields = cg || sk;
        List<F> sock = List.of(
                f("family", 88, 4).rn(1, 2, 4),
                f("remote_ip4", 92, 4).r(4).net(),
                f("local_ip4", 96, 4).r(4).net(),
                f("remote_ip6", 100, 16).rn(4).net(),
                f("local_ip6", 116, 16).rn(4).net(),
                f("remote_port", 132, 4).rn(1, 2, 4).net(),
                f("local_port", 136, 4).rn(1, 2, 4));
        for (F x : sock) {
            if (!sockFields) {
                x.noRead();
            }
            l.add(x);
        }
        F meta = f("data_meta", 140, 4).yields(PTR_TO_PACKET_META);
        if (tc) {
            meta.r(4);
        }
        l.add(meta);
        l.add(f("flow_keys", 144, 8).yields(PTR_TO_FLOW_KEYS));
        F tstamp = f("tstamp", 152, 8);
        if (tc || cg) {
            tstamp.r(8).w(8);
        }
        l.add(tstamp);
        F wire = f("wire_len", 160, 4);
        if (tc) {
            wire.rn(1, 2, 4);
        }
        l.add(wire);
        l.add(f("gso_segs", 164, 4).rn(1, 2, 4));
        l.add(f("sk", 168, 8).r(8).yields(PTR_TO_SOCK_COMMON_OR_NULL));
        l.add(f("gso_size", 176, 4).rn(1, 2, 4));
        F tstampType = f("tstamp_type", 180, 1);
        if (tc) {
            tstampType.r(1);
        }
        l.add(tstampType);
        F hw = f("hwtstamp", 184, 8);
        if (tc || cg) {
            hw.r(8);
        }
        l.add(hw);
        return layout("__sk_buff", 192, "bpf_context", l.toArray(F[]::new));
    }

    static final CtxLayout SKB_SOCKET_FILTER = skb(Skb.SOCKET_FILTER);
    static final CtxLayout SKB_TC = skb(Skb.TC);
    static final CtxLayout SKB_CGROUP = skb(Skb.CGROUP_SKB);
    static final CtxLayout SKB_SK_SKB = skb(Skb.SK_SKB);

    /** The context layout of {@code type}, or null. */
    static CtxLayout layout(ProgramType type) {
        return switch (type) {
            case SK_LOOKUP -> SK_LOOKUP;
            case SK_REUSEPORT -> SK_REUSEPORT;
            case SK_MSG -> SK_MSG;
            case SOCK_OPS -> SOCK_OPS;
            case SK_SKB -> SKB_SK_SKB;
            case CGROUP_SKB -> SKB_CGROUP;
            case SOCKET_FILTER -> SKB_SOCKET_FILTER;
            case SCHED_CLS, SCHED_ACT -> SKB_TC;
            case XDP -> XDP;
            case CGROUP_SOCK -> CGROUP_SOCK;
            default -> null;
        };
    }

    /** The attach type the kernel assumes when the load names none. */
    static AttachType effectiveAttach(ProgramType type, AttachType attach) {
        if (attach == null && type == ProgramType.CGROUP_SOCK) {
            return AttachType.CGROUP_INET_SOCK_CREATE;
        }
        return attach;
    }

    /** Every layout bpfj has, for tests and listings. */
    static List<CtxLayout> all() {
        return List.of(SK_LOOKUP, SK_REUSEPORT, SK_MSG, SOCK_OPS, XDP, BPF_SOCK, SOCK_COMMON, TCP_SOCK,
                CGROUP_SOCK, SKB_SOCKET_FILTER, SKB_TC, SKB_CGROUP, SKB_SK_SKB);
    }

}
