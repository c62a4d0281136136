package dev.bpfj.testkit;

import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.EndianOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Operand;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Random valid instructions covering the whole ISA. {@link #llvmExpressible()} leaves out the
 * encodings LLVM's assembler has no syntax for (local and kfunc calls, ld_pseudo with a second
 * immediate, indirect legacy loads with an offset), so its output can be compared with llvm-mc.
 */
public final class InsnGen implements Gen<Insn> {
    private final boolean llvmOnly;

    private InsnGen(boolean llvmOnly) {
        this.llvmOnly = llvmOnly;
    }

    public static InsnGen all() {
        return new InsnGen(false);
    }

    public static InsnGen llvmExpressible() {
        return new InsnGen(true);
    }

    private static final AluOp[] ALU_OPS = AluOp.values();
    private static final JmpOp[] JMP_OPS = JmpOp.values();
    private static final AtomicOp[] ATOMIC_OPS = AtomicOp.values();
    private static final Size[] SIZES = Size.values();

    @Override
    public Insn generate(SplittableRandom r, int size) {
        int kind = r.nextInt(llvmOnly ? 17 : 20);
        return switch (kind) {
            case 0, 1, 2, 3 -> alu(r);
            case 4 -> new Insn.Neg(r.nextBoolean(), reg(r));
            case 5 -> {
                EndianOp o = EndianOp.values()[r.nextInt(3)];
                yield new Insn.Endian(o, 16 << r.nextInt(3), reg(r));
            }
            case 6, 7 -> new Insn.Jump(r.nextBoolean(), JMP_OPS[r.nextInt(JMP_OPS.length)], reg(r),
                    r.nextBoolean() ? reg(r) : new Imm(imm(r)), Target.offset(off(r)));
            case 8 -> switch (r.nextInt(4)) {
                case 0 -> new Insn.Ja(Target.offset(off(r)));
                // llvm-mc reads gotol offsets as 16-bit in text; only labels reach further.
                case 1 -> new Insn.JaLong(Target.offset(llvmOnly ? off(r) : r.nextInt()));
                case 2 -> new Insn.MayGoto(Target.offset(off(r)));
                default -> new Insn.Exit();
            };
            case 9 -> r.nextBoolean() ? new Insn.Call(r.nextInt(0, 212)) : new Insn.Callx(reg(r));
            case 10 -> {
                PseudoSrc src = r.nextInt(4) == 0 ? PseudoSrc.values()[r.nextInt(PseudoSrc.values().length)]
                        : PseudoSrc.NONE;
                long imm = switch (r.nextInt(3)) {
                    case 0 -> r.nextInt(); // small and negative values print differently
                    case 1 -> r.nextInt() & 0xffffffffL;
                    default -> r.nextLong();
                };
                if (src != PseudoSrc.NONE && llvmOnly) {
                    imm &= 0xffffffffL; // llvm's ld_pseudo has one 32-bit immediate
                }
                yield new Insn.LoadImm64(reg(r), src, imm);
            }
            case 11 -> {
                Size s = SIZES[r.nextInt(3)];
                if (r.nextBoolean()) {
                    yield new Insn.LoadAbs(s, imm(r));
                }
                yield new Insn.LoadInd(s, reg(r), llvmOnly ? 0 : imm(r));
            }
            case 12, 13 -> {
                Size s = SIZES[r.nextInt(4)];
                boolean sx = s != Size.DW && r.nextInt(4) == 0;
                yield new Insn.Load(s, sx, reg(r), reg(r), off(r));
            }
            case 14 -> new Insn.Store(SIZES[r.nextInt(4)], reg(r), off(r), imm(r));
            case 15 -> new Insn.StoreReg(SIZES[r.nextInt(4)], reg(r), off(r), reg(r));
            case 16 -> new Insn.Atomic(r.nextBoolean() ? Size.W : Size.DW, ATOMIC_OPS[r.nextInt(ATOMIC_OPS.length)],
                    reg(r), off(r), reg(r));
            case 17 -> new Insn.CallLocal(Target.offset(r.nextInt(-1000, 1000)));
            case 18 -> new Insn.CallKfunc(r.nextInt(1, 200000), r.nextInt(0, 4));
            default -> new Insn.LoadInd(SIZES[r.nextInt(3)], reg(r), imm(r));
        };
    }

    private Insn alu(SplittableRandom r) {
        AluOp op = ALU_OPS[r.nextInt(ALU_OPS.length)];
        boolean alu64 = r.nextBoolean();
        if (op == AluOp.MOVSX32 && !alu64) {
            op = AluOp.MOVSX16;
        }
        Operand src = op.isSignExtendingMove() || r.nextBoolean() ? reg(r) : new Imm(imm(r));
        return new Insn.Alu(alu64, op, reg(r), src);
    }

    private static Reg reg(SplittableRandom r) {
        return Reg.of(r.nextInt(11));
    }

    private static int off(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> r.nextInt(-16, 17);
            case 1 -> r.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
            default -> r.nextInt(-512, 513);
        };
    }

    private static int imm(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(-16, 17);
            case 1 -> r.nextInt();
            case 2 -> r.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            default -> r.nextInt(-70000, 70000);
        };
    }

    @Override
    public Stream<Insn> shrink(Insn value) {
        Insn exit = new Insn.Exit();
        Insn zero = Insn.mov64(Reg.R0, 0);
        if (value.equals(exit)) {
            return Stream.empty();
        }
        if (value.equals(zero)) {
            return Stream.of(exit);
        }
        return Stream.of(exit, zero);
    }
}
