package dev.bpfj.verifier;

import dev.bpfj.core.abi.PossibleCpus;

/**
 * How to verify.
 *
 * @param log whether to build the kernel-style level-1 log of the path that failed
 * @param insnLimit the processed-instruction budget (the kernel's is 1,000,000)
 * @param nrCpuIds the target's number of possible CPUs (the kernel bounds
 *     {@code bpf_get_smp_processor_id} by it), or 0 when unknown (then the result is any u32)
 */
public record VerifierOptions(boolean log, int insnLimit, int nrCpuIds) {
    /** The kernel's complexity limit. */
    public static final int KERNEL_INSN_LIMIT = 1_000_000;

    /** The kernel's limits, for this machine's CPUs. */
    public static final VerifierOptions DEFAULT = new VerifierOptions(false, KERNEL_INSN_LIMIT, hostCpuIds());

    public VerifierOptions {
        if (insnLimit <= 0) {
            throw new IllegalArgumentException("insnLimit must be positive: " + insnLimit);
        }
        if (nrCpuIds < 0) {
            throw new IllegalArgumentException("nrCpuIds must not be negative: " + nrCpuIds);
        }
    }

    /** With this machine's CPU count. */
    public VerifierOptions(boolean log, int insnLimit) {
        this(log, insnLimit, hostCpuIds());
    }

    public VerifierOptions withLog(boolean on) {
        return new VerifierOptions(on, insnLimit, nrCpuIds);
    }

    public VerifierOptions withNrCpuIds(int n) {
        return new VerifierOptions(log, insnLimit, n);
    }

    /** The kernel's {@code nr_cpu_ids} on this machine. */
    static int hostCpuIds() {
        return PossibleCpus.host().nrCpuIds();
    }
}
