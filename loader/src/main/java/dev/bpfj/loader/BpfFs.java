package dev.bpfj.loader;

import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.loader.sys.Native;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bpf filesystem that holds pins. bpfj never mounts it behind the caller's back: only
 * {@link #mount} and {@link #ensureMounted} do, when called explicitly.
 */
public final class BpfFs {
    private BpfFs() {
    }

    /** Where distributions mount the bpffs. */
    public static final Path DEFAULT = Path.of("/sys/fs/bpf");

    /** A mount from {@code /proc/self/mounts}. */
    public record Mount(String source, Path target, String type) {
    }

    /** The mounts of the calling thread's mount namespace. */
    public static List<Mount> mounts() {
        try {
            return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                    .map(l -> l.split(" "))
                    .filter(f -> f.length >= 3)
                    .map(f -> new Mount(f[0], Path.of(unescape(f[1])), f[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/self/mounts", e);
        }
    }

    /** /proc/mounts writes space, tab, newline and backslash as octal escapes. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length()) {
                try {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                    i += 3;
                    continue;
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    // not an escape; keep the backslash
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The mount that holds {@code path} (the longest mount point it lies under), or null. */
    public static Mount mountOf(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Mount best = null;
        for (Mount m : mounts()) {
            if (p.startsWith(m.target()) && (best == null || m.target().getNameCount() >= best.target().getNameCount())) {
                best = m;
            }
        }
        return best;
    }

    /** True when {@code path} lies in a mounted bpffs. */
    public static boolean isBpfFs(Path path) {
        if (path == null) {
            return false;
        }
        Mount m = mountOf(path);
        return m != null && m.type().equals("bpf");
    }

    /** Removes the pin at {@code path}; the object lives on while fds, links or attachments hold it. */
    public static void unpin(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpin " + path + ": " + e.getMessage(), e);
        }
    }

    /** Mounts a new bpffs instance at {@code dir} (which must exist). Needs root. */
    public static void mount(Path dir) {
        Bpf.checkSys("mount(bpf, " + dir + ")", Native.mount("bpf", dir.toAbsolutePath().toString(), "bpf", 0),
                null);
    }

    /** Unmounts the bpffs at {@code dir}; pins in it go away with it. */
    public static void unmount(Path dir) {
        Bpf.checkSys("umount(" + dir + ")", Native.umount2(dir.toAbsolutePath().toString(), 0), null);
    }

    /** Mounts a bpffs at {@link #DEFAULT} unless one is there; returns true when it mounted one. */
    public static boolean ensureMounted() {
        if (isBpfFs(DEFAULT) && mountOf(DEFAULT).target().equals(DEFAULT)) {
            return false;
        }
        try {
            Files.createDirectories(DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + DEFAULT, e);
        }
        mount(DEFAULT);
        return true;
    }
}
