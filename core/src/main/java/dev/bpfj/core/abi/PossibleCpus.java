package dev.bpfj.core.abi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's possible CPUs ({@code /sys/devices/system/cpu/possible}, a list such as
 * {@code 0-3,8-11}): their count sizes per-CPU map values, and the highest id plus one is the
 * kernel's {@code nr_cpu_ids}, which bounds {@code bpf_get_smp_processor_id}.
 *
 * @param count how many CPUs the list names
 * @param nrCpuIds the highest id in the list plus one
 */
public record PossibleCpus(int count, int nrCpuIds) {
    private static final Path LIST = Path.of("/sys/devices/system/cpu/possible");
    private static volatile PossibleCpus host;

    /** This machine's; falls back to the JVM's processor count when the list cannot be read. */
    public static PossibleCpus host() {
        PossibleCpus h = host;
        if (h == null) {
            String list;
            try {
                list = Files.readString(LIST).strip();
            } catch (IOException e) {
                list = "0-" + (Runtime.getRuntime().availableProcessors() - 1);
            }
            h = parse(list);
            host = h;
        }
        return h;
    }

    /** Reads a CPU list such as {@code 0-3,8-11}. */
    public static PossibleCpus parse(String list) {
        int n = 0;
        int last = -1;
        for (String part : list.strip().split(",")) {
            String[] r = part.strip().split("-");
            int lo = Integer.parseInt(r[0]);
            int hi = r.length == 1 ? lo : Integer.parseInt(r[1]);
            n += hi - lo + 1;
            last = Math.max(last, hi);
        }
        return new PossibleCpus(n, last + 1);
    }
}
