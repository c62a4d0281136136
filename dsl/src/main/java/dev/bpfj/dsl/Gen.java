package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.HelperAccess;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.EndianOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Operand;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.dsl.asm.Asm;
import dev.bpfj.dsl.asm.CallSite;
import dev.bpfj.dsl.asm.DslException;
import dev.bpfj.dsl.asm.Label;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The code generator behind the typed builders: register and stack allocation, expression and
 * condition compilation, helper calls, structured control flow, and the path-sensitive checks
 * (socket references, packet pointers, helper results in R0) that turn verifier rejections into
 * build-time errors at the user's Java line.
 *
 * <p>Register plan: R6 holds the context after the first call (the copy is dropped when nothing
 * reads it), R7-R9 keep values across calls (then 8-byte stack slots), R1-R5 are per-statement
 * scratch and argument registers, R0 carries helper results and the verdict.
 */
final class Gen {
    static final Reg CTX = Reg.R6;
    private static final List<Reg> CALLEE_SAVED = List.of(Reg.R7, Reg.R8, Reg.R9);
    private static final List<Reg> ARGS = List.of(Reg.R1, Reg.R2, Reg.R3, Reg.R4, Reg.R5);

    final Asm asm;
    final ProgramType type;
    final AttachType attach;
    final Stack stack = new Stack();
    private final EnumSet<Reg> freeCallee = EnumSet.copyOf(CALLEE_SAVED);
    PathState state = new PathState();
    /** Bumped by every helper call (and at loop heads): R0 values of older epochs are gone. */
    private int r0Epoch;
    /** Bumped by every call that may move packet data. */
    private int pktEpoch;
    private SourcePos pktChangedAt;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final List<DslException> errors = new ArrayList<>();
    private boolean ctxR6Used;
    private final int prologue;
    private final Map<Long, Label> exits = new HashMap<>();
    private final List<Home> homes = new ArrayList<>();
    private final List<Rec> pending = new ArrayList<>();
    private final Map<String, MapSpec> maps = new java.util.LinkedHashMap<>();
    private int emitted;
    private SourcePos lastTopLevel = SourcePos.UNKNOWN;
    private Program built;
    final RegCache cache = new RegCache();

    /** Variables, records and references that end with one lambda body. */
    static final class Scope {
        final List<Home> homes = new ArrayList<>();
        final List<Stack.Area> areas = new ArrayList<>();
        final List<Rec> recs = new ArrayList<>();
        final List<Ref> refs = new ArrayList<>();
        Chain openChain;
    }

    Gen(String name, ProgramType type, AttachType attach) {
        this.type = type;
        this.attach = attach;
        this.asm = new Asm(name, type).expectedAttachType(attach).optimize(true).listener(cache);
        scopes.push(new Scope());
        prologue = asm.size();
        asm.mov(CTX, Reg.R1);
    }

    // ---- Diagnostics --------------------------------------------------------------------------

    void error(SourcePos pos, String message) {
        errors.add(new DslException(pos, message));
    }

    /**
     * Starts a statement: closes a pending when-chain of this scope, refuses use after build and
     * notes unreachable statements. Returns the statement's Java position.
     */
    SourcePos stmt() {
        SourcePos pos = CallSite.current();
        if (built != null) {
            throw new DslException(pos, "the program was already built; start a new builder");
        }
        closeChain(scopes.peek());
        if (!state.reachable) {
            error(pos, "unreachable statement: every path before it already returned a verdict");
            state.reachable = true; // report once, keep generating so later checks still run
        }
        emitted++;
        if (scopes.size() == 1) {
            lastTopLevel = pos;
        }
        return pos;
    }

    SourcePos here() {
        return CallSite.current();
    }

    void sameBuilder(Gen other) {
        if (other != this) {
            throw new IllegalArgumentException("value belongs to another program builder");
        }
    }

    // ---- Allocation ---------------------------------------------------------------------------

    Home home(String what, SourcePos pos, boolean preferRegister) {
        Home h;
        if (preferRegister && !freeCallee.isEmpty()) {
            Reg r = freeCallee.iterator().next();
            freeCallee.remove(r);
            h = new Home(what, pos, r, null);
        } else {
            h = new Home(what, pos, null, area(8, 8, pos, false));
        }
        scopes.peek().homes.add(h);
        homes.add(h);
        return h;
    }

    Stack.Area area(int size, int align, SourcePos pos, boolean scoped) {
        Stack.Area a = stack.alloc(size, align);
        if (a == null) {
            error(pos, "the program needs more than " + Stack.SIZE + " bytes of stack");
            a = new Stack.Area(-Stack.SIZE, size);
        } else if (scoped) {
            scopes.peek().areas.add(a);
        }
        return a;
    }

    void freeArea(Stack.Area a) {
        stack.free(a);
    }

    private void freeHome(Home h) {
        h.freed = true;
        if (h.reg != null) {
            freeCallee.add(h.reg);
        } else {
            stack.free(h.slot);
        }
    }

    void enterScope() {
        scopes.push(new Scope());
    }

    void exitScope() {
        Scope s = scopes.peek();
        closeChain(s);
        if (state.reachable) {
            for (Ref r : s.refs) {
                Ref.State st = state.refs.get(r);
                if (st == Ref.State.UNCHECKED) {
                    error(r.acquiredAt, r.describe() + " is never checked with ifPresent(...) and released");
                }
            }
        }
        for (Ref r : s.refs) {
            state.refs.remove(r);
        }
        for (Rec r : s.recs) {
            r.freed = true;
            pending.remove(r);
        }
        s.homes.forEach(this::freeHome);
        s.areas.forEach(stack::free);
        scopes.pop();
    }

    void scoped(Runnable body) {
        enterScope();
        try {
            body.run();
        } finally {
            exitScope();
        }
    }

    void register(Rec r) {
        scopes.peek().recs.add(r);
        pending.add(r);
    }

    /** Marks {@code h} as a packet pointer valid until the next packet-moving call. */
    void packetPointer(Home h) {
        h.packetEpoch = pktEpoch;
        h.createdAt = emitted;
    }

    void declare(MapSpec spec, SourcePos pos) {
        MapSpec old = maps.putIfAbsent(spec.name(), spec);
        if (old != null) {
            throw new DslException(pos, "a map named '" + spec.name() + "' is already declared");
        }
        asm.declare(spec);
    }

    /** Emits the zero stores of records whose unwritten bytes must be initialized from now on. */
    void seal() {
        if (pending.isEmpty()) {
            return;
        }
        List<Rec> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Rec::seal);
    }

    // ---- Register access ----------------------------------------------------------------------

    /** The register holding the context pointer on this path. */
    Reg ctx() {
        if (state.r1Ctx) {
            return Reg.R1;
        }
        ctxR6Used = true;
        return CTX;
    }

    /** Scratch registers for one statement: R1-R5, without R1 while it still holds the context. */
    final class Pool {
        private final EnumSet<Reg> free;

        Pool(Set<Reg> taken) {
            free = EnumSet.noneOf(Reg.class);
            for (Reg r : ARGS) {
                if (!taken.contains(r) && !(r == Reg.R1 && state.r1Ctx)) {
                    free.add(r);
                }
            }
        }

        Reg take() {
            if (free.isEmpty()) {
                throw new DslException(here(), "expression too complex: it needs more than five scratch registers;"
                        + " split it with var(...)");
            }
            Reg r = null;
            for (Reg c : free) {
                if (!cache.holdsSomething(c)) {
                    r = c;
                    break;
                }
            }
            if (r == null) {
                r = free.iterator().next();
            }
            free.remove(r);
            return r;
        }

        Pool without(Reg r) {
            free.remove(r);
            return this;
        }

        boolean has(Reg r) {
            return free.contains(r);
        }

        int size() {
            return free.size();
        }

        Pool with(Reg r) {
            free.add(r);
            return this;
        }

        EnumSet<Reg> snapshot() {
            return EnumSet.copyOf(free.isEmpty() ? EnumSet.of(Reg.R10) : free);
        }

        /** Gives back what was taken since {@code snapshot} (the values are dead). */
        void restore(EnumSet<Reg> snapshot) {
            free.clear();
            free.addAll(snapshot);
            free.remove(Reg.R10);
        }
    }

    Pool pool() {
        return new Pool(Set.of());
    }

    /** A register to read {@code h} from; loads a stack home into a scratch register. */
    Reg read(Home h, Pool pool) {
        if (h.r0Epoch >= 0 && h.r0Epoch == r0Epoch) {
            return Reg.R0;
        }
        checkLive(h);
        h.read = true;
        if (h.reg != null) {
            return h.reg;
        }
        Reg t = pool.take();
        asm.ldx(Size.DW, t, Reg.R10, h.slot.offset());
        return t;
    }

    private void checkLive(Home h) {
        if (h.freed) {
            error(here(), h.what + " from " + h.where + " is used outside the scope it was made in");
        }
        h.lastUse = emitted;
        if (h.isVar && !state.assigned.contains(h)) {
            error(here(), "variable declared at " + h.where + " may be read before it is assigned");
            state.assigned.add(h);
        }
        if (h.packetEpoch >= 0 && h.packetEpoch != pktEpoch) {
            error(here(), "packet data checked at " + h.where + " is no longer valid: " + pktChangedAt
                    + " may have moved it; check the length again with a new withData(...)");
        }
    }

    /** Keeps R0 (a helper result) in a home of its own; the copy disappears if never read. */
    Home keepResult(String what, SourcePos pos) {
        Home h = home(what, pos, true);
        h.r0Epoch = r0Epoch;
        h.saveInsn = asm.size();
        if (h.reg != null) {
            asm.mov(h.reg, Reg.R0);
        } else {
            asm.stx(Size.DW, Reg.R10, h.slot.offset(), Reg.R0);
        }
        return h;
    }

    /** Writes {@code value} into a variable's home. */
    void store(Home h, Node value, int bits) {
        if (h.freed) {
            error(here(), h.what + " from " + h.where + " is used outside the scope it was made in");
        }
        Pool p = pool();
        if (h.reg != null) {
            if (value instanceof Node.Held held && held.home() == h) {
                return;
            }
            if (mentions(value, h) && !leftmostIs(value, h)) {
                Reg t = p.take();
                into(value, t, p);
                asm.mov(h.reg, t);
            } else {
                into(value, h.reg, p.without(h.reg));
            }
        } else {
            storeStack(h.slot, bits == 64 ? Size.DW : Size.W, value, p);
        }
        h.r0Epoch = -1;
        state.assigned.add(h);
    }

    private static boolean mentions(Node n, Home h) {
        return switch (n) {
            case Node.Held held -> held.home() == h;
            case Node.Deref d -> d.base() == h;
            case Node.Bin b -> mentions(b.a(), h) || mentions(b.b(), h);
            case Node.Swap s -> mentions(s.a(), h);
            case Node.Zext z -> mentions(z.a(), h);
            default -> false;
        };
    }

    private static boolean leftmostIs(Node n, Home h) {
        return switch (n) {
            case Node.Held held -> held.home() == h;
            case Node.Bin b -> leftmostIs(b.a(), h) && !mentions(b.b(), h);
            case Node.Swap s -> leftmostIs(s.a(), h);
            case Node.Zext z -> leftmostIs(z.a(), h);
            default -> false;
        };
    }

    /** Stores {@code value} as {@code size} at a stack area. */
    void storeStack(Stack.Area a, Size size, Node value, Pool p) {
        if (value instanceof Node.Const c && (size != Size.DW || fitsInt(c.value()))) {
            asm.st(size, Reg.R10, a.offset(), (int) c.value());
            return;
        }
        Reg r;
        if (value instanceof Node.Held h && (h.home().reg != null
                || (h.home().r0Epoch >= 0 && h.home().r0Epoch == r0Epoch))) {
            r = read(h.home(), p);
        } else {
            r = use(value, p);
        }
        asm.stx(size, Reg.R10, a.offset(), r);
    }

    static boolean fitsInt(long v) {
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }

    // ---- Expressions --------------------------------------------------------------------------

    /** Evaluates {@code n} into {@code t}; {@code pool} must not hand out {@code t}. */
    void into(Node n, Reg t, Pool pool) {
        pool.without(t);
        switch (n) {
            case Node.Const c -> {
                if (c.bits() == 32) {
                    asm.mov32(t, (int) c.value());
                } else if (fitsInt(c.value())) {
                    asm.mov(t, (int) c.value());
                } else {
                    asm.ldImm64(t, c.value());
                }
            }
            case Node.CtxLoad f -> asm.ldx(f.size(), t, ctx(), f.offset());
            case Node.StackLoad s -> asm.ldx(s.size(), t, Reg.R10, s.offset());
            case Node.Deref d -> {
                Home h = d.base();
                Reg base;
                if ((h.r0Epoch >= 0 && h.r0Epoch == r0Epoch) || h.reg != null) {
                    base = read(h, pool);
                } else {
                    checkLive(h);
                    h.read = true;
                    asm.ldx(Size.DW, t, Reg.R10, h.slot.offset());
                    base = t;
                }
                asm.ldx(d.size(), t, base, d.offset());
            }
            case Node.Held h -> {
                Home home = h.home();
                boolean inR0 = home.r0Epoch >= 0 && home.r0Epoch == r0Epoch;
                if (!inR0 && home.reg == null) {
                    checkLive(home);
                    home.read = true;
                    asm.ldx(h.bits() == 64 ? Size.DW : Size.W, t, Reg.R10, home.slot.offset());
                } else {
                    Reg r = read(home, pool);
                    if (r != t) {
                        if (h.bits() == 64) {
                            asm.mov(t, r);
                        } else {
                            asm.mov32(t, r);
                        }
                    }
                }
            }
            case Node.Swap s -> {
                into(s.a(), t, pool);
                asm.endian(EndianOp.BE, s.width(), t);
            }
            case Node.Bin b -> bin(b, t, pool);
            case Node.Zext z -> into(z.a(), t, pool);
        }
    }

    private void bin(Node.Bin b, Reg t, Pool pool) {
        Node x = b.a();
        Node y = b.b();
        AluOp op = b.op();
        boolean commutes = commutes(op);
        if (commutes && ((x instanceof Node.Const && !(y instanceof Node.Const))
                || (!(y instanceof Node.Const) && need(y) > need(x)))) {
            // Constants go to the immediate; the operand needing more registers is computed first.
            Node swap = x;
            x = y;
            y = swap;
        }
        if (y instanceof Node.Const c && c.value() > 0 && Long.bitCount(c.value()) == 1) {
            if (op == AluOp.MUL) {
                op = AluOp.LSH;
                y = new Node.Const(Long.numberOfTrailingZeros(c.value()), b.bits());
            } else if (op == AluOp.DIV) {
                op = AluOp.RSH;
                y = new Node.Const(Long.numberOfTrailingZeros(c.value()), b.bits());
            } else if (op == AluOp.MOD) {
                op = AluOp.AND;
                y = new Node.Const(c.value() - 1, b.bits());
            }
        }
        List<Stack.Area> temps = new ArrayList<>();
        if (!(y instanceof Node.Const) && 1 + need(y) > pool.size() + 1) {
            // Not enough registers to keep x while computing y: compute y first (t is still free).
            y = spill(y, t, pool.with(t), temps);
        }
        into(x, t, pool);
        EnumSet<Reg> before = pool.snapshot();
        Operand o = operand(y, pool, b.bits());
        asm.emit(new Insn.Alu(b.bits() == 64, op, t, o));
        pool.restore(before);
        temps.forEach(stack::free);
    }

    /** Registers needed to evaluate {@code n} into a register, that register included (Sethi-Ullman). */
    static int need(Node n) {
        return switch (n) {
            case Node.Bin b -> {
                int x = need(b.a());
                int y = b.b() instanceof Node.Const ? 0 : need(b.b());
                int xFirst = Math.max(x, 1 + y);
                int yFirst = Math.max(y, 1 + x);
                yield commutes(b.op()) ? Math.min(xFirst, yFirst) : xFirst;
            }
            case Node.Swap s -> need(s.a());
            case Node.Zext z -> need(z.a());
            default -> 1;
        };
    }

    static boolean commutes(AluOp op) {
        return op == AluOp.ADD || op == AluOp.MUL || op == AluOp.AND || op == AluOp.OR || op == AluOp.XOR;
    }

    /** Computes {@code y} into {@code t} now and parks it in a stack slot; returns the node reading it back. */
    private Node spill(Node y, Reg t, Pool pool, List<Stack.Area> temps) {
        Stack.Area a = area(8, 8, here(), false);
        temps.add(a);
        into(y, t, pool);
        asm.stx(Size.DW, Reg.R10, a.offset(), t);
        return new Node.StackLoad(a, a.offset(), Size.DW, y.bits());
    }

    /** {@code n} as the source operand of an ALU or jump on {@code bits} bits. */
    Operand operand(Node n, Pool pool, int bits) {
        if (n instanceof Node.Const c) {
            if (bits == 32) {
                return new Imm((int) c.value());
            }
            if (fitsInt(c.value())) {
                return new Imm((int) c.value());
            }
        }
        return use(n, pool);
    }

    /** A register holding {@code n}: a kept value's own register, or a scratch one. */
    Reg use(Node n, Pool pool) {
        if (n instanceof Node.Zext z) {
            return use(z.a(), pool);
        }
        Reg cached = cache.find(n);
        if (cached != null && pool.has(cached)) {
            pool.without(cached);
            return cached;
        }
        if (n instanceof Node.Held h) {
            Home home = h.home();
            if ((home.r0Epoch >= 0 && home.r0Epoch == r0Epoch) || home.reg != null) {
                return read(home, pool);
            }
        }
        Reg t = pool.take();
        into(n, t, pool);
        cache.holds(t, n);
        return t;
    }

    // ---- Conditions ---------------------------------------------------------------------------

    /** Jumps to {@code target} when {@code c} evaluates to {@code when}. */
    void branch(CondNode c, boolean when, Label target) {
        switch (c) {
            case CondNode.Bool b -> {
                if (b.value() == when) {
                    asm.ja(target);
                }
            }
            case CondNode.Not n -> branch(n.a(), !when, target);
            case CondNode.And a -> {
                if (!when) {
                    branch(a.a(), false, target);
                    branch(a.b(), false, target);
                } else {
                    Label skip = asm.label();
                    branch(a.a(), false, skip);
                    branch(a.b(), true, target);
                    asm.bind(skip);
                }
            }
            case CondNode.Or o -> {
                if (when) {
                    branch(o.a(), true, target);
                    branch(o.b(), true, target);
                } else {
                    Label skip = asm.label();
                    branch(o.a(), true, skip);
                    branch(o.b(), false, target);
                    asm.bind(skip);
                }
            }
            case CondNode.Cmp cmp -> compare(cmp, when, target);
        }
    }

    /** Width in bits of a plain load node, 0 for anything else. */
    private static int loadBits(Node n) {
        return switch (n) {
            case Node.CtxLoad c -> c.size().bytes() * 8;
            case Node.Deref d -> d.size().bytes() * 8;
            case Node.StackLoad s -> s.size().bytes() * 8;
            default -> 0;
        };
    }

    private void compare(CondNode.Cmp cmp, boolean when, Label target) {
        Node a = cmp.a();
        Node b = cmp.b();
        JmpOp op = cmp.op();
        if ((a instanceof Node.Const && !(b instanceof Node.Const))
                || (op != JmpOp.JSET && !(b instanceof Node.Const) && need(b) > need(a))) {
            Node s = a;
            a = b;
            b = s;
            op = op.swap();
        }
        if (a instanceof Node.Const ca && b instanceof Node.Const cb) {
            branch(new CondNode.Bool(Cond.fold(op, ca.value(), cb.value(), cmp.bits()) ), when, target);
            return;
        }
        if ((op == JmpOp.JEQ || op == JmpOp.JNE) && a instanceof Node.Swap sw && b instanceof Node.Const k
                && sw.a().bits() == cmp.bits() && loadBits(sw.a()) == sw.width()) {
            // Compare the stored bytes with the constant swapped at build time: no byte swap needed.
            long v = k.value();
            long swapped = sw.width() == 16 ? Short.reverseBytes((short) v) & 0xffffL
                    : Integer.reverseBytes((int) v) & 0xffff_ffffL;
            if ((sw.width() == 16 && v >>> 16 != 0) || (sw.width() == 32 && v >>> 32 != 0)) {
                branch(new CondNode.Bool(op == JmpOp.JNE), when, target);
                return;
            }
            a = sw.a();
            b = new Node.Const(swapped, cmp.bits());
        }
        Pool p = pool();
        boolean jmp32 = cmp.bits() == 32;
        if (op == JmpOp.JSET && !when) {
            Reg t = p.take();
            into(new Node.Bin(AluOp.AND, a, b, cmp.bits()), t, p);
            asm.emit(new Insn.Jump(jmp32, JmpOp.JEQ, t, new Imm(0), target.target()));
            return;
        }
        List<Stack.Area> temps = new ArrayList<>();
        if (!(b instanceof Node.Const) && Math.max(need(a), 1 + need(b)) > p.size()) {
            Reg t = p.take();
            b = spill(b, t, p.with(t), temps);
            p.with(t);
        }
        Reg ra = use(a, p);
        Operand ob = operand(b, p.without(ra), cmp.bits());
        asm.emit(new Insn.Jump(jmp32, when ? op : op.negate(), ra, ob, target.target()));
        temps.forEach(stack::free);
    }

    // ---- Helper calls -------------------------------------------------------------------------

    /** One argument of a helper call. */
    sealed interface Arg {
        /** The context pointer. */
        record Ctx() implements Arg {
        }

        /** A map reference. */
        record MapRef(MapSpec map) implements Arg {
        }

        /** A pointer to a stack area. */
        record Ptr(Stack.Area area) implements Arg {
        }

        /** A scalar value. */
        record Value(Node node) implements Arg {
        }

        /** The value kept in a home (a socket or pointer). */
        record Of(Home home) implements Arg {
        }
    }

    static Arg ctxArg() {
        return new Arg.Ctx();
    }

    static Arg imm(long v) {
        return new Arg.Value(new Node.Const(v, 64));
    }

    void requireHelper(Helper h, SourcePos pos) {
        if (HelperAccess.knows(type) && !HelperAccess.allowed(type, attach, h)) {
            error(pos, HelperAccess.cannotUseMessage(h) + " (" + type.shortName() + " programs)");
        }
    }

    /** Sets up R1-R5 from {@code args} and calls {@code h}; R0 then holds its result. */
    void call(Helper h, SourcePos pos, Arg... args) {
        requireHelper(h, pos);
        seal();
        boolean keepR1 = state.r1Ctx && args.length > 0 && args[0] instanceof Arg.Ctx;
        Set<Reg> set = new HashSet<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            order.add(i);
        }
        if (args.length > 0) {
            order.add(0);
        }
        for (int i : order) {
            Reg t = ARGS.get(i);
            Pool p = new Pool(set);
            p.without(t);
            switch (args[i]) {
                case Arg.Ctx c -> {
                    if (!(i == 0 && keepR1)) {
                        asm.mov(t, ctx());
                    }
                }
                case Arg.MapRef m -> asm.ldMap(t, m.map());
                case Arg.Ptr a -> {
                    asm.mov(t, Reg.R10);
                    asm.add(t, a.area().offset());
                }
                case Arg.Value v -> into(v.node(), t, p);
                case Arg.Of o -> {
                    Reg r = read(o.home(), p);
                    if (r != t) {
                        asm.mov(t, r);
                    }
                }
            }
            set.add(t);
            if (t == Reg.R1 && !(keepR1 && i == 0)) {
                state.r1Ctx = false;
            }
        }
        asm.call(h);
        r0Epoch++;
        state.r1Ctx = false;
        if (h.changesPacketData()) {
            pktEpoch++;
            pktChangedAt = pos;
        }
    }

    /** A stack area holding {@code key} for a map of {@code layout} keys, and whether it is a temporary. */
    record KeyArea(Stack.Area area, boolean temporary) {
    }

    /** Puts a scalar key or value on the stack (or reuses a stack variable of the same size). */
    KeyArea scalarOnStack(Scalar layout, Val v, SourcePos pos) {
        sameBuilder(v.gen);
        if (v.node instanceof Node.Held h && h.home().reg == null && h.home().r0Epoch < 0
                && (h.bits() == 64 ? 8 : 4) == layout.bytes()) {
            checkLive(h.home());
            h.home().read = true;
            return new KeyArea(h.home().slot.at(0, layout.bytes()), false);
        }
        Stack.Area a = area(layout.bytes(), layout.bytes(), pos, false);
        storeStack(a, layout.insnSize(), v.node, pool());
        return new KeyArea(a, true);
    }

    void release(KeyArea k) {
        if (k.temporary()) {
            stack.free(k.area());
        }
    }

    // ---- Control flow -------------------------------------------------------------------------

    /** Merges the states of paths joining at one point. */
    PathState merge(List<PathState> paths, SourcePos pos) {
        PathState out = null;
        for (PathState s : paths) {
            if (s == null || !s.reachable) {
                continue;
            }
            if (out == null) {
                out = s.copy();
                continue;
            }
            out.r1Ctx &= s.r1Ctx;
            out.assigned.retainAll(s.assigned);
            Set<Ref> all = new LinkedHashSet<>(out.refs.keySet());
            all.addAll(s.refs.keySet());
            for (Ref r : all) {
                Ref.State x = out.refs.get(r);
                Ref.State y = s.refs.get(r);
                if (!Objects.equals(x, y)) {
                    error(pos, r.describe() + " is " + describe(x) + " on one path but " + describe(y)
                            + " on another when they join here");
                }
            }
        }
        if (out == null) {
            out = state.copy();
            out.reachable = false;
        }
        return out;
    }

    private static String describe(Ref.State s) {
        return s == null ? "unknown" : switch (s) {
            case UNCHECKED -> "unchecked";
            case HELD -> "held";
            case RELEASED -> "released";
            case DONE -> "done with";
        };
    }

    /** An if/else-if/else chain whose end is bound lazily, so a plain {@code then} needs no jump. */
    final class Chain {
        final Label end = asm.label();
        final List<PathState> exits = new ArrayList<>();
        Label next;
        PathState notTaken;
        SourcePos pos;

        /** An orWhen(...) whose then(...) has not come yet: the chain ends here if it never does. */
        boolean awaiting;

        void open(CondNode c, Runnable body, SourcePos at) {
            if (scopes.peek().openChain == this) {
                scopes.peek().openChain = null;
            }
            awaiting = false;
            pos = at;
            seal();
            next = asm.label();
            branch(c, false, next);
            notTaken = state.copy();
            scoped(body);
            scopes.peek().openChain = this;
        }

        /** Ends the then-part: jump to the end, continue on the not-taken path. */
        void alternative(SourcePos at, boolean more) {
            Scope s = scopes.peek();
            if (s.openChain != this) {
                throw new DslException(at, "orWhen()/otherwise() must directly follow then()");
            }
            s.openChain = null;
            if (state.reachable) {
                asm.ja(end);
            }
            exits.add(state);
            asm.bind(next);
            state = notTaken;
            next = null;
            if (more) {
                awaiting = true;
                s.openChain = this;
            }
        }

        void close() {
            if (awaiting) {
                awaiting = false;
                exits.add(state);
            } else if (next != null) {
                exits.add(state);
                exits.add(notTaken);
                asm.bind(next);
                next = null;
            }
            asm.bind(end);
            state = merge(exits, pos);
        }
    }

    private void closeChain(Scope s) {
        if (s != null && s.openChain != null) {
            Chain c = s.openChain;
            s.openChain = null;
            c.close();
        }
    }

    Chain chain() {
        return new Chain();
    }

    /** Starts tracking a socket reference held in {@code h}. */
    Ref acquire(Home h, String what, SourcePos pos, boolean counted) {
        if (!counted) {
            throw new IllegalStateException("the helper table says this lookup takes no reference");
        }
        Ref r = new Ref(h, what, pos);
        scopes.peek().refs.add(r);
        state.refs.put(r, Ref.State.UNCHECKED);
        return r;
    }

    /** Checks that {@code r} is held here. */
    void use(Ref r, SourcePos pos) {
        Ref.State st = state.refs.get(r);
        if (st == Ref.State.HELD) {
            return;
        }
        if (st == Ref.State.RELEASED) {
            error(pos, r.describe() + " is used after its release at " + r.releasedAt);
        } else {
            error(pos, r.describe() + " is used outside its ifPresent(...)");
        }
    }

    void released(Ref r, SourcePos pos) {
        state.refs.put(r, Ref.State.RELEASED);
        r.releasedAt = pos;
    }

    /** Closes the when-chain the last statement of this scope left open. */
    void closeOpen() {
        closeChain(scopes.peek());
    }

    /**
     * {@code if (h != NULL) body else otherwise}; for a socket reference, the body holds it and
     * must release it.
     */
    void ifNonNull(Home h, SourcePos pos, Ref ref, Runnable body, Runnable otherwise) {
        seal();
        Label skip = asm.label();
        Reg r = read(h, pool());
        asm.jmp(JmpOp.JEQ, r, 0, skip);
        PathState nullPath = state.copy();
        if (ref != null) {
            nullPath.refs.put(ref, Ref.State.DONE);
            state.refs.put(ref, Ref.State.HELD);
        }
        scoped(body);
        if (ref != null && state.reachable) {
            if (state.refs.get(ref) == Ref.State.HELD) {
                error(pos, ref.describe() + " is still held at the end of this ifPresent(...): call release(...)");
            }
            state.refs.put(ref, Ref.State.DONE);
        }
        join(skip, nullPath, otherwise, pos);
    }

    /** Joins the path that jumped to {@code skip} (state {@code other}), running {@code otherwise} on it. */
    void join(Label skip, PathState other, Runnable otherwise, SourcePos pos) {
        if (otherwise == null) {
            asm.bind(skip);
            state = merge(List.of(state, other), pos);
            return;
        }
        Label end = asm.label();
        if (state.reachable) {
            asm.ja(end);
        }
        PathState taken = state;
        asm.bind(skip);
        state = other;
        scoped(otherwise);
        asm.bind(end);
        state = merge(List.of(taken, state), pos);
    }

    /** Closes the chain after an {@code otherwise} body. */
    void finish(Chain c, Runnable otherwise, SourcePos at) {
        c.alternative(at, false);
        scoped(otherwise);
        c.exits.add(state);
        asm.bind(c.end);
        state = merge(c.exits, c.pos);
    }

    /** {@code for (i = 0; i < n; i++) body(i)} with the index kept across calls. */
    void loop(int n, java.util.function.Consumer<Val> body, SourcePos pos) {
        if (n <= 0) {
            throw new DslException(pos, "loop count must be positive, not " + n);
        }
        seal();
        enterScope();
        Home i = home("loop index", pos, true);
        store(i, new Node.Const(0, 32), 32);
        r0Epoch++; // the back edge: R0 of values made before the loop is not R0 in later rounds
        state.r1Ctx = false; // nor is R1 the context after a call in an earlier round
        PathState start = state.copy();
        int pktStart = pktEpoch;
        int emittedStart = emitted;
        Label top = asm.label();
        cache.unknownAt(top);
        asm.bind(top);
        scoped(() -> body.accept(new Val(this, new Node.Held(i, 32))));
        if (state.reachable) {
            if (!state.refs.equals(start.refs)) {
                error(pos, "a loop body must leave socket references as it found them");
            }
            if (pktEpoch != pktStart) {
                for (Home h : homes) {
                    if (h.packetEpoch >= 0 && !h.freed && h.createdAt < emittedStart
                            && h.lastUse > emittedStart) {
                        error(pos, "packet data checked at " + h.where + " is read in this loop, which also calls "
                                + "a helper that may move packet data (" + pktChangedAt + ")");
                    }
                }
            }
            if (i.reg != null) {
                asm.alu32(AluOp.ADD, i.reg, 1);
                asm.jmp32(JmpOp.JLT, i.reg, n, top);
            } else {
                Reg t = pool().take();
                asm.ldx(Size.W, t, Reg.R10, i.slot.offset());
                asm.alu32(AluOp.ADD, t, 1);
                asm.stx(Size.W, Reg.R10, i.slot.offset(), t);
                asm.jmp32(JmpOp.JLT, t, n, top);
            }
        }
        exitScope();
    }

    int emitted() {
        return emitted;
    }

    // ---- Exits --------------------------------------------------------------------------------

    private void checkExit(SourcePos pos) {
        for (Map.Entry<Ref, Ref.State> e : state.refs.entrySet()) {
            switch (e.getValue()) {
                case UNCHECKED -> error(pos, "returns while " + e.getKey().describe()
                        + " is neither checked with ifPresent(...) nor released");
                case HELD -> error(pos, "returns while " + e.getKey().describe()
                        + " is still held: call release(...) first");
                default -> {
                }
            }
        }
    }

    /** Returns the constant {@code code}; equal constants share one exit. */
    void exit(long code, SourcePos pos) {
        seal();
        checkExit(pos);
        Label l = exits.get(code);
        if (l != null) {
            asm.ja(l);
        } else {
            l = asm.label();
            exits.put(code, l);
            cache.unknownAt(l);
            asm.bind(l);
            asm.mov32(Reg.R0, (int) code);
            asm.exit();
        }
        state.reachable = false;
    }

    /** Returns a computed value. */
    void exit(Node value, SourcePos pos) {
        seal();
        checkExit(pos);
        if (value instanceof Node.Const c) {
            exit(c.value(), pos);
            return;
        }
        if (!(value instanceof Node.Held h && h.home().r0Epoch >= 0 && h.home().r0Epoch == r0Epoch)) {
            into(value, Reg.R0, pool());
        }
        asm.exit();
        state.reachable = false;
    }

    // ---- Build --------------------------------------------------------------------------------

    Program build() {
        if (built != null) {
            return built;
        }
        SourcePos pos = here();
        closeChain(scopes.peek());
        if (state.reachable) {
            error(lastTopLevel.isKnown() ? lastTopLevel : pos,
                    "the program can reach its end after this statement without a verdict: end every path with a return");
        }
        Scope root = scopes.peek();
        for (Ref r : root.refs) {
            if (state.refs.get(r) == Ref.State.UNCHECKED) {
                error(r.acquiredAt, r.describe() + " is never checked with ifPresent(...) and released");
            }
        }
        if (!errors.isEmpty()) {
            DslException first = errors.get(0);
            for (int i = 1; i < errors.size(); i++) {
                first.addSuppressed(errors.get(i));
            }
            throw first;
        }
        for (Home h : homes) {
            if (h.saveInsn >= 0 && !h.read) {
                asm.drop(h.saveInsn);
            }
        }
        if (!ctxR6Used) {
            asm.drop(prologue);
        }
        built = asm.build();
        return built;
    }
}
