package dev.bpfj.core.insn;

import java.util.function.IntFunction;

/**
 * Prints instructions in LLVM's BPF assembly syntax, the text {@code llvm-objdump -d --mcpu=v4
 * --no-print-imm-hex} prints and {@code llvm-mc -triple bpf} reads back.
 *
 * <p>Where LLVM has no syntax for a valid encoding, bpfj extends it in the kernel log's spirit and
 * its own assembler reads the extension: {@code call pc+N} for a local call, {@code call kfunc
 * ID[, IDX]}, {@code ld_pseudo rD, SRC, IMM, IMM2} for a non-zero second immediate, and
 * {@code skb[rS + IMM]} for a legacy indirect load with an offset.
 */
public final class InsnPrinter {
    private final IntFunction<String> helperNames;

    private InsnPrinter(IntFunction<String> helperNames) {
        this.helperNames = helperNames;
    }

    /** Prints helper calls by number, as llvm-objdump does. */
    public static InsnPrinter llvm() {
        return new InsnPrinter(id -> null);
    }

    /** Prints helper calls by the name {@code helperNames} gives (null: by number). */
    public static InsnPrinter withHelperNames(IntFunction<String> helperNames) {
        return new InsnPrinter(helperNames);
    }

    public String print(Insn insn) {
        StringBuilder sb = new StringBuilder(32);
        print(insn, sb);
        return sb.toString();
    }

    public void print(Insn insn, StringBuilder sb) {
        switch (insn) {
            case Insn.Alu a -> {
                String dst = a.dst().name(a.alu64());
                sb.append(dst).append(' ');
                if (a.op().isSignExtendingMove()) {
                    sb.append("= (s").append(a.op().signExtendBits()).append(')')
                            .append(((Reg) a.src()).name(a.alu64()));
                } else {
                    sb.append(a.op().symbol()).append(' ');
                    operand(a.src(), a.alu64(), sb);
                }
            }
            case Insn.Neg n -> {
                String r = n.dst().name(n.alu64());
                sb.append(r).append(" = -").append(r);
            }
            case Insn.Endian e -> sb.append(e.dst().name(true)).append(" = ").append(e.order().mnemonic())
                    .append(e.bits()).append(' ').append(e.dst().name(true));
            case Insn.Jump j -> {
                sb.append("if ").append(j.dst().name(!j.jmp32())).append(' ').append(j.op().symbol()).append(' ');
                operand(j.src(), !j.jmp32(), sb);
                sb.append(" goto ");
                target(j.target(), sb);
            }
            case Insn.Ja j -> target(j.target(), sb.append("goto "));
            case Insn.JaLong j -> target(j.target(), sb.append("gotol "));
            case Insn.MayGoto m -> target(m.target(), sb.append("may_goto "));
            case Insn.Call c -> {
                String name = helperNames.apply(c.helper());
                sb.append("call ");
                if (name != null) {
                    sb.append(name);
                } else {
                    sb.append(c.helper());
                }
            }
            case Insn.CallLocal c -> {
                sb.append("call ");
                if (c.target() instanceof Target.Offset(int slots)) {
                    sb.append("pc").append(slots >= 0 ? "+" : "").append(slots);
                } else {
                    sb.append(c.target());
                }
            }
            case Insn.CallKfunc k -> {
                sb.append("call kfunc ").append(k.btfId());
                if (k.btfFdIndex() != 0) {
                    sb.append(", ").append(k.btfFdIndex());
                }
            }
            case Insn.Callx c -> sb.append("callx ").append(c.reg().name(true));
            case Insn.Exit e -> sb.append("exit");
            case Insn.LoadImm64 l -> {
                if (l.src() == PseudoSrc.NONE) {
                    sb.append(l.dst().name(true)).append(" = ").append(l.imm()).append(" ll");
                } else {
                    // Unsigned, as llvm-objdump prints them (fds and offsets are never negative).
                    sb.append("ld_pseudo ").append(l.dst().name(true)).append(", ").append(l.src().code())
                            .append(", ").append(Integer.toUnsignedString((int) l.imm()));
                    int hi = (int) (l.imm() >>> 32);
                    if (hi != 0) {
                        sb.append(", ").append(Integer.toUnsignedString(hi));
                    }
                }
            }
            case Insn.LoadAbs l -> sb.append("r0 = *(").append(l.size().unsignedName()).append(" *)skb[")
                    .append(l.imm()).append(']');
            case Insn.LoadInd l -> {
                sb.append("r0 = *(").append(l.size().unsignedName()).append(" *)skb[").append(l.src().name(true));
                if (l.imm() != 0) {
                    sb.append(l.imm() < 0 ? " - " : " + ").append(Math.abs((long) l.imm()));
                }
                sb.append(']');
            }
            case Insn.Load l -> {
                // LLVM prints narrow zero-extending loads into the 32-bit sub-register (alu32).
                boolean wide = l.signExtend() || l.size() == Size.DW;
                sb.append(l.dst().name(wide)).append(" = *(")
                        .append(l.signExtend() ? l.size().signedName() : l.size().unsignedName()).append(" *)");
                address(l.src(), l.off(), sb);
            }
            case Insn.Store s -> {
                sb.append("*(").append(s.size().unsignedName()).append(" *)");
                address(s.dst(), s.off(), sb);
                sb.append(" = ").append(s.imm());
            }
            case Insn.StoreReg s -> {
                sb.append("*(").append(s.size().unsignedName()).append(" *)");
                address(s.dst(), s.off(), sb);
                sb.append(" = ").append(s.src().name(s.size() == Size.DW));
            }
            case Insn.Atomic a -> atomic(a, sb);
        }
    }

    private void atomic(Insn.Atomic a, StringBuilder sb) {
        boolean wide = a.size() == Size.DW;
        String src = a.src().name(wide);
        String ty = a.size().unsignedName();
        switch (a.op()) {
            case ADD, OR, AND, XOR -> {
                sb.append("lock *(").append(ty).append(" *)");
                address(a.dst(), a.off(), sb);
                String sym = switch (a.op()) {
                    case ADD -> "+=";
                    case OR -> "|=";
                    case AND -> "&=";
                    default -> "^=";
                };
                sb.append(' ').append(sym).append(' ').append(src);
            }
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR -> {
                String name = a.op().name().substring("FETCH_".length()).toLowerCase(java.util.Locale.ROOT);
                sb.append(src).append(" = atomic_fetch_").append(name).append("((").append(ty).append(" *)");
                address(a.dst(), a.off(), sb);
                sb.append(", ").append(src).append(')');
            }
            case XCHG -> {
                sb.append(src).append(wide ? " = xchg_64(" : " = xchg32_32(");
                addressBare(a.dst(), a.off(), sb);
                sb.append(", ").append(src).append(')');
            }
            case CMPXCHG -> {
                String r0 = Reg.R0.name(wide);
                sb.append(r0).append(wide ? " = cmpxchg_64(" : " = cmpxchg32_32(");
                addressBare(a.dst(), a.off(), sb);
                sb.append(", ").append(r0).append(", ").append(src).append(')');
            }
        }
    }

    private static void operand(Operand o, boolean wide, StringBuilder sb) {
        switch (o) {
            case Reg r -> sb.append(r.name(wide));
            case Imm m -> sb.append(m.value());
        }
    }

    private static void address(Reg base, int off, StringBuilder sb) {
        sb.append('(');
        addressBare(base, off, sb);
        sb.append(')');
    }

    private static void addressBare(Reg base, int off, StringBuilder sb) {
        sb.append(base.name(true)).append(off < 0 ? " - " : " + ").append(Math.abs((long) off));
    }

    private static void target(Target t, StringBuilder sb) {
        sb.append(t);
    }
}
