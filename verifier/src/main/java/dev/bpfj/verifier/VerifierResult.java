package dev.bpfj.verifier;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.ProgramType;
import java.util.List;

/**
 * The verdict on one program, in the kernel's terms.
 *
 * @param program the program's name
 * @param type its program type
 * @param accepted whether the kernel would load it
 * @param insn the failing instruction as the kernel numbers it (8-byte slots), or -1 when the
 *     rejection is not about one instruction (or the program was accepted)
 * @param insnListIndex the failing instruction's index in {@code Program.insns()}, or -1
 * @param message the kernel's key log line, e.g. {@code R0 !read_ok}; null when accepted
 * @param details lines the kernel prints after the key line (may be empty)
 * @param errno the errno name the kernel's load fails with ({@code EACCES}, {@code EINVAL}, ...),
 *     null when accepted
 * @param hint one sentence in plain words on how to fix it; null when accepted
 * @param location source position of the failing instruction ({@link SourcePos#UNKNOWN} if none)
 * @param processed instructions processed, counted as the kernel does
 * @param states states stored for pruning (the kernel's {@code total_states})
 * @param peakStates most states stored at once
 * @param log the level-1 log of the path that failed (empty unless asked for)
 */
public record VerifierResult(String program, ProgramType type, boolean accepted, int insn, int insnListIndex,
                             String message, List<String> details, String errno, String hint,
                             SourcePos location, int processed, int states, int peakStates, String log) {
    public VerifierResult {
        details = List.copyOf(details);
        log = log == null ? "" : log;
    }

    /** The kernel's closing statistics line. */
    public String statsLine() {
        return "processed " + processed + " insns (limit 1000000) max_states_per_insn 0 total_states "
                + states + " peak_states " + peakStates + " mark_read 0";
    }
}
