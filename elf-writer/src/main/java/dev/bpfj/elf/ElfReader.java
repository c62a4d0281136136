package dev.bpfj.elf;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.abi.SectionNames;
import dev.bpfj.core.insn.DecodeException;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Target;
import dev.bpfj.elf.ElfFile.Rel;
import dev.bpfj.elf.ElfFile.Shdr;
import dev.bpfj.elf.ElfFile.Sym;
import dev.bpfj.elf.btf.Btf;
import dev.bpfj.elf.btf.BtfExt;
import dev.bpfj.elf.btf.BtfFormatException;
import dev.bpfj.elf.btf.BtfType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads eBPF ELF objects written by clang ({@code -O2 -g -target bpf}, LLVM 14 and later) and by
 * {@link ElfWriter}.
 *
 * <p>Each program is linked as a loader links it: its function first, then every subprogram it
 * calls (directly or through other subprograms, and callbacks taken by address), in the order they
 * sit in their sections; bpf-to-bpf call offsets are rewritten for that layout. Map loads become
 * {@code ld_imm64} with {@link PseudoSrc#MAP_FD} and a {@link Relocation} naming the map.
 *
 * <p>Refused with a clear {@link ElfFormatException}: CO-RE relocations, references to global data
 * ({@code .data}, {@code .rodata}, {@code .bss}), references to extern kernel symbols, and anything
 * malformed. Accepted with a warning: the legacy {@code maps} section, map attributes bpfj does not
 * model (pinning, NUMA node), initial values of map-in-map or program-array maps.
 *
 * <pre>{@code
 * ElfObject obj = ElfReader.read(Path.of("prog.o"));
 * for (Program p : obj.programs()) {
 *     System.out.println(p.name() + " " + p.type().shortName() + " " + p.insns().size());
 * }
 * }</pre>
 */
public final class ElfReader {
    /** Objects larger than this are refused before reading them whole. */
    public static final long MAX_SIZE = 256L << 20;
    /** The kernel's limit on a program's length (BPF_COMPLEXITY_LIMIT_INSNS), in 8-byte slots. */
    static final int MAX_PROGRAM_SLOTS = 1_000_000;

    private ElfReader() {
    }

    /** Reads the object at {@code path} ({@code -} is standard input). */
    public static ElfObject read(Path path) throws IOException {
        if (path.toString().equals("-")) {
            return read(System.in);
        }
        long size = Files.size(path);
        if (size > MAX_SIZE) {
            throw new ElfFormatException(null, -1, path + ": " + size + " bytes is larger than the "
                    + MAX_SIZE + "-byte limit for objects");
        }
        return read(Files.readAllBytes(path));
    }

    /** Reads an object from a stream, up to {@link #MAX_SIZE} bytes. */
    public static ElfObject read(InputStream in) throws IOException {
        byte[] data = in.readNBytes((int) MAX_SIZE + 1);
        if (data.length > MAX_SIZE) {
            throw new ElfFormatException(null, -1, "input is larger than the " + MAX_SIZE + "-byte limit for objects");
        }
        return read(data);
    }

    /** Reads an object from its bytes. Never throws anything but {@link ElfFormatException} for bad input. */
    public static ElfObject read(byte[] data) throws ElfFormatException {
        try {
            return readUnguarded(data);
        } catch (ElfFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug in the reader: still one clear line for the user, with the cause kept for debugging.
            ElfFormatException x = new ElfFormatException(null, -1, "malformed object (reader failed: " + e + ")");
            x.initCause(e);
            throw x;
        }
    }

    /**
     * An object's programs as code bytes, for printing them without instruction objects.
     *
     * @param headers  each program as {@link #read(byte[])} gives it, but without instructions and
     *                 source positions (relocations, labels and functions by instruction index)
     * @param code     each program's code: its function's bytes as in the section, with map loads'
     *                 source field set as linking sets it (the instructions of the full program)
     * @param warnings what {@link ElfObject#warnings()} would say
     */
    public record Listing(List<Program> headers, List<byte[]> code, List<String> warnings) {
        public Listing {
            headers = List.copyOf(headers);
            code = List.copyOf(code);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * {@link #read(byte[])} for listings of big objects: the programs as bytes, with the same
     * checks but one, in a fraction of the time and memory. Only objects whose programs need no
     * linking (no bpf-to-bpf calls or callback addresses) and whose relocations all name maps take
     * this way; for any other object, valid or not, this returns null and {@link #read(byte[])}
     * gives the programs or the error. The check left to the caller: the programs' instructions
     * are not decoded here. Where one is invalid (the caller's printing or decoding says so),
     * {@link #read(byte[])} gives the error.
     */
    public static Listing readListing(byte[] data) {
        try {
            return new Reader(data).listing();
        } catch (ElfFormatException | RuntimeException e) {
            return null;
        }
    }

    /** {@link #read(byte[])} without the safety net, so that tests see reader bugs as what they are. */
    static ElfObject readUnguarded(byte[] data) throws ElfFormatException {
        return new Reader(data).read();
    }

    // ---- The reader proper ---------------------------------------------------------------------

    /** A function symbol inside a code section, in slots. */
    private record Func(CodeSec sec, String name, int start, int end, boolean global) {
    }

    /** One decoded code section. */
    private static final class CodeSec {
        final Shdr shdr;
        final List<Insn> insns;
        final int[] slotOf;      // insn index -> slot
        final int[] insnAtSlot;  // slot -> insn index, -1 inside an ld_imm64
        final Map<Integer, Rel> relAtSlot = new HashMap<>();
        final List<Func> funcs = new ArrayList<>();
        final Map<Integer, Func> funcByStart = new HashMap<>();

        CodeSec(Shdr shdr, List<Insn> insns) {
            this.shdr = shdr;
            this.insns = insns;
            this.slotOf = InsnCodec.slotIndexes(insns);
            this.insnAtSlot = new int[slotOf[insns.size()]];
            Arrays.fill(insnAtSlot, -1);
            for (int i = 0; i < insns.size(); i++) {
                insnAtSlot[slotOf[i]] = i;
            }
        }

        int slots() {
            return insnAtSlot.length;
        }

        Insn insnAtSlot(int slot) {
            return slot >= 0 && slot < insnAtSlot.length && insnAtSlot[slot] >= 0 ? insns.get(insnAtSlot[slot]) : null;
        }

        long fileOffset(int slot) {
            return shdr.offset() + (long) slot * 8;
        }

        Func funcStartingAt(int slot) {
            return funcByStart.get(slot);
        }

        void addFunc(Func f) {
            funcs.add(f);
            funcByStart.put(f.start(), f);
        }
    }

    /** What a reference from an instruction resolves to. */
    private sealed interface Ref {
        record MapRef(String map) implements Ref {
        }

        record FuncRef(Func target) implements Ref {
        }
    }

    private static final class Reader {
        final byte[] data;
        ElfFile f;
        final List<String> warnings = new ArrayList<>();
        Btf btf;
        BtfExt ext;
        Shdr btfSec;
        Shdr extSec;
        final Map<Integer, CodeSec> code = new LinkedHashMap<>();
        final Map<Long, String> mapByOffset = new HashMap<>();
        Shdr mapsSec;
        final List<MapSpec> maps = new ArrayList<>();
        String license = "";
        long linkedSlots;

        Reader(byte[] data) {
            this.data = data;
        }

        ElfObject read() throws ElfFormatException {
            f = ElfFile.parse(data);
            if (f.symtabIndex < 0) {
                throw new ElfFormatException(null, -1, "object has no symbol table");
            }
            readLicense();
            readBtf();
            readMaps();
            readCode();
            List<Program> programs = new ArrayList<>();
            for (CodeSec cs : code.values()) {
                if (cs.shdr.name().equals(".text")) {
                    continue;
                }
                for (Func fn : cs.funcs) {
                    programs.add(link(fn));
                }
            }
            return new ElfObject(programs, maps, license, sectionInfos(), codeSections(), warnings);
        }

        /** A code section for {@link #listing}: its bytes and where ld_imm64 second halves are. */
        private record LeanSec(Shdr shdr, byte[] bytes, boolean[] secondHalf, List<Func> funcs, Map<Integer, String> mapAt) {
        }

        /**
         * {@link #read} for listings: the same checks without keeping instruction objects (decoded a
         * chunk at a time, for validation only); null where the object needs the full reader.
         */
        ElfReader.Listing listing() throws ElfFormatException {
            f = ElfFile.parse(data);
            if (f.symtabIndex < 0) {
                return null;
            }
            readLicense();
            readBtf();
            readMaps();
            List<LeanSec> secs = new ArrayList<>();
            for (Shdr s : f.sections) {
                if (!s.isExec() || s.size() == 0) {
                    continue;
                }
                if (s.size() % 8 != 0) {
                    return null;
                }
                byte[] b = f.bytes(s);
                int n = b.length / 8;
                boolean[] second = new boolean[n];
                for (int i = 0; i < n; i++) {
                    if (b[i * 8] == 0x18) {
                        if (i + 1 >= n) {
                            return null;
                        }
                        second[++i] = true;
                    }
                }
                List<Func> funcs = leanFunctions(s, second);
                if (funcs == null) {
                    return null;
                }
                LeanSec ls = new LeanSec(s, b, second, funcs, new HashMap<>());
                if (!leanCheck(ls)) {
                    return null;
                }
                secs.add(ls);
            }
            for (LeanSec ls : secs) {
                int covered = 0;
                for (Func fn : ls.funcs()) {
                    covered += fn.end() - fn.start();
                }
                if (covered != ls.secondHalf().length) {
                    warnings.add("section '" + ls.shdr().name() + "': " + (ls.secondHalf().length - covered)
                            + " instruction slots belong to no function symbol and are ignored");
                }
            }
            List<Program> headers = new ArrayList<>();
            List<byte[]> codes = new ArrayList<>();
            for (LeanSec ls : secs) {
                if (ls.shdr().name().equals(".text")) {
                    continue;
                }
                for (Func fn : ls.funcs()) {
                    int slots = fn.end() - fn.start();
                    linkedSlots += slots;
                    if (slots > MAX_PROGRAM_SLOTS || linkedSlots > Math.max(MAX_PROGRAM_SLOTS, 16L * data.length / 8)) {
                        return null;
                    }
                    byte[] code = Arrays.copyOfRange(ls.bytes(), fn.start() * 8, fn.end() * 8);
                    List<Relocation> relocs = new ArrayList<>();
                    int insn = 0;
                    for (int slot = fn.start(); slot < fn.end(); slot++) {
                        if (ls.secondHalf()[slot]) {
                            continue;
                        }
                        String map = ls.mapAt().get(slot);
                        if (map != null) {
                            relocs.add(Relocation.map(insn, map));
                            // What encoding the linked LoadImm64(dst, MAP_FD, 0) gives: only the
                            // source field can differ from the checked placeholder.
                            int at = (slot - fn.start()) * 8 + 1;
                            code[at] = (byte) ((code[at] & 0x0f) | PseudoSrc.MAP_FD.code() << 4);
                        }
                        insn++;
                    }
                    SectionKind k = sectionKind(ls.shdr().name(), fn.name(), warnings);
                    headers.add(new Program(fn.name(), k.type(), k.attach(), license, List.of(), Map.of(fn.name(), 0),
                            relocs, maps, List.of(new Program.Function(fn.name(), 0)), List.of(), k.section()));
                    codes.add(code);
                }
            }
            if (!headers.isEmpty() && ext != null && !leanLineInfo(secs)) {
                return null;
            }
            return new ElfReader.Listing(headers, codes, warnings);
        }

        /** {@link #readFunctions} without instructions; null where it would fail. */
        private List<Func> leanFunctions(Shdr s, boolean[] second) {
            List<Sym> syms = new ArrayList<>();
            for (Sym sym : definedIn(s)) {
                if (sym.type() == ElfFile.STT_FUNC) {
                    syms.add(sym);
                }
            }
            syms.sort(Comparator.comparingLong(Sym::value).thenComparing(Sym::index));
            if (syms.isEmpty()) {
                return null;
            }
            List<Func> funcs = new ArrayList<>();
            Set<Integer> starts = new HashSet<>();
            for (int i = 0; i < syms.size(); i++) {
                Sym sym = syms.get(i);
                long at = sym.value();
                if (at < 0 || at % 8 != 0 || at >= s.size()) {
                    return null;
                }
                long nextStart = i + 1 < syms.size() ? syms.get(i + 1).value() : s.size();
                long size = sym.size() == 0 ? nextStart - at : sym.size();
                if (size <= 0 || size % 8 != 0 || at + size > nextStart) {
                    return null;
                }
                int start = (int) (at / 8);
                int end = (int) ((at + size) / 8);
                if (second[start] || (end < second.length && second[end]) || sym.name().isEmpty() || !starts.add(start)) {
                    return null;
                }
                funcs.add(new Func(null, sym.name(), start, end, sym.bind() != ElfFile.STB_LOCAL));
            }
            return funcs;
        }

        /**
         * Checks relocations (maps only), jumps (inside their function) and calls (none to local
         * functions) as {@link #readCode} would. Instructions of programs are read from their bytes
         * and not decoded: the caller prints them, which checks them; the rest (.text, code outside
         * functions) is decoded here.
         */
        private boolean leanCheck(LeanSec ls) throws ElfFormatException {
            Shdr s = ls.shdr();
            boolean[] second = ls.secondHalf();
            boolean programs = !s.name().equals(".text");
            Map<Integer, Rel> relAt = new HashMap<>();
            for (Rel r : f.relocations(s)) {
                if (r.type() == ElfFile.R_BPF_NONE) {
                    continue;
                }
                if (r.offset() < 0 || r.offset() % 8 != 0 || r.offset() >= s.size()) {
                    return false;
                }
                int slot = (int) (r.offset() / 8);
                if (second[slot] || relAt.put(slot, r) != null) {
                    return false;
                }
            }
            List<Func> byStart = new ArrayList<>(ls.funcs());
            byStart.sort(Comparator.comparingInt(Func::start));
            int fi = 0;
            byte[] b = ls.bytes();
            int n = second.length;
            for (int slot = 0; slot < n; slot++) {
                if (second[slot]) {
                    continue;
                }
                while (fi < byStart.size() && byStart.get(fi).end() <= slot) {
                    fi++;
                }
                Func fn = fi < byStart.size() && byStart.get(fi).start() <= slot ? byStart.get(fi) : null;
                int at = slot * 8;
                int op = b[at] & 0xff;
                int src = (b[at + 1] >> 4) & 0xf;
                if (fn == null || !programs) {
                    // Not printed: decoded here, as the full reader decodes every slot.
                    Insn insn;
                    try {
                        insn = InsnCodec.decodeSlots(op == 0x18 ? new long[] {slotAt(b, at), slotAt(b, at + 8)}
                                : new long[] {slotAt(b, at)}).get(0);
                    } catch (DecodeException e) {
                        return false;
                    }
                    if (fn != null && relAt.get(slot) == null && (insn instanceof Insn.CallLocal
                            || insn instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC)) {
                        return false; // needs linking
                    }
                }
                Rel r = relAt.isEmpty() ? null : relAt.get(slot);
                if (r != null) {
                    String map = leanMapRef(r, b, at);
                    if (map == null) {
                        return false;
                    }
                    ls.mapAt().put(slot, map);
                    continue;
                }
                if (fn == null) {
                    continue;
                }
                if (op == 0x85 && src == 1 || op == 0x18 && src == PseudoSrc.FUNC.code()) {
                    return false; // a local call or callback address: needs linking
                }
                int cls = op & 7, code = op & 0xf0;
                if ((cls == 5 || cls == 6) && code != 0x80 && code != 0x90) {
                    long off = cls == 6 && code == 0 ? (int) (slotAt(b, at) >> 32) : (short) (slotAt(b, at) >> 16);
                    long target = (long) slot + 1 + off;
                    if (target < fn.start() || target >= fn.end()) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static long slotAt(byte[] b, int at) {
            return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16
                    | (b[at + 3] & 0xffL) << 24 | (b[at + 4] & 0xffL) << 32 | (b[at + 5] & 0xffL) << 40
                    | (b[at + 6] & 0xffL) << 48 | (b[at + 7] & 0xffL) << 56;
        }

        /**
         * The map a relocation on the instruction at byte {@code at} loads, as {@link #resolve} finds
         * it for a valid ld_imm64 with a zero immediate; null for anything else.
         */
        private String leanMapRef(Rel r, byte[] b, int at) {
            if (r.type() != ElfFile.R_BPF_64_64 || b[at] != 0x18 || at + 16 > b.length) {
                return null;
            }
            long v = slotAt(b, at), w = slotAt(b, at + 8);
            int src = (int) (v >> 12) & 0xf;
            boolean knownSrc = false;
            for (PseudoSrc p : PseudoSrc.values()) {
                knownSrc |= p.code() == src;
            }
            // The whole ld_imm64 as the decoder accepts it, immediate zero: what linking replaces.
            if (!knownSrc || ((v >> 8) & 0xf) > 10 || (v & 0xffff0000L) != 0 || v >>> 32 != 0 || w != 0) {
                return null;
            }
            Sym sym = f.symbols.get(r.sym());
            if (sym.shndx() == ElfFile.SHN_UNDEF || mapsSec == null || sym.shndx() != mapsSec.index()) {
                return null;
            }
            return mapByOffset.get(sym.value());
        }

        /** The checks {@link #lineInfo} makes on its first use. */
        private boolean leanLineInfo(List<LeanSec> secs) {
            for (BtfExt.Sec<BtfExt.LineInfo> sec : ext.lineInfo()) {
                LeanSec cs = null;
                for (LeanSec c : secs) {
                    if (c.shdr().name().equals(sec.section())) {
                        cs = c;
                        break;
                    }
                }
                if (cs == null) {
                    continue;
                }
                for (BtfExt.LineInfo l : sec.records()) {
                    long off = Integer.toUnsignedLong(l.insnOff());
                    if (off % 8 != 0 || off / 8 >= cs.secondHalf().length) {
                        return false;
                    }
                    if (btf.string(l.fileNameOff()) == null || btf.string(l.lineOff()) == null) {
                        return false;
                    }
                }
            }
            return true;
        }

        private ElfFormatException err(Shdr s, long offset, String problem) {
            return new ElfFormatException(s == null ? null : s.name(), offset, problem);
        }

        // ---- license, BTF ----------------------------------------------------------------------

        private void readLicense() throws ElfFormatException {
            Shdr s = f.section("license");
            if (s == null) {
                warnings.add("no 'license' section: the kernel will refuse GPL-only helpers");
                return;
            }
            byte[] b = f.bytes(s);
            int n = 0;
            while (n < b.length && b[n] != 0) {
                n++;
            }
            if (n == b.length) {
                throw err(s, s.offset(), "license is not NUL-terminated");
            }
            license = new String(b, 0, n, StandardCharsets.UTF_8);
        }

        private void readBtf() throws ElfFormatException {
            btfSec = f.section(".BTF");
            extSec = f.section(".BTF.ext");
            if (btfSec != null) {
                try {
                    btf = Btf.parse(f.bytes(btfSec));
                } catch (BtfFormatException e) {
                    throw err(btfSec, btfSec.offset() + e.offset(), e.problem());
                }
            }
            if (extSec != null) {
                if (btf == null) {
                    throw err(extSec, extSec.offset(), ".BTF.ext without .BTF");
                }
                try {
                    ext = BtfExt.parse(f.bytes(extSec), btf);
                } catch (BtfFormatException e) {
                    throw err(extSec, extSec.offset() + e.offset(), e.problem());
                }
                if (ext.coreReloCount() > 0) {
                    BtfExt.Sec<BtfExt.CoreRelo> first = ext.coreRelos().stream()
                            .filter(x -> !x.records().isEmpty()).findFirst().orElseThrow();
                    throw err(extSec, extSec.offset(), "the object has " + ext.coreReloCount()
                            + (ext.coreReloCount() == 1 ? " CO-RE relocation" : " CO-RE relocations")
                            + " (first in section '" + first.section() + "'); bpfj does not apply"
                            + " CO-RE relocations: build without BPF_CORE_READ/preserve_access_index, or load with libbpf");
                }
            }
        }

        // ---- maps ------------------------------------------------------------------------------

        private void readMaps() throws ElfFormatException {
            mapsSec = f.section(".maps");
            Shdr legacy = f.section("maps");
            if (mapsSec != null && legacy != null) {
                throw err(legacy, legacy.offset(), "object has both '.maps' and the legacy 'maps' section");
            }
            if (mapsSec != null) {
                readBtfMaps(mapsSec);
            } else if (legacy != null) {
                mapsSec = legacy;
                readLegacyMaps(legacy);
            }
            if (mapsSec != null) {
                for (Shdr r : f.relocationSections(mapsSec)) {
                    if (r.size() > 0) {
                        warnings.add("section '" + r.name() + "': initial contents of map-in-map or program-array maps"
                                + " are ignored (bpfj maps start empty)");
                    }
                }
            }
        }

        private Map<Integer, List<Sym>> symbolsBySection;

        /** The symbols defined in section {@code s}, in file order (indexed once: objects may be hostile). */
        private List<Sym> definedIn(Shdr s) {
            if (symbolsBySection == null) {
                symbolsBySection = new HashMap<>();
                for (Sym sym : f.symbols) {
                    symbolsBySection.computeIfAbsent(sym.shndx(), k -> new ArrayList<>()).add(sym);
                }
            }
            return symbolsBySection.getOrDefault(s.index(), List.of());
        }

        private List<Sym> symbolsIn(Shdr s) {
            List<Sym> out = new ArrayList<>();
            for (Sym sym : definedIn(s)) {
                if (sym.type() != ElfFile.STT_SECTION && sym.type() != ElfFile.STT_FILE && !sym.name().isEmpty()) {
                    out.add(sym);
                }
            }
            out.sort(Comparator.comparingLong(Sym::value).thenComparing(Sym::index));
            return out;
        }

        private void readBtfMaps(Shdr s) throws ElfFormatException {
            if (btf == null) {
                throw err(s, s.offset(), "'.maps' needs BTF, but the object has no '.BTF' section");
            }
            int dsId = btf.find(BtfType.KIND_DATASEC, ".maps");
            if (dsId < 0) {
                throw err(btfSec, btfSec.offset(), "'.maps' section has no DATASEC '.maps' in .BTF");
            }
            BtfType.DataSec ds = (BtfType.DataSec) btf.type(dsId);
            Map<String, Sym> syms = new HashMap<>();
            for (Sym sym : symbolsIn(s)) {
                if (syms.putIfAbsent(sym.name(), sym) != null) {
                    throw err(s, s.offset(), "two symbols named '" + sym.name() + "' in '.maps'");
                }
            }
            List<Object[]> found = new ArrayList<>();
            for (BtfType.VarSecInfo vsi : ds.vars()) {
                if (!(btf.type(vsi.type()) instanceof BtfType.Var var)) {
                    throw err(btfSec, btfSec.offset(), "DATASEC '.maps' entry [" + vsi.type() + "] is not a VAR");
                }
                Sym sym = syms.remove(var.name());
                if (sym == null) {
                    throw err(s, s.offset(), "map '" + var.name() + "' has no symbol in '.maps'");
                }
                long at = s.offset() + sym.value();
                if (sym.value() < 0 || sym.value() >= Math.max(1, s.size())) {
                    throw err(s, s.offset(), "map '" + var.name() + "' symbol value " + sym.value()
                            + " is outside the section");
                }
                MapSpec spec = MapDefs.decode(btf, var.name(), var.type(), false, new MapDefs.Where(".maps", at), warnings);
                found.add(new Object[] {sym.value(), spec});
            }
            if (!syms.isEmpty()) {
                String name = syms.keySet().stream().sorted().findFirst().orElseThrow();
                throw err(s, s.offset(), "symbol '" + name + "' in '.maps' has no BTF map definition");
            }
            found.sort(Comparator.comparingLong(o -> (Long) o[0]));
            for (Object[] o : found) {
                MapSpec spec = (MapSpec) o[1];
                if (mapByOffset.put((Long) o[0], spec.name()) != null) {
                    throw err(s, s.offset() + (Long) o[0], "two maps at offset " + o[0]);
                }
                maps.add(spec);
            }
        }

        private void readLegacyMaps(Shdr s) throws ElfFormatException {
            warnings.add("legacy 'maps' section (struct bpf_map_def): libbpf 1.x refuses it; bpfj's writer emits"
                    + " BTF-defined '.maps' instead");
            List<Sym> syms = symbolsIn(s);
            if (syms.isEmpty()) {
                if (s.size() > 0) {
                    throw err(s, s.offset(), "legacy 'maps' section has no map symbols");
                }
                return;
            }
            if (s.type() == ElfFile.SHT_NOBITS || s.size() % syms.size() != 0) {
                throw err(s, s.offset(), "legacy 'maps' section size " + s.size() + " is not a multiple of its "
                        + syms.size() + " map definitions");
            }
            long defSize = s.size() / syms.size();
            if (defSize < 20) {
                throw err(s, s.offset(), "legacy map definitions of " + defSize + " bytes are too small (need 20)");
            }
            byte[] b = f.bytes(s);
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (Sym sym : syms) {
                long off = sym.value();
                if (off < 0 || off % defSize != 0 || off + defSize > b.length) {
                    throw err(s, s.offset(), "map '" + sym.name() + "' at offset " + off
                            + " is not on a definition boundary");
                }
                int o = (int) off;
                for (int i = 20; i < defSize; i++) {
                    if (b[o + i] != 0) {
                        throw err(s, s.offset() + o + i, "map '" + sym.name()
                                + "': unsupported non-zero field beyond the 20-byte bpf_map_def");
                    }
                }
                int type = bb.getInt(o);
                dev.bpfj.core.abi.MapType mt = dev.bpfj.core.abi.MapType.ofId(type);
                if (mt == null) {
                    throw err(s, s.offset() + o, "map '" + sym.name() + "': unknown map type " + Integer.toUnsignedString(type));
                }
                if (mapByOffset.put(off, sym.name()) != null) {
                    throw err(s, s.offset() + o, "two maps at offset " + off);
                }
                maps.add(new MapSpec(sym.name(), mt, bb.getInt(o + 4), bb.getInt(o + 8), bb.getInt(o + 12),
                        bb.getInt(o + 16), null));
            }
        }

        // ---- code ------------------------------------------------------------------------------

        private void readCode() throws ElfFormatException {
            for (Shdr s : f.sections) {
                if (!s.isExec() || s.size() == 0) {
                    continue;
                }
                if (s.size() % 8 != 0) {
                    throw err(s, s.offset(), "code size " + s.size() + " is not a multiple of 8 bytes");
                }
                List<Insn> insns;
                try {
                    insns = InsnCodec.decode(f.bytes(s));
                } catch (DecodeException e) {
                    throw err(s, s.offset() + (long) e.slot() * 8, "insn " + e.slot() + ": " + e.kernelMessage());
                }
                code.put(s.index(), new CodeSec(s, insns));
            }
            for (CodeSec cs : code.values()) {
                readFunctions(cs);
                readRelocations(cs);
            }
            for (CodeSec cs : code.values()) {
                checkReferences(cs);
            }
        }

        private void readFunctions(CodeSec cs) throws ElfFormatException {
            Shdr s = cs.shdr;
            List<Sym> syms = new ArrayList<>();
            for (Sym sym : definedIn(s)) {
                if (sym.type() == ElfFile.STT_FUNC) {
                    syms.add(sym);
                }
            }
            syms.sort(Comparator.comparingLong(Sym::value).thenComparing(Sym::index));
            if (syms.isEmpty()) {
                throw err(s, s.offset(), "code section has no function symbols");
            }
            for (int i = 0; i < syms.size(); i++) {
                Sym sym = syms.get(i);
                long at = sym.value();
                if (at < 0 || at % 8 != 0 || at >= s.size()) {
                    throw err(s, s.offset(), "function '" + sym.name() + "' starts at " + at
                            + ", not an instruction of the section");
                }
                long nextStart = i + 1 < syms.size() ? syms.get(i + 1).value() : s.size();
                long size = sym.size() == 0 ? nextStart - at : sym.size();
                if (size <= 0 || size % 8 != 0 || at + size > nextStart) {
                    throw err(s, s.offset() + at, "function '" + sym.name() + "' has size " + sym.size()
                            + ", which overlaps the next function or the section end");
                }
                int start = (int) (at / 8);
                int end = (int) ((at + size) / 8);
                if (cs.insnAtSlot[start] < 0 || (end < cs.slots() && cs.insnAtSlot[end] < 0)) {
                    throw err(s, s.offset() + at, "function '" + sym.name() + "' boundary splits an ld_imm64");
                }
                if (sym.name().isEmpty()) {
                    throw err(s, s.offset() + at, "function symbol without a name");
                }
                if (cs.funcStartingAt(start) != null) {
                    throw err(s, s.offset() + at, "functions '" + cs.funcStartingAt(start).name() + "' and '"
                            + sym.name() + "' start at the same instruction");
                }
                cs.addFunc(new Func(cs, sym.name(), start, end, sym.bind() != ElfFile.STB_LOCAL));
            }
        }

        private void readRelocations(CodeSec cs) throws ElfFormatException {
            List<Rel> rels = f.relocations(cs.shdr);
            for (int i = 0; i < rels.size(); i++) {
                Rel r = rels.get(i);
                long at = f.relFileOffset(r, i);
                Shdr rs = f.sections.get(r.relSection());
                if (r.type() == ElfFile.R_BPF_NONE) {
                    continue;
                }
                if (r.offset() < 0 || r.offset() % 8 != 0 || r.offset() >= cs.shdr.size()) {
                    throw err(rs, at, String.format("relocation offset 0x%x is not an instruction of '%s'", r.offset(),
                            cs.shdr.name()));
                }
                int slot = (int) (r.offset() / 8);
                if (cs.insnAtSlot[slot] < 0) {
                    throw err(rs, at, String.format("relocation offset 0x%x is inside an ld_imm64", r.offset()));
                }
                if (cs.relAtSlot.put(slot, r) != null) {
                    throw err(rs, at, String.format("two relocations at offset 0x%x", r.offset()));
                }
            }
        }

        /** Resolves every relocation and local call of {@code cs}, so that linking cannot fail later. */
        private void checkReferences(CodeSec cs) throws ElfFormatException {
            for (Func fn : cs.funcs) {
                for (int slot = fn.start(); slot < fn.end(); slot++) {
                    Insn insn = cs.insnAtSlot(slot);
                    if (insn == null) {
                        continue;
                    }
                    resolve(cs, slot, insn);
                    checkJump(cs, fn, slot, insn);
                }
            }
            // Code before the first function or between functions is unreachable by a loader.
            int covered = 0;
            for (Func fn : cs.funcs) {
                covered += fn.end() - fn.start();
            }
            if (covered != cs.slots()) {
                warnings.add("section '" + cs.shdr.name() + "': " + (cs.slots() - covered)
                        + " instruction slots belong to no function symbol and are ignored");
            }
        }

        private void checkJump(CodeSec cs, Func fn, int slot, Insn insn) throws ElfFormatException {
            // Local calls may cross functions; jumps may not.
            Target t = insn instanceof Insn.CallLocal ? null : insn.branchTarget();
            if (t instanceof Target.Offset(int off)) {
                long to = (long) slot + 1 + off;
                if (to < fn.start() || to >= fn.end()) {
                    throw err(cs.shdr, cs.fileOffset(slot), "insn " + cs.insnAtSlot[slot] + " of function '"
                            + fn.name() + "' jumps to slot " + to + ", outside the function (slots " + fn.start()
                            + ".." + (fn.end() - 1) + ")");
                }
            }
        }

        /** What the instruction at {@code slot} refers to (a map or a function), or null. */
        private Ref resolve(CodeSec cs, int slot, Insn insn) throws ElfFormatException {
            Rel r = cs.relAtSlot.get(slot);
            long at = cs.fileOffset(slot);
            String where = "insn " + cs.insnAtSlot[slot];
            if (r == null) {
                // A local call (or callback address) without relocation is relative within the section.
                if (insn instanceof Insn.CallLocal(Target.Offset(int off))) {
                    return new Ref.FuncRef(funcAt(cs, (long) slot + 1 + off, cs, at, where + ": call"));
                }
                if (insn instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.FUNC) {
                    return new Ref.FuncRef(funcAt(cs, (long) slot + 1 + (int) l.imm(), cs, at, where + ": callback address"));
                }
                return null;
            }
            Sym sym = f.symbols.get(r.sym());
            String symName = symbolName(sym);
            switch (r.type()) {
                case ElfFile.R_BPF_64_64 -> {
                    if (!(insn instanceof Insn.LoadImm64 l)) {
                        throw err(cs.shdr, at, where + ": R_BPF_64_64 relocation against '" + symName
                                + "' is not on an ld_imm64 instruction");
                    }
                    if (sym.shndx() == ElfFile.SHN_UNDEF) {
                        throw err(cs.shdr, at, where + ": reference to extern symbol '" + symName
                                + "' (kernel variables and kfuncs are not supported)");
                    }
                    if (mapsSec != null && sym.shndx() == mapsSec.index()) {
                        String map = mapByOffset.get(sym.value());
                        if (map == null) {
                            throw err(cs.shdr, at, where + ": relocation against '" + symName + "' at offset "
                                    + sym.value() + " of '" + mapsSec.name() + "', where no map starts");
                        }
                        if (l.imm() != 0) {
                            throw err(cs.shdr, at, where + ": map reference to '" + map + "' with a non-zero offset "
                                    + l.imm());
                        }
                        return new Ref.MapRef(map);
                    }
                    CodeSec target = sym.shndx() < ElfFile.SHN_LORESERVE ? code.get(sym.shndx()) : null;
                    if (target != null) {
                        long byteOff = sym.value() + (int) l.imm();
                        if (byteOff % 8 != 0) {
                            throw err(cs.shdr, at, where + ": callback address " + byteOff + " in '"
                                    + target.shdr.name() + "' is not on an instruction");
                        }
                        return new Ref.FuncRef(funcAt(target, byteOff / 8, cs, at, where + ": callback address"));
                    }
                    Shdr ts = sym.shndx() < f.sections.size() ? f.sections.get(sym.shndx()) : null;
                    if (ts != null && isDataSection(ts)) {
                        throw err(cs.shdr, at, where + ": reference to global variable '" + symName + "' in '"
                                + ts.name() + "': global data (.data, .rodata, .bss) is not supported by bpfj;"
                                + " keep such values in a map");
                    }
                    throw err(cs.shdr, at, where + ": relocation against '" + symName + "'"
                            + (ts == null ? "" : " in section '" + ts.name() + "'") + ", which is neither a map nor a function");
                }
                case ElfFile.R_BPF_64_32 -> {
                    if (sym.shndx() == ElfFile.SHN_UNDEF) {
                        throw err(cs.shdr, at, where + ": call to extern function '" + symName
                                + "' (kfuncs and unlinked functions are not supported)");
                    }
                    if (!(insn instanceof Insn.CallLocal(Target.Offset(int off)))) {
                        throw err(cs.shdr, at, where + ": R_BPF_64_32 relocation against '" + symName
                                + "' is not on a bpf-to-bpf call");
                    }
                    CodeSec target = sym.shndx() < ElfFile.SHN_LORESERVE ? code.get(sym.shndx()) : null;
                    if (target == null) {
                        throw err(cs.shdr, at, where + ": call relocation against '" + symName
                                + "', which is not in a code section");
                    }
                    if (sym.value() % 8 != 0) {
                        throw err(cs.shdr, at, where + ": call target symbol '" + symName + "' is not on an instruction");
                    }
                    return new Ref.FuncRef(funcAt(target, sym.value() / 8 + off + 1, cs, at, where + ": call"));
                }
                default -> throw err(cs.shdr, at, where + ": unsupported relocation " + relocName(r.type())
                        + " against '" + symName + "' in code");
            }
        }

        private Func funcAt(CodeSec target, long slot, CodeSec from, long at, String what) throws ElfFormatException {
            Func fn = slot >= 0 && slot < target.slots() ? target.funcStartingAt((int) slot) : null;
            if (fn == null) {
                throw err(from.shdr, at, what + " targets slot " + slot + " of '" + target.shdr.name()
                        + "', where no function starts");
            }
            return fn;
        }

        private static boolean isDataSection(Shdr s) {
            String n = s.name();
            return n.startsWith(".data") || n.startsWith(".rodata") || n.startsWith(".bss") || n.equals(".kconfig")
                    || ((s.flags() & ElfFile.SHF_ALLOC) != 0 && (s.flags() & ElfFile.SHF_EXECINSTR) == 0);
        }

        private String symbolName(Sym sym) {
            if (sym.type() == ElfFile.STT_SECTION && sym.shndx() < f.sections.size()) {
                return f.sections.get(sym.shndx()).name();
            }
            return sym.name();
        }

        // ---- linking ---------------------------------------------------------------------------

        private Program link(Func main) throws ElfFormatException {
            List<Func> order = new ArrayList<>();
            order.add(main);
            Set<Func> seen = new HashSet<>(order);
            for (int k = 0; k < order.size(); k++) {
                Func fn = order.get(k);
                for (int slot = fn.start(); slot < fn.end(); slot++) {
                    Insn insn = fn.sec().insnAtSlot(slot);
                    if (insn != null && resolve(fn.sec(), slot, insn) instanceof Ref.FuncRef(Func t)) {
                        if (t == main) {
                            throw err(fn.sec().shdr, fn.sec().fileOffset(slot), "function '" + fn.name()
                                    + "' calls the program '" + main.name() + "' itself");
                        }
                        if (seen.add(t)) {
                            order.add(t);
                        }
                    }
                }
            }
            // The subprograms in file order (section, then offset): stable and what bpfj writes.
            List<Func> subs = new ArrayList<>(order.subList(1, order.size()));
            subs.sort(Comparator.comparingInt((Func x) -> x.sec().shdr.index()).thenComparingInt(Func::start));
            order = new ArrayList<>();
            order.add(main);
            order.addAll(subs);

            Map<Func, Integer> base = new HashMap<>();
            int slots = 0;
            for (Func fn : order) {
                base.put(fn, slots);
                slots += fn.end() - fn.start();
            }
            if (slots > MAX_PROGRAM_SLOTS) {
                throw err(main.sec().shdr, main.sec().fileOffset(main.start()), "program '" + main.name() + "' links to "
                        + slots + " instructions with its subprograms, more than the kernel's " + MAX_PROGRAM_SLOTS);
            }
            linkedSlots += slots;
            if (linkedSlots > Math.max(MAX_PROGRAM_SLOTS, 16L * data.length / 8)) {
                throw err(main.sec().shdr, main.sec().fileOffset(main.start()), "programs link to " + linkedSlots
                        + " instructions in all, far more than the object holds; refusing to expand it further");
            }
            List<Insn> insns = new ArrayList<>();
            List<Relocation> relocs = new ArrayList<>();
            List<Program.Function> functions = new ArrayList<>();
            Map<String, Integer> labels = new LinkedHashMap<>();
            List<SourcePos> positions = new ArrayList<>();
            boolean anyKnown = false;
            for (Func fn : order) {
                String name = fn.name();
                for (int n = 2; labels.containsKey(name); n++) {
                    name = fn.name() + "__" + n;
                }
                labels.put(name, insns.size());
                functions.add(new Program.Function(name, insns.size()));
                List<BtfExt.LineInfo> lines = lineInfo(fn);
                int li = 0;
                SourcePos pos = SourcePos.UNKNOWN;
                int b = base.get(fn);
                for (int slot = fn.start(); slot < fn.end(); slot++) {
                    Insn insn = fn.sec().insnAtSlot(slot);
                    if (insn == null) {
                        continue;
                    }
                    while (li < lines.size() && lines.get(li).insnOff() / 8 <= slot) {
                        pos = position(lines.get(li));
                        li++;
                    }
                    positions.add(pos);
                    anyKnown |= !pos.equals(SourcePos.UNKNOWN);
                    int linkedSlot = b + slot - fn.start();
                    Ref ref = resolve(fn.sec(), slot, insn);
                    // instanceof, not a pattern switch: each of those spins a class on its first
                    // run, milliseconds of every short command that reads an object.
                    if (ref instanceof Ref.MapRef(String map)) {
                        Insn.LoadImm64 l = (Insn.LoadImm64) insn;
                        relocs.add(Relocation.map(insns.size(), map));
                        insn = new Insn.LoadImm64(l.dst(), PseudoSrc.MAP_FD, 0);
                    } else if (ref instanceof Ref.FuncRef(Func t)) {
                        int off = base.get(t) - (linkedSlot + 1);
                        if (insn instanceof Insn.LoadImm64 l) {
                            insn = new Insn.LoadImm64(l.dst(), PseudoSrc.FUNC, off);
                        } else {
                            insn = new Insn.CallLocal(Target.offset(off));
                        }
                    }
                    insns.add(insn);
                }
            }
            SectionKind k = sectionKind(main.sec().shdr.name(), main.name(), warnings);
            return new Program(main.name(), k.type(), k.attach(), license, insns, labels, relocs, maps, functions,
                    anyKnown ? positions : List.of(), k.section());
        }

        private Map<CodeSec, List<BtfExt.LineInfo>> linesBySection;

        /** Line records of {@code fn}'s range, sorted by offset (all sections checked once, on first use). */
        private List<BtfExt.LineInfo> lineInfo(Func fn) throws ElfFormatException {
            if (ext == null) {
                return List.of();
            }
            if (linesBySection == null) {
                linesBySection = new HashMap<>();
                for (BtfExt.Sec<BtfExt.LineInfo> sec : ext.lineInfo()) {
                    CodeSec cs = null;
                    for (CodeSec c : code.values()) {
                        if (c.shdr.name().equals(sec.section())) {
                            cs = c;
                            break;
                        }
                    }
                    if (cs == null) {
                        continue;
                    }
                    List<BtfExt.LineInfo> list = linesBySection.computeIfAbsent(cs, k -> new ArrayList<>());
                    for (BtfExt.LineInfo l : sec.records()) {
                        long off = Integer.toUnsignedLong(l.insnOff());
                        if (off % 8 != 0 || off / 8 >= cs.slots()) {
                            throw err(extSec, extSec.offset(), "line info for '" + sec.section() + "' at insn offset "
                                    + off + " is not an instruction of that section");
                        }
                        if (btf.string(l.fileNameOff()) == null || btf.string(l.lineOff()) == null) {
                            throw err(extSec, extSec.offset(), "line info for '" + sec.section() + "' at insn offset "
                                    + off + " names a string outside the BTF string table");
                        }
                        list.add(l);
                    }
                }
                for (List<BtfExt.LineInfo> list : linesBySection.values()) {
                    list.sort(Comparator.comparingInt(BtfExt.LineInfo::insnOff));
                }
            }
            List<BtfExt.LineInfo> all = linesBySection.getOrDefault(fn.sec(), List.of());
            int from = lowerBound(all, fn.start() * 8);
            int to = lowerBound(all, fn.end() * 8);
            return all.subList(from, to);
        }

        /** Index of the first record at or after byte offset {@code off}. */
        private static int lowerBound(List<BtfExt.LineInfo> sorted, int off) {
            int lo = 0, hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).insnOff() < off) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private SourcePos position(BtfExt.LineInfo l) {
            String file = btf.string(l.fileNameOff());
            String text = btf.string(l.lineOff());
            return new SourcePos(file, l.line(), l.column(), text.isEmpty() ? null : text);
        }

        // ---- listings --------------------------------------------------------------------------

        private List<ElfObject.SectionInfo> sectionInfos() {
            List<ElfObject.SectionInfo> out = new ArrayList<>();
            for (Shdr s : f.sections) {
                out.add(new ElfObject.SectionInfo(s.index(), s.name(), typeName(s.type()), flagLetters(s.flags()),
                        s.offset(), s.size(), s.link(), s.info(), s.align(), s.entsize()));
            }
            return out;
        }

        private List<ElfObject.CodeSection> codeSections() throws ElfFormatException {
            List<ElfObject.CodeSection> out = new ArrayList<>();
            for (CodeSec cs : code.values()) {
                List<ElfObject.CodeReloc> relocs = new ArrayList<>();
                List<Integer> slots = new ArrayList<>(cs.relAtSlot.keySet());
                slots.sort(null);
                for (int slot : slots) {
                    Rel r = cs.relAtSlot.get(slot);
                    Sym sym = f.symbols.get(r.sym());
                    Ref ref = resolve(cs, slot, cs.insnAtSlot(slot));
                    String target = ref instanceof Ref.MapRef(String m) ? "map " + m
                            : ref instanceof Ref.FuncRef(Func t) ? "function " + t.name() : "";
                    relocs.add(new ElfObject.CodeReloc(cs.insnAtSlot[slot], relocName(r.type()), symbolName(sym), target));
                }
                List<ElfObject.FunctionSymbol> fns = new ArrayList<>();
                for (Func fn : cs.funcs) {
                    int first = cs.insnAtSlot[fn.start()];
                    int last = fn.end() < cs.slots() ? cs.insnAtSlot[fn.end()] : cs.insns.size();
                    fns.add(new ElfObject.FunctionSymbol(fn.name(), first, last - first, fn.global()));
                }
                out.add(new ElfObject.CodeSection(cs.shdr.name(), cs.insns, relocs, fns));
            }
            return out;
        }
    }

    static String relocName(int type) {
        return switch (type) {
            case ElfFile.R_BPF_NONE -> "R_BPF_NONE";
            case ElfFile.R_BPF_64_64 -> "R_BPF_64_64";
            case ElfFile.R_BPF_64_ABS64 -> "R_BPF_64_ABS64";
            case ElfFile.R_BPF_64_ABS32 -> "R_BPF_64_ABS32";
            case ElfFile.R_BPF_64_NODYLD32 -> "R_BPF_64_NODYLD32";
            case ElfFile.R_BPF_64_32 -> "R_BPF_64_32";
            default -> "type " + type;
        };
    }

    static String typeName(int type) {
        return switch (type) {
            case ElfFile.SHT_NULL -> "NULL";
            case ElfFile.SHT_PROGBITS -> "PROGBITS";
            case ElfFile.SHT_SYMTAB -> "SYMTAB";
            case ElfFile.SHT_STRTAB -> "STRTAB";
            case ElfFile.SHT_RELA -> "RELA";
            case ElfFile.SHT_NOBITS -> "NOBITS";
            case ElfFile.SHT_REL -> "REL";
            case 0x6fff4c03 -> "LLVM_ADDRSIG";
            default -> String.format("0x%x", type);
        };
    }

    static String flagLetters(long flags) {
        StringBuilder sb = new StringBuilder();
        if ((flags & 0x1) != 0) {
            sb.append('W');
        }
        if ((flags & 0x2) != 0) {
            sb.append('A');
        }
        if ((flags & 0x4) != 0) {
            sb.append('X');
        }
        if ((flags & 0x10) != 0) {
            sb.append('M');
        }
        if ((flags & 0x20) != 0) {
            sb.append('S');
        }
        if ((flags & 0x40) != 0) {
            sb.append('I');
        }
        if ((flags & 0x80) != 0) {
            sb.append('L');
        }
        if ((flags & 0x200) != 0) {
            sb.append('G');
        }
        if ((flags & 0x80000000L) != 0) {
            sb.append('E');
        }
        return sb.toString();
    }

    /** A program's type and attach type from its ELF section name, and the section to keep when it is not the default. */
    private record SectionKind(ProgramType type, AttachType attach, String section) {
    }

    private static SectionKind sectionKind(String sectionName, String program, List<String> warnings) {
        Optional<SectionNames.Kind> kind = SectionNames.parse(sectionName);
        ProgramType type = kind.map(SectionNames.Kind::type).orElse(ProgramType.UNSPEC);
        AttachType attach = kind.map(SectionNames.Kind::expectedAttachType).orElse(null);
        if (kind.isEmpty()) {
            warnings.add("program '" + program + "': section '" + sectionName
                    + "' names no known program type; its type is left unspec");
        }
        return new SectionKind(type, attach, sectionName.equals(SectionNames.forProgram(type, attach)) ? null : sectionName);
    }
}
