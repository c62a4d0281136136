package dev.bpfj.elf;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.abi.SectionNames;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.InsnGen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Random programs in the form {@link ElfReader} returns: resolved jump and call offsets, labels
 * for every function, maps named by relocations. Two flavours: {@link #any} fills functions with
 * random instructions of the whole ISA (valid enough to write and read back), {@link #loadable}
 * builds programs the kernel's verifier accepts.
 */
final class ProgramGen {
    private ProgramGen() {
    }

    /** A program type with the attach type its canonical section name implies. */
    record Kind(ProgramType type, AttachType attach, String section) {
    }

    /** Every (type, attach type) whose canonical section name reads back as the same pair. */
    static final List<Kind> KINDS = kinds();

    private static List<Kind> kinds() {
        List<Kind> out = new ArrayList<>();
        for (SectionNames.Entry e : SectionNames.ENTRIES) {
            String name = SectionNames.forProgram(e.type(), e.attach());
            if (name == null || e.takesExtras() || !name.equals(e.name())) {
                continue;
            }
            var k = SectionNames.parse(name).orElseThrow();
            if (k.type() == e.type() && Objects.equals(k.expectedAttachType(), e.attach())) {
                out.add(new Kind(e.type(), e.attach(), name));
            }
        }
        return List.copyOf(out);
    }

    // ---- Building blocks -------------------------------------------------------------------------

    /** One element of a function body before layout. */
    private sealed interface Piece {
        int slots();

        record Plain(Insn insn) implements Piece {
            public int slots() {
                return insn.slots();
            }
        }

        /** A jump to piece {@code target} of the same function (index into the piece list). */
        record JumpTo(Insn shape, int target) implements Piece {
            public int slots() {
                return 1;
            }
        }

        record CallTo(int function) implements Piece {
            public int slots() {
                return 1;
            }
        }

        record MapLoad(Reg dst, String map) implements Piece {
            public int slots() {
                return 2;
            }
        }
    }

    /** Lays out functions (lists of pieces) into a program in the reader's canonical form. */
    private static Program assemble(String name, Kind kind, String section, String license, List<String> fnNames,
                                    List<List<Piece>> bodies, List<MapSpec> maps, SplittableRandom r,
                                    boolean withPositions) {
        int[] fnStartSlot = new int[bodies.size()];
        int[] fnStartInsn = new int[bodies.size()];
        int slot = 0, insn = 0;
        List<int[]> pieceSlots = new ArrayList<>();
        for (int f = 0; f < bodies.size(); f++) {
            fnStartSlot[f] = slot;
            fnStartInsn[f] = insn;
            int[] ps = new int[bodies.get(f).size()];
            for (int k = 0; k < ps.length; k++) {
                ps[k] = slot;
                slot += bodies.get(f).get(k).slots();
                insn++;
            }
            pieceSlots.add(ps);
        }
        List<Insn> insns = new ArrayList<>();
        List<Relocation> relocs = new ArrayList<>();
        for (int f = 0; f < bodies.size(); f++) {
            List<Piece> body = bodies.get(f);
            int[] ps = pieceSlots.get(f);
            for (int k = 0; k < body.size(); k++) {
                int at = ps[k];
                insns.add(switch (body.get(k)) {
                    case Piece.Plain p -> p.insn();
                    case Piece.CallTo c -> new Insn.CallLocal(Target.offset(fnStartSlot[c.function()] - (at + 1)));
                    case Piece.MapLoad m -> {
                        relocs.add(Relocation.map(insns.size(), m.map()));
                        yield new Insn.LoadImm64(m.dst(), PseudoSrc.MAP_FD, 0);
                    }
                    case Piece.JumpTo j -> retarget(j.shape(), ps[j.target()] - (at + 1));
                });
            }
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        List<Program.Function> functions = new ArrayList<>();
        for (int f = 0; f < bodies.size(); f++) {
            labels.put(fnNames.get(f), fnStartInsn[f]);
            functions.add(new Program.Function(fnNames.get(f), fnStartInsn[f]));
        }
        List<SourcePos> positions = withPositions ? positions(r, insns.size()) : List.of();
        return new Program(name, kind.type(), kind.attach(), license, insns, labels, relocs, maps, functions,
                positions, section);
    }

    private static Insn retarget(Insn shape, int off) {
        return shape.withBranchTarget(Target.offset(off));
    }

    private static final String[] FILES = {"prog.s", "src/dir/steer.s", "Steering.java", ""};

    private static List<SourcePos> positions(SplittableRandom r, int n) {
        List<SourcePos> out = new ArrayList<>(n);
        SourcePos cur = SourcePos.UNKNOWN;
        for (int i = 0; i < n; i++) {
            if (i == 0 || r.nextInt(3) != 0) {
                cur = switch (r.nextInt(6)) {
                    case 0 -> SourcePos.UNKNOWN;
                    case 1 -> SourcePos.of(FILES[r.nextInt(FILES.length)], r.nextInt(1, 1 << 22), r.nextInt(1024));
                    default -> new SourcePos(FILES[r.nextInt(FILES.length)], r.nextInt(1, 5000), r.nextInt(200),
                            text(r));
                };
            }
            out.add(cur);
        }
        if (out.stream().allMatch(SourcePos.UNKNOWN::equals)) {
            out.set(0, SourcePos.of("prog.s", 1, 1));
        }
        return out;
    }

    private static String text(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(1, 60);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(10) == 0 ? (char) r.nextInt(0xa0, 0x2000) : (char) r.nextInt(32, 127));
        }
        return sb.toString();
    }

    private static MapSpec randomMap(SplittableRandom r, String name, boolean allowInner) {
        MapType[] types = MapType.values();
        if (allowInner && r.nextInt(4) == 0) {
            String innerName = r.nextBoolean() ? name + "_inner" : name + ".inner";
            return new MapSpec(name, r.nextBoolean() ? MapType.ARRAY_OF_MAPS : MapType.HASH_OF_MAPS, size(r), 4,
                    r.nextInt(1, 1 << 20), flags(r), randomMap(r, innerName, false));
        }
        return new MapSpec(name, types[r.nextInt(types.length)], size(r), size(r),
                r.nextInt(8) == 0 ? r.nextInt() : r.nextInt(0, 1 << 16), flags(r), null);
    }

    private static int size(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 4;
            case 2 -> 8;
            default -> r.nextInt(1, 1 << 16);
        };
    }

    private static int flags(SplittableRandom r) {
        return r.nextBoolean() ? 0 : r.nextInt(1 << 16);
    }

    // ---- Any programs ---------------------------------------------------------------------------------

    /** Random instructions, sanitised only where the object format needs it. */
    static Program any(SplittableRandom r, int size, String name, List<MapSpec> maps, String license) {
        Kind kind = KINDS.get(r.nextInt(KINDS.size()));
        String section = null;
        if (r.nextInt(6) == 0) {
            String custom = kind.section() + "/x" + r.nextInt(100);
            var parsed = SectionNames.parse(custom);
            if (parsed.isPresent() && parsed.get().type() == kind.type()
                    && Objects.equals(parsed.get().expectedAttachType(), kind.attach())) {
                section = custom;
            }
        }
        int nfn = 1 + r.nextInt(Math.max(1, Math.min(4, size / 4 + 1)));
        List<String> names = new ArrayList<>();
        names.add(name);
        for (int f = 1; f < nfn; f++) {
            names.add(name + "_fn" + f);
        }
        InsnGen gen = InsnGen.all();
        List<List<Piece>> bodies = new ArrayList<>();
        for (int f = 0; f < nfn; f++) {
            List<Piece> body = new ArrayList<>();
            int n = r.nextInt(size + 1);
            for (int k = 0; k < n; k++) {
                Insn insn = gen.generate(r, size);
                body.add(switch (insn) {
                    case Insn.CallLocal c -> new Piece.Plain(Insn.call(r.nextInt(212)));
                    case Insn.LoadImm64 l when l.src() == PseudoSrc.FUNC ->
                            new Piece.Plain(new Insn.LoadImm64(l.dst(), PseudoSrc.NONE, l.imm()));
                    case Insn.Jump j -> new Piece.JumpTo(j, -1);
                    case Insn.Ja j -> new Piece.JumpTo(j, -1);
                    case Insn.JaLong j -> new Piece.JumpTo(j, -1);
                    case Insn.MayGoto m -> new Piece.JumpTo(m, -1);
                    default -> new Piece.Plain(insn);
                });
                if (!maps.isEmpty() && r.nextInt(8) == 0) {
                    body.add(new Piece.MapLoad(Reg.of(r.nextInt(11)), maps.get(r.nextInt(maps.size())).name()));
                }
            }
            if (f == 0) {
                for (int callee = 1; callee < nfn; callee++) {
                    body.add(r.nextInt(body.size() + 1), new Piece.CallTo(callee));
                }
            } else if (f + 1 < nfn && r.nextBoolean()) {
                body.add(r.nextInt(body.size() + 1), new Piece.CallTo(f + 1 + r.nextInt(nfn - f - 1)));
            }
            body.add(new Piece.Plain(Insn.exit()));
            // Jumps go anywhere inside their own function.
            for (int k = 0; k < body.size(); k++) {
                if (body.get(k) instanceof Piece.JumpTo j) {
                    body.set(k, new Piece.JumpTo(j.shape(), r.nextInt(body.size())));
                }
            }
            bodies.add(body);
        }
        return assemble(name, kind, section, license, names, bodies, maps, r, r.nextInt(3) != 0);
    }

    static List<MapSpec> randomMaps(SplittableRandom r, String prefix, int max) {
        List<MapSpec> maps = new ArrayList<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            maps.add(randomMap(r, prefix + "map" + i, true));
        }
        return maps;
    }

    private static final String[] LICENSES = {"GPL", "Dual BSD/GPL", "MIT", "", "GPL v2"};

    /** Single programs of random instructions. */
    static Gen<Program> anyProgram() {
        return new Gen<>() {
            @Override
            public Program generate(SplittableRandom r, int size) {
                return any(r, size, "prog", randomMaps(r, "", 3), LICENSES[r.nextInt(LICENSES.length)]);
            }

            @Override
            public Stream<Program> shrink(Program p) {
                return Stream.empty();
            }
        };
    }

    /** Two to four programs sharing some maps and one license. */
    static Gen<List<Program>> anyPrograms() {
        return (r, size) -> {
            List<MapSpec> pool = randomMaps(r, "shared_", 4);
            String license = LICENSES[r.nextInt(LICENSES.length)];
            int n = 2 + r.nextInt(3);
            List<Program> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<MapSpec> mine = new ArrayList<>();
                for (MapSpec m : pool) {
                    if (r.nextBoolean()) {
                        mine.add(m);
                    }
                }
                out.add(any(r, size, "p" + i, mine, license));
            }
            return out;
        };
    }

    // ---- Loadable programs ----------------------------------------------------------------------------

    /** Kinds whose section names libbpf 1.1 (the oldest bpftool the tests meet) already knows. */
    private static final List<Kind> LOADABLE = KINDS.stream().filter(k -> java.util.Set.of("sk_lookup", "sk_msg",
            "sockops", "sk_reuseport", "sk_reuseport/migrate", "socket", "cgroup_skb/ingress", "cgroup_skb/egress",
            "cgroup/skb", "tc", "xdp").contains(k.section())).toList();

    private static final AluOp[] SAFE_ALU = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.OR, AluOp.AND, AluOp.XOR,
        AluOp.LSH, AluOp.RSH, AluOp.ARSH, AluOp.DIV, AluOp.MOD, AluOp.MOV};
    private static final Reg[] SAVED = {Reg.R6, Reg.R7, Reg.R8, Reg.R9};

    /** Programs the verifier accepts: map lookups, subprogram calls, forward jumps, ALU on r6..r9. */
    static Program loadable(SplittableRandom r, String name) {
        Kind kind = LOADABLE.get(r.nextInt(LOADABLE.size()));
        List<MapSpec> maps = new ArrayList<>();
        int nmaps = 1 + r.nextInt(3);
        for (int i = 0; i < nmaps; i++) {
            String mname = name + "_m" + i;
            maps.add(switch (r.nextInt(4)) {
                case 0 -> MapSpec.of(mname, MapType.HASH, r.nextBoolean() ? 4 : 8, 8 * r.nextInt(1, 8), r.nextInt(1, 64));
                case 1 -> MapSpec.of(mname, MapType.ARRAY, 4, 8 * r.nextInt(1, 8), r.nextInt(1, 64));
                case 2 -> MapSpec.of(mname, MapType.PERCPU_ARRAY, 4, 8, r.nextInt(1, 16));
                default -> new MapSpec(mname, MapType.ARRAY_OF_MAPS, 4, 4, r.nextInt(1, 8), 0,
                        MapSpec.of(mname + "_inner", MapType.ARRAY, 4, 8, 4));
            });
        }
        int nfn = 1 + r.nextInt(3);
        List<String> names = new ArrayList<>();
        names.add(name);
        for (int f = 1; f < nfn; f++) {
            names.add(name + "_sub" + f);
        }
        List<List<Piece>> bodies = new ArrayList<>();
        for (int f = 0; f < nfn; f++) {
            List<List<Piece>> blocks = new ArrayList<>();
            List<Piece> init = new ArrayList<>();
            for (Reg reg : SAVED) {
                init.add(new Piece.Plain(Insn.mov64(reg, r.nextInt(-1000, 1000))));
            }
            blocks.add(init);
            int nblocks = r.nextInt(2, 10);
            List<Integer> calls = new ArrayList<>();
            if (f == 0) {
                for (int c = 1; c < nfn; c++) {
                    calls.add(c);
                }
            } else if (f + 1 < nfn) {
                calls.add(f + 1);
            }
            for (int b = 0; b < nblocks; b++) {
                blocks.add(switch (r.nextInt(4)) {
                    case 0 -> lookup(r, maps.get(r.nextInt(maps.size())));
                    default -> alu(r);
                });
            }
            for (int c : calls) {
                blocks.add(1 + r.nextInt(blocks.size()), List.of(new Piece.CallTo(c),
                        new Piece.Plain(Insn.mov64(SAVED[r.nextInt(4)], Reg.R0))));
            }
            // Forward jumps to the start of a later block: every block keeps r6..r9 initialised.
            List<Piece> body = new ArrayList<>();
            List<Integer> blockStart = new ArrayList<>();
            List<int[]> pendingJumps = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                blockStart.add(body.size());
                if (b > 0 && b + 1 < blocks.size() && r.nextInt(3) == 0) {
                    pendingJumps.add(new int[] {body.size(), b + 1 + r.nextInt(blocks.size() - b - 1)});
                    body.add(null);
                }
                body.addAll(blocks.get(b));
            }
            blockStart.add(body.size());
            body.add(new Piece.Plain(Insn.mov64(Reg.R0, f == 0 ? 1 : r.nextInt(100))));
            body.add(new Piece.Plain(Insn.exit()));
            for (int[] j : pendingJumps) {
                Insn shape = new Insn.Jump(r.nextBoolean(), JmpOp.values()[r.nextInt(JmpOp.values().length)],
                        SAVED[r.nextInt(4)], r.nextBoolean() ? SAVED[r.nextInt(4)] : new Imm(r.nextInt(-50, 50)),
                        Target.offset(0));
                body.set(j[0], new Piece.JumpTo(shape, blockStart.get(j[1])));
            }
            bodies.add(body);
        }
        return assemble(name, kind, null, "GPL", names, bodies, maps, r, true);
    }

    private static List<Piece> lookup(SplittableRandom r, MapSpec map) {
        List<Piece> p = new ArrayList<>();
        p.add(new Piece.Plain(Insn.store(Size.DW, Reg.R10, -8, 0)));
        p.add(new Piece.Plain(Insn.mov64(Reg.R2, Reg.R10)));
        p.add(new Piece.Plain(Insn.alu64(AluOp.ADD, Reg.R2, -8)));
        p.add(new Piece.MapLoad(Reg.R1, map.name()));
        p.add(new Piece.Plain(Insn.call(1)));
        if (map.inner() == null) {
            // if r0 == 0 goto +1; rX = *(u64 *)(r0 + 0)
            p.add(new Piece.Plain(Insn.jump(JmpOp.JEQ, Reg.R0, 0, Target.offset(1))));
            p.add(new Piece.Plain(Insn.load(Size.DW, SAVED[r.nextInt(4)], Reg.R0, 0)));
        }
        return p;
    }

    private static List<Piece> alu(SplittableRandom r) {
        List<Piece> p = new ArrayList<>();
        int n = r.nextInt(1, 5);
        for (int i = 0; i < n; i++) {
            AluOp op = SAFE_ALU[r.nextInt(SAFE_ALU.length)];
            boolean alu64 = r.nextBoolean();
            Reg dst = SAVED[r.nextInt(4)];
            int imm = switch (op) {
                case LSH, RSH, ARSH -> r.nextInt(alu64 ? 64 : 32);
                case DIV, MOD -> r.nextInt(1, 1000);
                default -> r.nextInt();
            };
            p.add(new Piece.Plain(r.nextBoolean() && op != AluOp.LSH && op != AluOp.RSH && op != AluOp.ARSH
                    ? new Insn.Alu(alu64, op, dst, SAVED[r.nextInt(4)])
                    : new Insn.Alu(alu64, op, dst, new Imm(imm))));
        }
        return p;
    }
}
