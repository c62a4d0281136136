package dev.bpfj.verifier.engine;

import java.util.List;

/**
 * The verdict "rejected", thrown from deep inside the analysis: the instruction (slot index, -1
 * when no instruction is to blame), the kernel's key message and any lines the kernel prints after
 * it. Carries no stack trace: it is control flow, thrown at most once per run.
 */
final class Reject extends RuntimeException {
    final int insn;
    final String key;
    final List<String> extra;
    /** The errno the kernel returns with this message (EACCES, EINVAL, E2BIG, ...). */
    final String errno;

    Reject(int insn, String errno, String key, String... extra) {
        super(key, null, false, false);
        this.insn = insn;
        this.key = key;
        this.extra = List.of(extra);
        this.errno = errno;
    }

    static Reject eacces(int insn, String key, String... extra) {
        return new Reject(insn, "EACCES", key, extra);
    }

    static Reject einval(int insn, String key, String... extra) {
        return new Reject(insn, "EINVAL", key, extra);
    }

    static Reject e2big(int insn, String key, String... extra) {
        return new Reject(insn, "E2BIG", key, extra);
    }
}
