package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.loader.ProgramInfo;
import dev.bpfj.loader.ns.Cgroup;
import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks after each scenario test that it left nothing behind: no bpf program, map or link fds and
 * no namespace fds in this process, no thread outside the process's network namespace, no new
 * socket fds, none of the scenario's programs still loaded in the kernel (looked up by name
 * among the programs loaded since the test began), no cgroup directory and no bpffs pin named
 * after the examples.
 *
 * <p>Some kernel objects are freed after an RCU grace period or by a work queue (socket map
 * entries, reuseport groups): the check waits up to a few seconds for them before failing.
 */
public final class NothingLeftBehind implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NothingLeftBehind.class);

    record Snapshot(Set<Integer> progIds, int sockets, String netns, Set<String> cgroups) {
    }

    @Override
    public void beforeEach(ExtensionContext ctx) {
        if (!Env.isRoot()) {
            return;
        }
        // The JDK's one process-wide channel socket pair belongs in the baseline.
        Scenarios.prepareJdkChannels();
        ctx.getStore(NS).put("before", new Snapshot(new HashSet<>(ProgramInfo.loadedIds()), sockets(), netns("self"),
                cgroupDirs()));
    }

    @Override
    public void afterEach(ExtensionContext ctx) throws Exception {
        Snapshot before = ctx.getStore(NS).get("before", Snapshot.class);
        if (before == null) {
            return;
        }
        List<String> problems = List.of();
        for (int i = 0; i < 100; i++) {
            problems = problems(before);
            if (problems.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        fail("left behind by " + ctx.getDisplayName() + ": " + String.join("; ", problems));
    }

    static List<String> problems(Snapshot before) {
        List<String> p = new ArrayList<>();
        List<String> fds = fdTargets();
        for (String t : fds) {
            if (t.startsWith("anon_inode:bpf") || t.startsWith("net:[")) {
                p.add("open fd " + t);
            }
        }
        int sockets = sockets();
        if (sockets > before.sockets()) {
            p.add((sockets - before.sockets()) + " more socket fds than before: " + socketFds());
        }
        for (Path task : list(Path.of("/proc/self/task"))) {
            String ns = readLink(task.resolve("ns/net"));
            if (ns != null && !ns.equals(before.netns())) {
                p.add("thread " + task.getFileName() + " is in network namespace " + ns);
            }
        }
        for (int id : ProgramInfo.loadedIds()) {
            if (!before.progIds().contains(id)) {
                ProgramInfo info = ProgramInfo.byId(id);
                if (info != null && ExampleNames.ALL.contains(info.name())) {
                    p.add("program \"" + info.name() + "\" (id " + id + ") is still loaded");
                }
            }
        }
        Set<String> cgroups = cgroupDirs();
        cgroups.removeAll(before.cgroups());
        if (!cgroups.isEmpty()) {
            p.add("cgroups left: " + cgroups);
        }
        for (Path mount : bpffsMounts()) {
            try (Stream<Path> s = Files.walk(mount, 3)) {
                s.filter(f -> f.getFileName().toString().startsWith("bpfj_ex")).forEach(f -> p.add("pin " + f));
            } catch (IOException e) {
                // unreadable bpffs: nothing of ours can be there either
            }
        }
        return p;
    }

    static List<String> fdTargets() {
        List<String> out = new ArrayList<>();
        for (Path fd : list(Path.of("/proc/self/fd"))) {
            String t = readLink(fd);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    static int sockets() {
        return (int) fdTargets().stream().filter(t -> t.startsWith("socket:")).count();
    }

    /** The socket fds, with what the kernel says about each (for failure messages). */
    static List<String> socketFds() {
        List<String> out = new ArrayList<>();
        for (Path fd : list(Path.of("/proc/self/fd"))) {
            String t = readLink(fd);
            if (t != null && t.startsWith("socket:")) {
                out.add(fd.getFileName() + " -> " + t + " " + whereIs(t.substring(8, t.length() - 1)));
            }
        }
        return out;
    }

    /** The line of this namespace's {@code /proc/net} tables that lists socket {@code inode}, for messages. */
    static String whereIs(String inode) {
        for (String f : List.of("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "unix", "netlink", "packet")) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/net", f))) {
                    if (line.matches(".*\\b" + inode + "\\b.*")) {
                        return f + ": " + line.trim();
                    }
                }
            } catch (IOException e) {
                // not there
            }
        }
        return "(not in this netns)";
    }

    static String netns(String task) {
        return readLink(Path.of("/proc", task, "ns/net"));
    }

    /** Directories under the cgroup2 mount (three levels deep) whose name says they are the examples'. */
    static Set<String> cgroupDirs() {
        Set<String> out = new HashSet<>();
        Path mount;
        try {
            mount = Cgroup.mountPoint();
        } catch (RuntimeException e) {
            return out;
        }
        try (Stream<Path> s = Files.walk(mount, 3)) {
            s.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith(ExampleNames.CGROUP_PREFIX))
                    .forEach(d -> out.add(d.toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
            // a cgroup removed while walking
        }
        return out;
    }

    static List<Path> bpffsMounts() {
        List<Path> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mounts"))) {
                String[] f = line.split(" ");
                if (f.length > 2 && f[2].equals("bpf")) {
                    out.add(Path.of(f[1]));
                }
            }
        } catch (IOException e) {
            // no mount table, no bpffs
        }
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return null; // closed meanwhile
        }
    }
}
