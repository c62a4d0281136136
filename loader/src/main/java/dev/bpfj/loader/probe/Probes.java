package dev.bpfj.loader.probe;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.MapTypeRules;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.core.abi.Errno;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks the running kernel what it supports: program types, map types, helpers per program type,
 * link kinds. Each answer is {@link Support#SUPPORTED}, {@link Support#UNSUPPORTED} or
 * {@link Support#UNKNOWN} (the probe could not tell, e.g. without privileges, or the type needs
 * BTF the probe does not provide), with a sentence saying why, and is cached for the process.
 *
 * <p>Probes only load minimal programs and create tiny maps, closed at once; link probes pass an
 * invalid target fd, so nothing is ever attached.
 */
public final class Probes {
    private Probes() {
    }

    /** A probe's verdict. */
    public enum Support {
        SUPPORTED, UNSUPPORTED, UNKNOWN
    }

    /** A verdict with the reason. */
    public record Result(Support support, String detail) {
        public boolean supported() {
            return support == Support.SUPPORTED;
        }

        static Result yes(String d) {
            return new Result(Support.SUPPORTED, d);
        }

        static Result no(String d) {
            return new Result(Support.UNSUPPORTED, d);
        }

        static Result unknown(String d) {
            return new Result(Support.UNKNOWN, d);
        }
    }

    private static final Map<String, Result> CACHE = new ConcurrentHashMap<>();

    /** Forgets cached answers (after a kernel change, or in tests). */
    public static void clearCache() {
        CACHE.clear();
    }

    private static final Set<ProgramType> NEEDS_BTF_TARGET = EnumSet.of(ProgramType.TRACING, ProgramType.EXT,
            ProgramType.LSM, ProgramType.STRUCT_OPS);

    /** The expected attach type a minimal program of {@code t} loads with. */
    static AttachType loadAttachType(ProgramType t) {
        if (t.defaultExpectedAttachType() != null) {
            return t.defaultExpectedAttachType();
        }
        if (t.requiresExpectedAttachType() && !t.expectedAttachTypes().isEmpty()) {
            return t.expectedAttachTypes().iterator().next();
        }
        return null;
    }

    private static Program minimal(ProgramType t, AttachType at, List<Insn> body) {
        return Program.of("probe_" + t.shortName(), t, at, body);
    }

    /** Whether the kernel knows program type {@code t}. */
    public static Result programType(ProgramType t) {
        return CACHE.computeIfAbsent("prog:" + t, k -> probeProgramType(t));
    }

    private static Result probeProgramType(ProgramType t) {
        if (t == ProgramType.UNSPEC) {
            return Result.no("not a program type");
        }
        if (NEEDS_BTF_TARGET.contains(t) || t == ProgramType.SYSCALL) {
            return Result.unknown("loading a " + t.shortName() + " program needs a BTF attach target or "
                    + "load flags a type probe does not provide");
        }
        LoadResult r = ProgramLoader.tryLoad(minimal(t, loadAttachType(t), List.of(Insn.mov64(Reg.R0, 0),
                Insn.exit())), LogOptions.DEFAULT);
        if (r.accepted()) {
            return Result.yes("a minimal program loads");
        }
        return switch (r.errno()) {
            case Errno.EPERM -> Result.unknown("EPERM: probing needs root (or CAP_BPF and CAP_NET_ADMIN)");
            case Errno.EINVAL -> r.log().isEmpty() ? Result.no("EINVAL before verification: the kernel does not "
                    + "know this program type (or its expected attach type)")
                    : Result.yes("the verifier ran: " + r.keyLine());
            default -> Result.yes("the verifier ran (" + r.errnoName() + ": " + r.keyLine() + ")");
        };
    }

    /** Whether the kernel can create maps of type {@code t}. */
    public static Result mapType(MapType t) {
        return CACHE.computeIfAbsent("map:" + t, k -> probeMapType(t));
    }

    static int smallest(MapTypeRules.SizeRule rule) {
        if (!rule.exact().isEmpty()) {
            return rule.exact().stream().min(Integer::compare).orElse(0);
        }
        int m = Math.max(rule.min(), 0);
        int step = Math.max(1, rule.multipleOf());
        return ((m + step - 1) / step) * step;
    }

    private static Result probeMapType(MapType t) {
        if (t == MapType.UNSPEC) {
            return Result.no("not a map type");
        }
        MapTypeRules rules = MapTypeRules.of(t);
        if (rules.needsBtf()) {
            return Result.unknown(t.shortName() + " maps need BTF key/value types, which the probe does not load");
        }
        int entries = switch (rules.maxEntries()) {
            case ZERO -> 0;
            case PAGE_POWER_OF_TWO -> 4096;
            case POSITIVE, ANY -> 1;
        };
        MapSpec spec = new MapSpec("probe", t, smallest(rules.key()), smallest(rules.value()), entries,
                rules.requiredFlags(), rules.needsInnerMap() ? MapSpec.of("inner", MapType.ARRAY, 4, 4, 1) : null);
        try {
            LoadedMap.create(spec).close();
            return Result.yes("a map was created");
        } catch (BpfException e) {
            return switch (e.errno()) {
                case Errno.EPERM -> Result.unknown("EPERM: probing needs root (or CAP_BPF)");
                case Errno.EINVAL -> Result.no("EINVAL: the kernel does not know this map type");
                case Errno.EOPNOTSUPP, Errno.ENOTSUPP -> Result.no(e.errnoName() + ": not supported by this kernel");
                default -> Result.unknown(e.errnoName() + " creating a minimal map");
            };
        }
    }

    /** Whether programs of type {@code t} may call {@code h} on this kernel. */
    public static Result helper(ProgramType t, Helper h) {
        return CACHE.computeIfAbsent("helper:" + t + ":" + h, k -> probeHelper(t, h));
    }

    private static Result probeHelper(ProgramType t, Helper h) {
        Result type = programType(t);
        if (type.support() != Support.SUPPORTED) {
            return new Result(type.support(), "program type " + t.shortName() + ": " + type.detail());
        }
        LoadResult r = ProgramLoader.tryLoad(minimal(t, loadAttachType(t), List.of(Insn.call(h.id()),
                Insn.mov64(Reg.R0, 0), Insn.exit())), new LogOptions(1, false, true, 4096, 1 << 20));
        if (r.accepted()) {
            return Result.yes("a call loads");
        }
        String log = r.log();
        if (log.contains("invalid func ") || log.contains("unknown func ")
                || log.contains("program of this type cannot use helper")) {
            return Result.no(r.keyLine());
        }
        if (r.errno() == Errno.EPERM) {
            return Result.unknown("EPERM: probing needs root");
        }
        if (log.isEmpty()) {
            return Result.unknown(r.errnoName() + " with an empty log");
        }
        // Any other complaint (argument types, GPL, return value) means the call itself was allowed.
        return Result.yes("the verifier accepted the call and went on: " + r.keyLine());
    }

    /** All helpers known to bpfj, for {@code t}. */
    public static Map<Helper, Result> helpers(ProgramType t) {
        Map<Helper, Result> out = new LinkedHashMap<>();
        for (Helper h : Helper.values()) {
            if (h != Helper.UNSPEC) {
                out.put(h, helper(t, h));
            }
        }
        return out;
    }

    /** Attach types whose links target an fd (netns, cgroup, sockmap): the link kinds {@link #linkKind} probes. */
    public static List<AttachType> linkKinds() {
        return List.of(AttachType.SK_LOOKUP, AttachType.SK_MSG_VERDICT, AttachType.SK_SKB_STREAM_VERDICT,
                AttachType.SK_SKB_STREAM_PARSER, AttachType.SK_SKB_VERDICT, AttachType.CGROUP_INET_INGRESS,
                AttachType.CGROUP_INET_EGRESS, AttachType.CGROUP_SOCK_OPS, AttachType.CGROUP_INET4_CONNECT,
                AttachType.FLOW_DISSECTOR);
    }

    /**
     * Whether BPF_LINK_CREATE supports {@code at}: links a minimal program to fd -1. EBADF means the
     * kernel went on to look up the target, so links of this kind exist; EINVAL means it refused the
     * attach type. Nothing is attached either way.
     */
    public static Result linkKind(AttachType at) {
        return CACHE.computeIfAbsent("link:" + at, k -> probeLinkKind(at));
    }

    private static Result probeLinkKind(AttachType at) {
        ProgramType type = null;
        for (ProgramType t : ProgramType.values()) {
            if (t.attachTypes().contains(at)) {
                type = t;
                break;
            }
        }
        if (type == null || !linkKinds().contains(at)) {
            return Result.unknown("bpfj probes links whose target is an fd: " + linkKinds());
        }
        AttachType loadAs = type.acceptsExpectedAttachType(at) ? at : loadAttachType(type);
        Program p = minimal(type, loadAs, List.of(Insn.mov64(Reg.R0, 0), Insn.exit()));
        LoadedProgram prog;
        try {
            prog = ProgramLoader.load(p);
        } catch (BpfException e) {
            return Result.unknown("cannot load a " + type.shortName() + " program: " + e.errnoName());
        }
        try (prog) {
            Link l = Link.create(prog, -1, at, 0, "fd -1");
            l.close();
            return Result.yes("linked to fd -1 (unexpected)");
        } catch (BpfException e) {
            return switch (e.errno()) {
                case Errno.EBADF -> Result.yes("the kernel looked up the target fd");
                case Errno.EINVAL -> Result.no("EINVAL: no links for " + at.kernelName() + " on this kernel");
                case Errno.EPERM -> Result.unknown("EPERM: probing needs root");
                default -> Result.unknown(e.errnoName());
            };
        }
    }
}
