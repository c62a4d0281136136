package dev.bpfj.testkit;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.ArgType;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.CtxField;
import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.CtxValueKind;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.HelperAccess;
import dev.bpfj.core.abi.HelperProto;
import dev.bpfj.core.abi.MapHelperCompat;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.abi.RetType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.EndianOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Operand;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Random programs of one program type, plausible enough that the kernel accepts about half of
 * them: a context pointer saved in r6, stack initialisation, context loads of random fields at
 * random sizes, map lookups with and without NULL checks, socket lookups with and without
 * releases, helper calls with arguments built from their prototypes (sometimes wrong), branches on
 * loaded values, bounded loops, bpf-to-bpf calls and packet accesses with and without bounds
 * checks. What goes in, and how often it is deliberately wrong, is set by a {@link ProgramMix}.
 *
 * <p>Offsets, helper prototypes, helper availability and map/helper compatibility come from
 * core's ABI tables; the generator only decides what is plausible, the kernel (or bpfj's
 * verifier) decides what is right. Jump targets are labels, so {@link #shrink} can remove
 * instructions without fixing offsets.
 *
 * <pre>{@code
 * Gen<Program> gen = ProgramGen.of(ProgramType.SK_LOOKUP);
 * Property.forAll("bpfj never crashes", gen, 1000, p -> Verifier.verify(p) != null);
 * }</pre>
 *
 * <p>Register conventions of generated code: r6 holds the context, r7 and r8 loaded scalars, r9 a
 * held socket reference or a loop counter; r0-r5 are scratch inside one piece of code.
 */
public final class ProgramGen implements Gen<Program> {
    /** The program types a differential campaign covers by default. */
    public static final List<ProgramType> CAMPAIGN_TYPES = List.of(ProgramType.SK_LOOKUP,
            ProgramType.SK_REUSEPORT, ProgramType.SK_MSG, ProgramType.SOCK_OPS, ProgramType.SCHED_CLS);

    /** Every program type the generator knows how to write for. */
    public static final List<ProgramType> TYPES = List.of(ProgramType.SK_LOOKUP, ProgramType.SK_REUSEPORT,
            ProgramType.SK_MSG, ProgramType.SOCK_OPS, ProgramType.SCHED_CLS, ProgramType.SOCKET_FILTER);

    // ---- The maps generated programs use: a fixed catalogue, so a runner can create each once.
    public static final MapSpec HASH = MapSpec.of("hash", MapType.HASH, 4, 8, 16);
    public static final MapSpec HASH_WIDE = MapSpec.of("hash_wide", MapType.HASH, 8, 16, 16);
    public static final MapSpec ARRAY = MapSpec.of("array", MapType.ARRAY, 4, 16, 4);
    public static final MapSpec PERCPU_ARRAY = MapSpec.of("percpu_array", MapType.PERCPU_ARRAY, 4, 8, 4);
    public static final MapSpec LRU_HASH = MapSpec.of("lru_hash", MapType.LRU_HASH, 4, 8, 16);
    public static final MapSpec SOCKMAP = MapSpec.of("sockmap", MapType.SOCKMAP, 4, 8, 4);
    public static final MapSpec SOCKHASH = MapSpec.of("sockhash", MapType.SOCKHASH, 4, 8, 4);
    public static final MapSpec REUSEPORT = MapSpec.of("reuseport", MapType.REUSEPORT_SOCKARRAY, 4, 8, 4);
    public static final MapSpec PROG_ARRAY = MapSpec.of("progs", MapType.PROG_ARRAY, 4, 4, 4);
    public static final MapSpec RINGBUF = MapSpec.of("ringbuf", MapType.RINGBUF, 0, 0, 4096);
    public static final MapSpec QUEUE = MapSpec.of("queue", MapType.QUEUE, 0, 8, 16);

    /** Every map a generated program may declare. */
    public static final List<MapSpec> MAPS = List.of(HASH, HASH_WIDE, ARRAY, PERCPU_ARRAY, LRU_HASH, SOCKMAP,
            SOCKHASH, REUSEPORT, PROG_ARRAY, RINGBUF, QUEUE);

    private static final List<MapSpec> DATA_MAPS = List.of(HASH, HASH_WIDE, ARRAY, PERCPU_ARRAY, LRU_HASH);

    /** Argument kinds the generic helper family cannot build; such helpers are only called by mistake. */
    private static final Set<ArgType> UNBUILDABLE = EnumSet.of(ArgType.PTR_TO_FUNC, ArgType.PTR_TO_DYNPTR,
            ArgType.PTR_TO_BTF_ID, ArgType.PTR_TO_BTF_ID_OR_NULL, ArgType.PTR_TO_SPIN_LOCK, ArgType.PTR_TO_TIMER,
            ArgType.PTR_TO_CONST_STR, ArgType.PTR_TO_RINGBUF_MEM, ArgType.KPTR_XCHG_DEST,
            ArgType.PTR_TO_PERCPU_BTF_ID);

    private static final Set<ArgType> SOCKET_ARGS = EnumSet.of(ArgType.PTR_TO_SOCKET,
            ArgType.PTR_TO_SOCKET_OR_NULL, ArgType.PTR_TO_SOCK_COMMON, ArgType.PTR_TO_BTF_ID_SOCK_COMMON,
            ArgType.PTR_TO_BTF_ID_SOCK_COMMON_OR_NULL);

    private final ProgramType type;
    private final AttachType attach;
    private final boolean randomAttach;
    private final ProgramMix mix;

    private ProgramGen(ProgramType type, AttachType attach, boolean randomAttach, ProgramMix mix) {
        this.type = type;
        this.attach = attach;
        this.randomAttach = randomAttach;
        this.mix = mix;
    }

    /**
     * Programs of {@code type} with the balanced mix; the expected attach type is drawn from those
     * the type accepts (none when the type takes none).
     */
    public static ProgramGen of(ProgramType type) {
        if (CtxLayout.of(type) == null) {
            throw new IllegalArgumentException("no context layout for program type " + type.shortName());
        }
        return new ProgramGen(type, null, true, ProgramMix.balanced());
    }

    /** Programs of one of {@code types}, drawn uniformly, with {@code mix}. */
    public static Gen<Program> anyOf(List<ProgramType> types, ProgramMix mix) {
        List<ProgramGen> gens = types.stream().map(t -> of(t).withMix(mix)).toList();
        return new Gen<>() {
            @Override
            public Program generate(SplittableRandom r, int size) {
                return gens.get(r.nextInt(gens.size())).generate(r, size);
            }

            @Override
            public Stream<Program> shrink(Program value) {
                return ProgramShrinker.candidates(value);
            }
        };
    }

    public ProgramGen withMix(ProgramMix m) {
        return new ProgramGen(type, attach, randomAttach, m);
    }

    /** A fixed expected attach type (null = none). */
    public ProgramGen withAttach(AttachType a) {
        return new ProgramGen(type, a, false, mix);
    }

    public ProgramType type() {
        return type;
    }

    public ProgramMix mix() {
        return mix;
    }

    @Override
    public Program generate(SplittableRandom r, int size) {
        AttachType a = attach;
        if (randomAttach) {
            List<AttachType> choices = type.expectedAttachTypes().stream()
                    .sorted(Comparator.comparingInt(AttachType::id)).toList();
            a = choices.isEmpty() ? null : choices.get(r.nextInt(choices.size()));
        }
        return new Build(r, Math.max(1, size), a).program();
    }

    /** Smaller variants of {@code value}: see {@link ProgramShrinker}. */
    @Override
    public Stream<Program> shrink(Program value) {
        return ProgramShrinker.candidates(value);
    }

    // ---- generation -----------------------------------------------------------------------------

    /** What the generator believes about one frame's registers and stack. */
    private static final class Frame {
        final boolean main;
        boolean ctx;
        boolean r7;
        boolean r8;
        /** r9 holds a socket reference (maybe NULL) that must be released. */
        boolean held;
        /** r9 is a loop counter. */
        boolean r9Busy;
        int loops;
        /** stack[k]: byte fp-k was written. */
        boolean[] stack = new boolean[STACK + 1];

        Frame(boolean main) {
            this.main = main;
        }

        Frame copy() {
            Frame c = new Frame(main);
            c.ctx = ctx;
            c.r7 = r7;
            c.r8 = r8;
            c.held = held;
            c.r9Busy = r9Busy;
            c.loops = loops;
            c.stack = stack.clone();
            return c;
        }

        /** The state after two paths join: only what both guarantee, but any held reference. */
        void joinWith(Frame o) {
            ctx &= o.ctx;
            r7 &= o.r7;
            r8 &= o.r8;
            held |= o.held;
            for (int i = 0; i < stack.length; i++) {
                stack[i] &= o.stack[i];
            }
        }
    }

    private static final int STACK = 128;

    private enum ArgKind { NONE, CTX, SCALAR, STACK }

    private record Pending(String name, ArgKind arg, int depth) {
    }

    private final class Build {
        final SplittableRandom r;
        final int size;
        final AttachType attach;
        final CtxLayout layout;
        final List<Insn> insns = new ArrayList<>();
        final Map<String, Integer> labels = new HashMap<>();
        final List<Relocation> relocs = new ArrayList<>();
        final LinkedHashSet<MapSpec> maps = new LinkedHashSet<>();
        final List<Program.Function> functions = new ArrayList<>();
        final Deque<Pending> pending = new ArrayDeque<>();
        int labelCount;
        int functionCount;
        int depth;
        int funcDepth;
        int stackTop;
        int budget;
        Frame f = new Frame(true);

        Build(SplittableRandom r, int size, AttachType attach) {
            this.r = r;
            this.size = size;
            this.attach = attach;
            this.layout = CtxLayout.of(type, attach);
            this.budget = 4 + size * 3;
        }

        Program program() {
            if (!rare()) {
                mov(Reg.R6, Reg.R1);
                f.ctx = true;
            }
            if (f.ctx && chance(0.6)) {
                ctxScalar(Reg.R7);
            }
            int n = 1 + r.nextInt(1 + size / 5);
            for (int i = 0; i < n && budget > 0; i++) {
                snippet();
            }
            epilogue(true);
            while (!pending.isEmpty()) {
                function(pending.removeFirst());
            }
            List<MapSpec> used = new ArrayList<>(maps);
            return new Program("diff", type, attach, "GPL", insns, labels, relocs, used, functions, List.of(), null);
        }

        // ---- emission ----

        void emit(Insn i) {
            insns.add(i);
            budget--;
        }

        String label() {
            return "L" + labelCount++;
        }

        void bind(String l) {
            labels.put(l, insns.size());
        }

        void mov(Reg d, int imm) {
            emit(Insn.mov64(d, imm));
        }

        void mov(Reg d, Reg s) {
            emit(Insn.mov64(d, s));
        }

        void add(Reg d, int imm) {
            emit(Insn.alu64(AluOp.ADD, d, imm));
        }

        void ld(Size s, Reg d, Reg src, int off) {
            emit(Insn.load(s, d, src, off));
        }

        void st(Size s, Reg d, int off, int imm) {
            emit(Insn.store(s, d, off, imm));
        }

        void jmp(JmpOp op, Reg d, int imm, String l) {
            emit(new Insn.Jump(false, op, d, new Imm(imm), Target.label(l)));
        }

        void jmp(JmpOp op, Reg d, Reg s, String l) {
            emit(new Insn.Jump(false, op, d, s, Target.label(l)));
        }

        void ja(String l) {
            emit(Insn.ja(Target.label(l)));
        }

        void call(Helper h) {
            emit(Insn.call(h.id()));
        }

        void ldMap(Reg d, MapSpec m) {
            relocs.add(Relocation.map(insns.size(), m.name()));
            emit(Insn.ldMap(d));
            maps.add(m);
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        /** A deliberate mistake, at the mix's rate. */
        boolean oops() {
            return r.nextDouble() < mix.mistakeRate();
        }

        /** A mistake at a fifth of the rate, for mistakes that would spoil every program. */
        boolean rare() {
            return r.nextDouble() < mix.mistakeRate() / 5;
        }

        <T> T pick(List<T> l) {
            return l.get(r.nextInt(l.size()));
        }

        Size size(int bytes) {
            return switch (bytes) {
                case 1 -> Size.B;
                case 2 -> Size.H;
                case 4 -> Size.W;
                default -> Size.DW;
            };
        }

        Size anySize() {
            return Size.values()[r.nextInt(4)];
        }

        int smallImm() {
            return switch (r.nextInt(6)) {
                case 0 -> 0;
                case 1 -> 1;
                case 2 -> r.nextInt(-8, 9);
                case 3 -> r.nextInt(0, 256);
                case 4 -> r.nextInt(-70000, 70000);
                default -> r.nextInt();
            };
        }

        Reg ctxReg() {
            return f.ctx ? Reg.R6 : Reg.R1;
        }

        // ---- stack ----

        /** Reserves {@code len} bytes of stack for this piece of code; returns k for fp-k. */
        int alloc(int len) {
            int l = (len + 7) & ~7;
            stackTop += l + (chance(0.2) ? 8 : 0);
            if (stackTop > STACK) {
                stackTop = l;
            }
            return stackTop;
        }

        boolean stackInit(int off, int len) {
            for (int k = off; k > off - len; k--) {
                if (k < 1 || k > STACK || !f.stack[k]) {
                    return false;
                }
            }
            return true;
        }

        /** Writes bytes fp-off .. fp-off+len-1 with the widest aligned stores. */
        void initStack(int off, int len) {
            int pos = -off;
            int end = -off + len;
            while (pos < end) {
                int rem = end - pos;
                int w = rem >= 8 && pos % 8 == 0 ? 8 : rem >= 4 && pos % 4 == 0 ? 4 : rem >= 2 && pos % 2 == 0 ? 2 : 1;
                if (chance(0.15) && w >= 4) {
                    mov(Reg.R0, smallImm());
                    emit(Insn.store(size(w), Reg.R10, pos, Reg.R0));
                } else {
                    st(size(w), Reg.R10, pos, w == 8 ? smallImm() : r.nextInt(0, 1 << Math.min(30, 8 * w - 1)));
                }
                mark(pos, w);
                pos += w;
            }
        }

        void mark(int pos, int w) {
            for (int b = pos; b < pos + w; b++) {
                if (b < 0 && -b <= STACK) {
                    f.stack[-b] = true;
                }
            }
        }

        /** Points {@code reg} at {@code len} bytes of stack, written first when {@code init}. */
        void stackPtr(Reg reg, int len, boolean init) {
            int off = alloc(Math.max(len, 1));
            if (init && !stackInit(off, len) && !oops()) {
                initStack(off, len);
            }
            mov(reg, Reg.R10);
            add(reg, -off);
        }

        // ---- structure ----

        Set<RuleFamily> allowed() {
            EnumSet<RuleFamily> s = EnumSet.allOf(RuleFamily.class);
            if (!f.ctx) {
                s.removeAll(EnumSet.of(RuleFamily.CTX, RuleFamily.PACKET, RuleFamily.SOCKET));
            }
            if (packetFields() == null && !legacyPacket()) {
                s.remove(RuleFamily.PACKET);
            }
            if (f.r9Busy || f.held || f.loops > 0 || depth >= 2) {
                s.remove(RuleFamily.LOOP);
            }
            if (functionCount >= 3 || funcDepth >= 2) {
                s.remove(RuleFamily.CALL);
            }
            if (depth >= 3) {
                s.remove(RuleFamily.BRANCH);
            }
            return s;
        }

        void snippet() {
            if (budget <= 0) {
                return;
            }
            stackTop = 0;
            RuleFamily fam = mix.pick(r, allowed());
            if (fam == null) {
                fam = RuleFamily.ALU;
            }
            depth++;
            try {
                switch (fam) {
                    case STACK -> stack();
                    case CTX -> ctx();
                    case ALU -> alu();
                    case MAP -> map();
                    case SOCKET -> socket();
                    case HELPER -> helper();
                    case BRANCH -> branch();
                    case LOOP -> loop();
                    case CALL -> callLocal();
                    case PACKET -> packet();
                    case RETURN -> earlyExit();
                }
            } finally {
                depth--;
            }
        }

        /** Releases what is held, sets R0 and exits. */
        void epilogue(boolean main) {
            if (f.held && !oops()) {
                releaseHeld();
            }
            if (oops()) {
                switch (r.nextInt(4)) {
                    case 0 -> { } // R0 as the code left it, perhaps unset
                    case 1 -> mov(Reg.R0, pick(List.of(2, -1, 7, 256)));
                    case 2 -> mov(Reg.R0, f.r7 ? Reg.R7 : Reg.R8);
                    default -> mov(Reg.R0, f.ctx ? Reg.R6 : Reg.R10);
                }
            } else if (f.r7 && chance(0.25)) {
                mov(Reg.R0, Reg.R7);
                emit(Insn.alu64(AluOp.AND, Reg.R0, 1));
            } else if (!main && chance(0.4)) {
                mov(Reg.R0, smallImm());
            } else {
                mov(Reg.R0, chance(0.6) ? 1 : 0);
            }
            emit(Insn.exit());
        }

        void earlyExit() {
            Reg c = scalarReg();
            String cont = label();
            jmp(randomOp(), c, smallImm(), cont);
            if (f.held && !oops()) {
                String skip = label();
                jmp(JmpOp.JEQ, Reg.R9, 0, skip);
                mov(Reg.R1, Reg.R9);
                call(Helper.SK_RELEASE);
                bind(skip);
            }
            mov(Reg.R0, oops() ? 3 : r.nextInt(2));
            emit(Insn.exit());
            bind(cont);
        }

        /** A register holding a scalar (loading one first when needed, unless by mistake). */
        Reg scalarReg() {
            if (f.r7 && (!f.r8 || chance(0.6))) {
                return Reg.R7;
            }
            if (f.r8) {
                return Reg.R8;
            }
            if (oops()) {
                return Reg.R7;
            }
            if (f.ctx && chance(0.7)) {
                ctxScalar(Reg.R7);
            } else {
                call(Helper.GET_PRANDOM_U32);
                mov(Reg.R7, Reg.R0);
                f.r7 = true;
            }
            return Reg.R7;
        }

        JmpOp randomOp() {
            return JmpOp.values()[r.nextInt(JmpOp.values().length)];
        }

        void nested(int max) {
            int n = 1 + r.nextInt(max);
            for (int i = 0; i < n && budget > 0; i++) {
                int saved = stackTop;
                snippet();
                stackTop = saved;
            }
        }

        void branch() {
            Reg c = scalarReg();
            JmpOp op = randomOp();
            boolean j32 = chance(0.2);
            Operand src = f.r7 && f.r8 && chance(0.25) ? (c == Reg.R7 ? Reg.R8 : Reg.R7)
                    : new Imm(chance(0.3) ? r.nextInt(0, 4) : smallImm());
            String skip = label();
            emit(new Insn.Jump(j32, op, c, src, Target.label(skip)));
            Frame before = f.copy();
            nested(2);
            if (chance(0.3)) {
                String end = label();
                ja(end);
                bind(skip);
                Frame then = f;
                f = before.copy();
                nested(2);
                bind(end);
                f.joinWith(then);
            } else {
                bind(skip);
                f.joinWith(before);
            }
        }

        void loop() {
            int n = 1 + r.nextInt(24);
            f.r9Busy = true;
            f.loops++;
            try {
                int variant = r.nextInt(10);
                if (variant == 9 && chance(0.6)) {
                    variant = 0; // may_goto loops are slow for the kernel too: keep them rare
                }
                switch (variant) {
                    case 0, 1, 2, 3, 4, 5, 6, 7 -> {
                        mov(Reg.R9, 0);
                        String top = label();
                        bind(top);
                        // A loop that never advances; with an empty body the kernel sees the same
                        // state again at once, where a body would make it walk to its 1M limit.
                        boolean stuck = rare();
                        if (!stuck) {
                            nested(2);
                            add(Reg.R9, chance(0.8) ? 1 : 2);
                        }
                        jmp(chance(0.8) ? JmpOp.JLT : JmpOp.JLE, Reg.R9, n, top);
                    }
                    case 8 -> {
                        Reg c = scalarReg();
                        mov(Reg.R9, c);
                        if (!rare()) {
                            emit(Insn.alu64(AluOp.AND, Reg.R9, 15));
                        }
                        String top = label();
                        String done = label();
                        bind(top);
                        jmp(JmpOp.JSLE, Reg.R9, 0, done);
                        nested(1);
                        add(Reg.R9, -1);
                        ja(top);
                        bind(done);
                    }
                    default -> {
                        String top = label();
                        String done = label();
                        bind(top);
                        emit(new Insn.MayGoto(Target.label(done)));
                        nested(1);
                        ja(top);
                        bind(done);
                    }
                }
            } finally {
                f.r9Busy = false;
                f.loops--;
            }
        }

        void callLocal() {
            String name = "f" + functionCount++;
            ArgKind arg = ArgKind.values()[r.nextInt(ArgKind.values().length)];
            switch (arg) {
                case CTX -> mov(Reg.R1, oops() ? Reg.R10 : ctxReg());
                case SCALAR -> {
                    if (f.r7 && chance(0.5)) {
                        mov(Reg.R1, Reg.R7);
                    } else {
                        mov(Reg.R1, smallImm());
                    }
                }
                case STACK -> stackPtr(Reg.R1, 8, true);
                case NONE -> { }
            }
            if (chance(0.3)) {
                mov(Reg.R2, smallImm());
            }
            emit(new Insn.CallLocal(Target.label(name)));
            if (oops()) {
                mov(Reg.R0, pick(List.of(Reg.R1, Reg.R2, Reg.R3)));
            }
            if (chance(0.5)) {
                mov(Reg.R7, Reg.R0);
                f.r7 = true;
            }
            pending.add(new Pending(name, arg, funcDepth + 1));
        }

        void function(Pending p) {
            bind(p.name());
            functions.add(new Program.Function(p.name(), insns.size()));
            Frame savedFrame = f;
            int savedDepth = funcDepth;
            f = new Frame(false);
            funcDepth = p.depth();
            budget = Math.max(budget, 12);
            switch (p.arg()) {
                case CTX -> {
                    if (!rare()) {
                        mov(Reg.R6, Reg.R1);
                        f.ctx = true;
                    }
                }
                case SCALAR -> {
                    mov(Reg.R7, Reg.R1);
                    f.r7 = true;
                }
                case STACK -> {
                    ld(Size.DW, Reg.R7, Reg.R1, oops() ? 8 : 0);
                    f.r7 = true;
                }
                case NONE -> { }
            }
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n && budget > 0; i++) {
                snippet();
            }
            epilogue(false);
            f = savedFrame;
            funcDepth = savedDepth;
        }

        // ---- STACK ----

        void stack() {
            switch (r.nextInt(5)) {
                case 0, 1 -> {
                    Size s = anySize();
                    int off = (1 + r.nextInt(STACK / s.bytes())) * s.bytes();
                    if (oops()) {
                        off = pick(List.of(off + 1, 0, -8, STACK * 4 + 8, 513));
                    }
                    st(s, Reg.R10, -off, smallImm());
                    mark(-off, s.bytes());
                }
                case 2 -> {
                    // spill and fill
                    Reg src = f.r7 ? Reg.R7 : f.ctx ? Reg.R6 : Reg.R7;
                    int off = 8 * (1 + r.nextInt(STACK / 8));
                    emit(Insn.store(Size.DW, Reg.R10, -off, src));
                    mark(-off, 8);
                    Size back = oops() ? pick(List.of(Size.W, Size.B)) : Size.DW;
                    ld(back, Reg.R2, Reg.R10, -off);
                    if (src == Reg.R6) {
                        CtxField fd = readableField(CtxValueKind.SCALAR);
                        if (fd != null) {
                            int[] os = readAt(fd);
                            ld(size(os[1]), Reg.R0, Reg.R2, os[0]);
                        }
                    }
                }
                case 3 -> {
                    // read back what was written
                    List<Integer> inited = new ArrayList<>();
                    for (int k = 8; k <= STACK; k += 8) {
                        if (stackInit(k, 8)) {
                            inited.add(k);
                        }
                    }
                    int off;
                    if (inited.isEmpty() || oops()) {
                        off = 8 * (1 + r.nextInt(STACK / 8));
                        if (!oops()) {
                            initStack(off, 8);
                        }
                    } else {
                        off = pick(inited);
                    }
                    Size s = anySize();
                    Reg d = chance(0.5) ? Reg.R7 : Reg.R8;
                    ld(s, d, Reg.R10, -off + (s.bytes() < 8 ? s.bytes() * r.nextInt(8 / s.bytes()) : 0));
                    if (d == Reg.R7) {
                        f.r7 = true;
                    } else {
                        f.r8 = true;
                    }
                }
                default -> {
                    int off = 8 * (1 + r.nextInt(STACK / 8));
                    if (!oops()) {
                        initStack(off, 8);
                    }
                    mov(Reg.R1, 1);
                    AtomicOp op = pick(List.of(AtomicOp.values()));
                    emit(new Insn.Atomic(chance(0.7) ? Size.DW : Size.W, op, Reg.R10, -off, Reg.R1));
                }
            }
        }

        // ---- CTX ----

        List<CtxField> readable() {
            return layout.fields().stream().filter(x -> x.readable() && x.availableWith(attach)).toList();
        }

        CtxField readableField(CtxValueKind kind) {
            List<CtxField> l = readable().stream().filter(x -> kind == null || x.kind() == kind).toList();
            return l.isEmpty() ? null : pick(l);
        }

        /** An allowed {offset, size} inside {@code fd}. */
        int[] readAt(CtxField fd) {
            List<Integer> sizes = fd.readSizes().stream().sorted().toList();
            int s = pick(sizes);
            int off = fd.offset();
            if (fd.readInside() && fd.size() > s) {
                off += s * r.nextInt(fd.size() / s);
            }
            return new int[] {off, s};
        }

        /** Loads a scalar context field into {@code d}. */
        void ctxScalar(Reg d) {
            CtxField fd = readableField(CtxValueKind.SCALAR);
            if (fd == null) {
                mov(d, smallImm());
            } else {
                int[] os = readAt(fd);
                ld(size(os[1]), d, ctxReg(), os[0]);
            }
            if (d == Reg.R7) {
                f.r7 = true;
            } else if (d == Reg.R8) {
                f.r8 = true;
            }
        }

        void ctx() {
            if (oops()) {
                switch (r.nextInt(5)) {
                    case 0 -> {
                        Size s = anySize();
                        int off = r.nextInt(layout.size() + 16);
                        if (chance(0.6)) {
                            off &= -s.bytes();
                        }
                        ld(s, Reg.R0, ctxReg(), off);
                    }
                    case 1 -> {
                        CtxField fd = pick(layout.fields());
                        Size s = size(pick(List.of(1, 2, 4, 8)));
                        if (chance(0.5)) {
                            st(s, ctxReg(), fd.offset(), smallImm());
                        } else {
                            mov(Reg.R1, smallImm());
                            emit(Insn.store(s, ctxReg(), fd.offset(), Reg.R1));
                        }
                    }
                    case 2 -> {
                        CtxField fd = readableField(null);
                        int[] os = readAt(fd);
                        mov(Reg.R2, ctxReg());
                        add(Reg.R2, os[0]);
                        ld(size(os[1]), Reg.R0, Reg.R2, 0);
                    }
                    case 3 -> {
                        CtxField fd = pick(layout.fields());
                        ld(pick(List.of(Size.values())), Reg.R0, ctxReg(), fd.offset() + (chance(0.5) ? 1 : 0));
                    }
                    default -> {
                        CtxField fd = readableField(CtxValueKind.SCALAR);
                        if (fd != null) {
                            int[] os = readAt(fd);
                            // ldsx has no 8-byte form
                            emit(new Insn.Load(size(Math.min(os[1], 4)), true, Reg.R7, ctxReg(), os[0]));
                            f.r7 = true;
                        }
                    }
                }
                return;
            }
            // Writes to writable fields.
            List<CtxField> writable = layout.fields().stream()
                    .filter(x -> x.writable() && x.availableWith(attach)).toList();
            if (!writable.isEmpty() && chance(0.15)) {
                CtxField fd = pick(writable);
                int s = pick(fd.writeSizes().stream().sorted().toList());
                int off = fd.offset();
                if (fd.writeInside() && fd.size() > s) {
                    off += s * r.nextInt(fd.size() / s);
                }
                if (f.r7 && chance(0.5)) {
                    emit(Insn.store(size(s), ctxReg(), off, Reg.R7));
                } else {
                    st(size(s), ctxReg(), off, smallImm());
                }
                return;
            }
            CtxField fd = readableField(null);
            int[] os = readAt(fd);
            if (fd.kind() == CtxValueKind.SCALAR) {
                Reg d = chance(0.5) ? Reg.R7 : Reg.R8;
                ld(size(os[1]), d, ctxReg(), os[0]);
                if (d == Reg.R7) {
                    f.r7 = true;
                } else {
                    f.r8 = true;
                }
                return;
            }
            ld(size(os[1]), Reg.R2, ctxReg(), os[0]);
            CtxLayout pointee = CtxLayout.pointee(fd.kind());
            if (pointee != null) {
                String skip = label();
                if (fd.kind().maybeNull() && !oops()) {
                    jmp(JmpOp.JEQ, Reg.R2, 0, skip);
                }
                sockRead(Reg.R2, pointee, Reg.R7);
                bind(skip);
            }
        }

        /** Loads a field of the socket in {@code sk} into {@code d} (a scalar register). */
        void sockRead(Reg sk, CtxLayout pointee, Reg d) {
            if (oops()) {
                Size s = anySize();
                int off = r.nextInt(pointee.size() + 8);
                if (chance(0.3)) {
                    st(Size.W, sk, off & -4, 1);
                } else {
                    ld(s, d, sk, off);
                }
            } else {
                List<CtxField> l = pointee.fields().stream().filter(CtxField::readable).toList();
                CtxField fd = pick(l);
                int[] os = readAt(fd);
                ld(size(os[1]), d, sk, os[0]);
            }
            if (d == Reg.R7) {
                f.r7 = true;
            } else if (d == Reg.R8) {
                f.r8 = true;
            }
        }

        // ---- ALU ----

        void alu() {
            Reg d = chance(0.5) ? Reg.R7 : Reg.R8;
            boolean init = d == Reg.R7 ? f.r7 : f.r8;
            if (!init && !oops()) {
                if (f.ctx && chance(0.5)) {
                    ctxScalar(d);
                } else {
                    mov(d, smallImm());
                }
            }
            if (d == Reg.R7) {
                f.r7 = true;
            } else {
                f.r8 = true;
            }
            switch (r.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> {
                    AluOp op = pick(List.of(AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.MOD, AluOp.OR,
                            AluOp.AND, AluOp.XOR, AluOp.LSH, AluOp.RSH, AluOp.ARSH, AluOp.SDIV, AluOp.SMOD, AluOp.MOV));
                    boolean wide = chance(0.7);
                    int width = wide ? 64 : 32;
                    int imm = smallImm();
                    if (op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH) {
                        imm = oops() ? width + r.nextInt(8) : r.nextInt(width);
                    } else if (op == AluOp.DIV || op == AluOp.MOD || op == AluOp.SDIV || op == AluOp.SMOD) {
                        imm = oops() ? 0 : (imm == 0 ? 3 : imm);
                    }
                    emit(new Insn.Alu(wide, op, d, new Imm(imm)));
                }
                case 5 -> {
                    Reg s = d == Reg.R7 ? Reg.R8 : Reg.R7;
                    if (!(s == Reg.R7 ? f.r7 : f.r8) && !oops()) {
                        mov(s, smallImm());
                        if (s == Reg.R7) {
                            f.r7 = true;
                        } else {
                            f.r8 = true;
                        }
                    }
                    AluOp op = pick(List.of(AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.MOD, AluOp.OR,
                            AluOp.AND, AluOp.XOR, AluOp.LSH, AluOp.RSH, AluOp.ARSH));
                    emit(new Insn.Alu(chance(0.7), op, d, s));
                }
                case 6 -> {
                    switch (r.nextInt(3)) {
                        case 0 -> emit(new Insn.Neg(chance(0.7), d));
                        case 1 -> emit(new Insn.Endian(EndianOp.values()[r.nextInt(EndianOp.values().length)],
                                pick(List.of(16, 32, 64)), d));
                        default -> {
                            AluOp op = pick(List.of(AluOp.MOVSX8, AluOp.MOVSX16, AluOp.MOVSX32));
                            boolean wide = op == AluOp.MOVSX32 || chance(0.7);
                            emit(new Insn.Alu(wide, op, d, d));
                        }
                    }
                }
                case 7 -> emit(Insn.ldImm64(d, chance(0.5) ? r.nextLong() : r.nextInt(0, 1 << 20)));
                default -> pointerArithmetic();
            }
        }

        void pointerArithmetic() {
            boolean wrong = oops() || oops();
            if (!wrong) {
                // Stack pointer arithmetic the kernel allows: constant offsets, then an access.
                int off = 8 * (1 + r.nextInt(STACK / 8));
                mov(Reg.R2, Reg.R10);
                add(Reg.R2, -off);
                st(Size.DW, Reg.R2, 0, smallImm());
                mark(-off, 8);
                if (chance(0.5)) {
                    ld(Size.DW, Reg.R3, Reg.R2, 0);
                }
                return;
            }
            switch (r.nextInt(6)) {
                case 0 -> {
                    mov(Reg.R2, ctxReg());
                    add(Reg.R2, 4 * r.nextInt(1, 8));
                    ld(Size.W, Reg.R0, Reg.R2, 0);
                }
                case 1 -> {
                    mov(Reg.R2, Reg.R10);
                    emit(new Insn.Alu(true, pick(List.of(AluOp.MUL, AluOp.OR, AluOp.AND, AluOp.LSH, AluOp.DIV)),
                            Reg.R2, new Imm(2)));
                }
                case 2 -> {
                    mov(Reg.R2, Reg.R10);
                    Reg s = scalarReg();
                    emit(Insn.alu64(AluOp.ADD, Reg.R2, s));
                    st(Size.B, Reg.R2, -1, 0);
                }
                case 3 -> {
                    mov(Reg.R2, Reg.R10);
                    emit(Insn.alu64(AluOp.ADD, Reg.R2, ctxReg()));
                }
                case 4 -> {
                    mov(Reg.R2, ctxReg());
                    emit(Insn.alu64(AluOp.SUB, Reg.R2, Reg.R10));
                }
                default -> {
                    mov(Reg.R2, ctxReg());
                    emit(new Insn.Alu(false, AluOp.ADD, Reg.R2, new Imm(8)));
                    ld(Size.W, Reg.R0, Reg.R2, 0);
                }
            }
        }

        // ---- MAP ----

        void map() {
            MapSpec m = pick(DATA_MAPS);
            if (rare()) {
                m = pick(List.of(RINGBUF, PROG_ARRAY, QUEUE, SOCKMAP));
            }
            int op = r.nextInt(10);
            if (op < 6) {
                lookup(m);
            } else if (op < 8) {
                stackPtr(Reg.R2, m.keySize(), true);
                stackPtr(Reg.R3, m.valueSize(), true);
                ldMap(Reg.R1, m);
                mov(Reg.R4, oops() ? 4 : r.nextInt(3));
                call(Helper.MAP_UPDATE_ELEM);
                resultToScalar();
            } else {
                stackPtr(Reg.R2, m.keySize(), true);
                ldMap(Reg.R1, m);
                call(Helper.MAP_DELETE_ELEM);
                resultToScalar();
            }
        }

        void resultToScalar() {
            if (chance(0.4)) {
                mov(Reg.R7, Reg.R0);
                f.r7 = true;
            }
        }

        void lookup(MapSpec m) {
            if (oops() && chance(0.5)) {
                mov(Reg.R2, f.r7 ? Reg.R7 : Reg.R10);
            } else {
                stackPtr(Reg.R2, m.keySize(), true);
            }
            if (rare()) {
                mov(Reg.R1, 0);
            } else {
                ldMap(Reg.R1, m);
            }
            call(Helper.MAP_LOOKUP_ELEM);
            String skip = label();
            if (!oops()) {
                if (chance(0.8)) {
                    jmp(JmpOp.JEQ, Reg.R0, 0, skip);
                } else {
                    String use = label();
                    jmp(JmpOp.JNE, Reg.R0, 0, use);
                    ja(skip);
                    bind(use);
                }
            }
            int vs = Math.max(m.valueSize(), 1);
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                Size s = anySize();
                while (s.bytes() > vs) {
                    s = Size.B;
                }
                int off = s.bytes() * r.nextInt(vs / s.bytes());
                if (oops()) {
                    off = pick(List.of(vs, vs - s.bytes() + 1, -s.bytes(), off + 1));
                }
                switch (r.nextInt(4)) {
                    case 0 -> {
                        ld(s, Reg.R7, Reg.R0, off);
                        f.r7 = true;
                    }
                    case 1 -> ld(s, Reg.R1, Reg.R0, off);
                    case 2 -> st(s, Reg.R0, off, smallImm());
                    default -> {
                        Size as = s.bytes() >= 8 ? Size.DW : Size.W;
                        if (as.bytes() > vs || off % as.bytes() != 0) {
                            ld(s, Reg.R1, Reg.R0, off);
                        } else {
                            mov(Reg.R1, 1);
                            emit(new Insn.Atomic(as, pick(List.of(AtomicOp.values())), Reg.R0, off, Reg.R1));
                        }
                    }
                }
            }
            bind(skip);
        }

        // ---- SOCKET ----

        void socket() {
            List<Runnable> options = new ArrayList<>();
            boolean lookupHelpers = HelperAccess.allowed(type, attach, Helper.SK_LOOKUP_TCP);
            if (lookupHelpers) {
                options.add(this::skLookup);
                options.add(this::skLookup);
            } else if (rare()) {
                options.add(this::skLookup);
            }
            // A sockmap lookup returns a reference only bpf_sk_release can drop.
            if (HelperAccess.allowed(type, attach, Helper.SK_RELEASE) || rare()) {
                options.add(this::sockmapLookup);
            }
            if (socketField() != null) {
                options.add(this::ctxSocket);
            }
            switch (type) {
                case SK_REUSEPORT -> options.add(this::selectReuseport);
                case SK_MSG -> {
                    options.add(this::msgHelpers);
                    options.add(this::msgHelpers);
                }
                case SOCK_OPS -> options.add(this::sockOpsHelpers);
                default -> { }
            }
            if (f.held) {
                options.add(this::releaseHeld);
                options.add(this::releaseHeld);
            }
            if (options.isEmpty()) {
                ctx();
            } else {
                pick(options).run();
            }
        }

        CtxField socketField() {
            List<CtxField> l = readable().stream().filter(x -> CtxLayout.pointee(x.kind()) != null).toList();
            return l.isEmpty() ? null : pick(l);
        }

        void skLookup() {
            Helper h = pick(List.of(Helper.SK_LOOKUP_TCP, Helper.SK_LOOKUP_UDP, Helper.SKC_LOOKUP_TCP));
            int tuple = chance(0.7) ? 12 : 36;
            mov(Reg.R1, ctxReg());
            stackPtr(Reg.R2, tuple, true);
            if (oops()) {
                switch (r.nextInt(3)) {
                    case 0 -> mov(Reg.R3, 0);
                    case 1 -> mov(Reg.R3, Reg.R7);
                    default -> mov(Reg.R3, tuple + 64);
                }
            } else {
                mov(Reg.R3, tuple);
            }
            mov(Reg.R4, chance(0.7) ? -1 : 0);
            mov(Reg.R5, oops() ? 1 : 0);
            call(h);
            useAcquired(h == Helper.SKC_LOOKUP_TCP ? CtxLayout.sockCommon() : CtxLayout.bpfSock());
        }

        void sockmapLookup() {
            MapSpec m = chance(0.5) ? SOCKMAP : SOCKHASH;
            stackPtr(Reg.R2, 4, true);
            ldMap(Reg.R1, m);
            call(Helper.MAP_LOOKUP_ELEM);
            useAcquired(CtxLayout.bpfSock());
        }

        /** R0 holds a new socket reference or NULL: check, use, release (or hold it in r9). */
        void useAcquired(CtxLayout pointee) {
            boolean hold = f.main && !f.held && !f.r9Busy && f.loops == 0 && depth <= 1 && chance(0.3);
            Reg s = hold ? Reg.R9 : Reg.R8;
            mov(s, Reg.R0);
            if (s == Reg.R8) {
                f.r8 = false;
            }
            String skip = label();
            if (!oops()) {
                jmp(JmpOp.JEQ, s, 0, skip);
            }
            int uses = r.nextInt(3);
            for (int i = 0; i < uses; i++) {
                if (chance(0.5)) {
                    sockRead(s, pointee, Reg.R7);
                } else {
                    socketAction(s);
                }
            }
            if (hold) {
                bind(skip);
                f.held = true;
                return;
            }
            if (!oops()) {
                mov(Reg.R1, s);
                call(Helper.SK_RELEASE);
                if (rare()) {
                    mov(Reg.R1, s);
                    call(Helper.SK_RELEASE);
                } else if (rare()) {
                    ld(Size.W, Reg.R0, s, 4);
                }
            }
            bind(skip);
        }

        void releaseHeld() {
            String skip = label();
            if (!oops()) {
                jmp(JmpOp.JEQ, Reg.R9, 0, skip);
            }
            mov(Reg.R1, Reg.R9);
            call(Helper.SK_RELEASE);
            bind(skip);
            f.held = false;
        }

        /** Something the program type does with a non-NULL socket in {@code s}. */
        void socketAction(Reg s) {
            List<Helper> onSocket = HelperAccess.helpers(type, attach).stream()
                    .filter(h -> h != Helper.SK_RELEASE && h.proto(type).args().size() >= 1
                            && SOCKET_ARGS.contains(h.proto(type).arg(0))
                            && h.proto(type).args().stream().skip(1).allMatch(a -> a == ArgType.ANYTHING))
                    .toList();
            int k = r.nextInt(4);
            if (k == 0 && HelperAccess.allowed(type, attach, Helper.SK_ASSIGN)) {
                mov(Reg.R1, ctxReg());
                mov(Reg.R2, s);
                mov(Reg.R3, oops() ? 8 : r.nextInt(2));
                call(Helper.SK_ASSIGN);
                resultToScalar();
            } else if (k == 1 && MapHelperCompat.maySocketMapUpdate(type, attach, Helper.MAP_UPDATE_ELEM)) {
                stackPtr(Reg.R2, 4, true);
                ldMap(Reg.R1, chance(0.5) ? SOCKMAP : SOCKHASH);
                mov(Reg.R3, s);
                mov(Reg.R4, 0);
                call(Helper.MAP_UPDATE_ELEM);
            } else if (!onSocket.isEmpty()) {
                Helper h = pick(onSocket);
                HelperProto p = h.proto(type);
                mov(Reg.R1, s);
                for (int i = 1; i < p.args().size(); i++) {
                    mov(Reg.of(i + 1), smallImm());
                }
                call(h);
                afterCall(p);
            } else {
                sockRead(s, CtxLayout.sockCommon(), Reg.R7);
            }
        }

        void ctxSocket() {
            CtxField fd = socketField();
            CtxLayout pointee = CtxLayout.pointee(fd.kind());
            ld(Size.DW, Reg.R8, ctxReg(), fd.offset());
            f.r8 = false;
            String skip = label();
            if (fd.kind().maybeNull() && !oops()) {
                jmp(JmpOp.JEQ, Reg.R8, 0, skip);
            }
            int uses = 1 + r.nextInt(2);
            for (int i = 0; i < uses; i++) {
                if (rare()) {
                    mov(Reg.R1, Reg.R8);
                    call(Helper.SK_RELEASE);
                } else if (chance(0.5)) {
                    sockRead(Reg.R8, pointee, Reg.R7);
                } else {
                    socketAction(Reg.R8);
                }
            }
            bind(skip);
        }

        void selectReuseport() {
            MapSpec m = oops() ? pick(List.of(HASH, ARRAY)) : pick(List.of(REUSEPORT, SOCKMAP, SOCKHASH));
            mov(Reg.R1, ctxReg());
            ldMap(Reg.R2, m);
            stackPtr(Reg.R3, 4, true);
            mov(Reg.R4, 0);
            call(Helper.SK_SELECT_REUSEPORT);
            resultToScalar();
        }

        void msgHelpers() {
            switch (r.nextInt(5)) {
                case 0 -> {
                    mov(Reg.R1, ctxReg());
                    ldMap(Reg.R2, oops() ? pick(List.of(SOCKHASH, HASH)) : SOCKMAP);
                    mov(Reg.R3, r.nextInt(4));
                    mov(Reg.R4, r.nextInt(2));
                    call(Helper.MSG_REDIRECT_MAP);
                }
                case 1 -> {
                    mov(Reg.R1, ctxReg());
                    ldMap(Reg.R2, oops() ? SOCKMAP : SOCKHASH);
                    stackPtr(Reg.R3, 4, true);
                    mov(Reg.R4, r.nextInt(2));
                    call(Helper.MSG_REDIRECT_HASH);
                }
                case 2 -> {
                    mov(Reg.R1, ctxReg());
                    mov(Reg.R2, r.nextInt(0, 4096));
                    call(chance(0.5) ? Helper.MSG_APPLY_BYTES : Helper.MSG_CORK_BYTES);
                }
                default -> {
                    mov(Reg.R1, ctxReg());
                    mov(Reg.R2, r.nextInt(0, 64));
                    mov(Reg.R3, r.nextInt(0, 128));
                    mov(Reg.R4, 0);
                    call(pick(List.of(Helper.MSG_PULL_DATA, Helper.MSG_PUSH_DATA, Helper.MSG_POP_DATA)));
                }
            }
            resultToScalar();
        }

        void sockOpsHelpers() {
            switch (r.nextInt(4)) {
                case 0 -> {
                    boolean hash = chance(0.4);
                    mov(Reg.R1, ctxReg());
                    ldMap(Reg.R2, hash ^ oops() ? SOCKHASH : SOCKMAP);
                    stackPtr(Reg.R3, 4, true);
                    mov(Reg.R4, r.nextInt(3));
                    call(hash ? Helper.SOCK_HASH_UPDATE : Helper.SOCK_MAP_UPDATE);
                }
                case 1 -> {
                    stackPtr(Reg.R2, 4, true);
                    ldMap(Reg.R1, chance(0.5) ? SOCKMAP : SOCKHASH);
                    call(oops() ? Helper.MAP_UPDATE_ELEM : Helper.MAP_DELETE_ELEM);
                }
                case 2 -> {
                    mov(Reg.R1, ctxReg());
                    mov(Reg.R2, r.nextInt(0, 256));
                    call(Helper.SOCK_OPS_CB_FLAGS_SET);
                }
                default -> {
                    // Fill the sockmap from the socket the callback is about.
                    stackPtr(Reg.R3, 4, true);
                    mov(Reg.R1, ctxReg());
                    ldMap(Reg.R2, SOCKMAP);
                    mov(Reg.R4, 0);
                    call(Helper.SOCK_MAP_UPDATE);
                }
            }
            resultToScalar();
        }

        // ---- HELPER ----

        void helper() {
            Set<Helper> avail = HelperAccess.helpers(type, attach);
            List<Helper> buildable = avail.stream().filter(this::buildable).sorted().toList();
            Helper h;
            if (rare() || buildable.isEmpty()) {
                if (chance(0.2)) {
                    emit(Insn.call(Helper.maxId() + 1 + r.nextInt(40)));
                    return;
                }
                h = Helper.values()[1 + r.nextInt(Helper.maxId())];
            } else {
                h = pick(buildable);
            }
            callHelper(h, oops());
        }

        boolean buildable(Helper h) {
            HelperProto p = h.proto(type);
            for (ArgType a : p.args()) {
                if (UNBUILDABLE.contains(a)) {
                    return false;
                }
                if (a == ArgType.CONST_MAP_PTR && MAPS.stream().noneMatch(m -> MapHelperCompat.check(type, attach, h,
                        m.type(), m.flags()).allowed())) {
                    return false;
                }
            }
            return h != Helper.SK_RELEASE && h != Helper.TAIL_CALL || chance(0.3);
        }

        void callHelper(Helper h, boolean wrong) {
            HelperProto p = h.proto(type);
            int wrongArg = wrong && !p.args().isEmpty() ? r.nextInt(p.args().size()) : -1;
            MapSpec map = null;
            int memSize = 8;
            for (int i = 0; i < p.args().size(); i++) {
                Reg reg = Reg.of(i + 1);
                ArgType a = p.arg(i);
                if (i == wrongArg) {
                    wrongArg(reg, a);
                    continue;
                }
                switch (a) {
                    case ANYTHING, DONTCARE -> {
                        if (f.r7 && chance(0.3)) {
                            mov(reg, Reg.R7);
                        } else {
                            mov(reg, r.nextInt(0, 4));
                        }
                    }
                    case CONST_MAP_PTR -> {
                        MapSpec m = compatibleMap(h);
                        ldMap(reg, m);
                        map = m;
                    }
                    case PTR_TO_MAP_KEY -> stackPtr(reg, map != null ? map.keySize() : 4, true);
                    case PTR_TO_MAP_VALUE, PTR_TO_MAP_VALUE_OR_NULL ->
                            stackPtr(reg, map != null ? Math.max(1, map.valueSize()) : 8, true);
                    case PTR_TO_UNINIT_MAP_VALUE -> stackPtr(reg, map != null ? Math.max(1, map.valueSize()) : 8, false);
                    case PTR_TO_MEM, PTR_TO_MEM_OR_NULL, PTR_TO_FIXED_SIZE_MEM -> {
                        memSize = h.fixedArgSize(i) > 0 ? h.fixedArgSize(i) : pick(List.of(4, 8, 12, 16, 32));
                        stackPtr(reg, memSize, true);
                    }
                    case PTR_TO_UNINIT_MEM -> {
                        memSize = pick(List.of(4, 8, 16, 32));
                        stackPtr(reg, memSize, false);
                    }
                    case PTR_TO_INT, PTR_TO_LONG -> stackPtr(reg, h.fixedArgSize(i), false);
                    case CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO -> mov(reg, memSize);
                    case PTR_TO_CTX, PTR_TO_CTX_OR_NULL -> mov(reg, ctxReg());
                    case PTR_TO_STACK, PTR_TO_STACK_OR_NULL -> stackPtr(reg, 8, true);
                    default -> {
                        if (SOCKET_ARGS.contains(a) && f.held) {
                            mov(reg, Reg.R9);
                        } else {
                            mov(reg, 0);
                        }
                    }
                }
            }
            call(h);
            afterCall(p);
        }

        MapSpec compatibleMap(Helper h) {
            List<MapSpec> ok = MAPS.stream()
                    .filter(m -> MapHelperCompat.check(type, attach, h, m.type(), m.flags()).allowed()).toList();
            return ok.isEmpty() || rare() ? pick(MAPS) : pick(ok);
        }

        void wrongArg(Reg reg, ArgType a) {
            switch (r.nextInt(5)) {
                case 0 -> mov(reg, r.nextInt(0, 64));
                case 1 -> mov(reg, ctxReg());
                case 2 -> stackPtr(reg, 8, false);
                case 3 -> {
                    if (a.isSize()) {
                        mov(reg, pick(List.of(0, 4096, -1)));
                    } else {
                        ldMap(reg, pick(MAPS));
                    }
                }
                default -> {
                    if (a.isSize() && f.r7) {
                        mov(reg, Reg.R7);
                    } else {
                        mov(reg, Reg.R10);
                    }
                }
            }
        }

        /** Handles R0 after a helper call: NULL checks and releases for what the helper returned. */
        void afterCall(HelperProto p) {
            RetType ret = p.ret();
            Helper h = p.helper();
            if (ret == RetType.INTEGER) {
                resultToScalar();
                return;
            }
            if (!ret.isPointer()) {
                return;
            }
            CtxLayout pointee = switch (ret) {
                case PTR_TO_SOCKET_OR_NULL -> CtxLayout.bpfSock();
                case PTR_TO_SOCK_COMMON_OR_NULL -> CtxLayout.sockCommon();
                case PTR_TO_TCP_SOCK_OR_NULL -> CtxLayout.tcpSock();
                default -> null;
            };
            String skip = label();
            if (ret.maybeNull() && !oops()) {
                jmp(JmpOp.JEQ, Reg.R0, 0, skip);
            }
            if (h == Helper.RINGBUF_RESERVE) {
                st(Size.DW, Reg.R0, 0, 1);
                mov(Reg.R1, Reg.R0);
                mov(Reg.R2, 0);
                if (!oops()) {
                    call(chance(0.5) ? Helper.RINGBUF_SUBMIT : Helper.RINGBUF_DISCARD);
                }
            } else if (pointee != null && h.acquiresReference()) {
                mov(Reg.R8, Reg.R0);
                f.r8 = false;
                if (chance(0.5)) {
                    sockRead(Reg.R8, pointee, Reg.R7);
                }
                if (!oops()) {
                    mov(Reg.R1, Reg.R8);
                    call(Helper.SK_RELEASE);
                }
            } else if (pointee != null) {
                sockRead(Reg.R0, pointee, Reg.R7);
            } else if (ret == RetType.PTR_TO_MAP_VALUE_OR_NULL || ret == RetType.PTR_TO_MAP_VALUE) {
                ld(Size.B, Reg.R1, Reg.R0, 0);
            }
            bind(skip);
        }

        // ---- PACKET ----

        /** {data offset, data size, data_end offset, data_end size}, or null when the context has none. */
        int[] packetFields() {
            CtxField data = null;
            CtxField end = null;
            for (CtxField x : readable()) {
                if (x.kind() == CtxValueKind.PTR_TO_PACKET && data == null) {
                    data = x;
                } else if (x.kind() == CtxValueKind.PTR_TO_PACKET_END && end == null) {
                    end = x;
                }
            }
            if (data == null || end == null) {
                return null;
            }
            return new int[] {data.offset(), maxRead(data), end.offset(), maxRead(end)};
        }

        int maxRead(CtxField x) {
            return x.readSizes().stream().max(Integer::compare).orElse(8);
        }

        boolean legacyPacket() {
            return type == ProgramType.SOCKET_FILTER || type == ProgramType.SCHED_CLS;
        }

        void packet() {
            int[] pf = packetFields();
            if (pf == null || (legacyPacket() && chance(0.3))) {
                legacy();
                return;
            }
            ld(size(pf[1]), Reg.R2, ctxReg(), pf[0]);
            ld(size(pf[3]), Reg.R3, ctxReg(), pf[2]);
            int n = 1 + r.nextInt(64);
            mov(Reg.R1, Reg.R2);
            add(Reg.R1, n);
            String out = label();
            if (oops()) {
                switch (r.nextInt(3)) {
                    case 0 -> { } // no check at all
                    case 1 -> jmp(JmpOp.JLT, Reg.R1, Reg.R3, out);
                    default -> jmp(JmpOp.JGT, Reg.R1, Reg.R2, out);
                }
            } else {
                switch (r.nextInt(3)) {
                    case 0 -> jmp(JmpOp.JGT, Reg.R1, Reg.R3, out);
                    case 1 -> jmp(JmpOp.JLT, Reg.R3, Reg.R1, out);
                    default -> {
                        String ok = label();
                        jmp(JmpOp.JLE, Reg.R1, Reg.R3, ok);
                        ja(out);
                        bind(ok);
                    }
                }
            }
            boolean invalidate = rare();
            if (invalidate) {
                mov(Reg.R8, Reg.R2);
                f.r8 = false;
                Helper h = type == ProgramType.SK_MSG ? Helper.MSG_PULL_DATA : Helper.SKB_PULL_DATA;
                mov(Reg.R1, ctxReg());
                mov(Reg.R2, 0);
                mov(Reg.R3, 0);
                mov(Reg.R4, 0);
                call(h);
                ld(Size.B, Reg.R0, Reg.R8, 0);
            } else {
                int k = 1 + r.nextInt(2);
                for (int i = 0; i < k; i++) {
                    Size s = anySize();
                    while (s.bytes() > n) {
                        s = Size.B;
                    }
                    int off = r.nextInt(n - s.bytes() + 1);
                    if (oops()) {
                        off = pick(List.of(n - s.bytes() + 1, n, -1));
                    }
                    if (chance(0.25)) {
                        st(s, Reg.R2, off, smallImm());
                    } else {
                        ld(s, chance(0.5) ? Reg.R7 : Reg.R0, Reg.R2, off);
                        if (insns.getLast() instanceof Insn.Load l && l.dst() == Reg.R7) {
                            f.r7 = true;
                        }
                    }
                }
            }
            bind(out);
        }

        void legacy() {
            Size s = Size.values()[r.nextInt(3)];
            if (f.r7 && chance(0.4)) {
                if (!oops()) {
                    emit(Insn.alu64(AluOp.AND, Reg.R7, 0xff));
                }
                emit(new Insn.LoadInd(s, Reg.R7, r.nextInt(0, 64)));
            } else {
                emit(new Insn.LoadAbs(s, oops() ? -4 : r.nextInt(0, 128)));
            }
            if (chance(0.5)) {
                mov(Reg.R8, Reg.R0);
                f.r8 = true;
            }
        }
    }

    @Override
    public String toString() {
        return "ProgramGen[" + type.shortName() + (attach != null ? ", " + attach : "") + ", " + mix + "]";
    }

    /** The catalogue maps by name. */
    public static MapSpec map(String name) {
        for (MapSpec m : MAPS) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
