package dev.bpfj.assembler;

import dev.bpfj.assembler.internal.SlotPrinter;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.insn.DecodeException;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.InsnPrinter;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.core.insn.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints instructions as text the {@link Assembler} reads back to the same bytes: LLVM syntax (as
 * {@code llvm-objdump -d} prints it) plus bpfj's extensions for encodings LLVM cannot spell.
 *
 * <p>Helper calls may be printed by name ({@code call bpf_map_lookup_elem}), map loads by map name
 * when a relocation names the map ({@code r1 = redir_map ll}), and jump targets as labels.
 * The {@link Options#hex()} listing adds slot numbers and bytes like llvm-objdump; it is for
 * reading, not for assembling.
 */
public final class Disassembler {
    /**
     * @param helperNames print helper calls by kernel name rather than by number
     * @param labels      print jump and local call targets as labels rather than {@code +N}
     * @param hex         prefix each instruction with its slot index and bytes
     */
    public record Options(boolean helperNames, boolean labels, boolean hex) {
        /** What llvm-objdump prints: numbers and offsets. */
        public static final Options LLVM = new Options(false, false, false);
        /** Helper names, offsets. */
        public static final Options DEFAULT = new Options(true, false, false);
    }

    private final Options options;
    private final InsnPrinter printer;

    public Disassembler(Options options) {
        this.options = options;
        this.printer = options.helperNames()
                ? InsnPrinter.withHelperNames(id -> {
                    Helper h = id > 0 ? Helper.ofId(id) : null;
                    return h == null ? null : h.kernelName();
                })
                : InsnPrinter.llvm();
    }

    /** Raw instruction bytes; throws {@link dev.bpfj.core.insn.DecodeException} on invalid code. */
    public String disassemble(byte[] code) {
        if (!options.labels()) {
            if (code.length % 8 != 0) {
                InsnCodec.decode(code); // throws the decoder's own complaint about the length
            }
            SlotPrinter out = printer(code.length, null);
            fastBody(code, code.length, 0, Map.of(), List.of(), out);
            return out.text();
        }
        StringBuilder sb = new StringBuilder(code.length * 3);
        body(InsnCodec.decode(code), Map.of(), List.of(), sb);
        return sb.toString();
    }

    /**
     * Raw instruction bytes from {@code in} to text on {@code out}, piece by piece, so that any
     * amount of code needs only a small buffer. Invalid code throws
     * {@link dev.bpfj.core.insn.DecodeException} once the instructions before it are printed.
     */
    public void disassemble(InputStream in, Writer out) throws IOException {
        if (options.labels()) {
            // Labels need every jump before the first line: the whole text at once.
            out.write(disassemble(in.readAllBytes()));
            return;
        }
        SlotPrinter printer = printer(0, out);
        try {
            stream(in, printer);
        } catch (DecodeException e) {
            printer.flush();
            throw e;
        }
        printer.flush();
    }

    private static void stream(InputStream in, SlotPrinter printer) throws IOException {
        byte[] block = new byte[1 << 16];
        int have = 0;
        long slot = 0;
        while (true) {
            int r = in.read(block, have, block.length - have);
            boolean eof = r < 0;
            if (!eof) {
                have += r;
                if (have < block.length) {
                    continue;
                }
            }
            int at = 0;
            while (at + 8 <= have) {
                if (!eof && block[at] == 0x18 && at + 16 > have) {
                    break; // a 64-bit immediate load cut in half: wait for the rest
                }
                at += 8 * printer.insn(block, at, have, Math.toIntExact(slot + at / 8));
            }
            if (eof) {
                long total = slot * 8 + have;
                if (at < have) {
                    throw new DecodeException((int) (total / 8),
                            "program size " + total + " is not a multiple of 8 bytes");
                }
                return;
            }
            System.arraycopy(block, at, block, 0, have - at);
            slot += at / 8;
            have -= at;
        }
    }

    private SlotPrinter printer(int codeBytes, Writer sink) {
        // About 20 characters of text per 8-byte slot, 45 with the hex listing.
        return new SlotPrinter(options.helperNames(), options.hex(),
                codeBytes / 8 * (options.hex() ? 48 : 24) + 256, sink);
    }

    /** Instructions with resolved targets. */
    public String disassemble(List<Insn> insns) {
        StringBuilder sb = new StringBuilder(insns.size() * 24);
        body(insns, Map.of(), List.of(), sb);
        return sb.toString();
    }

    /**
     * A whole program as assembly source: license, maps, {@code .program} with its type, then the
     * instructions with {@code .func} at each local function.
     */
    public String disassemble(Program p) {
        return disassemblePrograms(List.of(p));
    }

    /** Several programs as one source file: the license and every map once, then each program. */
    public String disassemblePrograms(List<Program> programs) {
        StringBuilder sb = new StringBuilder();
        SlotPrinter fast = null;
        if (!options.labels()) {
            int size = 0;
            for (Program p : programs) {
                size += p.insns().size() * 8;
            }
            fast = printer(size, null);
        }
        preamble(programs, sb);
        if (fast == null) {
            for (Program p : programs) {
                program(p, sb);
            }
            return sb.toString();
        }
        fast.put(sb.toString());
        for (Program p : programs) {
            sb.setLength(0);
            header(p, sb);
            fast.put(sb.toString());
            byte[] code = p.encode();
            fastBody(code, code.length, 0, mapRelocs(p), p.functions(), fast);
        }
        return fast.text();
    }

    /**
     * {@link #disassemblePrograms} for programs given as code bytes: the same text without
     * instruction objects. {@code headers} are the programs without their instructions (license,
     * maps, relocations and functions are read from them); {@code code.get(i)} holds the
     * instructions of program {@code i}. Without labels only ({@link Options#labels()} needs the
     * model); invalid code throws {@link DecodeException} once the text before it is written.
     */
    public void disassembleCode(List<Program> headers, List<byte[]> code, Writer out) throws IOException {
        if (options.labels()) {
            throw new IllegalStateException("labels need the instruction model: use disassemblePrograms");
        }
        StringBuilder sb = new StringBuilder();
        preamble(headers, sb);
        SlotPrinter fast = printer(0, out);
        fast.put(sb.toString());
        try {
            for (int k = 0; k < headers.size(); k++) {
                Program p = headers.get(k);
                sb.setLength(0);
                header(p, sb);
                fast.put(sb.toString());
                byte[] c = code.get(k);
                fastBody(c, c.length, 0, mapRelocs(p), p.functions(), fast);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            fast.flush();
        }
    }

    /** The license and every map once: what comes before the programs. */
    private static void preamble(List<Program> programs, StringBuilder sb) {
        if (!programs.isEmpty()) {
            sb.append(".license \"").append(escape(programs.get(0).license())).append("\"\n");
        }
        List<MapSpec> maps = new ArrayList<>();
        for (Program p : programs) {
            for (MapSpec m : p.maps()) {
                if (m.inner() != null && !contains(maps, m.inner().name())) {
                    maps.add(m.inner());
                }
                if (!contains(maps, m.name())) {
                    maps.add(m);
                }
            }
        }
        for (MapSpec m : maps) {
            sb.append(".map ").append(m.name()).append(" type=").append(m.type().shortName())
                    .append(" key=").append(Integer.toUnsignedString(m.keySize()))
                    .append(" value=").append(Integer.toUnsignedString(m.valueSize()))
                    .append(" entries=").append(Integer.toUnsignedString(m.maxEntries()));
            if (m.flags() != 0) {
                sb.append(" flags=0x").append(Integer.toHexString(m.flags()));
            }
            if (m.inner() != null) {
                sb.append(" inner=").append(m.inner().name());
            }
            sb.append('\n');
        }
    }

    private static boolean contains(List<MapSpec> maps, String name) {
        for (MapSpec m : maps) {
            if (m.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void program(Program p, StringBuilder sb) {
        header(p, sb);
        body(p.resolvedInsns(), mapRelocs(p), p.functions(), sb);
    }

    private static void header(Program p, StringBuilder sb) {
        sb.append(".program ").append(p.name()).append(" type=").append(p.type().shortName());
        if (p.expectedAttachType() != null) {
            sb.append(" attach=").append(p.expectedAttachType().shortName());
        }
        if (p.section() != null) {
            sb.append(" section=").append(p.section());
        }
        sb.append('\n');
    }

    private static Map<Integer, String> mapRelocs(Program p) {
        Map<Integer, String> relocs = new HashMap<>();
        for (Relocation r : p.relocations()) {
            if (r.kind() == Relocation.Kind.MAP) {
                relocs.put(r.insn(), r.symbol());
            }
        }
        return relocs;
    }

    /**
     * {@link #body} without labels, printed straight from the slots: the same text, without
     * building instruction objects.
     */
    private static void fastBody(byte[] code, int limit, int firstSlot, Map<Integer, String> mapRelocs,
                                 List<Program.Function> functions, SlotPrinter out) {
        // The first instruction never gets a .func line: a single function needs no lookups.
        Map<Integer, String> funcAt = new HashMap<>();
        for (Program.Function f : functions) {
            if (f.start() > 0) {
                funcAt.put(f.start(), f.name());
            }
        }
        boolean extras = !funcAt.isEmpty() || !mapRelocs.isEmpty();
        int i = 0;
        for (int at = 0; at < limit; i++) {
            int slot = firstSlot + at / 8;
            if (extras) {
                String fn = funcAt.get(i);
                if (fn != null && i > 0) {
                    out.put(".func " + fn + "\n");
                }
                String map = mapRelocs.get(i);
                if (map != null && isMapPlaceholder(code, at, limit)) {
                    out.mapLoad(code, at, slot, map);
                    at += 16;
                    continue;
                }
            }
            at += 8 * out.insn(code, at, limit, slot);
        }
    }

    /** A valid map-fd load with a zero immediate: the placeholder a relocation fills in. */
    private static boolean isMapPlaceholder(byte[] code, int at, int limit) {
        if (at + 16 > limit) {
            return false;
        }
        long v = SlotPrinter.slot(code, at);
        long w = SlotPrinter.slot(code, at + 8);
        return (v & 0xf0ffL) == (0x18 | PseudoSrc.MAP_FD.code() << 12) && ((v >>> 8) & 0xf) <= 10
                && (v & 0xffff0000L) == 0 && v >>> 32 == 0 && w == 0;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private void body(List<Insn> insns, Map<Integer, String> mapRelocs, List<Program.Function> functions,
                      StringBuilder sb) {
        int[] slotOf = InsnCodec.slotIndexes(insns);
        int total = slotOf[insns.size()];
        Map<Integer, String> funcAt = new HashMap<>();
        for (Program.Function f : functions) {
            funcAt.put(f.start(), f.name());
        }
        // Labels for targets inside the program; targets elsewhere stay numeric.
        Map<Integer, String> labels = new TreeMap<>();
        int[] insnAtSlot = null;
        if (options.labels()) {
            insnAtSlot = new int[total + 1];
            java.util.Arrays.fill(insnAtSlot, -1);
            for (int i = 0; i <= insns.size(); i++) {
                insnAtSlot[slotOf[i]] = i;
            }
            for (int i = 0; i < insns.size(); i++) {
                int t = targetInsn(insns.get(i), i, slotOf, insnAtSlot);
                if (t >= 0 && t < insns.size()) {
                    labels.putIfAbsent(t, funcAt.getOrDefault(t, "L" + slotOf[t]));
                }
            }
        }
        StringBuilder one = new StringBuilder(48);
        for (int i = 0; i < insns.size(); i++) {
            String fn = funcAt.get(i);
            if (fn != null && i > 0) {
                sb.append(".func ").append(fn).append('\n');
            }
            String label = labels.get(i);
            if (label != null && !label.equals(fn)) {
                sb.append(label).append(":\n");
            }
            Insn insn = insns.get(i);
            if (options.labels()) {
                int t = targetInsn(insn, i, slotOf, insnAtSlot);
                if (t >= 0 && labels.containsKey(t)) {
                    insn = retarget(insn, Target.label(labels.get(t)));
                }
            }
            one.setLength(0);
            String map = mapRelocs.get(i);
            if (map != null && insn instanceof Insn.LoadImm64 l && l.src() == PseudoSrc.MAP_FD && l.imm() == 0) {
                one.append(l.dst().name(true)).append(" = ").append(map).append(" ll");
            } else {
                printer.print(insn, one);
            }
            if (options.hex()) {
                sb.append(String.format(Locale.ROOT, "%8d:\t", slotOf[i]));
                byte[] b = InsnCodec.encode(List.of(insns.get(i)));
                for (int k = 0; k < b.length; k++) {
                    if (k > 0) {
                        sb.append(' ');
                    }
                    sb.append(Character.forDigit((b[k] >> 4) & 0xf, 16)).append(Character.forDigit(b[k] & 0xf, 16));
                }
                sb.append('\t');
            } else {
                sb.append('\t');
            }
            sb.append(one).append('\n');
        }
    }

    /** The instruction index a jump or local call goes to; -1 when none or not an instruction start. */
    private static int targetInsn(Insn insn, int i, int[] slotOf, int[] insnAtSlot) {
        Target t = insn.branchTarget();
        if (!(t instanceof Target.Offset(int off))) {
            return -1;
        }
        long slot = (long) slotOf[i] + 1 + off;
        if (slot < 0 || slot >= insnAtSlot.length) {
            return -1;
        }
        return insnAtSlot[(int) slot];
    }

    private static Insn retarget(Insn insn, Target t) {
        return insn.branchTarget() == null ? insn : insn.withBranchTarget(t);
    }
}
