package dev.bpfj.verifier;

import dev.bpfj.core.Program;
import dev.bpfj.verifier.engine.Engine;

/**
 * Entry point: the kernel's verdict on a {@link Program}, computed without a kernel. Privileged
 * (root) semantics of Linux 6.18.
 *
 * <pre>{@code
 * VerifierResult r = Verifier.verify(program);
 * if (!r.accepted()) {
 *     System.err.println(r.location() + ": error: " + r.message());
 * }
 * }</pre>
 */
public final class Verifier {
    private Verifier() {
    }

    public static VerifierResult verify(Program program) {
        return verify(program, VerifierOptions.DEFAULT);
    }

    public static VerifierResult verify(Program program, VerifierOptions options) {
        return new Engine(program, program.insns(), options).run();
    }
}
