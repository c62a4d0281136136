package dev.bpfj.dsl.asm;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.EndianOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Instruction builder: every instruction form of the core model, with labels resolved and jump
 * ranges checked at {@link #build()}, maps referenced by {@link MapSpec}, helpers by
 * {@link Helper} constant, and each instruction tagged with the Java line that emitted it.
 *
 * <pre>{@code
 * MapSpec redir = MapSpec.of("redir", MapType.SOCKMAP, 4, 8, 16);
 * Asm a = new Asm("steer", ProgramType.SK_LOOKUP).expectedAttachType(AttachType.SK_LOOKUP);
 * Label pass = a.label();
 * a.mov(Reg.R6, Reg.R1)
 *  .ldx(Size.W, Reg.R2, Reg.R6, 60)
 *  .jmp32(JmpOp.JNE, Reg.R2, 80, pass)
 *  .st(Size.W, Reg.R10, -4, 0)
 *  .ldMap(Reg.R1, redir)
 *  ...
 *  .bind(pass)
 *  .mov(Reg.R0, 1)
 *  .exit();
 * Program p = a.build();
 * }</pre>
 *
 * <p>Not thread-safe; one builder makes one program.
 */
public final class Asm {
    private final String name;
    private final ProgramType type;
    private AttachType expectedAttachType;
    private String license = "GPL";
    private String section;
    private boolean optimize;

    private final List<Insn> insns = new ArrayList<>();
    private final List<SourcePos> positions = new ArrayList<>();
    /** Relocation by instruction index: kind, symbol, offset (insn field ignored until build). */
    private final Map<Integer, Relocation> relocations = new HashMap<>();
    private final LinkedHashMap<String, MapSpec> maps = new LinkedHashMap<>();
    private final Map<String, Label> labelsByName = new HashMap<>();
    private final Map<String, Integer> bound = new LinkedHashMap<>();
    private final Map<String, SourcePos> boundAt = new HashMap<>();
    private final List<Program.Function> functions = new ArrayList<>();
    private final java.util.BitSet dropped = new java.util.BitSet();
    private int generated;
    private Supplier<SourcePos> positionSource = CallSite::current;
    private Listener listener;

    /**
     * Observes emission as it happens, for generators that track register contents.
     *
     * <pre>{@code
     * asm.listener(new Asm.Listener() {
     *     public void emitted(Insn insn) { ... }
     *     public void bound(Label label) { ... }
     * });
     * }</pre>
     */
    public interface Listener {
        /** {@code insn} was appended. */
        void emitted(Insn insn);

        /** {@code label} was bound to the next instruction. */
        void bound(Label label);
    }

    public Asm(String name, ProgramType type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    // ---- Program attributes -------------------------------------------------------------------

    public Asm expectedAttachType(AttachType attachType) {
        this.expectedAttachType = attachType;
        return this;
    }

    public Asm license(String license) {
        this.license = Objects.requireNonNull(license, "license");
        return this;
    }

    /** The ELF section to write the program in; null keeps the program type's conventional one. */
    public Asm section(String section) {
        this.section = section;
        return this;
    }

    /**
     * Lets {@link #build()} thread jumps, drop jumps to the next instruction and remove
     * instructions no path reaches (the kernel rejects unreachable instructions). Off by default:
     * a plain {@code Asm} emits exactly what it is told.
     */
    public Asm optimize(boolean on) {
        this.optimize = on;
        return this;
    }

    /**
     * Where instructions say they come from; by default the Java call site ({@link CallSite}).
     * Builders layered on top use this to tag all instructions of one statement with its line.
     */
    public Asm positionSource(Supplier<SourcePos> source) {
        this.positionSource = Objects.requireNonNull(source, "source");
        return this;
    }

    /** Sets the one emission listener (null: none). */
    public Asm listener(Listener l) {
        this.listener = l;
        return this;
    }

    public String name() {
        return name;
    }

    public ProgramType type() {
        return type;
    }

    /** Number of instructions emitted so far (a 64-bit immediate load counts once). */
    public int size() {
        return insns.size();
    }

    /** The instructions emitted so far, targets still symbolic. */
    public List<Insn> insns() {
        return List.copyOf(insns);
    }

    // ---- Labels and functions -----------------------------------------------------------------

    /** A fresh label with a generated name. */
    public Label label() {
        String n;
        do {
            n = ".L" + generated++;
        } while (labelsByName.containsKey(n));
        Label l = new Label(n, false);
        labelsByName.put(n, l);
        return l;
    }

    /** A label named {@code name}; asking twice for one name returns the same label. */
    public Label label(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new DslException(positionSource.get(), "a label name must not be empty");
        }
        return labelsByName.computeIfAbsent(name, n -> new Label(n, true));
    }

    /** Binds {@code label} to the next instruction emitted. */
    public Asm bind(Label label) {
        Objects.requireNonNull(label, "label");
        if (labelsByName.get(label.name()) != label) {
            throw new DslException(positionSource.get(), "label " + label + " belongs to another builder");
        }
        if (bound.containsKey(label.name())) {
            throw new DslException(positionSource.get(), "label " + label + " is already bound at "
                    + boundAt.get(label.name()));
        }
        bound.put(label.name(), insns.size());
        boundAt.put(label.name(), positionSource.get());
        if (listener != null) {
            listener.bound(label);
        }
        return this;
    }

    /** Whether {@code label} has been bound. */
    public boolean isBound(Label label) {
        return bound.containsKey(label.name());
    }

    /**
     * Starts a local function (bpf-to-bpf callee) named {@code name} at the next instruction.
     * Functions come after the main program; call them with {@link #callLocal(String)}.
     */
    public Asm function(String name) {
        Label l = label(name);
        if (insns.isEmpty()) {
            throw new DslException(positionSource.get(), "the main program must come before function " + name);
        }
        bind(l);
        functions.add(new Program.Function(name, insns.size()));
        return this;
    }

    // ---- Raw emission -------------------------------------------------------------------------

    /**
     * Appends any core instruction. Label targets must name labels of this builder (use
     * {@link Label#target()}).
     */
    public Asm emit(Insn insn) {
        Objects.requireNonNull(insn, "insn");
        insns.add(insn);
        positions.add(positionSource.get());
        if (listener != null) {
            listener.emitted(insn);
        }
        return this;
    }

    private Asm emit(Insn insn, Relocation reloc) {
        emit(insn);
        relocations.put(insns.size() - 1, reloc);
        return this;
    }

    /**
     * Removes instruction {@code index} when the program is built; labels bound there move to the
     * next instruction. Lets a generator emit a copy first and decide later that nobody needs it.
     */
    public Asm drop(int index) {
        if (index < 0 || index >= insns.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        dropped.set(index);
        return this;
    }

    // ---- ALU ----------------------------------------------------------------------------------

    /** {@code dst = src} (64-bit). */
    public Asm mov(Reg dst, Reg src) {
        return alu(AluOp.MOV, dst, src);
    }

    /** {@code dst = imm} (64-bit, sign-extended). */
    public Asm mov(Reg dst, int imm) {
        return alu(AluOp.MOV, dst, imm);
    }

    /** {@code wdst = wsrc} (32-bit, upper half zeroed). */
    public Asm mov32(Reg dst, Reg src) {
        return alu32(AluOp.MOV, dst, src);
    }

    /** {@code wdst = imm} (32-bit, upper half zeroed). */
    public Asm mov32(Reg dst, int imm) {
        return alu32(AluOp.MOV, dst, imm);
    }

    /** {@code dst += imm} (64-bit). */
    public Asm add(Reg dst, int imm) {
        return alu(AluOp.ADD, dst, imm);
    }

    /** {@code dst op= src} on 64-bit registers. */
    public Asm alu(AluOp op, Reg dst, Reg src) {
        return emit(new Insn.Alu(true, op, dst, src));
    }

    /** {@code dst op= imm} on 64-bit registers. */
    public Asm alu(AluOp op, Reg dst, int imm) {
        return emit(new Insn.Alu(true, op, dst, new Imm(imm)));
    }

    /** {@code wdst op= wsrc} on 32-bit sub-registers. */
    public Asm alu32(AluOp op, Reg dst, Reg src) {
        return emit(new Insn.Alu(false, op, dst, src));
    }

    /** {@code wdst op= imm} on 32-bit sub-registers. */
    public Asm alu32(AluOp op, Reg dst, int imm) {
        return emit(new Insn.Alu(false, op, dst, new Imm(imm)));
    }

    /** {@code dst = -dst}. */
    public Asm neg(boolean alu64, Reg dst) {
        return emit(new Insn.Neg(alu64, dst));
    }

    /** Byte swap: {@code be16/32/64}, {@code le16/32/64} or {@code bswap16/32/64}. */
    public Asm endian(EndianOp order, int bits, Reg dst) {
        return emit(new Insn.Endian(order, bits, dst));
    }

    // ---- Jumps and calls ----------------------------------------------------------------------

    /** {@code if dst op src goto target} on 64-bit registers. */
    public Asm jmp(JmpOp op, Reg dst, Reg src, Label target) {
        return emit(new Insn.Jump(false, op, dst, src, target.target()));
    }

    /** {@code if dst op imm goto target} on 64-bit registers (imm sign-extended). */
    public Asm jmp(JmpOp op, Reg dst, int imm, Label target) {
        return emit(new Insn.Jump(false, op, dst, new Imm(imm), target.target()));
    }

    /** {@code if wdst op wsrc goto target} on 32-bit sub-registers. */
    public Asm jmp32(JmpOp op, Reg dst, Reg src, Label target) {
        return emit(new Insn.Jump(true, op, dst, src, target.target()));
    }

    /** {@code if wdst op imm goto target} on 32-bit sub-registers. */
    public Asm jmp32(JmpOp op, Reg dst, int imm, Label target) {
        return emit(new Insn.Jump(true, op, dst, new Imm(imm), target.target()));
    }

    /** {@code goto target} (16-bit offset). */
    public Asm ja(Label target) {
        return emit(new Insn.Ja(target.target()));
    }

    /** {@code gotol target} (32-bit offset, cpu v4). */
    public Asm jaLong(Label target) {
        return emit(new Insn.JaLong(target.target()));
    }

    /** {@code may_goto target}. */
    public Asm mayGoto(Label target) {
        return emit(new Insn.MayGoto(target.target()));
    }

    /** Calls a kernel helper; R1-R5 are its arguments, R0 its result, R1-R5 are clobbered. */
    public Asm call(Helper helper) {
        return emit(new Insn.Call(helper.id()));
    }

    /** bpf-to-bpf call of the local function {@code function} (see {@link #function(String)}). */
    public Asm callLocal(String function) {
        return emit(new Insn.CallLocal(label(function).target()));
    }

    /** Call of a kernel function by BTF id; {@code btfFdIndex} 0 means vmlinux. */
    public Asm callKfunc(int btfId, int btfFdIndex) {
        return emit(new Insn.CallKfunc(btfId, btfFdIndex));
    }

    /** Indirect call through {@code reg}. */
    public Asm callx(Reg reg) {
        return emit(new Insn.Callx(reg));
    }

    /** Returns R0. */
    public Asm exit() {
        return emit(new Insn.Exit());
    }

    // ---- Loads and stores ---------------------------------------------------------------------

    /** {@code dst = imm ll}: a 64-bit constant. */
    public Asm ldImm64(Reg dst, long imm) {
        return emit(new Insn.LoadImm64(dst, PseudoSrc.NONE, imm));
    }

    /** A 64-bit immediate load with any pseudo source, unrelocated (for hand-made fd values). */
    public Asm ldImm64(Reg dst, PseudoSrc src, long imm) {
        return emit(new Insn.LoadImm64(dst, src, imm));
    }

    /** {@code dst = map ll}: the map's fd, filled in at load time; declares {@code map}. */
    public Asm ldMap(Reg dst, MapSpec map) {
        declare(map);
        return emit(new Insn.LoadImm64(dst, PseudoSrc.MAP_FD, 0), Relocation.map(0, map.name()));
    }

    /** {@code dst = &map.value[offset]}: a pointer into an array map's value (global data). */
    public Asm ldMapValue(Reg dst, MapSpec map, int offset) {
        declare(map);
        return emit(new Insn.LoadImm64(dst, PseudoSrc.MAP_VALUE, (long) offset << 32),
                new Relocation(0, Relocation.Kind.MAP_VALUE, map.name(), offset));
    }

    /** Declares a map without referencing it (it is created with the program's maps). */
    public Asm declare(MapSpec map) {
        Objects.requireNonNull(map, "map");
        MapSpec old = maps.putIfAbsent(map.name(), map);
        if (old != null && !old.equals(map)) {
            throw new DslException(positionSource.get(), "map '" + map.name()
                    + "' is declared twice with different definitions: " + old + " and " + map);
        }
        return this;
    }

    /** {@code r0 = *(size *)skb[imm]} (legacy packet access). */
    public Asm ldAbs(Size size, int imm) {
        return emit(new Insn.LoadAbs(size, imm));
    }

    /** {@code r0 = *(size *)skb[src + imm]} (legacy packet access). */
    public Asm ldInd(Size size, Reg src, int imm) {
        return emit(new Insn.LoadInd(size, src, imm));
    }

    /** {@code dst = *(size *)(src + off)}, zero-extending. */
    public Asm ldx(Size size, Reg dst, Reg src, int off) {
        return emit(new Insn.Load(size, false, dst, src, off));
    }

    /** {@code dst = *(s8/s16/s32 *)(src + off)}, sign-extending (cpu v4). */
    public Asm ldxs(Size size, Reg dst, Reg src, int off) {
        return emit(new Insn.Load(size, true, dst, src, off));
    }

    /** {@code *(size *)(dst + off) = imm}. */
    public Asm st(Size size, Reg dst, int off, int imm) {
        return emit(new Insn.Store(size, dst, off, imm));
    }

    /** {@code *(size *)(dst + off) = src}. */
    public Asm stx(Size size, Reg dst, int off, Reg src) {
        return emit(new Insn.StoreReg(size, dst, off, src));
    }

    /** Atomic {@code op} on {@code *(size *)(dst + off)} with {@code src}. */
    public Asm atomic(Size size, AtomicOp op, Reg dst, int off, Reg src) {
        return emit(new Insn.Atomic(size, op, dst, off, src));
    }

    // ---- Build --------------------------------------------------------------------------------

    /**
     * Resolves labels to offsets, checks every jump's range, and returns the program. Errors name
     * the Java line of the offending instruction.
     */
    public Program build() {
        List<Insn> code = new ArrayList<>(insns);
        List<SourcePos> pos = new ArrayList<>(positions);
        Map<Integer, Relocation> relocs = new HashMap<>(relocations);
        Map<String, Integer> labels = new HashMap<>(bound);
        // Every referenced label must be bound before anything is rewritten.
        for (int i = 0; i < code.size(); i++) {
            Target t = Peephole.target(code.get(i));
            if (t instanceof Target.Label l && !labels.containsKey(l.name())) {
                String what = labelsByName.containsKey(l.name()) ? "label " + l.name() + " is never bound"
                        : "unknown label " + l.name();
                throw new DslException(pos.get(i), what);
            }
        }
        if (code.isEmpty()) {
            throw new DslException(positionSource.get(), "program " + name + " has no instructions");
        }
        List<Program.Function> fns = new ArrayList<>(functions);
        if (optimize || !dropped.isEmpty()) {
            Peephole ph = new Peephole(code, pos, relocs, labels, fns);
            ph.remove(dropped);
            Peephole.Result r = optimize ? ph.run() : ph.result();
            code = r.insns();
            pos = r.positions();
            relocs = r.relocations();
            labels = r.labels();
            fns = r.functions();
        }
        int[] slotOf = InsnCodec.slotIndexes(code);
        List<Insn> resolved = new ArrayList<>(code.size());
        for (int i = 0; i < code.size(); i++) {
            resolved.add(resolve(i, code.get(i), slotOf, labels, pos.get(i), code.size()));
        }
        List<Relocation> relocList = new ArrayList<>();
        relocs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Relocation r = e.getValue();
            relocList.add(new Relocation(e.getKey(), r.kind(), r.symbol(), r.offset()));
        });
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : labels.entrySet()) {
            Label l = labelsByName.get(e.getKey());
            if (l != null && l.isNamed()) {
                shown.put(e.getKey(), e.getValue());
            }
        }
        return new Program(name, type, expectedAttachType, license, resolved, shown, relocList,
                List.copyOf(maps.values()), fns, pos, section);
    }

    private static Insn resolve(int i, Insn insn, int[] slotOf, Map<String, Integer> labels, SourcePos at,
                                int count) {
        Target t = Peephole.target(insn);
        if (!(t instanceof Target.Label l)) {
            return insn;
        }
        int idx = labels.get(l.name());
        if (idx >= count) {
            throw new DslException(at, "jump to label " + l.name()
                    + " which is bound after the last instruction");
        }
        long off = (long) slotOf[idx] - (slotOf[i] + 1);
        boolean wide = insn instanceof Insn.JaLong || insn instanceof Insn.CallLocal;
        if (!wide && (off < Short.MIN_VALUE || off > Short.MAX_VALUE)) {
            throw new DslException(at, "jump to " + l.name() + " spans " + off
                    + " instructions, beyond the 16-bit range of -32768..32767");
        }
        return Peephole.retarget(insn, Target.offset((int) off));
    }
}
