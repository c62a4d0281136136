package dev.bpfj.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a test class: the process holds no bpf program, map or link fds. Programs stay loaded only
 * through fds, pins, links and attachments; the kernel tests pin only into private bpffs mounts
 * they unmount, attach only in namespaces and cgroups they destroy, so no fds left means nothing
 * of theirs is left loaded.
 */
public final class KernelLeakCheck implements AfterAllCallback {
    /** Descriptions of the process's open bpf fds, e.g. {@code 7 -> anon_inode:bpf-prog}. */
    public static List<String> openBpfFds() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path p : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(p).toString();
                    if (target.startsWith("anon_inode:bpf")) {
                        out.add(p.getFileName() + " -> " + target);
                    }
                } catch (IOException e) {
                    // the fd closed while listing (the listing's own fd, for one)
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    /** Number of open fds of this process. */
    public static int fdCount() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count() - 1;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        assertEquals(List.of(), openBpfFds(), "bpf fds left open by " + context.getDisplayName());
    }
}
