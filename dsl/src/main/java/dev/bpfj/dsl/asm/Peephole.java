package dev.bpfj.dsl.asm;

import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jump clean-up on a program whose targets are still labels: thread jumps to jumps, invert a
 * conditional jump over an unconditional one, drop jumps to the next instruction and remove what
 * no path reaches. Structured code generation leaves exactly these patterns behind, and the kernel
 * rejects unreachable instructions outright.
 */
final class Peephole {
    record Result(List<Insn> insns, List<SourcePos> positions, Map<Integer, Relocation> relocations,
                  Map<String, Integer> labels, List<Program.Function> functions) {
    }

    private List<Insn> insns;
    private List<SourcePos> positions;
    private Map<Integer, Relocation> relocations;
    private final Map<String, Integer> labels;
    private List<Program.Function> functions;

    Peephole(List<Insn> insns, List<SourcePos> positions, Map<Integer, Relocation> relocations,
             Map<String, Integer> labels, List<Program.Function> functions) {
        this.insns = new ArrayList<>(insns);
        this.positions = new ArrayList<>(positions);
        this.relocations = new HashMap<>(relocations);
        this.labels = new HashMap<>(labels);
        this.functions = new ArrayList<>(functions);
    }

    /** The jump or call target of {@code insn}, or null when it has none. */
    static Target target(Insn insn) {
        return insn.branchTarget();
    }

    /** {@code insn} with its target replaced. */
    static Insn retarget(Insn insn, Target t) {
        return insn.withBranchTarget(t);
    }

    Result run() {
        for (int round = 0; round < 64; round++) {
            boolean changed = thread();
            changed |= invertOverJump();
            changed |= dropUseless();
            if (!changed) {
                break;
            }
        }
        return result();
    }

    Result result() {
        return new Result(insns, positions, relocations, labels, functions);
    }

    private int indexOf(Target t) {
        return t instanceof Target.Label l ? labels.getOrDefault(l.name(), -1) : -1;
    }

    private boolean isBranch(Insn insn) {
        return insn instanceof Insn.Jump || insn instanceof Insn.Ja || insn instanceof Insn.JaLong
                || insn instanceof Insn.MayGoto;
    }

    /** A jump to an unconditional jump goes straight to the final target. */
    private boolean thread() {
        boolean changed = false;
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            if (!isBranch(insn) || !(target(insn) instanceof Target.Label)) {
                continue;
            }
            Target t = target(insn);
            for (int hops = 0; hops < 8; hops++) {
                int at = indexOf(t);
                if (at < 0 || at >= insns.size() || !(insns.get(at) instanceof Insn.Ja next)
                        || !(next.target() instanceof Target.Label) || at == i) {
                    break;
                }
                t = next.target();
            }
            if (!t.equals(target(insn))) {
                insns.set(i, retarget(insn, t));
                changed = true;
            }
        }
        return changed;
    }

    /** {@code if c goto A; goto B; A:} becomes {@code if !c goto B; A:}. */
    private boolean invertOverJump() {
        BitSet targeted = targeted();
        boolean changed = false;
        for (int i = 0; i + 1 < insns.size(); i++) {
            if (insns.get(i) instanceof Insn.Jump j && j.op() != JmpOp.JSET
                    && insns.get(i + 1) instanceof Insn.Ja over && !targeted.get(i + 1)
                    && indexOf(j.target()) == i + 2 && over.target() instanceof Target.Label) {
                insns.set(i, new Insn.Jump(j.jmp32(), j.op().negate(), j.dst(), j.src(), over.target()));
                BitSet gone = new BitSet();
                gone.set(i + 1);
                remove(gone);
                targeted = targeted();
                changed = true;
            }
        }
        return changed;
    }

    /** Removes jumps to the next instruction and unreachable instructions. */
    private boolean dropUseless() {
        BitSet gone = new BitSet();
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            if ((insn instanceof Insn.Ja || insn instanceof Insn.Jump) && indexOf(target(insn)) == i + 1) {
                gone.set(i);
            }
            // if c goto T; goto T: the condition does not matter.
            if (insn instanceof Insn.Jump && i + 1 < insns.size() && insns.get(i + 1) instanceof Insn.Ja next
                    && indexOf(target(insn)) >= 0 && indexOf(target(insn)) == indexOf(next.target())) {
                gone.set(i);
            }
        }
        BitSet reached = reachable();
        for (int i = 0; i < insns.size(); i++) {
            if (!reached.get(i)) {
                gone.set(i);
            }
        }
        if (gone.isEmpty()) {
            return false;
        }
        remove(gone);
        return true;
    }

    private BitSet targeted() {
        BitSet b = new BitSet();
        for (Insn insn : insns) {
            int at = indexOf(target(insn));
            if (at >= 0) {
                b.set(at);
            }
        }
        return b;
    }

    private BitSet reachable() {
        BitSet seen = new BitSet();
        Deque<Integer> work = new ArrayDeque<>();
        work.push(0);
        for (Program.Function f : functions) {
            work.push(f.start());
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            if (i < 0 || i >= insns.size() || seen.get(i)) {
                continue;
            }
            seen.set(i);
            Insn insn = insns.get(i);
            switch (insn) {
                case Insn.Exit e -> {
                }
                case Insn.Ja j -> work.push(indexOf(j.target()));
                case Insn.JaLong j -> work.push(indexOf(j.target()));
                case Insn.Jump j -> {
                    work.push(i + 1);
                    work.push(indexOf(j.target()));
                }
                case Insn.MayGoto m -> {
                    work.push(i + 1);
                    work.push(indexOf(m.target()));
                }
                case Insn.CallLocal c -> {
                    work.push(i + 1);
                    work.push(indexOf(c.target()));
                }
                default -> work.push(i + 1);
            }
        }
        return seen;
    }

    void remove(BitSet gone) {
        if (gone.isEmpty()) {
            return;
        }
        int n = insns.size();
        int[] newIndex = new int[n + 1];
        int k = 0;
        List<Insn> keptInsns = new ArrayList<>();
        List<SourcePos> keptPos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            newIndex[i] = k;
            if (!gone.get(i)) {
                keptInsns.add(insns.get(i));
                keptPos.add(positions.get(i));
                k++;
            }
        }
        newIndex[n] = k;
        Map<Integer, Relocation> keptRelocs = new HashMap<>();
        relocations.forEach((i, r) -> {
            if (!gone.get(i)) {
                keptRelocs.put(newIndex[i], r);
            }
        });
        labels.replaceAll((name, i) -> i >= 0 && i <= n ? newIndex[i] : i);
        List<Program.Function> fns = new ArrayList<>();
        for (Program.Function f : functions) {
            fns.add(new Program.Function(f.name(), newIndex[f.start()]));
        }
        insns = keptInsns;
        positions = keptPos;
        relocations = keptRelocs;
        functions = fns;
    }
}
