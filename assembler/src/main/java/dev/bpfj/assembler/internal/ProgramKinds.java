package dev.bpfj.assembler.internal;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.abi.SectionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code type=} and {@code attach=} words of {@code .program}, and program sections of
 * LLVM-style text. The words are bpfj syntax; each names an ELF section in libbpf's convention
 * ({@code sk_reuseport_migrate} is {@code sk_reuseport/migrate}), from which the program type and
 * expected attach type follow.
 */
public final class ProgramKinds {
    private ProgramKinds() {
    }

    /** A program type with its expected attach type (null when the type needs none). */
    public record Kind(ProgramType type, AttachType attach, String section) {
    }

    /** The names {@code type=} documents, for suggestions. */
    public static final List<String> TYPE_WORDS = List.of("sk_lookup", "sk_reuseport", "sk_reuseport_migrate",
            "sk_msg", "sk_skb", "sock_ops", "cgroup_skb", "socket_filter", "sched_cls", "xdp");

    /**
     * Resolves {@code type=} and {@code attach=} (null when absent). Returns null with the reason
     * in {@code why[0]} when the combination means nothing.
     */
    public static Kind ofTypeWord(String type, String attach, String[] why) {
        String t = type.toLowerCase(Locale.ROOT);
        String a = attach == null ? null : attach.toLowerCase(Locale.ROOT);
        // The section each documented word stands for, in libbpf's spelling.
        String base = switch (t) {
            case "sk_reuseport_migrate" -> "sk_reuseport/migrate";
            case "sock_ops", "sockops" -> "sockops";
            case "socket_filter", "socket" -> "socket";
            case "sched_cls", "tc" -> "tc";
            case "sk_lookup", "sk_reuseport", "sk_msg", "sk_skb", "cgroup_skb", "xdp" -> t;
            default -> null;
        };
        ProgramType pt = base != null ? null : ProgramType.ofShortName(t);
        if (base == null && (pt == null || pt == ProgramType.UNSPEC)) {
            List<String> all = new ArrayList<>(TYPE_WORDS);
            for (ProgramType p : ProgramType.values()) {
                all.add(p.shortName());
            }
            why[0] = "unknown program type '" + type + "'" + Names.suggest(t, all);
            return null;
        }
        Kind k = base == null ? null : ofSection(base);
        if (pt == null) {
            pt = k != null ? k.type() : ProgramType.ofShortName(t);
        }
        if (a == null) {
            return k != null ? new Kind(k.type(), k.attach(), null) : new Kind(pt, null, null);
        }
        // attach= is a short word of the type's sections (cgroup_skb attach=ingress) or any attach type.
        if (base != null) {
            Kind sub = ofSection(base + "/" + a);
            if (sub != null && sub.type() == pt && !SectionNames.parse(base + "/" + a).get().legacy()) {
                return new Kind(sub.type(), sub.attach(), null);
            }
        }
        AttachType at = AttachType.ofShortName(a);
        if (at == null) {
            List<String> words = new ArrayList<>(attachWords(t));
            for (AttachType x : AttachType.values()) {
                words.add(x.shortName());
            }
            why[0] = "unknown attach type '" + attach + "' for " + type + Names.suggest(a, words);
            return null;
        }
        return new Kind(pt, at, null);
    }

    private static List<String> attachWords(String type) {
        return switch (type) {
            case "cgroup_skb" -> List.of("ingress", "egress");
            case "sk_skb" -> List.of("stream_verdict", "stream_parser", "verdict");
            case "sk_reuseport" -> List.of("migrate");
            default -> List.of();
        };
    }

    /**
     * The program kind an ELF section name stands for, in libbpf's convention (core's
     * {@link SectionNames}), or null when the section is no program section.
     */
    public static Kind ofSection(String section) {
        return SectionNames.parse(section).map(k -> new Kind(k.type(), k.expectedAttachType(), section)).orElse(null);
    }

    /** Every section name libbpf knows, for suggestions. */
    public static List<String> sectionNames() {
        List<String> out = new ArrayList<>();
        for (SectionNames.Entry e : SectionNames.ENTRIES) {
            out.add(e.base());
        }
        return out;
    }
}
