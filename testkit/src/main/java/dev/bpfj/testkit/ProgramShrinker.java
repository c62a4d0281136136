package dev.bpfj.testkit;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Smaller variants of a {@link Program}, simplest first, for greedy shrinking with
 * {@link Property#shrink}: whole local functions removed, blocks of instructions removed (halves,
 * quarters, ... single instructions), calls replaced by {@code r0 = 0}, conditional jumps made
 * unconditional, immediates simplified towards 0. Every candidate is well-formed enough for the
 * kernel to judge it on its merits: labels and relocations are moved with the instructions, each
 * function still ends in {@code exit} or a jump, every jump lands inside the program, and maps no
 * instruction refers to any more are dropped.
 *
 * <p>Jumps written with labels survive removals; jumps with resolved offsets are left alone (a
 * removal between such a jump and its target changes where it goes, which the caller's property
 * then judges like any other candidate).
 */
public final class ProgramShrinker {
    private ProgramShrinker() {
    }

    /** Candidates smaller or simpler than {@code p}, lazily, simplest first. */
    public static Stream<Program> candidates(Program p) {
        List<Supplier<Stream<Program>>> steps = List.of(
                () -> dropFunctions(p),
                () -> removals(p),
                () -> simplifications(p));
        return steps.stream().flatMap(Supplier::get).filter(ProgramShrinker::wellFormed);
    }

    /** Each local function removed, with every call of it. */
    private static Stream<Program> dropFunctions(Program p) {
        List<int[]> regions = functionRegions(p);
        return IntStream.range(0, p.functions().size()).mapToObj(k -> {
            Program.Function fn = p.functions().get(k);
            int[] reg = regions.get(k + 1);
            int len = reg[1] - reg[0];
            List<Integer> calls = new ArrayList<>();
            for (int i = 0; i < p.insns().size(); i++) {
                if ((i < reg[0] || i >= reg[1]) && p.insns().get(i) instanceof Insn.CallLocal(Target.Label(String name))
                        && name.equals(fn.name())) {
                    calls.add(i < reg[0] ? i : i - len);
                }
            }
            Program q = remove(p, reg[0], reg[1]);
            for (int j = calls.size() - 1; j >= 0; j--) {
                q = remove(q, calls.get(j), calls.get(j) + 1);
            }
            return q;
        });
    }

    private static Stream<Program> removals(Program p) {
        int n = p.insns().size();
        List<Integer> chunks = new ArrayList<>();
        for (int c = n / 2; c >= 1; c /= 2) {
            chunks.add(c);
        }
        return chunks.stream().flatMap(c -> IntStream.iterate(0, i -> i + c <= n, i -> i + c)
                .mapToObj(i -> remove(p, i, i + c)));
    }

    private static Stream<Program> simplifications(Program p) {
        return IntStream.range(0, p.insns().size()).boxed().flatMap(i -> simpler(p.insns().get(i)).stream()
                .map(s -> replace(p, i, s)));
    }

    /** Simpler forms of one instruction. */
    private static List<Insn> simpler(Insn insn) {
        List<Insn> out = new ArrayList<>();
        switch (insn) {
            case Insn.Jump j -> {
                out.add(new Insn.Ja(j.target()));
                if (j.src() instanceof Imm(int v) && v != 0) {
                    out.add(new Insn.Jump(j.jmp32(), j.op(), j.dst(), new Imm(0), j.target()));
                    if (Math.abs(v) > 1) {
                        out.add(new Insn.Jump(j.jmp32(), j.op(), j.dst(), new Imm(v / 2), j.target()));
                    }
                }
            }
            case Insn.Alu a -> {
                if (a.src() instanceof Imm(int v) && v != 0) {
                    out.add(new Insn.Alu(a.alu64(), a.op(), a.dst(), new Imm(0)));
                    if (Math.abs(v) > 1) {
                        out.add(new Insn.Alu(a.alu64(), a.op(), a.dst(), new Imm(v / 2)));
                    }
                }
            }
            case Insn.Store s -> {
                if (s.imm() != 0) {
                    out.add(new Insn.Store(s.size(), s.dst(), s.off(), 0));
                }
            }
            case Insn.LoadImm64 l -> {
                if (l.src() == PseudoSrc.NONE && l.imm() != 0) {
                    out.add(Insn.mov64(l.dst(), 0));
                }
            }
            case Insn.Call c -> out.add(Insn.mov64(Reg.R0, 0));
            case Insn.CallLocal c -> out.add(Insn.mov64(Reg.R0, 0));
            default -> { }
        }
        return out;
    }

    /** {@code p} with instruction {@code i} replaced by {@code by}, relocations of {@code i} dropped when it is no longer a map load. */
    public static Program replace(Program p, int i, Insn by) {
        List<Insn> insns = new ArrayList<>(p.insns());
        insns.set(i, by);
        List<Relocation> relocs = new ArrayList<>();
        for (Relocation r : p.relocations()) {
            if (r.insn() != i || by instanceof Insn.LoadImm64 l && l.src() != PseudoSrc.NONE) {
                relocs.add(r);
            }
        }
        return normalize(p, insns, p.labels(), relocs, p.functions());
    }

    /** {@code p} without instructions {@code [from, to)}: labels, relocations and functions follow. */
    public static Program remove(Program p, int from, int to) {
        int len = to - from;
        List<Insn> insns = new ArrayList<>(p.insns().subList(0, from));
        insns.addAll(p.insns().subList(to, p.insns().size()));
        Map<String, Integer> labels = new HashMap<>();
        for (var e : p.labels().entrySet()) {
            int v = e.getValue();
            labels.put(e.getKey(), v < from ? v : v < to ? from : v - len);
        }
        List<Relocation> relocs = new ArrayList<>();
        for (Relocation r : p.relocations()) {
            if (r.insn() < from) {
                relocs.add(r);
            } else if (r.insn() >= to) {
                relocs.add(new Relocation(r.insn() - len, r.kind(), r.symbol(), r.offset()));
            }
        }
        List<int[]> regions = functionRegions(p);
        List<Program.Function> functions = new ArrayList<>();
        for (int k = 0; k < p.functions().size(); k++) {
            Program.Function fn = p.functions().get(k);
            int[] reg = regions.get(k + 1);
            if (reg[0] >= from && reg[1] <= to) {
                labels.remove(fn.name());
                continue;
            }
            int s = fn.start();
            functions.add(new Program.Function(fn.name(), s < from ? s : s < to ? from : s - len));
        }
        return normalize(p, insns, labels, relocs, functions);
    }

    /** Drops labels nothing refers to (except function names) and maps no relocation names. */
    private static Program normalize(Program p, List<Insn> insns, Map<String, Integer> labels,
                                     List<Relocation> relocs, List<Program.Function> functions) {
        Set<String> used = new HashSet<>();
        for (Insn i : insns) {
            Target t = target(i);
            if (t instanceof Target.Label(String name)) {
                used.add(name);
            }
        }
        for (Program.Function fn : functions) {
            used.add(fn.name());
        }
        Map<String, Integer> keptLabels = new HashMap<>();
        for (var e : labels.entrySet()) {
            if (used.contains(e.getKey())) {
                keptLabels.put(e.getKey(), e.getValue());
            }
        }
        Set<String> mapNames = new HashSet<>();
        for (Relocation r : relocs) {
            mapNames.add(r.symbol());
        }
        List<MapSpec> maps = p.maps().stream().filter(m -> mapNames.contains(m.name())).toList();
        List<dev.bpfj.core.SourcePos> positions = List.of();
        return new Program(p.name(), p.type(), p.expectedAttachType(), p.license(), insns, keptLabels, relocs,
                maps, functions, positions, p.section());
    }

    /** Whether the kernel can judge {@code p} on its merits (see the class comment). */
    public static boolean wellFormed(Program p) {
        int n = p.insns().size();
        if (n == 0) {
            return false;
        }
        for (Insn i : p.insns()) {
            if (target(i) instanceof Target.Label(String name)) {
                Integer at = p.labels().get(name);
                if (at == null || at < 0 || at >= n) {
                    return false;
                }
            }
        }
        int prev = 0;
        for (Program.Function fn : p.functions()) {
            if (fn.start() <= prev || fn.start() >= n || !endsBlock(p.insns().get(fn.start() - 1))) {
                return false;
            }
            prev = fn.start();
        }
        if (!endsBlock(p.insns().get(n - 1))) {
            return false;
        }
        for (Relocation r : p.relocations()) {
            if (r.insn() < 0 || r.insn() >= n || !(p.insns().get(r.insn()) instanceof Insn.LoadImm64)) {
                return false;
            }
        }
        try {
            p.encode();
        } catch (RuntimeException e) {
            return false;
        }
        return true;
    }

    private static boolean endsBlock(Insn i) {
        return i instanceof Insn.Exit || i instanceof Insn.Ja || i instanceof Insn.JaLong;
    }

    private static Target target(Insn i) {
        return i.branchTarget();
    }

    /** [start, end) of the main function (index 0) and of each local function in order. */
    private static List<int[]> functionRegions(Program p) {
        List<int[]> out = new ArrayList<>();
        int n = p.insns().size();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (Program.Function fn : p.functions()) {
            starts.add(fn.start());
        }
        for (int k = 0; k < starts.size(); k++) {
            out.add(new int[] {starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : n});
        }
        return out;
    }
}
