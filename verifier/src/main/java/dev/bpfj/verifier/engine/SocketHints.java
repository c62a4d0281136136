package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.CtxField;
import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.HelperAccess;
import dev.bpfj.core.abi.MapHelperCompat;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hints for the rejections socket programs meet (NULL sockets, references, socket maps, packet
 * pointers, helper availability, return codes), in the program's own terms: which instruction
 * produced the value, which map, which line. Where a value came from is found by walking back
 * over the instructions before the failing one (through register copies and stack spills); when
 * that finds nothing certain, {@link Hints} answers with its general hint.
 */
final class SocketHints {
    private SocketHints() {
    }

    private static final Pattern INVALID_MEM = Pattern.compile("R(\\d+) invalid mem access '([a-z_]+)'");
    private static final Pattern UNRELEASED = Pattern.compile("Unreleased reference id=(\\d+) alloc_insn=(\\d+)");
    private static final Pattern ARG_TYPE = Pattern.compile("R(\\d+) type=([a-z_]+) expected=(.*)");
    private static final Pattern CANNOT_PASS = Pattern.compile("cannot pass map_type (\\d+) into func (\\S+)#(\\d+)");
    private static final Pattern CANNOT_USE = Pattern.compile("program of this type cannot use helper (\\S+)#(\\d+)");
    private static final Pattern EXIT_RANGE = Pattern.compile(
            "At program exit the register R0 has (?:smin=(-?\\d+) smax=(-?\\d+)|unknown scalar value) should have been in \\[(-?\\d+), (-?\\d+)\\]");
    private static final Pattern PKT = Pattern.compile(
            "invalid access to packet, off=(-?\\d+) size=(\\d+), R(\\d+)\\(id=\\d+,off=(-?\\d+),r=(\\d+)\\)");
    private static final Pattern PTR_ARITH = Pattern.compile("R(\\d+) pointer arithmetic on ([a-z_]+) prohibited");
    private static final Pattern ZERO_SIZED = Pattern.compile("R(\\d+) invalid zero-sized read: u64=(\\[.*])");
    private static final Pattern CTX = Pattern.compile("invalid bpf_context access off=(-?\\d+) size=(\\d+)");
    private static final Pattern SOCK_ACCESS = Pattern.compile("R(\\d+) invalid (sock|sock_common|tcp_sock) access off=(-?\\d+) size=(\\d+)");

    /** Program types whose helper sets a socket hint names. */
    private static final List<ProgramType> SOCKET_TYPES = List.of(ProgramType.SK_LOOKUP, ProgramType.SK_REUSEPORT,
            ProgramType.SK_MSG, ProgramType.SOCK_OPS, ProgramType.SK_SKB, ProgramType.CGROUP_SKB,
            ProgramType.SCHED_CLS, ProgramType.XDP, ProgramType.SOCKET_FILTER, ProgramType.CGROUP_SOCK_ADDR);

    /** The hint, or null when the general one in {@link Hints} fits better. */
    static String hint(String msg, Program p, Cfg cfg, int insn) {
        if (insn < 0 || insn >= cfg.n || cfg.at[insn] == null) {
            // Not about one instruction: nothing to trace back from.
            return null;
        }
        Ctx c = new Ctx(p, cfg, insn);
        Matcher m;
        if ((m = INVALID_MEM.matcher(msg)).matches()) {
            return invalidMem(c, Integer.parseInt(m.group(1)), m.group(2));
        }
        if ((m = UNRELEASED.matcher(msg)).matches()) {
            int alloc = Integer.parseInt(m.group(2));
            String what = c.describe(alloc);
            return (what == null ? "the socket acquired at insn " + alloc : "the socket from " + what)
                    + " is not released on the path through " + c.line(insn) + ": call bpf_sk_release on it "
                    + "(after its NULL check) on every path before exit";
        }
        if ((m = ARG_TYPE.matcher(msg)).matches()) {
            return argType(c, Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        }
        if ((m = CANNOT_PASS.matcher(msg)).matches()) {
            return cannotPass(c, MapType.ofId(Integer.parseInt(m.group(1))), Helper.ofId(Integer.parseInt(m.group(3))));
        }
        if ((m = CANNOT_USE.matcher(msg)).matches()) {
            return cannotUse(p, Helper.ofId(Integer.parseInt(m.group(2))));
        }
        if (msg.equals("cannot update sockmap in this context")) {
            return cannotUpdate(c);
        }
        if (msg.contains("must be referenced when passed to release function")) {
            int o = c.origin(insn, 1);
            String what = o >= 0 ? c.describe(o) : null;
            return "r1 holds " + (what == null ? "a socket the program did not acquire" : what)
                    + ", which the kernel owns: bpf_sk_release takes only sockets the program acquired "
                    + "(bpf_sk_lookup_tcp/udp, bpf_skc_lookup_tcp, sockmap or sockhash lookups); remove this call";
        }
        if ((m = EXIT_RANGE.matcher(msg)).matches()) {
            String now = m.group(1) == null ? "any value"
                    : m.group(1).equals(m.group(2)) ? m.group(1) : "between " + m.group(1) + " and " + m.group(2);
            return verdicts(p, m.group(3), m.group(4)) + ", but r0 can be " + now + " at the exit on " + c.line(insn)
                    + ": set r0 to one of them on every path";
        }
        if ((m = PKT.matcher(msg)).matches()) {
            long off = Long.parseLong(m.group(1));
            long end = off + Long.parseLong(m.group(2));
            String r = "r" + m.group(3);
            long range = Long.parseLong(m.group(5));
            if (off < 0) {
                return "the access starts " + -off + (off == -1 ? " byte" : " bytes") + " before the packet data " + r + " points to: "
                        + "packet reads must stay at or after data";
            }
            String proven = range == 0 ? "no bounds check covers " + r + " on this path"
                    : "only " + range + " bytes from " + r + " are proven to be in the packet";
            return "this access needs bytes " + off + ".." + (end - 1) + " from " + r + ", but " + proven
                    + ": compare " + r + " + " + end + " with data_end (if " + r + " + " + end
                    + " > data_end, skip the access) before it";
        }
        if ((m = PTR_ARITH.matcher(msg)).matches()) {
            String t = m.group(2);
            if (t.startsWith("sock") || t.equals("tcp_sock")) {
                return "r" + m.group(1) + " is a socket pointer, which cannot be moved: read its fields at fixed "
                        + "offsets (*(u32 *)(r" + m.group(1) + " + 4)) and pass it unchanged to helpers";
            }
            if (t.equals("pkt_end")) {
                return "data_end cannot be moved: add the offset to the data pointer instead (r = data; r += N; "
                        + "if r > data_end ...)";
            }
            return null;
        }
        if ((m = ZERO_SIZED.matcher(msg)).matches()) {
            return "the size in r" + m.group(1) + " can be 0 here (its range is " + m.group(2) + "): check that it is "
                    + "at least 1 and at most the buffer's size before the call";
        }
        if ((m = CTX.matcher(msg)).matches()) {
            return ctxAccess(c, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = SOCK_ACCESS.matcher(msg)).matches()) {
            CtxLayout l = switch (m.group(2)) {
                case "sock" -> CtxLayout.bpfSock();
                case "sock_common" -> CtxLayout.sockCommon();
                default -> CtxLayout.tcpSock();
            };
            int off = Integer.parseInt(m.group(3));
            CtxField f = off >= 0 ? l.fieldAt(off) : null;
            String more = m.group(2).equals("sock_common")
                    ? "; a sock_common pointer shows only the connection fields: get the full socket with "
                    + "bpf_sk_fullsock first" : "";
            return "struct " + l.structName() + " through a " + m.group(2) + " pointer has "
                    + (f == null ? "no readable field at offset " + off : "field " + f.name() + " at offset "
                    + f.offset() + ", read with " + sizes(f.readSizes()) + "-byte loads") + more;
        }
        return null;
    }

    // ---- NULL pointers, released sockets, invalidated packet pointers -------------------------

    private static String invalidMem(Ctx c, int reg, String type) {
        String r = "r" + reg;
        if (type.endsWith("_or_null")) {
            int o = c.origin(c.insn, reg);
            String why = o >= 0 ? c.whyNull(o) : null;
            if (why == null) {
                return null;
            }
            return r + " may be NULL here: " + why + "; test " + r + " (if " + r + " == 0 goto ...) before use";
        }
        if (type.equals("scalar")) {
            return stalePointer(c, reg);
        }
        if (type.equals("pkt_end")) {
            return r + " is data_end, which marks the end of the packet and cannot be read: read through data "
                    + "after checking data + size <= data_end";
        }
        return null;
    }

    /** A register that held a socket or packet pointer, invalidated by a call in between. */
    private static String stalePointer(Ctx c, int reg) {
        String r = "r" + reg;
        int o = c.origin(c.insn, reg);
        if (o < 0) {
            return null;
        }
        Insn at = c.cfg.at[o];
        boolean socket = at instanceof Insn.Call call && Helper.ofId(call.helper()) != null
                && producesSocket(c, o, Helper.ofId(call.helper()));
        boolean packet = at instanceof Insn.Load l && c.ctxField(l) != null
                && c.ctxField(l).kind().name().startsWith("PTR_TO_PACKET");
        for (int s = o + 1; s < c.insn; s++) {
            if (!(c.cfg.at[s] instanceof Insn.Call call)) {
                continue;
            }
            Helper h = Helper.ofId(call.helper());
            if (h == null) {
                continue;
            }
            if (socket && h.releasesReference()) {
                return r + " held the socket from " + c.describe(o) + ", released by " + h.kernelName() + " on "
                        + c.line(s) + ": a released socket cannot be used; read what you need before releasing it";
            }
            if (packet && h.changesPacketData()) {
                return r + " pointed into the packet (" + c.line(o) + "), but " + h.kernelName() + " on " + c.line(s)
                        + " invalidates every packet pointer: load data and data_end from the context again "
                        + "after the call and repeat the bounds check";
            }
        }
        return null;
    }

    private static boolean producesSocket(Ctx c, int callSlot, Helper h) {
        if (h.acquiresReference()) {
            return true;
        }
        if (h == Helper.MAP_LOOKUP_ELEM) {
            MapSpec m = c.mapArg(callSlot, 1);
            return m != null && (m.type() == MapType.SOCKMAP || m.type() == MapType.SOCKHASH);
        }
        return false;
    }

    // ---- Helper arguments ----------------------------------------------------------------------

    private static String argType(Ctx c, int reg, String type, String expected) {
        Helper h = c.cfg.at[c.insn] instanceof Insn.Call call ? Helper.ofId(call.helper()) : null;
        if (h == null) {
            return null;
        }
        String r = "r" + reg;
        String fn = h.kernelName();
        if (type.endsWith("_or_null")) {
            int o = c.origin(c.insn, reg);
            String why = o >= 0 ? c.whyNull(o) : null;
            return r + " may be NULL here" + (why == null ? "" : ": " + why) + "; test " + r
                    + " (if " + r + " == 0 goto ...) before passing it to " + fn;
        }
        boolean wantsSocket = expected.startsWith("sock") || expected.equals("sock");
        if (wantsSocket && type.equals("scalar") && h.releasesReference()) {
            return fn + " needs a socket in " + r + ", but " + r + " holds a number here: the socket was already "
                    + "released on this path (a release invalidates every copy of it) or " + r
                    + " was overwritten; release each socket exactly once";
        }
        if (wantsSocket && type.equals("scalar")) {
            return fn + " needs a socket in " + r + ", but " + r + " holds a number: pass a socket from a lookup "
                    + "(after its NULL check) or from the context";
        }
        if (wantsSocket && type.equals("map_value")) {
            int o = c.origin(c.insn, reg);
            MapSpec m = o >= 0 && c.cfg.at[o] instanceof Insn.Call ? c.mapArg(o, 1) : null;
            return r + " points to a value of " + (m == null ? "a map that holds data" : "the " + m.type().shortName()
                    + " '" + m.name() + "'") + ", not a socket: " + fn + " needs a socket; keep sockets in a sockmap "
                    + "or sockhash and look them up there";
        }
        if (wantsSocket && type.equals("fp") && h == Helper.MAP_UPDATE_ELEM) {
            return "bpf_map_update_elem on a sockmap or sockhash takes the socket itself as the value (a socket "
                    + "pointer such as the context's sk or a looked-up socket), not stack memory";
        }
        if (!wantsSocket && type.startsWith("sock") && h == Helper.MAP_UPDATE_ELEM) {
            MapSpec m = c.mapArg(c.insn, 1);
            return "the value of bpf_map_update_elem" + (m == null ? "" : " on the " + m.type().shortName() + " '"
                    + m.name() + "'") + " is a pointer to memory holding it, not a socket: only sockmap and sockhash "
                    + "take sockets from programs";
        }
        if (expected.equals("map_ptr")) {
            return "argument " + r + " of " + fn + " must be a map, loaded with '" + r + " = MAP ll', but it holds "
                    + words(type);
        }
        if (expected.equals("ctx")) {
            return "argument " + r + " of " + fn + " must be the context pointer the program started with in r1 "
                    + "(keep a copy in r6-r9 across calls), but it holds " + words(type);
        }
        if (wantsSocket) {
            return "argument " + r + " of " + fn + " must be a socket, but it holds " + words(type);
        }
        if (expected.startsWith("fp")) {
            return "argument " + r + " of " + fn + " must point to memory (the stack, a map value or checked packet "
                    + "data), but it holds " + words(type);
        }
        return null;
    }

    private static String words(String type) {
        return switch (type) {
            case "scalar" -> "a number";
            case "ctx" -> "the context pointer";
            case "fp" -> "a stack pointer";
            case "map_value" -> "a map value pointer";
            case "map_ptr" -> "a map";
            case "sock", "sock_common", "tcp_sock" -> "a socket (" + type + ")";
            case "pkt" -> "a packet pointer";
            case "pkt_end" -> "data_end";
            default -> type;
        };
    }

    // ---- Maps and helpers ----------------------------------------------------------------------

    private static String cannotPass(Ctx c, MapType mt, Helper h) {
        if (mt == null || h == null) {
            return null;
        }
        MapSpec spec = c.mapArg(c.insn, h.name().startsWith("MAP_") ? 1 : 2);
        String named = (spec == null ? "this map" : "'" + spec.name() + "'") + " is " + a(mt.shortName());
        List<String> maps = new ArrayList<>();
        for (MapType t : MapHelperCompat.mapsFor(h)) {
            maps.add(t.shortName());
        }
        if (!maps.isEmpty() && !maps.contains(mt.shortName())) {
            // The helper takes only some map types: name them, and the helper that takes this one.
            Helper other = counterpart(h);
            String alt = other != null && MapHelperCompat.mapsFor(other).contains(mt)
                    ? ", or call " + other.kernelName() + ", which takes " + a(mt.shortName()) : "";
            return h.kernelName() + " takes " + a(String.join(" or ", maps)) + " map, but " + named
                    + ": declare it as " + maps.getFirst() + alt;
        }
        if (MapHelperCompat.restricts(mt)) {
            return a(mt.shortName()) + " map works only with " + helperList(MapHelperCompat.helpersFor(mt)) + "; "
                    + h.kernelName() + " cannot take it (" + named + ")";
        }
        return null;
    }

    private static String a(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** The sockmap helper for a sockhash one and back. */
    private static Helper counterpart(Helper h) {
        return switch (h) {
            case MSG_REDIRECT_MAP -> Helper.MSG_REDIRECT_HASH;
            case MSG_REDIRECT_HASH -> Helper.MSG_REDIRECT_MAP;
            case SK_REDIRECT_MAP -> Helper.SK_REDIRECT_HASH;
            case SK_REDIRECT_HASH -> Helper.SK_REDIRECT_MAP;
            case SOCK_MAP_UPDATE -> Helper.SOCK_HASH_UPDATE;
            case SOCK_HASH_UPDATE -> Helper.SOCK_MAP_UPDATE;
            default -> null;
        };
    }

    private static String helperList(java.util.Collection<Helper> hs) {
        List<String> names = new ArrayList<>();
        for (Helper h : hs) {
            names.add(h.kernelName());
        }
        names.sort(null);
        return String.join(", ", names);
    }

    private static String cannotUse(Program p, Helper h) {
        if (h == null) {
            return null;
        }
        String type = p.type().shortName();
        if (p.type() == ProgramType.SK_LOOKUP && (h == Helper.SK_LOOKUP_TCP || h == Helper.SK_LOOKUP_UDP
                || h == Helper.SKC_LOOKUP_TCP)) {
            return "sk_lookup programs do not look sockets up by tuple: keep the sockets in a sockmap or sockhash, "
                    + "take one with bpf_map_lookup_elem and select it with bpf_sk_assign";
        }
        List<String> where = new ArrayList<>();
        for (ProgramType t : SOCKET_TYPES) {
            if (HelperAccess.allowed(t, null, h) || HelperAccess.allowed(t, t.defaultExpectedAttachType(), h)) {
                where.add(t.shortName());
            }
        }
        if (h == Helper.SK_RELEASE) {
            return type + " programs acquire no socket references, so they have nothing to release: the sockets "
                    + "they see (the context's sk) belong to the kernel; remove the bpf_sk_release call";
        }
        return h.kernelName() + " is not available to " + type + " programs"
                + (where.isEmpty() ? "" : "; it is to " + String.join(", ", where) + " programs")
                + ": use a helper " + type + " programs may call";
    }

    private static String cannotUpdate(Ctx c) {
        Helper h = c.cfg.at[c.insn] instanceof Insn.Call call ? Helper.ofId(call.helper()) : null;
        MapSpec m = c.mapArg(c.insn, 1);
        String map = m == null ? "a sockmap or sockhash" : "the " + m.type().shortName() + " '" + m.name() + "'";
        List<String> may = new ArrayList<>();
        for (ProgramType t : SOCKET_TYPES) {
            if (MapHelperCompat.maySocketMapUpdate(t, null, h == null ? Helper.MAP_UPDATE_ELEM : h)) {
                may.add(t.shortName());
            }
        }
        String type = c.p.type().shortName();
        String ops = c.p.type() == ProgramType.SOCK_OPS && h == Helper.MAP_UPDATE_ELEM
                ? "; sock_ops programs add sockets with bpf_sock_map_update or bpf_sock_hash_update" : "";
        return type + " programs cannot change " + map + " with " + (h == null ? "this helper" : h.kernelName())
                + (may.isEmpty() ? "" : " (" + String.join(", ", may) + " programs can)") + ops;
    }

    /** The verdicts a type may return, in its own words. */
    private static String verdicts(Program p, String lo, String hi) {
        return switch (p.type()) {
            case SK_LOOKUP, SK_REUSEPORT, SK_MSG, SK_SKB -> p.type().shortName()
                    + " programs must return SK_PASS (1) or SK_DROP (0)";
            case CGROUP_SKB -> hi.equals("3") ? "cgroup_skb egress programs must return 0..3 (bit 0: allow, "
                    + "bit 1: congestion notification)" : "cgroup_skb programs must return 1 (allow) or 0 (drop)";
            default -> p.type().shortName() + " programs must return a value between " + lo + " and " + hi;
        };
    }

    // ---- Context ------------------------------------------------------------------------------

    private static String ctxAccess(Ctx c, int off, int size) {
        CtxLayout l = CtxLayout.of(c.p.type(), c.p.expectedAttachType());
        if (l == null || off < 0 || off >= l.size()) {
            return null;
        }
        CtxField f = l.fieldAt(off);
        Insn at = c.cfg.at[c.insn];
        boolean write = at instanceof Insn.StoreReg || at instanceof Insn.Store || at instanceof Insn.Atomic;
        String type = c.p.type().shortName();
        if (f == null) {
            return "there is no field at offset " + off + " of struct " + l.structName() + " (the " + type
                    + " context): use a field's offset";
        }
        String fld = "field " + f.name() + " of struct " + l.structName() + " (offset " + f.offset() + ", "
                + f.size() + " bytes)";
        if (write) {
            if (!f.writable()) {
                List<String> w = new ArrayList<>();
                for (CtxField x : l.fields()) {
                    if (x.writable() && x.availableWith(effective(c.p))) {
                        w.add(x.name());
                    }
                }
                return fld + " is read-only for " + type + " programs"
                        + (w.isEmpty() ? ": their whole context is read-only" : "; writable: " + String.join(", ", w));
            }
            return fld + " is written with " + sizes(f.writeSizes()) + "-byte stores at its offset";
        }
        if (!f.readable()) {
            return fld + " cannot be read by " + type + " programs";
        }
        if (!f.availableWith(effective(c.p))) {
            return fld + " is readable only with expected attach type "
                    + f.onlyWith().stream().map(AttachType::kernelName).sorted().toList();
        }
        if (f.kind().isPointer()) {
            return fld + " is a pointer: load it whole, r = *(u64 *)(r1 + " + f.offset() + ")";
        }
        if (!f.readSizes().contains(size)) {
            return fld + " is read with " + sizes(f.readSizes()) + "-byte loads, not " + size + ": e.g. r = *(u"
                    + f.readSizes().stream().max(Integer::compare).orElse(4) * 8 + " *)(r1 + " + f.offset() + ")";
        }
        return fld + ": " + (f.readInside() ? "a load inside it must be aligned to its size and end inside the field"
                : "load it from its start, offset " + f.offset());
    }

    private static AttachType effective(Program p) {
        return p.expectedAttachType() != null ? p.expectedAttachType() : p.type().defaultExpectedAttachType();
    }

    private static String sizes(java.util.Set<Integer> s) {
        List<Integer> l = new ArrayList<>(s);
        l.sort(null);
        List<String> out = new ArrayList<>();
        for (int x : l) {
            out.add(Integer.toString(x));
        }
        return String.join("/", out);
    }

    // ---- Where values come from ------------------------------------------------------------------

    /** {@link Ctx#origin} for a register untouched since the program's start: START - register. */
    private static final int START = -1000;

    /** The program with its slot tables, and the failing slot. */
    private record Ctx(Program p, Cfg cfg, int insn) {
        /** "line N" of the source, or "insn N" when the program has no positions. */
        String line(int slot) {
            if (slot >= 0 && slot < cfg.n && cfg.listIndex[slot] >= 0) {
                SourcePos pos = p.position(cfg.listIndex[slot]);
                if (pos.isKnown()) {
                    return "line " + pos.line();
                }
            }
            return "insn " + slot;
        }

        /**
         * The slot of the instruction that produced the value of {@code reg} just before
         * {@code at}, walking back through copies and stack spills; {@link #START} minus the
         * register when it is the value the program started with; -1 when unknown (another write,
         * a call clobbering it, a function's start).
         */
        int origin(int at, int reg) {
            int fn = cfg.subprogOf(Math.max(0, Math.min(at, cfg.n - 1)));
            int start = cfg.subprogStarts[fn];
            int stackOff = Integer.MIN_VALUE;
            for (int s = at - 1; s >= start; s--) {
                Insn i = cfg.at[s];
                if (i == null) {
                    continue;
                }
                if (stackOff != Integer.MIN_VALUE) {
                    if (i instanceof Insn.StoreReg st && st.dst() == Reg.R10 && st.off() == stackOff
                            && st.size().bytes() == 8) {
                        reg = st.src().number();
                        stackOff = Integer.MIN_VALUE;
                    }
                    continue;
                }
                int r = reg;
                if (i instanceof Insn.Alu a && a.dst().number() == r) {
                    if (a.alu64() && a.op() == AluOp.MOV && a.src() instanceof Reg src) {
                        reg = src.number();
                    } else {
                        return -1;
                    }
                } else if (i instanceof Insn.Load l && l.dst().number() == r) {
                    if (l.src() == Reg.R10 && l.size().bytes() == 8) {
                        stackOff = l.off();
                    } else {
                        return s;
                    }
                } else if (i instanceof Insn.LoadImm64 l && l.dst().number() == r) {
                    return s;
                } else if (i instanceof Insn.Call) {
                    if (r == 0) {
                        return s;
                    }
                    if (r <= 5) {
                        return -1;
                    }
                } else if (i instanceof Insn.CallLocal && r <= 5) {
                    return -1;
                }
            }
            // The program's first instruction: r1 is the context there.
            return fn == 0 && stackOff == Integer.MIN_VALUE ? START - reg : -1;
        }

        /** The map loaded into argument register {@code reg} of the call at {@code callSlot}. */
        MapSpec mapArg(int callSlot, int reg) {
            int o = origin(callSlot, reg);
            return o >= 0 && cfg.at[o] instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.MAP_FD ? cfg.mapAt[o] : null;
        }

        /** The context field a load reads, when its base register holds the program's context. */
        CtxField ctxField(Insn.Load l) {
            CtxLayout layout = CtxLayout.of(p.type(), p.expectedAttachType());
            int slot = slotOf(l);
            if (layout == null || slot < 0 || origin(slot, l.src().number()) != START - 1) {
                return null;
            }
            CtxField f = l.off() >= 0 ? layout.fieldAt(l.off()) : null;
            return f != null && f.offset() == l.off() ? f : null;
        }

        private int slotOf(Insn i) {
            for (int s = 0; s < cfg.n; s++) {
                if (cfg.at[s] == i) {
                    return s;
                }
            }
            return -1;
        }

        /** What the instruction at {@code slot} produced, in words; null when not known. */
        String describe(int slot) {
            Insn i = cfg.at[slot];
            if (i instanceof Insn.Call call) {
                Helper h = Helper.ofId(call.helper());
                if (h == null) {
                    return null;
                }
                if (h == Helper.MAP_LOOKUP_ELEM) {
                    MapSpec m = mapArg(slot, 1);
                    if (m != null) {
                        return "bpf_map_lookup_elem on the " + m.type().shortName() + " '" + m.name() + "' ("
                                + line(slot) + ")";
                    }
                }
                return h.kernelName() + " (" + line(slot) + ")";
            }
            if (i instanceof Insn.Load l && l.size().bytes() == 8) {
                CtxField f = ctxField(l);
                if (f != null && f.kind().isPointer()) {
                    return "the context's " + f.name() + " field (" + line(slot) + ")";
                }
            }
            return null;
        }

        /** Why the value produced at {@code slot} may be NULL; null when not known. */
        String whyNull(int slot) {
            String what = describe(slot);
            if (what == null) {
                return null;
            }
            Insn i = cfg.at[slot];
            if (i instanceof Insn.Call call) {
                Helper h = Helper.ofId(call.helper());
                if (h == Helper.MAP_LOOKUP_ELEM) {
                    MapSpec m = mapArg(slot, 1);
                    boolean sock = m != null && (m.type() == MapType.SOCKMAP || m.type() == MapType.SOCKHASH);
                    return what + " returns NULL when " + (sock ? "the slot is empty" : "the key is absent");
                }
                if (h == Helper.SK_LOOKUP_TCP || h == Helper.SK_LOOKUP_UDP || h == Helper.SKC_LOOKUP_TCP) {
                    return what + " returns NULL when no socket matches the tuple";
                }
                return what + " may return NULL";
            }
            if (what.contains("migrating_sk")) {
                return what + " is NULL unless the kernel is migrating a socket";
            }
            return what + " is NULL when there is no socket";
        }
    }
}
