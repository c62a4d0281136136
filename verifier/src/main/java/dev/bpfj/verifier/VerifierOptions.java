package dev.bpfj.verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * The possible CPUs of this machine (Linux: the last id in
     * {@code /sys/devices/system/cpu/possible}, plus one), or 0 when that cannot be read.
     */
    static int hostCpuIds() {
        try {
            String s = Files.readString(Path.of("/sys/devices/system/cpu/possible")).strip();
            int last = Math.max(s.lastIndexOf('-'), s.lastIndexOf(','));
            return Integer.parseInt(s.substring(last + 1)) + 1;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
