package dev.bpfj.loader;

/**
 * How the loader asks the verifier for its log.
 *
 * @param level the kernel's log_level verbosity bits: 1 (the failing path; on success the
 *     summary), 2 (every state); 0 asks for no log at all
 * @param stats add BPF_LOG_STATS (4): "verification time N usec" and "stack depth" lines
 * @param always log from the first load; when false the loader first loads without a log (the fast
 *     path) and loads again with the log only when the kernel refused
 * @param initialSize first log buffer size in bytes; the buffer grows on ENOSPC, guided by the
 *     kernel's log_true_size
 * @param maxSize the largest buffer the loader will offer
 */
public record LogOptions(int level, boolean stats, boolean always, int initialSize, int maxSize) {
    /** Load without a log; on failure load again with log level 1. */
    public static final LogOptions DEFAULT = new LogOptions(1, false, false, 64 * 1024, 64 << 20);

    public LogOptions {
        if (level < 0 || level > 2) {
            throw new IllegalArgumentException("log level is 0, 1 or 2, not " + level);
        }
        if (initialSize < 128 || maxSize < initialSize) {
            throw new IllegalArgumentException("log sizes: need 128 <= initialSize <= maxSize");
        }
    }

    /** Level 1 plus statistics, from the first load: kernel verdict, processed insns and verification time. */
    public static LogOptions withStats() {
        return new LogOptions(1, true, true, 64 * 1024, 64 << 20);
    }

    /** Level 2 (every verifier state) plus statistics, from the first load. */
    public static LogOptions verbose() {
        return new LogOptions(2, true, true, 1 << 20, 256 << 20);
    }

    /** No log at all: the kernel verdict and errno only. */
    public static LogOptions none() {
        return new LogOptions(0, false, false, 128, 128);
    }

    /** The log_level value passed to the kernel. */
    public int kernelLevel() {
        return level | (stats ? dev.bpfj.core.abi.Flags.BPF_LOG_STATS : 0);
    }
}
