package dev.bpfj.assembler;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import java.util.List;

/**
 * What one assembly file defines: its programs (one per {@code .program} or program section, in
 * source order), every map it declares, and the file's license.
 */
public record Assembly(List<Program> programs, List<MapSpec> maps, String license) {
    public Assembly {
        programs = List.copyOf(programs);
        maps = List.copyOf(maps);
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

    /** The only program of the file; fails when there are several or none. */
    public Program single() {
        if (programs.size() != 1) {
            throw new IllegalStateException("the file defines " + programs.size() + " programs, not one: "
                    + programs.stream().map(Program::name).toList());
        }
        return programs.get(0);
    }
}
