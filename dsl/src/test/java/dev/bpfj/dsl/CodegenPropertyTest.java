package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bpfj.core.Program;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.attach.SkLookupContext;
import dev.bpfj.loader.attach.SkLookupProgram;
import dev.bpfj.testkit.Env;
import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.Property;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kernel as the oracle of the code generator: random expressions over sk_lookup context
 * fields (arithmetic, shifts, byte swaps, 32/64-bit mixes, variables) are compared in random
 * conditions whose outcome Java computes; the program must pass every check in a test run.
 */
class CodegenPropertyTest {

    /** The context values a test run sees, as the DSL reads them. */
    record Ctx(int protocol, byte[] localIp, byte[] remoteIp, int localPort, int remotePort) {
        long field(String f) {
            return switch (f) {
                case "family" -> Family.INET.value();
                case "protocol" -> protocol;
                case "localPort" -> localPort;
                case "remotePort" -> remotePort;
                case "localIp4" -> word(localIp);
                case "remoteIp4" -> word(remoteIp);
                default -> throw new AssertionError(f);
            };
        }

        static long word(byte[] b) {
            return (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
        }

        SkLookupContext context() throws Exception {
            InetSocketAddress remote = new InetSocketAddress(InetAddress.getByAddress(remoteIp), remotePort);
            InetSocketAddress local = new InetSocketAddress(InetAddress.getByAddress(localIp), localPort);
            return new SkLookupContext(protocol, remote, local);
        }
    }

    /** An expression both the DSL and Java can evaluate. */
    sealed interface E {
        int bits();

        long eval(Ctx c);

        Val build(SkLookup p);
    }

    record Field(String name) implements E {
        public int bits() {
            return 32;
        }

        public long eval(Ctx c) {
            return c.field(name);
        }

        public Val build(SkLookup p) {
            SkLookup.Ctx x = p.ctx();
            return switch (name) {
                case "family" -> x.family();
                case "protocol" -> x.protocol();
                case "localPort" -> x.localPort();
                case "remotePort" -> x.remotePort();
                case "localIp4" -> x.localIp4().raw();
                case "remoteIp4" -> x.remoteIp4().raw();
                default -> throw new AssertionError(name);
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record BinK(AluOp op, E a, long k) implements E {
        public int bits() {
            return a.bits();
        }

        public long eval(Ctx c) {
            return Cond.fold(op, a.eval(c), k, bits());
        }

        public Val build(SkLookup p) {
            Val v = a.build(p);
            return switch (op) {
                case ADD -> v.add(k);
                case SUB -> v.sub(k);
                case MUL -> v.mul(k);
                case DIV -> v.div(k);
                case MOD -> v.mod(k);
                case AND -> v.and(k);
                case OR -> v.or(k);
                case XOR -> v.xor(k);
                case LSH -> v.shl((int) k);
                case RSH -> v.shr((int) k);
                default -> throw new AssertionError(op);
            };
        }

        @Override
        public String toString() {
            return "(" + a + " " + op + " " + k + ")";
        }
    }

    record Bin(AluOp op, E a, E b) implements E {
        public int bits() {
            return Math.max(a.bits(), b.bits());
        }

        public long eval(Ctx c) {
            return Cond.fold(op, a.eval(c), b.eval(c), bits());
        }

        public Val build(SkLookup p) {
            Val x = a.build(p);
            Val y = b.build(p);
            return switch (op) {
                case ADD -> x.add(y);
                case SUB -> x.sub(y);
                case MUL -> x.mul(y);
                case DIV -> x.div(y);
                case MOD -> x.mod(y);
                case AND -> x.and(y);
                case OR -> x.or(y);
                case XOR -> x.xor(y);
                default -> throw new AssertionError(op);
            };
        }

        @Override
        public String toString() {
            return "(" + a + " " + op + " " + b + ")";
        }
    }

    record Swap(int width, E a) implements E {
        public int bits() {
            return a.bits();
        }

        public long eval(Ctx c) {
            long v = a.eval(c);
            return width == 16 ? Short.reverseBytes((short) v) & 0xffffL : Integer.reverseBytes((int) v) & 0xffff_ffffL;
        }

        public Val build(SkLookup p) {
            return width == 16 ? a.build(p).swap16() : a.build(p).swap32();
        }

        @Override
        public String toString() {
            return "swap" + width + "(" + a + ")";
        }
    }

    record Wide(E a) implements E {
        public int bits() {
            return 64;
        }

        public long eval(Ctx c) {
            return a.eval(c);
        }

        public Val build(SkLookup p) {
            return a.build(p).to64();
        }

        @Override
        public String toString() {
            return "u64(" + a + ")";
        }
    }

    /** The value kept in a local variable first. */
    record InVar(E a) implements E {
        public int bits() {
            return a.bits();
        }

        public long eval(Ctx c) {
            return a.eval(c);
        }

        public Val build(SkLookup p) {
            Val v = a.build(p);
            return v.bits() == 64 ? p.var64(v) : p.var(v);
        }

        @Override
        public String toString() {
            return "var(" + a + ")";
        }
    }

    record Check(JmpOp op, E a, E b, long k) {
        boolean expected(Ctx c) {
            int bits = b == null ? a.bits() : Math.max(a.bits(), b.bits());
            return Cond.fold(op, a.eval(c), b == null ? k : b.eval(c), bits);
        }

        Cond build(SkLookup p) {
            Val x = a.build(p);
            if (b == null) {
                return switch (op) {
                    case JEQ -> x.eq(k);
                    case JNE -> x.ne(k);
                    case JLT -> x.lt(k);
                    case JLE -> x.le(k);
                    case JGT -> x.gt(k);
                    case JGE -> x.ge(k);
                    case JSET -> x.anyBit(k);
                    default -> throw new AssertionError(op);
                };
            }
            Val y = b.build(p);
            return switch (op) {
                case JEQ -> x.eq(y);
                case JNE -> x.ne(y);
                case JLT -> x.lt(y);
                case JLE -> x.le(y);
                case JGT -> x.gt(y);
                case JGE -> x.ge(y);
                default -> throw new AssertionError(op);
            };
        }

        @Override
        public String toString() {
            return a + " " + op + " " + (b == null ? Long.toString(k) : b.toString());
        }
    }

    record Case(Ctx ctx, List<Check> checks) {
        @Override
        public String toString() {
            return "ctx(proto " + ctx.protocol + ", ports " + ctx.localPort + "/" + ctx.remotePort + ") " + checks;
        }
    }

    static final String[] FIELDS = {"family", "protocol", "localPort", "remotePort", "localIp4", "remoteIp4"};
    static final AluOp[] KOPS = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.DIV, AluOp.MOD, AluOp.AND, AluOp.OR,
            AluOp.XOR, AluOp.LSH, AluOp.RSH};
    static final AluOp[] VOPS = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.AND, AluOp.OR, AluOp.XOR, AluOp.DIV,
            AluOp.MOD};
    static final JmpOp[] CMPS = {JmpOp.JEQ, JmpOp.JNE, JmpOp.JLT, JmpOp.JLE, JmpOp.JGT, JmpOp.JGE};

    static long constant(SplittableRandom r, int bits) {
        long v = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(0, 17);
            case 1 -> 1L << r.nextInt(bits);
            case 2 -> r.nextLong();
            default -> r.nextInt();
        };
        return bits == 32 ? v & 0xffff_ffffL : v;
    }

    static E expr(SplittableRandom r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return new Field(FIELDS[r.nextInt(FIELDS.length)]);
        }
        E a = expr(r, depth - 1);
        return switch (r.nextInt(7)) {
            case 0, 1 -> {
                AluOp op = KOPS[r.nextInt(KOPS.length)];
                long k = switch (op) {
                    case LSH, RSH -> r.nextInt(a.bits());
                    case DIV, MOD -> Math.max(1, constant(r, a.bits()));
                    default -> constant(r, a.bits());
                };
                if ((op == AluOp.DIV || op == AluOp.MOD) && k == 0) {
                    k = 3;
                }
                yield new BinK(op, a, k);
            }
            case 2, 3 -> new Bin(VOPS[r.nextInt(VOPS.length)], a, expr(r, depth - 1));
            case 4 -> new Swap(r.nextBoolean() ? 16 : 32, a);
            case 5 -> new Wide(a);
            default -> new InVar(a);
        };
    }

    static final Gen<Case> CASES = new Gen<>() {
        @Override
        public Case generate(SplittableRandom r, int size) {
            byte[] lip = new byte[4];
            byte[] rip = new byte[4];
            for (int i = 0; i < 4; i++) {
                lip[i] = (byte) r.nextInt(256);
                rip[i] = (byte) r.nextInt(256);
            }
            lip[0] = (byte) Math.max(1, lip[0] & 0x7f); // a unicast-looking address
            Ctx c = new Ctx(r.nextBoolean() ? 6 : 17, lip, rip, r.nextInt(1, 65536), r.nextInt(1, 65536));
            E shared = expr(r, 3);
            List<Check> checks = new ArrayList<>();
            for (int i = r.nextInt(1, 4); i > 0; i--) {
                E a = r.nextBoolean() ? shared : expr(r, 3);
                JmpOp op = CMPS[r.nextInt(CMPS.length)];
                if (r.nextInt(3) == 0) {
                    checks.add(new Check(op, a, expr(r, 2), 0));
                } else {
                    long k = r.nextInt(3) == 0 ? a.eval(c) : constant(r, a.bits());
                    checks.add(new Check(r.nextInt(8) == 0 ? JmpOp.JSET : op, a, null, k));
                }
            }
            return new Case(c, checks);
        }

        @Override
        public Stream<Case> shrink(Case v) {
            if (v.checks().size() <= 1) {
                return Stream.empty();
            }
            return v.checks().stream().map(ch -> new Case(v.ctx(), List.of(ch)));
        }
    };

    static Program program(Case k) {
        SkLookup p = SkLookup.named("prop");
        for (Check ch : k.checks()) {
            Cond c = ch.build(p);
            p.ifThen(ch.expected(k.ctx()) ? c.not() : c, p::drop);
        }
        p.pass();
        return p.build();
    }

    @Test
    void generatedCodeComputesWhatJavaComputes() {
        Env.requireRoot();
        Property.forAll("dsl code agrees with Java", CASES, Property.count(250), k -> {
            Program prog = program(k);
            try (LoadedProgram lp = ProgramLoader.load(prog)) {
                int verdict = SkLookupProgram.of(lp).testRun(k.ctx().context(), 1).verdict();
                if (verdict != 1) {
                    StringBuilder sb = new StringBuilder();
                    for (var insn : prog.insns()) {
                        sb.append(InsnPrinter.llvm().print(insn)).append('\n');
                    }
                    throw new AssertionError("a check failed on the kernel:\n" + sb);
                }
                return true;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void constantsFoldLikeTheMachine() {
        assertEquals(0xffff_fffeL, Cond.fold(AluOp.ADD, 0xffff_ffffL, 0xffff_ffffL, 32));
        assertEquals(0, Cond.fold(AluOp.DIV, 5, 0, 64));
        assertEquals(5, Cond.fold(AluOp.MOD, 5, 0, 64));
        assertEquals(0x8000_0000L, Cond.fold(AluOp.LSH, 1, 31, 32));
    }
}
