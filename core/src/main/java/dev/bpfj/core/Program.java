package dev.bpfj.core;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one value every stage of bpfj meets in: what the DSL and the assembler build, the verifier
 * checks, the ELF writer writes and the loader loads.
 *
 * <p>{@code insns} is the whole linked instruction stream the kernel sees: the main function
 * first, then its local functions (listed in {@code functions} by start index). Jump and call
 * targets may be labels; {@code labels} maps each label (including every function name) to the
 * index of the instruction it names. {@code positions}, when not empty, holds one source position
 * per instruction.
 *
 * @param expectedAttachType null when the program type needs none
 * @param section ELF section name, or null for the type's conventional one
 */
public record Program(String name, ProgramType type, AttachType expectedAttachType, String license,
                      List<Insn> insns, Map<String, Integer> labels, List<Relocation> relocations,
                      List<MapSpec> maps, List<Function> functions, List<SourcePos> positions,
                      String section) {

    /** A local function (subprogram) inside {@link #insns()}, starting at instruction {@code start}. */
    public record Function(String name, int start) {
    }

    public Program {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        license = license == null ? "GPL" : license;
        insns = List.copyOf(insns);
        labels = Map.copyOf(labels);
        relocations = List.copyOf(relocations);
        maps = List.copyOf(maps);
        functions = List.copyOf(functions);
        positions = List.copyOf(positions);
    }

    /** A program of plain instructions with resolved targets and no maps. */
    public static Program of(String name, ProgramType type, AttachType expectedAttachType, List<Insn> insns) {
        return new Program(name, type, expectedAttachType, "GPL", insns, Map.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    /** The source position of instruction {@code index}, or {@link SourcePos#UNKNOWN}. */
    public SourcePos position(int index) {
        return index >= 0 && index < positions.size() ? positions.get(index) : SourcePos.UNKNOWN;
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

    /** The relocation on instruction {@code index}, or null. */
    public Relocation relocationAt(int index) {
        for (Relocation r : relocations) {
            if (r.insn() == index) {
                return r;
            }
        }
        return null;
    }

    /** Encodes the instructions, labels resolved; map references keep their placeholder immediates. */
    public byte[] encode() {
        return InsnCodec.encode(insns, labels);
    }

    /** Instructions with every label target replaced by its resolved offset. */
    public List<Insn> resolvedInsns() {
        return InsnCodec.decode(encode());
    }

    public Program withInsns(List<Insn> newInsns) {
        return new Program(name, type, expectedAttachType, license, newInsns, labels, relocations, maps,
                functions, positions, section);
    }

    public Program withMaps(List<MapSpec> newMaps) {
        return new Program(name, type, expectedAttachType, license, insns, labels, relocations, newMaps,
                functions, positions, section);
    }

    public Program withLicense(String newLicense) {
        return new Program(name, type, expectedAttachType, newLicense, insns, labels, relocations, maps,
                functions, positions, section);
    }

    /** All map names referenced by relocations, in first-use order. */
    public List<String> referencedMaps() {
        List<String> out = new ArrayList<>();
        for (Relocation r : relocations) {
            if (!out.contains(r.symbol())) {
                out.add(r.symbol());
            }
        }
        return out;
    }
}
