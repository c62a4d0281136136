package dev.bpfj.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The number of possible CPUs, which sizes per-CPU map values (not the online count). */
final class Cpus {
    private Cpus() {
    }

    private static volatile int possible;

    static int possible() {
        int p = possible;
        if (p == 0) {
            p = parse(read());
            possible = p;
        }
        return p;
    }

    private static String read() {
        try {
            return Files.readString(Path.of("/sys/devices/system/cpu/possible")).trim();
        } catch (IOException e) {
            return "0-" + (Runtime.getRuntime().availableProcessors() - 1);
        }
    }

    /** Counts a CPU list such as {@code 0-3,8-11}. */
    static int parse(String list) {
        int n = 0;
        for (String part : list.split(",")) {
            String[] r = part.trim().split("-");
            n += r.length == 1 ? 1 : Integer.parseInt(r[1]) - Integer.parseInt(r[0]) + 1;
        }
        return n;
    }
}
