package dev.bpfj.verifier;

/**
 * How to verify.
 *
 * @param log whether to build the kernel-style level-1 log of the path that failed
 * @param insnLimit the processed-instruction budget (the kernel's is 1,000,000)
 */
public record VerifierOptions(boolean log, int insnLimit) {
    /** The kernel's complexity limit. */
    public static final int KERNEL_INSN_LIMIT = 1_000_000;

    public static final VerifierOptions DEFAULT = new VerifierOptions(false, KERNEL_INSN_LIMIT);

    public VerifierOptions {
        if (insnLimit <= 0) {
            throw new IllegalArgumentException("insnLimit must be positive: " + insnLimit);
        }
    }

    public VerifierOptions withLog(boolean on) {
        return new VerifierOptions(on, insnLimit);
    }
}
