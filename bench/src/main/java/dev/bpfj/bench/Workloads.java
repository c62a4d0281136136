package dev.bpfj.bench;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.examples.CgroupReplace;
import dev.bpfj.examples.EveryPort;
import dev.bpfj.examples.MessagePolicy;
import dev.bpfj.examples.ReuseportSelect;
import dev.bpfj.examples.SockmapLifecycle;
import dev.bpfj.examples.TwoServices;
import dev.bpfj.testkit.InsnGen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The inputs every benchmark and comparison shares, so that bpfj and the other tools (llvm-mc,
 * llvm-objdump, the kernel's verifier, bpftool) always see the same programs and text.
 *
 * <p>Three synthetic programs stress the verifier in different ways: {@link #straightLine}
 * (no branches: processed equals length), {@link #branchy} (thousands of two-way branches on an
 * unknown value whose paths join again: what state pruning is for) and {@link #loops} (bounded
 * loops the verifier walks iteration by iteration). All are sk_lookup programs the kernel accepts.
 */
public final class Workloads {
    private Workloads() {
    }

    /** The name of each synthetic or seed program, in a stable order. */
    public static final List<String> SYNTHETIC = List.of("straight", "branchy", "loops");

    private static final int PRANDOM = Helper.ofName("bpf_get_prandom_u32").id();

    /** {@code blocks} blocks of 12 ALU, spill and fill instructions: 12 * blocks + 6 instructions. */
    public static Program straightLine(int blocks) {
        Code c = new Code();
        c.prologue();
        for (int k = 0; k < blocks; k++) {
            c.add(Insn.mov64(Reg.R1, Reg.R6));
            c.add(Insn.alu64(AluOp.ADD, Reg.R1, k & 0xffff));
            c.add(Insn.alu64(AluOp.AND, Reg.R1, 0xff));
            c.add(Insn.alu64(AluOp.ADD, Reg.R7, Reg.R1));
            c.add(Insn.mov64(Reg.R2, Reg.R7));
            c.add(Insn.alu64(AluOp.RSH, Reg.R2, 3));
            c.add(Insn.store(Size.DW, Reg.R10, -8, Reg.R2));
            c.add(Insn.load(Size.DW, Reg.R3, Reg.R10, -8));
            c.add(Insn.alu64(AluOp.XOR, Reg.R7, Reg.R3));
            c.add(Insn.alu32(AluOp.MOV, Reg.R4, Reg.R6));
            c.add(Insn.alu32(AluOp.MUL, Reg.R4, 3));
            c.add(Insn.alu64(AluOp.ADD, Reg.R8, Reg.R4));
        }
        return c.program("bench_straight");
    }

    /**
     * {@code diamonds} two-way branches on one random bit each, whose arms join again; the kernel
     * keeps every pending branch on a stack limited to 8192 entries, so stay well below.
     */
    public static Program branchy(int diamonds) {
        Code c = new Code();
        c.prologue();
        JmpOp[] ops = {JmpOp.JEQ, JmpOp.JNE, JmpOp.JGT, JmpOp.JLE};
        for (int k = 0; k < diamonds; k++) {
            String join = "j" + k;
            c.add(Insn.mov64(Reg.R1, Reg.R6));
            c.add(Insn.alu64(AluOp.RSH, Reg.R1, k % 31));
            c.add(Insn.alu64(AluOp.AND, Reg.R1, 1));
            JmpOp op = ops[k % ops.length];
            boolean jmp32 = k % 3 == 0;
            c.add(new Insn.Jump(jmp32, op, Reg.R1, new Imm(0), Target.label(join)));
            c.add(Insn.alu64(AluOp.ADD, Reg.R7, 1));
            c.add(Insn.alu64(AluOp.XOR, Reg.R8, Reg.R7));
            c.label(join);
            c.add(Insn.mov64(Reg.R9, Reg.R8));
            c.add(Insn.alu64(AluOp.ADD, Reg.R9, k & 0xffff));
        }
        return c.program("bench_branchy");
    }

    /**
     * Two sequential bounded loops and a nested pair: {@code iterations} turns of an 8-instruction
     * body, then {@code outer} times {@code inner} turns of a 5-instruction body.
     */
    public static Program loops(int iterations, int outer, int inner) {
        Code c = new Code();
        c.prologue();
        for (int loop = 0; loop < 2; loop++) {
            String head = "loop" + loop;
            c.add(Insn.mov64(Reg.R6, 0));
            c.label(head);
            c.add(Insn.mov64(Reg.R1, Reg.R6));
            c.add(Insn.alu64(AluOp.AND, Reg.R1, 15));
            c.add(Insn.alu64(AluOp.ADD, Reg.R7, Reg.R1));
            c.add(Insn.mov64(Reg.R2, Reg.R7));
            c.add(Insn.alu64(AluOp.XOR, Reg.R2, Reg.R6));
            c.add(Insn.store(Size.DW, Reg.R10, -16, Reg.R2));
            c.add(Insn.alu64(AluOp.ADD, Reg.R6, 1));
            c.add(Insn.jump(JmpOp.JLT, Reg.R6, iterations / 2, Target.label(head)));
        }
        c.add(Insn.mov64(Reg.R6, 0));
        c.label("outer");
        c.add(Insn.mov64(Reg.R9, 0));
        c.label("inner");
        c.add(Insn.alu64(AluOp.ADD, Reg.R8, Reg.R9));
        c.add(Insn.alu64(AluOp.XOR, Reg.R8, Reg.R6));
        c.add(Insn.alu64(AluOp.ADD, Reg.R9, 1));
        c.add(Insn.jump(JmpOp.JLT, Reg.R9, inner, Target.label("inner")));
        c.add(Insn.alu64(AluOp.ADD, Reg.R6, 1));
        c.add(Insn.jump(JmpOp.JLT, Reg.R6, outer, Target.label("outer")));
        return c.program("bench_loops");
    }

    /** The synthetic programs at the sizes the benchmarks and comparisons use. */
    public static Map<String, Program> synthetic() {
        Map<String, Program> m = new LinkedHashMap<>();
        m.put("straight", straightLine(5_000));
        m.put("branchy", branchy(4_000));
        m.put("loops", loops(10_000, 40, 100));
        return m;
    }

    /**
     * The seed programs: those of the examples (what {@code bpfj demo} loads) and the typed DSL's
     * example factories, by a short name.
     */
    public static Map<String, Supplier<Program>> seeds() {
        Map<String, Supplier<Program>> m = new LinkedHashMap<>();
        m.put("two_services", TwoServices::program);
        m.put("every_port", EveryPort::program);
        m.put("rp_select_map", () -> ReuseportSelect.program(false));
        m.put("rp_select_arr", () -> ReuseportSelect.program(true));
        m.put("lifecycle_msg", SockmapLifecycle::program);
        m.put("count_0", () -> CgroupReplace.program(0));
        m.put("policy_sockops", MessagePolicy::sockOps);
        m.put("policy_msg", MessagePolicy::skMsg);
        m.put("dsl_proxy_tcp", () -> dev.bpfj.dsl.examples.ProxyAllPorts.program(Family.INET, Protocol.TCP,
                "192.0.2.0/24"));
        m.put("dsl_services_v4", () -> dev.bpfj.dsl.examples.ServicesByPrefix.ipv4(Protocol.TCP));
        m.put("dsl_services_v6", () -> dev.bpfj.dsl.examples.ServicesByPrefix.ipv6(Protocol.UDP));
        m.put("dsl_sockhash", dev.bpfj.dsl.examples.SockhashTracker::program);
        m.put("dsl_counter", () -> dev.bpfj.dsl.examples.PacketCounter.ingress("count_in", "counts"));
        m.put("dsl_rp_payload", () -> dev.bpfj.dsl.examples.ReuseportSelect.program(
                dev.bpfj.dsl.examples.ReuseportSelect.GroupMap.SOCKMAP,
                dev.bpfj.dsl.examples.ReuseportSelect.Selector.PAYLOAD, 4, false));
        m.put("dsl_msg_policy", () -> dev.bpfj.dsl.examples.MessagePolicy.SEED.program());
        return m;
    }

    /** The examples' programs only (the ones {@code bpfj demo} loads), built. */
    public static List<Program> examplePrograms() {
        List<Program> out = new ArrayList<>();
        for (Map.Entry<String, Supplier<Program>> e : seeds().entrySet()) {
            if (!e.getKey().startsWith("dsl_")) {
                out.add(e.getValue().get());
            }
        }
        return out;
    }

    /** Every seed program, built. */
    public static Map<String, Program> seedPrograms() {
        Map<String, Program> out = new LinkedHashMap<>();
        seeds().forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /**
     * Splits programs into as few groups as possible such that, within a group, maps of the same
     * name are the same map: each group can be one ELF object.
     */
    public static List<List<Program>> objectGroups(java.util.Collection<Program> programs) {
        List<List<Program>> groups = new ArrayList<>();
        List<Map<String, MapSpec>> mapsOf = new ArrayList<>();
        for (Program p : programs) {
            int at = -1;
            for (int g = 0; g < groups.size() && at < 0; g++) {
                if (fits(p, mapsOf.get(g)) && groups.get(g).stream().noneMatch(q -> q.name().equals(p.name()))) {
                    at = g;
                }
            }
            if (at < 0) {
                groups.add(new ArrayList<>());
                mapsOf.add(new HashMap<>());
                at = groups.size() - 1;
            }
            groups.get(at).add(p);
            for (MapSpec m : p.maps()) {
                mapsOf.get(at).put(m.name(), m);
            }
        }
        return groups;
    }

    private static boolean fits(Program p, Map<String, MapSpec> maps) {
        for (MapSpec m : p.maps()) {
            MapSpec other = maps.get(m.name());
            if (other != null && !other.equals(m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code lines} random instructions that llvm-mc can assemble too, printed in LLVM syntax, one
     * per line (ld_imm64 takes one line but two slots). Pseudo ld_imm64 forms (map fd, map value,
     * ...) are left out: without a relocation no object file can carry them, and both assemblers
     * are to write the same object.
     */
    public static String randomAssembly(int lines, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.llvmExpressible();
        InsnPrinter printer = InsnPrinter.llvm();
        StringBuilder sb = new StringBuilder(lines * 26);
        for (int i = 0; i < lines; i++) {
            Insn insn = gen.generate(r, 30);
            while (insn instanceof Insn.LoadImm64 ld && ld.src() != PseudoSrc.NONE) {
                insn = gen.generate(r, 30);
            }
            printer.print(insn, sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Instructions per function in {@link #randomObjectSource}: a program stays under the kernel's 1,000,000. */
    public static final int FUNCTION_LINES = 500_000;

    /**
     * What {@code bench/compare} feeds to both assemblers and, assembled, to both disassemblers:
     * {@link #randomAssembly}'s instructions as global functions {@code bench0}, {@code bench1},
     * ... of {@value #FUNCTION_LINES} lines each in section {@code socket} (the form llvm-mc-19 and
     * bpfj both turn into an object file), every jump retargeted to an instruction of its own
     * function (object readers refuse jumps leaving a function).
     */
    public static String randomObjectSource(int lines, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.llvmExpressible();
        List<Insn> insns = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            Insn insn = gen.generate(r, 30);
            while (insn instanceof Insn.LoadImm64 ld && ld.src() != PseudoSrc.NONE) {
                insn = gen.generate(r, 30);
            }
            insns.add(insn);
        }
        int[] slotOf = InsnCodec.slotIndexes(insns);
        for (int i = 0; i < lines; i++) {
            // Jumps stay inside their function; local calls may cross.
            Target t = insns.get(i) instanceof Insn.CallLocal ? null : insns.get(i).branchTarget();
            if (!(t instanceof Target.Offset off)) {
                continue;
            }
            int from = i / FUNCTION_LINES * FUNCTION_LINES;
            int to = Math.min(lines, from + FUNCTION_LINES);
            int target = slotOf[i + 1] + off.slots();
            int k = Arrays.binarySearch(slotOf, from, to, target);
            if (k >= 0) {
                continue;
            }
            // Within 16,000 instructions: at most 32,000 slots, inside the 16-bit offset field.
            int j = r.nextInt(Math.max(from, i - 16_000), Math.min(to, i + 16_000));
            Target fixed = Target.offset(slotOf[j] - slotOf[i + 1]);
            insns.set(i, switch (insns.get(i)) {
                case Insn.Jump x -> new Insn.Jump(x.jmp32(), x.op(), x.dst(), x.src(), fixed);
                case Insn.Ja x -> new Insn.Ja(fixed);
                case Insn.JaLong x -> new Insn.JaLong(fixed);
                case Insn.MayGoto x -> new Insn.MayGoto(fixed);
                default -> throw new IllegalStateException();
            });
        }
        InsnPrinter printer = InsnPrinter.llvm();
        StringBuilder sb = new StringBuilder(lines * 26 + 100);
        sb.append("\t.section\tsocket,\"ax\",@progbits\n");
        for (int i = 0; i < lines; i++) {
            if (i % FUNCTION_LINES == 0) {
                String f = "bench" + i / FUNCTION_LINES;
                sb.append("\t.globl\t").append(f).append("\n\t.type\t").append(f).append(",@function\n")
                        .append(f).append(":\n");
            }
            printer.print(insns.get(i), sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Random instructions of the whole ISA (what the disassembler must handle). */
    public static List<Insn> randomInsns(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        InsnGen gen = InsnGen.all();
        List<Insn> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(gen.generate(r, 30));
        }
        return out;
    }

    /** Instructions with labels, built into one sk_lookup program. */
    private static final class Code {
        final List<Insn> insns = new ArrayList<>();
        final Map<String, Integer> labels = new HashMap<>();

        void add(Insn i) {
            insns.add(i);
        }

        void label(String name) {
            labels.put(name, insns.size());
        }

        /** r6 = a random number, r7 = r8 = 0. */
        void prologue() {
            add(Insn.call(PRANDOM));
            add(Insn.mov64(Reg.R6, Reg.R0));
            add(Insn.mov64(Reg.R7, 0));
            add(Insn.mov64(Reg.R8, 0));
        }

        Program program(String name) {
            add(Insn.mov64(Reg.R0, 1));
            add(Insn.exit());
            return new Program(name, ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, "GPL", insns, labels, List.of(),
                    List.of(), List.of(), List.of(), null);
        }
    }
}
