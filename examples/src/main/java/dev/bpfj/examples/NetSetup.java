package dev.bpfj.examples;

import dev.bpfj.loader.ns.NetNs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Configures a private network namespace: local address ranges on its loopback and per-namespace
 * sysctls. Commands run from the namespace's own thread, so the processes they start (iproute2's
 * {@code ip}) inherit that namespace and never see the host's network.
 */
public final class NetSetup {
    private NetSetup() {
    }

    /**
     * Makes every address of {@code cidr} local to {@code ns}: an IPv4 prefix becomes an address
     * of {@code lo} (the kernel treats a loopback prefix as local as a whole), an IPv6 prefix a
     * {@code local} route via {@code lo}.
     */
    public static void addLocalPrefix(NetNs ns, String cidr) {
        String[] parts = cidr.split("/");
        if (parts[0].contains(":")) {
            ip(ns, "-6", "route", "add", "local", cidr, "dev", "lo");
        } else {
            // The prefix's first host address stands for the whole prefix.
            String[] o = parts[0].split("\\.");
            String first = o[0] + "." + o[1] + "." + o[2] + "." + (Integer.parseInt(o[3]) + 1);
            ip(ns, "addr", "add", first + "/" + parts[1], "dev", "lo");
        }
    }

    /**
     * Runs {@code ip ARGS} inside {@code ns}; throws with ip's message when it fails. The command
     * enters the namespace with {@code nsenter} through this process's fd of it: a process
     * started from the namespace's own thread would leave the JDK's process reaper thread, and
     * so a reference to the namespace, behind.
     */
    public static void ip(NetNs ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of(tool("nsenter"),
                "--net=/proc/" + ProcessHandle.current().pid() + "/fd/" + ns.netnsFd(), tool("ip")));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", cmd)
                    + " (needs nsenter from util-linux and ip from iproute2): " + e.getMessage(), e);
        }
        try {
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", cmd) + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", args) + " in " + ns + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The path of {@code name} in the system directories, or the bare name to look up on PATH. */
    static String tool(String name) {
        for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return name;
    }

    /** Why the namespace cannot be configured here ({@code ip} or {@code nsenter} missing), or null. */
    public static String whyNotAvailable() {
        for (String t : List.of("ip", "nsenter")) {
            if (tool(t).equals(t)) {
                return t + " is not installed (" + (t.equals("ip") ? "iproute2" : "util-linux") + ")";
            }
        }
        return null;
    }

    /**
     * Sets a sysctl of {@code ns} such as {@code net/ipv4/tcp_fastopen}: {@code /proc/sys/net}
     * shows the namespace of the thread that opens it, here the namespace's own thread.
     */
    public static void sysctl(NetNs ns, String key, String value) {
        ns.run(() -> {
            try {
                Files.writeString(Path.of("/proc/sys", key), value);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set " + key + " in " + ns + ": " + e.getMessage(), e);
            }
        });
    }

    /** Reads a sysctl of {@code ns}. */
    public static String sysctlValue(NetNs ns, String key) {
        return ns.call(() -> Files.readString(Path.of("/proc/sys", key)).trim());
    }
}
