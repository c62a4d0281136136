package dev.bpfj.loader.ns;

import dev.bpfj.loader.attach.CgroupRef;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private cgroup v2 directory for tests and examples: programs attach to it, not to any cgroup
 * of the host. Processes started with {@link #start} run inside it; {@link #close} kills them and
 * removes the directory (children first).
 *
 * <p>The cgroup2 mount is found in {@code /proc/self/mounts} (hybrid systems mount it away from
 * {@code /sys/fs/cgroup}); the new cgroup is made under the calling process's own cgroup v2 when
 * that is writable, else under the mount's root.
 */
public final class Cgroup implements CgroupRef, AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Path path;
    private final int fd;
    private final List<Process> processes = new ArrayList<>();
    private final List<Cgroup> children = new ArrayList<>();
    private boolean closed;

    private Cgroup(Path path) {
        this.path = path;
        int f;
        try {
            f = Bpf.checkSys("open(" + path + ")",
                    Native.open(path.toString(), Native.O_RDONLY | Native.O_DIRECTORY | Native.O_CLOEXEC, 0), null);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // best effort: the open failure is the error worth reporting
            }
            throw e;
        }
        this.fd = f;
    }

    /** The cgroup2 mount point, from {@code /proc/self/mounts}. */
    public static Path mountPoint() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/mounts"))) {
                String[] f = line.split(" ");
                if (f.length >= 3 && f[2].equals("cgroup2")) {
                    return Path.of(f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/self/mounts", e);
        }
        throw new IllegalStateException("no cgroup2 file system is mounted (see /proc/self/mounts)");
    }

    /** Where new cgroups go: the process's own cgroup v2 if writable, else the mount root. */
    static Path parentDir() {
        Path mount = mountPoint();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                if (line.startsWith("0::")) {
                    Path own = Path.of(mount.toString(), line.substring(3));
                    if (Files.isDirectory(own) && Files.isWritable(own)) {
                        return own;
                    }
                }
            }
        } catch (IOException e) {
            // fall back to the mount root
        }
        return mount;
    }

    /** Creates a new cgroup named {@code prefix-PID-N}. Needs root. */
    public static Cgroup create(String prefix) {
        return createAt(parentDir().resolve(prefix + "-" + ProcessHandle.current().pid() + "-"
                + COUNT.incrementAndGet()));
    }

    private static Cgroup createAt(Path p) {
        try {
            Files.createDirectory(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cgroup " + p + ": " + e.getMessage(), e);
        }
        return new Cgroup(p);
    }

    /** A child cgroup, removed with this one. */
    public Cgroup child(String name) {
        Cgroup c = createAt(path.resolve(name));
        children.add(c);
        return c;
    }

    public Path path() {
        return path;
    }

    @Override
    public int cgroupFd() {
        if (closed) {
            throw new IllegalStateException("cgroup " + path + " is removed");
        }
        return fd;
    }

    /**
     * Starts {@code command} inside this cgroup: a shell moves itself in and then execs the
     * command, so the command never runs outside.
     */
    public Process start(List<String> command) {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c",
                "echo 0 > \"$0\"/cgroup.procs && exec \"$@\"", path.toString()));
        cmd.addAll(command);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            processes.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Moves an existing process in (writes its pid to {@code cgroup.procs}). */
    public void moveIn(long pid) {
        try {
            Files.writeString(path.resolve("cgroup.procs"), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + pid + " into " + path + ": " + e.getMessage(), e);
        }
    }

    /** The pids in this cgroup now. */
    public List<Long> pids() {
        try {
            return Files.readAllLines(path.resolve("cgroup.procs")).stream().filter(s -> !s.isBlank())
                    .map(Long::parseLong).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the processes in it (children first), then removes the directories. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (Cgroup c : children) {
            try {
                c.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        for (Process p : processes) {
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (long pid : pids()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        Native.close(fd);
        // rmdir fails with EBUSY until the last process has left; give dying ones a moment.
        for (int i = 0; ; i++) {
            try {
                Files.deleteIfExists(path);
                break;
            } catch (IOException e) {
                if (i >= 100) {
                    failure = new UncheckedIOException("cannot remove cgroup " + path + ": " + e.getMessage(), e);
                    break;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "Cgroup " + path;
    }
}
