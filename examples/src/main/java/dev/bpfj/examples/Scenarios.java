package dev.bpfj.examples;

import dev.bpfj.loader.BpfException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the runnable scenarios share: privilege checks, exit codes and address printing. */
public final class Scenarios {
    private Scenarios() {
    }

    /** What a scenario runs when shown: prints its results, returns whether all held. */
    @FunctionalInterface
    public interface Show {
        boolean show(PrintWriter out) throws Exception;
    }

    /** A runnable scenario: its name on the command line, one-line summary and how to show it. */
    public record Entry(String name, String summary, Class<?> type, Show show) {
    }

    /** The scenarios, in the order of the README. */
    public static final List<Entry> ALL = List.of(
            new Entry("two-services", "two services, one port (sk_lookup)", TwoServices.class, TwoServices::show),
            new Entry("every-port", "every port of an address to one socket (sk_lookup)", EveryPort.class,
                    EveryPort::show),
            new Entry("reuseport", "reuseport selection from a SOCKMAP or REUSEPORT_SOCKARRAY (sk_reuseport)",
                    ReuseportSelect.class, ReuseportSelect::show),
            new Entry("cgroup-replace", "replacing a cgroup program without a gap (cgroup_skb)",
                    CgroupReplace.class, CgroupReplace::show),
            new Entry("sockmap-lifecycle", "socket map life cycle (sockmap, sk_msg)", SockmapLifecycle.class,
                    SockmapLifecycle::show),
            new Entry("msg-policy", "message policy: redirect, apply, cork, pull (sock_ops + sk_msg)",
                    MessagePolicy.class, MessagePolicy::show));

    /** The scenario called {@code name}, or null. */
    public static Entry byName(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Shows scenario {@code name} on {@code out}: says what it skips when the kernel cannot be
     * used. Returns the exit code: 0 when everything held (or was skipped), 1 otherwise.
     */
    public static int show(String name, PrintWriter out, PrintWriter err) {
        Entry e = byName(name);
        out.println("bpfj example " + e.name() + ": " + e.summary());
        String why = whyNotRunnable();
        if (why == null) {
            why = NetSetup.whyNotAvailable();
        }
        if (why != null) {
            out.println("skipped: " + why);
            out.flush();
            return 0;
        }
        try {
            boolean ok = e.show().show(out);
            out.println(ok ? "result: as expected" : "result: NOT as expected");
            out.flush();
            return ok ? 0 : 1;
        } catch (BpfException ex) {
            out.flush();
            err.println("bpfj: " + ex.getMessage());
        } catch (Exception ex) {
            out.flush();
            err.println("bpfj: " + ex);
        }
        err.flush();
        return 1;
    }

    /**
     * Why this process cannot run the kernel part of a scenario, or null when it can: bpf(2),
     * network namespaces and cgroups need root.
     */
    public static String whyNotRunnable() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return "bpf(2) needs Linux";
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:") && !line.split("\\s+")[2].equals("0")) {
                    return "bpf(2), network namespaces and cgroups need root (effective uid is "
                            + line.split("\\s+")[2] + ")";
                }
            }
        } catch (IOException e) {
            return "cannot read /proc/self/status: " + e.getMessage();
        }
        return null;
    }

    /**
     * Initializes the JDK's socket channels from the calling thread. At first use the JDK creates
     * a process-wide AF_UNIX socket pair (used to close channels safely); made on a network
     * namespace's thread, it would belong to that namespace and keep it alive for the rest of the
     * process. Call this on an ordinary thread before opening channels inside a {@code NetNs}.
     */
    public static void prepareJdkChannels() {
        try {
            java.nio.channels.ServerSocketChannel.open().close();
            java.nio.channels.SocketChannel.open().close();
            java.nio.channels.DatagramChannel.open().close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot open a socket channel: " + e.getMessage(), e);
        }
    }

    /** {@code 192.0.2.1:80} or {@code [2001:db8::1]:80}. */
    public static String show(InetSocketAddress a) {
        String host = a.getAddress().getHostAddress();
        if (a.getAddress() instanceof Inet6Address) {
            host = "[" + compress(host) + "]";
        }
        return host + ":" + a.getPort();
    }

    /** Shortest IPv6 text: the longest run of zero groups becomes {@code ::}. */
    static String compress(String v6) {
        String s = v6.replaceAll("%.*$", "");
        String[] g = s.split(":");
        if (g.length != 8) {
            return s;
        }
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i].equals("0")) {
                int j = i;
                while (j < 8 && g[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen && j - i > 1) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return s;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(g, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(g, bestStart + bestLen, 8));
        return head + "::" + tail;
    }

    /** The {@code main} of a runnable scenario: shows it and exits with its code. */
    static void main(String name) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(show(name, out, err));
    }
}
