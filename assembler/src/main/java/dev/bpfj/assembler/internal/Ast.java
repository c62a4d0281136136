package dev.bpfj.assembler.internal;

import dev.bpfj.core.insn.Insn;
import java.util.List;

/**
 * What one source line says, before symbols are resolved: the common output of the ANTLR parser
 * and of the fast path, so the two can be compared. Columns are 1-based.
 */
public final class Ast {
    private Ast() {
    }

    /** A parsed line; {@code stmt} is null for a line with only labels or comments. */
    public record Line(int opcodeHint, List<LabelDef> labels, Stmt stmt) {
        public static final Line EMPTY = new Line(-1, List.of(), null);
    }

    public record LabelDef(String name, int col) {
    }

    /** What a symbol in an instruction refers to, resolved once the whole file is read. */
    public enum SymKind {
        /** No symbol. */
        NONE,
        /** A jump to a label: the instruction holds a {@code Target.Label}. */
        LABEL,
        /** {@code call NAME}: a local function, else a helper; the instruction is a placeholder. */
        CALL,
        /** {@code rN = NAME ll}: a map; the instruction is a map-fd load with immediate 0. */
        MAP
    }

    public sealed interface Stmt {
        int col();
    }

    /**
     * An instruction. For {@link SymKind#CALL}, {@code helperId} is the id a {@code name#id} form
     * gave, or -1.
     */
    public record Instr(Insn insn, int col, SymKind kind, String symbol, int symCol, long helperId)
            implements Stmt {
        public static Instr plain(Insn insn, int col) {
            return new Instr(insn, col, SymKind.NONE, null, 0, -1);
        }
    }

    /** {@code key=value} of {@code .map} and {@code .program}; {@code num} is set for numbers. */
    public record Prop(String key, int keyCol, String value, int valueCol, Num num) {
    }

    public record LicenseDir(String value, int col) implements Stmt {
    }

    public record MapDir(String name, int col, List<Prop> props) implements Stmt {
    }

    public record ProgramDir(String name, int col, List<Prop> props) implements Stmt {
    }

    public record FuncDir(String name, int col) implements Stmt {
    }

    /** {@code .section NAME[, "flags", ...]} or {@code .text}; {@code flags} is null when not given. */
    public record SectionDir(String name, String flags, int col) implements Stmt {
    }

    /** Any other directive: name without the dot, arguments as token texts. */
    public record OtherDir(String name, List<String> args, int col) implements Stmt {
    }
}
