package dev.bpfj.dsl;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.CtxField;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.dsl.asm.DslException;
import dev.bpfj.dsl.asm.Label;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every typed program builder shares: map declarations, local variables and records,
 * structured control flow, and the helpers every socket program type may call. Each program type
 * has its own subclass ({@link SkLookup}, {@link SkReuseport}, {@link SkMsg}, {@link SockOps},
 * {@link CgroupSkb}) adding its context, its helpers and its verdicts; a helper a type may not
 * call has no method there.
 *
 * <p>Statements are emitted in the order the Java code calls them; lambdas passed to
 * {@code ifThen}, {@code ifPresent} or {@code loop} are run once, at the call, to emit their
 * body. Registers and stack slots are chosen by the builder.
 *
 * <pre>{@code
 * CgroupSkb p = CgroupSkb.ingress("count");
 * ArrayMap packets = p.array("packets", Scalar.U64, 1);
 * p.ifPresent(packets.lookup(0), v -> v.add(1));
 * p.allow();
 * Program prog = p.build();
 * }</pre>
 */
public abstract sealed class ProgramBuilder permits VerdictBuilder, SockOps, CgroupSkb {
    final Gen gen;

    ProgramBuilder(String name, ProgramType type, AttachType attach) {
        Objects.requireNonNull(name, "name");
        this.gen = new Gen(name, type, attach);
    }

    /** The program's name. */
    public final String name() {
        return gen.asm.name();
    }

    // ---- Maps ---------------------------------------------------------------------------------

    /** Declares a {@code SOCKMAP} of {@code maxEntries} sockets. */
    public final SockMap sockMap(String name, int maxEntries) {
        return new SockMap(declare(MapSpec.of(name, MapType.SOCKMAP, 4, 8, maxEntries)), gen);
    }

    /** Declares a {@code SOCKHASH} keyed by {@code key}. */
    public final SockHash sockHash(String name, Layout key, int maxEntries) {
        Objects.requireNonNull(key, "key");
        return new SockHash(declare(MapSpec.of(name, MapType.SOCKHASH, key.size(), 8, maxEntries)), key, gen);
    }

    /** Declares a {@code REUSEPORT_SOCKARRAY} of {@code maxEntries} sockets. */
    public final ReuseportSockArray reuseportSockArray(String name, int maxEntries) {
        return new ReuseportSockArray(declare(MapSpec.of(name, MapType.REUSEPORT_SOCKARRAY, 4, 8, maxEntries)),
                gen);
    }

    /** Declares a {@code HASH} map. */
    public final HashTable hash(String name, Layout key, Layout value, int maxEntries) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return new HashTable(declare(MapSpec.of(name, MapType.HASH, key.size(), value.size(), maxEntries)), key,
                value, gen);
    }

    /** Declares an {@code ARRAY} map. */
    public final ArrayMap array(String name, Layout value, int maxEntries) {
        Objects.requireNonNull(value, "value");
        return new ArrayMap(declare(MapSpec.of(name, MapType.ARRAY, 4, value.size(), maxEntries)), value, gen);
    }

    /**
     * Declares an {@code LPM_TRIE} of IPv4 ({@code family} 4) or IPv6 (6) prefixes, created with
     * {@code BPF_F_NO_PREALLOC} as the kernel requires.
     */
    public final LpmTrie lpmTrie(String name, int family, Layout value, int maxEntries) {
        Objects.requireNonNull(value, "value");
        if (family != 4 && family != 6) {
            throw new IllegalArgumentException("family must be 4 or 6, not " + family);
        }
        MapSpec spec = MapSpec.of(name, MapType.LPM_TRIE, family == 4 ? 8 : 20, value.size(), maxEntries)
                .withFlags(Flags.BPF_F_NO_PREALLOC);
        return new LpmTrie(declare(spec), family, value, gen);
    }

    private MapSpec declare(MapSpec spec) {
        SourcePos pos = gen.here();
        if (spec.maxEntries() <= 0) {
            throw new DslException(pos, "map " + spec.name() + " needs a positive number of entries");
        }
        gen.declare(spec, pos);
        return spec;
    }

    // ---- Locals -------------------------------------------------------------------------------

    /**
     * A 32-bit local variable without a value yet: every path must {@link Var#set} it before it
     * is read (checked at {@code build()}).
     */
    public final Var var() {
        return declared(32);
    }

    /** A 64-bit local variable without a value yet. */
    public final Var var64() {
        return declared(64);
    }

    private Var declared(int bits) {
        SourcePos pos = gen.stmt();
        Home h = gen.home("variable", pos, false);
        h.isVar = true;
        return new Var(gen, h, bits);
    }

    /** A 32-bit local variable initialized to {@code init}. */
    public final Var var(long init) {
        if (init < Integer.MIN_VALUE || init > 0xffff_ffffL) {
            throw new IllegalArgumentException(init + " does not fit a 32-bit variable; use var64");
        }
        return var(new Val(gen, new Node.Const(init & 0xffff_ffffL, 32)), 32);
    }

    /** A local variable initialized to {@code init}, as wide as {@code init}. */
    public final Var var(Val init) {
        Objects.requireNonNull(init, "init");
        gen.sameBuilder(init.gen);
        return var(init, init.bits());
    }

    /** A 64-bit local variable initialized to {@code init}. */
    public final Var var64(long init) {
        return var(new Val(gen, new Node.Const(init, 64)), 64);
    }

    /** A 64-bit local variable initialized to {@code init}. */
    public final Var var64(Val init) {
        Objects.requireNonNull(init, "init");
        gen.sameBuilder(init.gen);
        return var(new Val(gen, Val.withBits(init.node, 64)), 64);
    }

    private Var var(Val init, int bits) {
        SourcePos pos = gen.stmt();
        Home h = gen.home("variable", pos, false);
        h.isVar = true;
        gen.store(h, init.node, bits);
        return new Var(gen, h, bits);
    }

    /** A record of {@code type} on the stack; fields left unset read as zero. */
    public final Rec record(Struct type) {
        Objects.requireNonNull(type, "type");
        SourcePos pos = gen.stmt();
        Stack.Area a = gen.area(type.size(), 8, pos, true);
        Rec r = new Rec(gen, type, a);
        gen.register(r);
        return r;
    }

    // ---- Control flow -------------------------------------------------------------------------

    /** Runs {@code then} when {@code c} holds. */
    public final void ifThen(Cond c, Runnable then) {
        cond(c);
        Objects.requireNonNull(then, "then");
        SourcePos pos = gen.stmt();
        Gen.Chain chain = gen.chain();
        chain.open(c.node, then, pos);
        gen.closeOpen();
    }

    /** Runs {@code then} when {@code c} holds, {@code otherwise} when it does not. */
    public final void ifElse(Cond c, Runnable then, Runnable otherwise) {
        cond(c);
        Objects.requireNonNull(then, "then");
        Objects.requireNonNull(otherwise, "otherwise");
        SourcePos pos = gen.stmt();
        Gen.Chain chain = gen.chain();
        chain.open(c.node, then, pos);
        gen.finish(chain, otherwise, pos);
    }

    /** Starts a chain: {@code when(c).then(...).orWhen(c2).then(...).otherwise(...)}. */
    public final When when(Cond c) {
        cond(c);
        SourcePos pos = gen.stmt();
        return new When(gen, c, gen.chain(), pos);
    }

    /**
     * Runs {@code body} {@code n} times with the index 0..n-1. The loop is bounded, so the
     * verifier can follow it; keep {@code n} small.
     */
    public final void loop(int n, Consumer<Val> body) {
        Objects.requireNonNull(body, "body");
        SourcePos pos = gen.stmt();
        gen.loop(n, body, pos);
    }

    /** Runs {@code body} with the map value when the lookup found one. */
    public final void ifPresent(ValueRef ref, Consumer<MapValue> body) {
        ifPresent(ref, body, null);
    }

    /** Runs {@code body} with the map value when the lookup found one, {@code otherwise} when not. */
    public final void ifPresent(ValueRef ref, Consumer<MapValue> body, Runnable otherwise) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(body, "body");
        gen.sameBuilder(ref.gen);
        SourcePos pos = gen.stmt();
        if (ref.checked) {
            gen.error(pos, "the lookup of map " + ref.map + " at " + ref.at + " was already checked");
        }
        ref.checked = true;
        MapValue v = new MapValue(gen, ref.home, ref.layout, ref.map);
        gen.ifNonNull(ref.home, pos, null, () -> {
            body.accept(v);
            v.active = false;
        }, otherwise);
        v.active = false;
    }

    // ---- Helpers every type may call ----------------------------------------------------------

    /** {@code bpf_get_prandom_u32()}: a pseudo-random 32-bit number. */
    public final Val random() {
        SourcePos pos = gen.stmt();
        gen.call(Helper.GET_PRANDOM_U32, pos);
        return new Val(gen, new Node.Held(gen.keepResult("result of bpf_get_prandom_u32", pos), 32));
    }

    /** {@code bpf_ktime_get_ns()}: monotonic time in nanoseconds. */
    public final Val ktimeNs() {
        SourcePos pos = gen.stmt();
        gen.call(Helper.KTIME_GET_NS, pos);
        return new Val(gen, new Node.Held(gen.keepResult("result of bpf_ktime_get_ns", pos), 64));
    }

    /** A constant as a value, for comparisons where both sides are computed. */
    public final Val constant(long value) {
        return value >= 0 && value <= 0xffff_ffffL ? new Val(gen, new Node.Const(value, 32))
                : new Val(gen, new Node.Const(value, 64));
    }

    // ---- Build --------------------------------------------------------------------------------

    /**
     * The finished program. Fails with the Java line of the first problem: a path without a
     * verdict, a socket not released, a stale packet window, a helper this type may not call.
     */
    public final Program build() {
        return gen.build();
    }

    // ---- For subclasses -----------------------------------------------------------------------

    /**
     * {@code helper(ctx, map, &key, flags)} with {@code key} placed on the stack as {@code map}'s
     * key layout; the helper's result.
     */
    final Val callWithKey(Helper helper, MapHandle map, Object key, long flags) {
        Objects.requireNonNull(map, "map");
        SourcePos pos = gen.stmt();
        Gen.KeyArea k = MapOps.place(gen, map, map.key(), key, "key", pos);
        gen.call(helper, pos, Gen.ctxArg(), new Gen.Arg.MapRef(map.spec()), new Gen.Arg.Ptr(k.area()),
                Gen.imm(flags));
        gen.release(k);
        return MapOps.result(gen, "result of " + helper.kernelName(), pos);
    }

    /** Stores {@code value} into the 32-bit context field {@code field}, which must be writable. */
    final void storeCtxField(String field, Val value) {
        Objects.requireNonNull(value, "value");
        gen.sameBuilder(value.gen);
        gen.stmt();
        CtxField f = writableCtxField(field);
        Gen.Pool p = gen.pool();
        Reg c = gen.ctx();
        p.without(c);
        Reg r = gen.use(value.node, p);
        gen.asm.stx(Size.W, c, f.offset(), r);
    }

    /** The context field {@code field}, checked to take a 32-bit store. */
    final CtxField writableCtxField(String field) {
        CtxField f = CtxFields.field(gen, field);
        if (!f.allowsWrite(f.offset(), 4)) {
            throw new IllegalStateException(field + " is not writable");
        }
        return f;
    }

    final void exitWith(long code) {
        SourcePos pos = gen.stmt();
        gen.exit(code, pos);
    }

    final void exitWith(Val v) {
        gen.sameBuilder(v.gen);
        SourcePos pos = gen.stmt();
        gen.exit(v.node, pos);
    }

    final void cond(Cond c) {
        Objects.requireNonNull(c, "condition");
        gen.sameBuilder(c.gen);
    }

    /** {@code withData(n, ...)}: checks that {@code n} bytes of packet data are present. */
    final void withData(String dataField, String endField, int n, Consumer<Packet> body, Runnable otherwise) {
        Objects.requireNonNull(body, "body");
        SourcePos pos = gen.stmt();
        if (n <= 0 || n > 0xffff) {
            throw new DslException(pos, "withData needs a length of 1..65535 bytes, not " + n);
        }
        gen.seal();
        gen.enterScope();
        Home h = gen.home("packet data", pos, true);
        Node.CtxLoad data = CtxFields.pointer(gen, dataField, dev.bpfj.core.abi.CtxValueKind.PTR_TO_PACKET);
        Node.CtxLoad end = CtxFields.pointer(gen, endField, dev.bpfj.core.abi.CtxValueKind.PTR_TO_PACKET_END);
        Gen.Pool p = gen.pool();
        Reg d;
        if (h.reg != null) {
            d = h.reg;
            gen.asm.ldx(data.size(), d, gen.ctx(), data.offset());
        } else {
            d = p.take();
            gen.asm.ldx(data.size(), d, gen.ctx(), data.offset());
            gen.asm.stx(dev.bpfj.core.insn.Size.DW, Reg.R10, h.slot.offset(), d);
        }
        p.without(d);
        Reg e = p.take();
        gen.asm.ldx(end.size(), e, gen.ctx(), end.offset());
        Reg x = p.take();
        gen.asm.mov(x, d);
        gen.asm.add(x, n);
        Label skip = gen.asm.label();
        gen.asm.jmp(JmpOp.JGT, x, e, skip);
        gen.packetPointer(h);
        PathState fail = gen.state.copy();
        gen.scoped(() -> body.accept(new Packet(gen, h, n)));
        gen.join(skip, fail, otherwise, pos);
        gen.exitScope();
    }
}
