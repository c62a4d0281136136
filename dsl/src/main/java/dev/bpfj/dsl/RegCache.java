package dev.bpfj.dsl;

import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Target;
import dev.bpfj.dsl.asm.Asm;
import dev.bpfj.dsl.asm.Label;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which scratch registers hold which context-derived values at the current emission point,
 * followed along fall-through and forward jumps (the state at a label is what all its incoming
 * edges agree on). Lets a second comparison of the same field reuse the register instead of
 * loading and masking again. Only pure values (context loads and arithmetic on them) are kept;
 * calls, register writes and context stores forget what they may change.
 */
final class RegCache implements Asm.Listener {
    /** Contents at the current point; null when the point is unreachable (after a jump or exit). */
    private Map<Reg, Node> now = new EnumMap<>(Reg.class);
    private final Map<String, Map<Reg, Node>> atLabel = new HashMap<>();
    /** Labels that backward jumps may reach: nothing is known there. */
    private final Set<String> unknownAt = new HashSet<>();

    /** The register holding {@code n}, or null. */
    Reg find(Node n) {
        if (now == null) {
            return null;
        }
        for (Map.Entry<Reg, Node> e : now.entrySet()) {
            if (e.getValue().equals(n)) {
                return e.getKey();
            }
        }
        return null;
    }

    boolean holdsSomething(Reg r) {
        return now != null && now.containsKey(r);
    }

    /** Records that {@code r} now holds {@code n} (when {@code n} is pure). */
    void holds(Reg r, Node n) {
        if (now != null && pure(n) && !(n instanceof Node.Const)) {
            now.put(r, n);
        }
    }

    /** {@code l} may be reached by a backward jump. */
    void unknownAt(Label l) {
        unknownAt.add(l.name());
    }

    private static Map<Reg, Node> copy(Map<Reg, Node> m) {
        Map<Reg, Node> c = new EnumMap<>(Reg.class);
        c.putAll(m);
        return c;
    }

    static boolean pure(Node n) {
        return switch (n) {
            case Node.Const c -> true;
            case Node.CtxLoad c -> true;
            case Node.Bin b -> pure(b.a()) && pure(b.b());
            case Node.Swap s -> pure(s.a());
            case Node.Zext z -> pure(z.a());
            default -> false;
        };
    }

    @Override
    public void emitted(Insn insn) {
        if (now == null) {
            return;
        }
        // Local calls return here: only jumps carry register knowledge to their target.
        Target t = insn instanceof Insn.CallLocal ? null : insn.branchTarget();
        if (t instanceof Target.Label l) {
            Map<Reg, Node> snap = atLabel.get(l.name());
            if (snap == null) {
                atLabel.put(l.name(), copy(now));
            } else {
                snap.entrySet().removeIf(e -> !e.getValue().equals(now.get(e.getKey())));
            }
        }
        switch (insn) {
            case Insn.Alu a -> now.remove(a.dst());
            case Insn.Neg n -> now.remove(n.dst());
            case Insn.Endian e -> now.remove(e.dst());
            case Insn.Load l -> now.remove(l.dst());
            case Insn.LoadImm64 l -> now.remove(l.dst());
            case Insn.Atomic a -> {
                now.remove(a.src());
                now.remove(Reg.R0);
            }
            case Insn.Store s -> {
                if (s.dst() != Reg.R10) {
                    now.clear(); // a context (or map) store may change what a load yields
                }
            }
            case Insn.StoreReg s -> {
                if (s.dst() != Reg.R10) {
                    now.clear();
                }
            }
            case Insn.Call c -> now.clear();
            case Insn.CallLocal c -> now.clear();
            case Insn.CallKfunc c -> now.clear();
            case Insn.Callx c -> now.clear();
            case Insn.LoadAbs l -> now.clear();
            case Insn.LoadInd l -> now.clear();
            default -> {
            }
        }
        if (insn instanceof Insn.Ja || insn instanceof Insn.JaLong || insn instanceof Insn.Exit) {
            now = null;
        }
    }

    @Override
    public void bound(Label label) {
        Map<Reg, Node> snap = atLabel.remove(label.name());
        if (unknownAt.contains(label.name())) {
            now = new EnumMap<>(Reg.class);
        } else if (now == null) {
            now = snap == null ? new EnumMap<>(Reg.class) : copy(snap);
        } else if (snap != null) {
            now.entrySet().removeIf(e -> !e.getValue().equals(snap.get(e.getKey())));
        } else if (!now.isEmpty() && label.isNamed()) {
            now.clear();
        }
    }
}
