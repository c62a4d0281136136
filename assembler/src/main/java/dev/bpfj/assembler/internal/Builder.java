package dev.bpfj.assembler.internal;

import dev.bpfj.assembler.Assembly;
import dev.bpfj.assembler.Diagnostic;
import dev.bpfj.assembler.internal.Ast.Instr;
import dev.bpfj.assembler.internal.Ast.LabelDef;
import dev.bpfj.assembler.internal.Ast.Prop;
import dev.bpfj.assembler.internal.Ast.SymKind;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed lines into programs: sections and directives, labels, symbol resolution (local
 * functions, helpers, maps), linking of shared {@code .text} functions into the programs that
 * call them, and the program-level checks.
 */
public final class Builder {
    private final String file;
    private final Source src;
    private final boolean programChecks;
    private final int maxErrors;
    private final List<Diagnostic> diags = new ArrayList<>();
    private boolean tooMany;

    /** Program (or shared function) text under construction. */
    private static final class Unit {
        final String name;
        final int line;
        final int col;
        final boolean declared;
        Ast.ProgramDir dir;
        ProgramKinds.Kind kind;
        final String section;
        final List<Instr> instrs;
        int[] lines;
        final Map<String, Integer> labels = new HashMap<>();
        final Map<String, Integer> labelLines = new HashMap<>();
        final List<Program.Function> functions = new ArrayList<>();

        Unit(String name, int line, int col, boolean declared, String section, int expected) {
            this.instrs = new ArrayList<>(expected);
            this.lines = new int[expected];
            this.name = name;
            this.line = line;
            this.col = col;
            this.declared = declared;
            this.section = section;
        }

        void add(Instr in, int lineNo) {
            if (instrs.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[instrs.size()] = lineNo;
            instrs.add(in);
        }
    }

    private final List<Unit> programs = new ArrayList<>();
    private final List<Unit> textFunctions = new ArrayList<>();
    private Unit current;
    private String section = ".text";
    private boolean codeSection = true;
    private boolean sawSection;
    private final Set<String> functionSymbols = new HashSet<>();
    private final Map<String, String> dataSymbols = new HashMap<>();
    private final LinkedHashMap<String, Ast.MapDir> mapDirs = new LinkedHashMap<>();
    private final Map<String, Integer> mapLines = new HashMap<>();
    private String license;
    private int licenseLine;
    private String sectionLicense;
    private boolean inLicenseData;

    /** The source text with its line starts, for diagnostics and source positions. */
    public interface Source {
        String lineText(int line);
    }

    private int lineCount;

    /** Sizes implicit programs for the rest of the file (a loose instruction stream is one). */
    public void expectLines(int n) {
        lineCount = n;
    }

    public Builder(String file, Source src, boolean programChecks, int maxErrors) {
        this.file = file;
        this.src = src;
        this.programChecks = programChecks;
        this.maxErrors = maxErrors;
    }

    public boolean full() {
        return tooMany;
    }

    public List<Diagnostic> diagnostics() {
        return diags;
    }

    public void error(int line, int col, String message) {
        if (diags.size() >= maxErrors) {
            tooMany = true;
            return;
        }
        diags.add(new Diagnostic(file, line, col, message, line > 0 ? src.lineText(line) : null));
    }

    // ---- Pass 1: line by line -----------------------------------------------------------------

    /** A line holding only an instruction. */
    public void addInstruction(int lineNo, Instr in) {
        instruction(lineNo, in);
    }

    public void add(int lineNo, Ast.Line line) {
        for (LabelDef l : line.labels()) {
            label(lineNo, l);
        }
        Ast.Stmt s = line.stmt();
        if (s == null) {
            return;
        }
        // An instanceof chain rather than a pattern switch, which spins a class on its first run
        // (milliseconds of every short command's start-up).
        if (s instanceof Instr in) {
            instruction(lineNo, in);
        } else if (s instanceof Ast.LicenseDir d) {
            if (license != null && !license.equals(d.value())) {
                error(lineNo, d.col(), "second .license \"" + d.value() + "\" differs from \"" + license
                        + "\" on line " + licenseLine);
            }
            license = d.value();
            licenseLine = lineNo;
        } else if (s instanceof Ast.MapDir d) {
            Ast.MapDir prev = mapDirs.get(d.name());
            if (prev != null && !sameProps(prev, d)) {
                error(lineNo, d.col(), "map '" + d.name() + "' is already declared differently on line "
                        + mapLines.get(d.name()));
            } else if (prev != null) {
                return; // the same declaration again, as in several files pasted together
            } else {
                mapDirs.put(d.name(), d);
                mapLines.put(d.name(), lineNo);
            }
        } else if (s instanceof Ast.ProgramDir d) {
            for (Unit u : programs) {
                if (u.name.equals(d.name())) {
                    error(lineNo, d.col(), "program '" + d.name() + "' is already defined on line " + u.line);
                }
            }
            Unit u = new Unit(d.name(), lineNo, d.col(), true, null, 16);
            u.dir = d;
            u.kind = programKind(lineNo, d);
            programs.add(u);
            current = u;
            codeSection = true;
        } else if (s instanceof Ast.FuncDir d) {
            if (!codeSection) {
                error(lineNo, d.col(), ".func in data section " + section);
                return;
            }
            Unit u = unit(lineNo, d.col());
            defineLabel(u, d.name(), lineNo, d.col());
            u.functions.add(new Program.Function(d.name(), u.instrs.size()));
        } else if (s instanceof Ast.SectionDir d) {
            section(lineNo, d);
        } else if (s instanceof Ast.OtherDir d) {
            other(lineNo, d);
        }
    }

    private static boolean sameProps(Ast.MapDir a, Ast.MapDir b) {
        if (a.props().size() != b.props().size()) {
            return false;
        }
        for (int i = 0; i < a.props().size(); i++) {
            Prop x = a.props().get(i), y = b.props().get(i);
            if (!x.key().equals(y.key()) || !x.value().equals(y.value())) {
                return false;
            }
        }
        return true;
    }

    private void label(int lineNo, LabelDef l) {
        if (!codeSection) {
            dataSymbols.put(l.name(), section);
            inLicenseData = section.equals("license");
            return;
        }
        if (current == null || current.dir == null) {
            // LLVM style: a label declared a function starts a program, or a shared function in .text.
            if (functionSymbols.contains(l.name())) {
                Unit u = start(new Unit(l.name(), lineNo, l.col(), true, section, 16));
                defineLabel(u, l.name(), lineNo, l.col());
                return;
            }
        }
        defineLabel(unit(lineNo, l.col()), l.name(), lineNo, l.col());
    }

    private void defineLabel(Unit u, String name, int lineNo, int col) {
        Integer prev = u.labelLines.putIfAbsent(name, lineNo);
        if (prev != null) {
            error(lineNo, col, "label '" + name + "' is already defined on line " + prev);
            return;
        }
        u.labels.put(name, u.instrs.size());
    }

    /** The unit instructions go to now, started implicitly for text outside any function. */
    private Unit unit(int lineNo, int col) {
        if (current == null) {
            start(new Unit(implicitName(section), lineNo, col, false, section, Math.max(16, lineCount - lineNo + 1)));
        }
        return current;
    }

    /** Makes {@code u} the current unit: a shared function in {@code .text}, else a program of its section. */
    private Unit start(Unit u) {
        if (section.equals(".text")) {
            textFunctions.add(u);
        } else {
            u.kind = ProgramKinds.ofSection(section);
            programs.add(u);
        }
        current = u;
        return u;
    }

    private static String implicitName(String section) {
        String n = section.startsWith(".") ? section.substring(1) : section;
        return n.replace('/', '_');
    }

    private void instruction(int lineNo, Instr in) {
        if (!codeSection) {
            error(lineNo, in.col(), "instruction in data section " + section);
            return;
        }
        unit(lineNo, in.col()).add(in, lineNo);
    }

    private void section(int lineNo, Ast.SectionDir d) {
        sawSection = true;
        section = d.name();
        inLicenseData = false;
        boolean code;
        if (d.flags() != null) {
            code = d.flags().indexOf('x') >= 0;
        } else {
            code = section.equals(".text") || ProgramKinds.ofSection(section) != null;
        }
        codeSection = code;
        current = null;
        if (code && !section.equals(".text") && ProgramKinds.ofSection(section) == null) {
            error(lineNo, d.col(), "section '" + section + "' names no program type bpfj knows"
                    + Names.suggest(section, ProgramKinds.sectionNames()));
        }
    }

    private static final Set<String> IGNORED = Set.of("globl", "global", "type", "size", "p2align", "align",
            "balign", "file", "loc", "addrsig", "addrsig_sym", "ident", "local", "weak", "hidden", "protected",
            "cfi_sections", "cfi_startproc", "cfi_endproc", "cfi_def_cfa", "cfi_offset", "cfi_def_cfa_offset",
            "section", "previous", "end", "set", "visibility", "internal", "extern");
    private static final Set<String> DATA = Set.of("byte", "short", "long", "quad", "word", "int", "hword",
            "2byte", "4byte", "8byte", "asciz", "ascii", "string", "zero", "space", "skip", "uleb128", "sleb128",
            "fill", "octa", "value");

    /** Whether directive {@code .name} is one that bpfj reads past (when not a function's {@code .type}). */
    static boolean ignored(String name) {
        return !DATA.contains(name) && (IGNORED.contains(name) || name.startsWith("cfi_"));
    }

    private void other(int lineNo, Ast.OtherDir d) {
        String n = d.name();
        if (n.equals("type") && d.args().size() >= 4 && d.args().get(d.args().size() - 1).equals("function")) {
            functionSymbols.add(d.args().get(0));
            return;
        }
        if (DATA.contains(n)) {
            if (codeSection) {
                error(lineNo, d.col(), "data directive ." + n + " in code section " + section);
            } else if (inLicenseData && (n.equals("asciz") || n.equals("ascii") || n.equals("string"))
                    && !d.args().isEmpty() && d.args().get(0).startsWith("\"")) {
                String v = Names.unquote(d.args().get(0));
                int nul = v.indexOf('\0');
                sectionLicense = nul >= 0 ? v.substring(0, nul) : v;
            }
            return;
        }
        if (!IGNORED.contains(n) && !n.startsWith("cfi_")) {
            error(lineNo, d.col(), "unknown directive '." + n + "'" + Names.suggest(n, List.of("license", "map",
                    "program", "func", "section", "text", "globl", "type", "size", "p2align")));
        }
    }

    private ProgramKinds.Kind programKind(int lineNo, Ast.ProgramDir d) {
        String type = null;
        String attach = null;
        String sec = null;
        int typeCol = d.col();
        for (Prop p : d.props()) {
            switch (p.key()) {
                case "type" -> {
                    type = p.value();
                    typeCol = p.valueCol();
                }
                case "attach" -> attach = p.value();
                case "section" -> sec = p.value();
                default -> error(lineNo, p.keyCol(), "unknown .program property '" + p.key()
                        + "' (type=, attach=, section=)" + Names.suggest(p.key(), List.of("type", "attach", "section")));
            }
        }
        if (type == null) {
            error(lineNo, d.col(), "program '" + d.name() + "' needs type=... (one of "
                    + String.join(", ", ProgramKinds.TYPE_WORDS) + ")");
            return null;
        }
        String[] why = new String[1];
        ProgramKinds.Kind k = ProgramKinds.ofTypeWord(type, attach, why);
        if (k == null) {
            error(lineNo, typeCol, why[0]);
            return null;
        }
        return new ProgramKinds.Kind(k.type(), k.attach(), sec);
    }

    // ---- Pass 2: maps, linking, resolution ------------------------------------------------------

    public Assembly finish() {
        Map<String, MapSpec> maps = maps();
        List<Unit> progs = new ArrayList<>(programs);
        List<Unit> library = textFunctions;
        if (progs.isEmpty() && !textFunctions.isEmpty()) {
            // Only .text: it is one program; its first function is the main one, the rest are its
            // local functions.
            Unit main = textFunctions.get(0);
            for (int i = 1; i < textFunctions.size(); i++) {
                Unit f = textFunctions.get(i);
                int base = main.instrs.size();
                main.functions.add(new Program.Function(f.name, base));
                appendUnit(main, f, base);
            }
            progs.add(main);
            library = List.of();
        }
        Map<String, Unit> libByName = new HashMap<>();
        for (Unit u : library) {
            if (!u.declared && !u.instrs.isEmpty()) {
                error(u.lines[0], u.instrs.get(0).col(), "instruction outside any program: put it after a"
                        + " .program (or a function label of a program section)");
            }
            libByName.put(u.name, u);
        }
        String lic = license != null ? license : sectionLicense;
        List<Program> out = new ArrayList<>();
        for (Unit u : progs) {
            Program p = program(u, libByName, maps, lic);
            if (p != null) {
                out.add(p);
            }
        }
        return new Assembly(out, List.copyOf(maps.values()), lic);
    }

    private void appendUnit(Unit into, Unit f, int base) {
        for (Map.Entry<String, Integer> e : f.labels.entrySet()) {
            if (into.labels.containsKey(e.getKey())) {
                error(f.labelLines.get(e.getKey()), 0, "label '" + e.getKey() + "' is already defined on line "
                        + into.labelLines.get(e.getKey()));
            } else {
                into.labels.put(e.getKey(), e.getValue() + base);
                into.labelLines.put(e.getKey(), f.labelLines.get(e.getKey()));
            }
        }
        for (Program.Function fn : f.functions) {
            into.functions.add(new Program.Function(fn.name(), fn.start() + base));
        }
        for (int i = 0; i < f.instrs.size(); i++) {
            into.add(f.instrs.get(i), f.lines[i]);
        }
    }

    private Map<String, MapSpec> maps() {
        Map<String, MapSpec> out = new LinkedHashMap<>();
        Map<String, String> inner = new HashMap<>();
        Map<String, Integer> innerCol = new HashMap<>();
        for (Ast.MapDir d : mapDirs.values()) {
            int line = mapLines.get(d.name());
            MapType type = null;
            long key = -1, value = -1, entries = -1, flags = 0;
            boolean ok = true;
            for (Prop p : d.props()) {
                switch (p.key()) {
                    case "type" -> {
                        type = MapType.ofShortName(p.value());
                        if (type == null || type == MapType.UNSPEC) {
                            List<String> names = new ArrayList<>();
                            for (MapType t : MapType.values()) {
                                names.add(t.shortName());
                            }
                            error(line, p.valueCol(), "unknown map type '" + p.value() + "'" + Names.suggest(p.value(), names));
                            ok = false;
                        }
                    }
                    case "key", "value", "entries", "flags" -> {
                        if (p.num() == null || p.num().negative() || Long.compareUnsigned(p.num().magnitude(), 0xffffffffL) > 0) {
                            error(line, p.valueCol(), p.key() + "= takes a number from 0 to 4294967295, not '" + p.value() + "'");
                            ok = false;
                            continue;
                        }
                        long v = p.num().magnitude();
                        switch (p.key()) {
                            case "key" -> key = v;
                            case "value" -> value = v;
                            case "entries" -> entries = v;
                            default -> flags = v;
                        }
                    }
                    case "inner" -> {
                        inner.put(d.name(), p.value());
                        innerCol.put(d.name(), p.valueCol());
                    }
                    default -> {
                        error(line, p.keyCol(), "unknown .map property '" + p.key() + "' (type=, key=, value=, entries=, flags=, inner=)"
                                + Names.suggest(p.key(), List.of("type", "key", "value", "entries", "flags", "inner")));
                        ok = false;
                    }
                }
            }
            List<String> missing = new ArrayList<>();
            if (type == null && ok) {
                missing.add("type=");
            }
            if (key < 0 && ok) {
                missing.add("key=");
            }
            if (value < 0 && ok) {
                missing.add("value=");
            }
            if (entries < 0 && ok) {
                missing.add("entries=");
            }
            if (!missing.isEmpty()) {
                error(line, d.col(), "map '" + d.name() + "' needs " + String.join(", ", missing));
                ok = false;
            }
            if (ok) {
                out.put(d.name(), new MapSpec(d.name(), type, (int) key, (int) value, (int) entries, (int) flags, null));
            }
        }
        // Inner maps may be declared before or after the outer one; nesting stops at one level.
        for (Map.Entry<String, String> e : inner.entrySet()) {
            MapSpec outer = out.get(e.getKey());
            int line = mapLines.get(e.getKey());
            MapSpec in = out.get(e.getValue());
            if (in == null) {
                if (!mapDirs.containsKey(e.getValue())) {
                    error(line, innerCol.get(e.getKey()), "unknown inner map '" + e.getValue() + "'"
                            + Names.suggest(e.getValue(), mapDirs.keySet()));
                }
                continue;
            }
            if (outer == null) {
                continue;
            }
            if (outer.type() != MapType.ARRAY_OF_MAPS && outer.type() != MapType.HASH_OF_MAPS) {
                error(line, innerCol.get(e.getKey()), "inner= is for array_of_maps and hash_of_maps, not "
                        + outer.type().shortName());
                continue;
            }
            out.put(e.getKey(), outer.withInner(in));
        }
        for (MapSpec m : List.copyOf(out.values())) {
            if ((m.type() == MapType.ARRAY_OF_MAPS || m.type() == MapType.HASH_OF_MAPS) && m.inner() == null
                    && !inner.containsKey(m.name())) {
                error(mapLines.get(m.name()), mapDirs.get(m.name()).col(), "map '" + m.name() + "' of type "
                        + m.type().shortName() + " needs inner=MAP naming a map like its inner maps");
            }
        }
        return out;
    }

    private Program program(Unit u, Map<String, Unit> library, Map<String, MapSpec> maps, String lic) {
        if (u.instrs.isEmpty()) {
            error(u.line, u.col, "program '" + u.name + "' has no instructions");
            return null;
        }
        ProgramKinds.Kind kind = u.kind;
        if (kind == null && u.dir == null && u.section != null && !u.section.equals(".text")) {
            kind = ProgramKinds.ofSection(u.section);
        }
        // Shared .text functions the program calls, directly or through each other, go after it.
        Set<String> linked = new HashSet<>();
        ArrayDeque<Unit> work = new ArrayDeque<>();
        for (int i = 0; i < u.instrs.size(); i++) {
            Instr in = u.instrs.get(i);
            if (in.kind() == SymKind.CALL && !u.labels.containsKey(in.symbol()) && library.containsKey(in.symbol())
                    && linked.add(in.symbol())) {
                Unit f = library.get(in.symbol());
                work.add(f);
                int base = u.instrs.size();
                u.functions.add(new Program.Function(f.name, base));
                appendUnit(u, f, base);
            }
        }
        List<Insn> insns = new ArrayList<>(u.instrs.size());
        List<Relocation> relocs = new ArrayList<>();
        List<MapSpec> used = new ArrayList<>();
        int n = u.instrs.size();
        int errorsBefore = diags.size();
        for (int i = 0; i < n; i++) {
            Instr in = u.instrs.get(i);
            int line = u.lines[i];
            Insn insn = in.insn();
            switch (in.kind()) {
                case NONE -> {
                }
                case LABEL -> {
                    if (!u.labels.containsKey(in.symbol())) {
                        error(line, in.symCol(), "unknown label '" + in.symbol() + "'" + Names.suggest(in.symbol(), u.labels.keySet()));
                    }
                }
                case CALL -> insn = call(u, in, line);
                case MAP -> {
                    MapSpec m = maps.get(in.symbol());
                    if (m == null) {
                        if (mapDirs.containsKey(in.symbol())) {
                            break; // its declaration has an error already
                        }
                        String where = dataSymbols.get(in.symbol());
                        String hint = where != null
                                ? "; it is defined in section " + where + ", which bpfj does not read from text:"
                                + " declare it with .map " + in.symbol() + " type=... key=N value=N entries=N"
                                : Names.suggest(in.symbol(), mapDirs.keySet());
                        error(line, in.symCol(), "unknown map '" + in.symbol() + "'" + hint);
                    } else {
                        relocs.add(Relocation.map(i, m.name()));
                        if (!used.contains(m)) {
                            used.add(m);
                        }
                    }
                }
            }
            insns.add(insn);
        }
        checkTargets(u, insns);
        if (programChecks) {
            for (int i = 0; i < n; i++) {
                checkWrites(insns.get(i), u.lines[i], u.instrs.get(i).col());
            }
        }
        if (diags.size() != errorsBefore) {
            return null;
        }
        List<SourcePos> pos = new ArrayList<>(n);
        String lastText = null;
        int lastLine = -1;
        for (int i = 0; i < n; i++) {
            int line = u.lines[i];
            if (line != lastLine) {
                lastText = src.lineText(line);
                lastLine = line;
            }
            pos.add(new SourcePos(file, line, u.instrs.get(i).col(), lastText));
        }
        String section = kind == null ? null : kind.section();
        if (u.dir == null && u.section != null) {
            section = u.section;
        }
        return new Program(u.name, kind == null ? ProgramType.UNSPEC : kind.type(),
                kind == null ? null : kind.attach(), lic, insns, u.labels, relocs, used, u.functions, pos,
                section);
    }

    private Insn call(Unit u, Instr in, int line) {
        String name = in.symbol();
        if (u.labels.containsKey(name) && in.helperId() < 0) {
            return new Insn.CallLocal(Target.label(name));
        }
        Helper h = Helper.ofName(name);
        if (in.helperId() >= 0) {
            int id = (int) in.helperId();
            if (h != null && h.id() != id) {
                error(line, in.symCol(), "helper " + h.kernelName() + " has id " + h.id() + ", not " + id);
            }
            return new Insn.Call(id);
        }
        if (h != null && h != Helper.UNSPEC) {
            return new Insn.Call(h.id());
        }
        List<String> names = new ArrayList<>(u.labels.keySet());
        for (Helper x : Helper.values()) {
            names.add(x.kernelName());
        }
        error(line, in.symCol(), "unknown helper or function '" + name + "'" + Names.suggest(name, names));
        return in.insn();
    }

    /** Jumps must stay inside the program, land on an instruction, and fit their offset field. */
    private void checkTargets(Unit u, List<Insn> insns) {
        int[] slotOf = InsnCodec.slotIndexes(insns);
        int total = slotOf[insns.size()];
        int[] insnAtSlot = null;
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            Target t = insn.branchTarget();
            if (t == null) {
                continue;
            }
            Instr in = u.instrs.get(i);
            int line = u.lines[i];
            long off;
            String what;
            if (t instanceof Target.Label(String name)) {
                Integer label = u.labels.get(name);
                if (label == null) {
                    continue; // reported as unknown already
                }
                int at = label;
                off = (long) slotOf[at] - (slotOf[i] + 1);
                what = "'" + name + "'";
                if (at >= insns.size() && programChecks) {
                    error(line, in.symCol(), "jump to " + what + " leaves the program: the label is after the last instruction");
                    continue;
                }
            } else {
                off = ((Target.Offset) t).slots();
                what = "offset " + (off >= 0 ? "+" : "") + off;
                long dest = slotOf[i] + 1 + off;
                if (programChecks) {
                    if (dest < 0 || dest >= total) {
                        error(line, in.col(), "jump " + what + " leaves the program (target slot " + dest + ", the program has "
                                + total + " slots)");
                        continue;
                    }
                    if (insnAtSlot == null) {
                        insnAtSlot = new int[total];
                        Arrays.fill(insnAtSlot, -1);
                        for (int k = 0; k < insns.size(); k++) {
                            insnAtSlot[slotOf[k]] = k;
                        }
                    }
                    if (insnAtSlot[(int) dest] < 0) {
                        error(line, in.col(), "jump " + what + " lands in the middle of a 64-bit immediate load");
                        continue;
                    }
                }
            }
            boolean wide = insn instanceof Insn.JaLong || insn instanceof Insn.CallLocal;
            if (!wide && (off < Short.MIN_VALUE || off > Short.MAX_VALUE)) {
                error(line, t instanceof Target.Label ? in.symCol() : in.col(), "jump to " + what + " is " + off
                        + " slots away; 16-bit offsets reach -32768..32767" + (insn instanceof Insn.Ja ? ": use gotol" : ""));
            }
        }
    }

    /** R10 is the read-only frame pointer. */
    private void checkWrites(Insn insn, int line, int col) {
        Reg w = insn instanceof Insn.Alu a ? a.dst()
                : insn instanceof Insn.Load a ? a.dst()
                : insn instanceof Insn.LoadImm64 a ? a.dst()
                : insn instanceof Insn.Neg a ? a.dst()
                : insn instanceof Insn.Endian a ? a.dst()
                : insn instanceof Insn.Atomic a && a.op().fetches() && a.op() != dev.bpfj.core.insn.AtomicOp.CMPXCHG
                        ? a.src()
                : null;
        if (w == Reg.R10) {
            error(line, col, "r10 is the read-only frame pointer; it cannot be written");
        }
    }

    /** Whether any section directive was seen (LLVM-style text). */
    public boolean sawSection() {
        return sawSection;
    }
}
