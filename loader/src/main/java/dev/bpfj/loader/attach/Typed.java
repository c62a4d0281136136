package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.LoadedProgram;

/** Checks shared by the typed program views. */
final class Typed {
    private Typed() {
    }

    static LoadedProgram require(LoadedProgram p, ProgramType... types) {
        for (ProgramType t : types) {
            if (p.type() == t) {
                return p;
            }
        }
        StringBuilder want = new StringBuilder();
        for (ProgramType t : types) {
            want.append(want.isEmpty() ? "" : " or ").append(t.shortName());
        }
        throw new IllegalArgumentException("program \"" + p.name() + "\" is a "
                + (p.type() == null ? "program of unknown type" : p.type().shortName() + " program")
                + "; this needs a " + want + " program");
    }
}
