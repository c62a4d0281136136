package dev.bpfj.elf;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.insn.Insn;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ElfReader} found in an object: its programs (each linked with the subprograms it
 * calls, as a loader sees it), its maps, its license, and the raw layout for listings.
 *
 * @param programs every program, in section order, then by offset within the section
 * @param maps every map definition, in section order ({@code .maps} or legacy {@code maps})
 * @param license the license string, {@code ""} when the object has none
 * @param sections every section header, index 0 included
 * @param code every code section as it is in the file: instructions before linking, with relocations
 * @param warnings things the reader accepted but a user should know (e.g. a legacy {@code maps} section)
 */
public record ElfObject(List<Program> programs, List<MapSpec> maps, String license, List<SectionInfo> sections,
                        List<CodeSection> code, List<String> warnings) {
    public ElfObject {
        programs = List.copyOf(programs);
        maps = List.copyOf(maps);
        Objects.requireNonNull(license, "license");
        sections = List.copyOf(sections);
        code = List.copyOf(code);
        warnings = List.copyOf(warnings);
    }

    /** The program named {@code name}, or null. */
    public Program program(String name) {
        for (Program p : programs) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The map named {@code name}, or null. */
    public MapSpec map(String name) {
        for (MapSpec m : maps) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** The code section named {@code name}, or null. */
    public CodeSection codeSection(String name) {
        for (CodeSection c : code) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /**
     * One section header, as {@code llvm-readelf -S} lists it.
     *
     * @param type the ELF section type, e.g. {@code PROGBITS}, {@code REL}, or a number
     * @param flags the flag letters, e.g. {@code AX}
     */
    public record SectionInfo(int index, String name, String type, String flags, long offset, long size, int link,
                              int info, long align, long entrySize) {
    }

    /**
     * A code section as stored: instructions decoded in place, jump and call offsets as written,
     * 64-bit loads of maps still with their placeholder immediates.
     *
     * @param relocations one per relocated instruction, by instruction index in {@code insns}
     * @param functions the function symbols in the section, by starting instruction index
     */
    public record CodeSection(String name, List<Insn> insns, List<CodeReloc> relocations, List<FunctionSymbol> functions) {
        public CodeSection {
            insns = List.copyOf(insns);
            relocations = List.copyOf(relocations);
            functions = List.copyOf(functions);
        }
    }

    /**
     * A relocation on instruction {@code insn}: {@code type} is the ELF name (e.g. {@code R_BPF_64_64}),
     * {@code symbol} the symbol's name (the section's name for section symbols), {@code target}
     * what it resolves to in words ({@code map socks}, {@code function slot_for_port}).
     */
    public record CodeReloc(int insn, String type, String symbol, String target) {
    }

    /** A function symbol: name, first instruction index, length in instructions, global or static. */
    public record FunctionSymbol(String name, int insn, int length, boolean global) {
    }
}
