package dev.bpfj.testkit;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.HelperAccess;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Variants of given programs with one to three small edits each: an instruction removed (often a
 * NULL check or a release), duplicated or swapped with its neighbour, a load or store of another
 * size or at another offset, a jump with another condition or immediate, a helper call to another
 * helper of the program type, a register or an immediate changed. Close to real programs, they
 * probe the rules around them; use them to property-test your own programs against bpfj's
 * verifier and, with difftest, against the kernel.
 *
 * <pre>{@code
 * Gen<Program> near = ProgramMutator.of(List.of(myProgram));
 * Property.forAll("no crash near my program", near, 1000, p -> Verifier.verify(p) != null);
 * }</pre>
 *
 * Every variant is {@linkplain ProgramShrinker#wellFormed well-formed}; shrinking uses
 * {@link ProgramShrinker}.
 */
public final class ProgramMutator implements Gen<Program> {
    private final List<Program> bases;

    private ProgramMutator(List<Program> bases) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no programs to mutate");
        }
        this.bases = List.copyOf(bases);
    }

    /** Variants of {@code bases}, one base drawn uniformly per value. */
    public static ProgramMutator of(List<Program> bases) {
        return new ProgramMutator(bases);
    }

    public List<Program> bases() {
        return bases;
    }

    @Override
    public Program generate(SplittableRandom r, int size) {
        Program base = bases.get(r.nextInt(bases.size()));
        return mutate(base, r, 1 + r.nextInt(3));
    }

    /** {@code p} with {@code edits} random edits (fewer when no edit keeps it well-formed). */
    public static Program mutate(Program p, SplittableRandom r, int edits) {
        Program cur = p;
        for (int e = 0; e < edits; e++) {
            for (int attempt = 0; attempt < 20; attempt++) {
                Program next = edit(cur, r);
                if (next != null && !next.equals(cur) && ProgramShrinker.wellFormed(next)) {
                    cur = next;
                    break;
                }
            }
        }
        return cur;
    }

    private static Program edit(Program p, SplittableRandom r) {
        int n = p.insns().size();
        int i = r.nextInt(n);
        Insn insn = p.insns().get(i);
        switch (r.nextInt(8)) {
            case 0 -> {
                return ProgramShrinker.remove(p, i, i + 1);
            }
            case 1 -> {
                if (i + 1 >= n || insn instanceof Insn.LoadImm64 || p.insns().get(i + 1) instanceof Insn.LoadImm64
                        || p.relocationAt(i) != null) {
                    return null;
                }
                Program swapped = ProgramShrinker.replace(p, i, p.insns().get(i + 1));
                return ProgramShrinker.replace(swapped, i + 1, insn);
            }
            case 2 -> {
                if (insn instanceof Insn.LoadImm64) {
                    return null;
                }
                return insertAfter(p, i, insn);
            }
            default -> {
                Insn changed = change(insn, p, r);
                return changed == null ? null : ProgramShrinker.replace(p, i, changed);
            }
        }
    }

    /** {@code p} with {@code insn} inserted after instruction {@code i} (labels after it move). */
    static Program insertAfter(Program p, int i, Insn insn) {
        List<Insn> insns = new ArrayList<>(p.insns());
        insns.add(i + 1, insn);
        var labels = new java.util.HashMap<String, Integer>();
        p.labels().forEach((k, v) -> labels.put(k, v > i ? v + 1 : v));
        var relocs = p.relocations().stream().map(x -> x.insn() > i
                ? new dev.bpfj.core.Relocation(x.insn() + 1, x.kind(), x.symbol(), x.offset()) : x).toList();
        var functions = p.functions().stream().map(f -> f.start() > i
                ? new Program.Function(f.name(), f.start() + 1) : f).toList();
        return new Program(p.name(), p.type(), p.expectedAttachType(), p.license(), insns, labels, relocs, p.maps(),
                functions, List.of(), p.section());
    }

    private static Insn change(Insn insn, Program p, SplittableRandom r) {
        return switch (insn) {
            case Insn.Load l -> switch (r.nextInt(3)) {
                case 0 -> new Insn.Load(otherSize(l.size(), r), l.signExtend() && l.size() != Size.DW, l.dst(), l.src(),
                        l.off());
                case 1 -> new Insn.Load(l.size(), l.signExtend(), l.dst(), l.src(), l.off() + offDelta(r));
                default -> new Insn.Load(l.size(), l.signExtend(), l.dst(), reg(r), l.off());
            };
            case Insn.Store s -> r.nextBoolean()
                    ? new Insn.Store(otherSize(s.size(), r), s.dst(), s.off(), s.imm())
                    : new Insn.Store(s.size(), s.dst(), s.off() + offDelta(r), s.imm());
            case Insn.StoreReg s -> switch (r.nextInt(3)) {
                case 0 -> new Insn.StoreReg(otherSize(s.size(), r), s.dst(), s.off(), s.src());
                case 1 -> new Insn.StoreReg(s.size(), s.dst(), s.off() + offDelta(r), s.src());
                default -> new Insn.StoreReg(s.size(), s.dst(), s.off(), reg(r));
            };
            case Insn.Jump j -> switch (r.nextInt(3)) {
                case 0 -> new Insn.Jump(j.jmp32(), JmpOp.values()[r.nextInt(JmpOp.values().length)], j.dst(), j.src(),
                        j.target());
                case 1 -> new Insn.Jump(j.jmp32(), j.op(), j.dst(), new Imm(smallImm(r)), j.target());
                default -> new Insn.Jump(!j.jmp32(), j.op(), j.dst(), j.src(), j.target());
            };
            case Insn.Call c -> {
                List<Helper> hs = HelperAccess.helpers(p.type(), p.expectedAttachType()).stream().sorted().toList();
                Helper old = Helper.ofId(c.helper());
                List<Helper> similar = old == null ? hs : hs.stream()
                        .filter(h -> h.args().size() == old.args().size()).toList();
                List<Helper> from = similar.isEmpty() ? hs : similar;
                yield from.isEmpty() ? null : new Insn.Call(from.get(r.nextInt(from.size())).id());
            }
            case Insn.Alu a -> {
                if (a.op().isSignExtendingMove()) {
                    yield null;
                }
                yield switch (r.nextInt(3)) {
                    case 0 -> a.src() instanceof Imm ? new Insn.Alu(a.alu64(), a.op(), a.dst(), new Imm(smallImm(r)))
                            : new Insn.Alu(a.alu64(), a.op(), a.dst(), reg(r));
                    case 1 -> new Insn.Alu(a.alu64(), List.of(AluOp.ADD, AluOp.SUB, AluOp.AND, AluOp.OR, AluOp.MOV,
                            AluOp.LSH, AluOp.MUL).get(r.nextInt(7)), a.dst(), a.src());
                    default -> new Insn.Alu(!a.alu64(), a.op(), a.dst(), a.src());
                };
            }
            case Insn.Exit e -> Insn.mov64(Reg.R0, smallImm(r));
            default -> null;
        };
    }

    private static Size otherSize(Size s, SplittableRandom r) {
        Size o = Size.values()[r.nextInt(4)];
        return o == s ? Size.values()[(s.ordinal() + 1) % 4] : o;
    }

    private static int offDelta(SplittableRandom r) {
        return List.of(-8, -4, -2, -1, 1, 2, 4, 8).get(r.nextInt(8));
    }

    private static int smallImm(SplittableRandom r) {
        return r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(-4, 65);
    }

    private static Reg reg(SplittableRandom r) {
        return Reg.of(r.nextInt(10));
    }

    @Override
    public Stream<Program> shrink(Program value) {
        return ProgramShrinker.candidates(value);
    }
}
