package dev.bpfj.verifier.engine;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.Imm;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.Operand;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;

/**
 * Formats one instruction the way the kernel's verifier log does, e.g.
 * {@code (61) r2 = *(u32 *)(r1 +0)} or {@code (25) if r2 > 0xa goto pc+2}. Differs from LLVM's
 * syntax in offsets ({@code +0}), hex jump immediates and {@code pc+N} targets.
 */
final class KernelInsnFormat {
    private KernelInsnFormat() {
    }

    static String helperName(int id) {
        Helper h = Helper.ofId(id);
        return (h == null ? "unknown" : h.kernelName()) + "#" + id;
    }

    static String format(Insn insn, int slot, int targetSlot, MapSpec map) {
        StringBuilder sb = new StringBuilder(40);
        sb.append('(').append(hex2(opcode(insn))).append(") ");
        switch (insn) {
            case Insn.Alu a -> {
                String d = a.dst().name(a.alu64());
                if (a.op() == AluOp.MOV) {
                    sb.append(d).append(" = ");
                    operand(a.src(), a.alu64(), sb);
                } else if (a.op().isSignExtendingMove()) {
                    sb.append(d).append(" = (s").append(a.op().signExtendBits()).append(')')
                            .append(((Reg) a.src()).name(a.alu64()));
                } else {
                    sb.append(d).append(' ').append(a.op().symbol()).append(' ');
                    operand(a.src(), a.alu64(), sb);
                }
            }
            case Insn.Neg g -> {
                String d = g.dst().name(g.alu64());
                sb.append(d).append(" = -").append(d);
            }
            case Insn.Endian e -> sb.append(e.dst().name(true)).append(" = ").append(e.order().mnemonic())
                    .append(e.bits()).append(' ').append(e.dst().name(true));
            case Insn.Jump j -> {
                sb.append("if ").append(j.dst().name(!j.jmp32())).append(' ').append(j.op().symbol()).append(' ');
                if (j.src() instanceof Reg r) {
                    sb.append(r.name(!j.jmp32()));
                } else {
                    sb.append("0x").append(Integer.toHexString(((Imm) j.src()).value()));
                }
                sb.append(" goto pc");
                pcOff(targetSlot - slot - 1, sb);
            }
            case Insn.Ja j -> pcOff(targetSlot - slot - 1, sb.append("goto pc"));
            case Insn.JaLong j -> pcOff(targetSlot - slot - 1, sb.append("gotol pc"));
            case Insn.MayGoto m -> pcOff(targetSlot - slot - 1, sb.append("may_goto pc"));
            case Insn.Call c -> sb.append("call ").append(helperName(c.helper()));
            case Insn.CallLocal c -> pcOff(targetSlot - slot - 1, sb.append("call pc"));
            case Insn.CallKfunc k -> sb.append("call kernel-function");
            case Insn.Callx c -> sb.append("callx ").append(c.reg().name(true));
            case Insn.Exit e -> sb.append("exit");
            case Insn.LoadImm64 l -> {
                sb.append(l.dst().name(true)).append(" = ");
                if (l.src() == PseudoSrc.NONE) {
                    sb.append("0x").append(Long.toHexString(l.imm()));
                } else if (map != null) {
                    sb.append("map[").append(StatePrinter.mapName(map.name())).append(']');
                    if (l.src() == PseudoSrc.MAP_VALUE) {
                        sb.append('+').append((int) (l.imm() >>> 32));
                    }
                } else {
                    sb.append("0x").append(Long.toHexString(l.imm()));
                }
            }
            case Insn.LoadAbs l -> sb.append("r0 = *(").append(l.size().unsignedName()).append(" *)skb[")
                    .append(l.imm()).append(']');
            case Insn.LoadInd l -> sb.append("r0 = *(").append(l.size().unsignedName()).append(" *)skb[")
                    .append(l.src().name(true)).append(" + ").append(l.imm()).append(']');
            case Insn.Load l -> {
                sb.append(l.dst().name(true)).append(" = *(")
                        .append(l.signExtend() ? l.size().signedName() : l.size().unsignedName()).append(" *)");
                addr(l.src(), l.off(), sb);
            }
            case Insn.Store s -> {
                sb.append("*(").append(s.size().unsignedName()).append(" *)");
                addr(s.dst(), s.off(), sb);
                sb.append(" = ").append(s.imm());
            }
            case Insn.StoreReg s -> {
                sb.append("*(").append(s.size().unsignedName()).append(" *)");
                addr(s.dst(), s.off(), sb);
                sb.append(" = ").append(s.src().name(true));
            }
            case Insn.Atomic a -> atomic(a, sb);
        }
        return sb.toString();
    }

    private static void atomic(Insn.Atomic a, StringBuilder sb) {
        boolean dw = a.size() == Size.DW;
        String ty = "(" + a.size().unsignedName() + " *)";
        String src = a.src().name(true);
        switch (a.op()) {
            case ADD, OR, AND, XOR -> {
                sb.append("lock *").append(ty);
                addr(a.dst(), a.off(), sb);
                sb.append(' ').append(switch (a.op()) {
                    case ADD -> "+=";
                    case OR -> "|=";
                    case AND -> "&=";
                    default -> "^=";
                }).append(' ').append(src);
            }
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR -> {
                String name = a.op().name().substring("FETCH_".length()).toLowerCase(java.util.Locale.ROOT);
                sb.append(src).append(" = atomic").append(dw ? "64" : "").append("_fetch_").append(name)
                        .append('(').append(ty);
                addr(a.dst(), a.off(), sb);
                sb.append(", ").append(src).append(')');
            }
            case XCHG -> {
                sb.append(src).append(" = atomic").append(dw ? "64" : "").append("_xchg(").append(ty);
                addr(a.dst(), a.off(), sb);
                sb.append(", ").append(src).append(')');
            }
            case CMPXCHG -> {
                sb.append("r0 = atomic").append(dw ? "64" : "").append("_cmpxchg(").append(ty);
                addr(a.dst(), a.off(), sb);
                sb.append(", r0, ").append(src).append(')');
            }
        }
    }

    private static void addr(Reg base, int off, StringBuilder sb) {
        sb.append('(').append(base.name(true)).append(' ');
        if (off >= 0) {
            sb.append('+');
        }
        sb.append(off).append(')');
    }

    private static void pcOff(int off, StringBuilder sb) {
        if (off >= 0) {
            sb.append('+');
        }
        sb.append(off);
    }

    private static void operand(Operand o, boolean wide, StringBuilder sb) {
        switch (o) {
            case Reg r -> sb.append(r.name(wide));
            case Imm m -> sb.append(m.value());
        }
    }

    private static String hex2(int v) {
        String h = Integer.toHexString(v & 0xff);
        return h.length() == 1 ? "0" + h : h;
    }

    /** The opcode byte the kernel prints in parentheses. */
    static int opcode(Insn insn) {
        return switch (insn) {
            case Insn.Alu a -> (a.alu64() ? 0x07 : 0x04) | a.op().code() | (a.src() instanceof Reg ? 0x08 : 0);
            case Insn.Neg g -> (g.alu64() ? 0x07 : 0x04) | 0x80;
            case Insn.Endian e -> switch (e.order()) {
                case LE -> 0xd4;
                case BE -> 0xdc;
                case BSWAP -> 0xd7;
            };
            case Insn.Jump j -> (j.jmp32() ? 0x06 : 0x05) | j.op().code() | (j.src() instanceof Reg ? 0x08 : 0);
            case Insn.Ja j -> 0x05;
            case Insn.JaLong j -> 0x06;
            case Insn.MayGoto m -> 0xe5;
            case Insn.Call c -> 0x85;
            case Insn.CallLocal c -> 0x85;
            case Insn.CallKfunc c -> 0x85;
            case Insn.Callx c -> 0x8d;
            case Insn.Exit e -> 0x95;
            case Insn.LoadImm64 l -> 0x18;
            case Insn.LoadAbs l -> 0x20 | l.size().code();
            case Insn.LoadInd l -> 0x40 | l.size().code();
            case Insn.Load l -> 0x01 | (l.signExtend() ? 0x80 : 0x60) | l.size().code();
            case Insn.Store s -> 0x02 | 0x60 | s.size().code();
            case Insn.StoreReg s -> 0x03 | 0x60 | s.size().code();
            case Insn.Atomic a -> 0x03 | 0xc0 | a.size().code();
        };
    }
}
