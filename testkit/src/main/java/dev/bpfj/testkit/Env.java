package dev.bpfj.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What tests need from the machine. Under {@code CI=true} a missing requirement fails the test;
 * elsewhere it skips with a reason naming what is missing and how to get it.
 */
public final class Env {
    private Env() {
    }

    public static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && (ci.equalsIgnoreCase("true") || ci.equals("1"));
    }

    /** Skips (or, in CI, fails) the calling test with {@code reason}. */
    public static void missing(String reason) {
        if (isCi()) {
            Assertions.fail("CI=true and a requirement is missing: " + reason);
        }
        Assumptions.abort(reason);
    }

    /** Path of an executable on PATH, or null. */
    public static Path findTool(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** The tool's path; skips or fails the test when it is not installed. */
    public static Path requireTool(String name) {
        Path p = findTool(name);
        if (p == null) {
            missing(name + " is not installed (scripts/install-test-tools installs the oracle tools)");
        }
        return p;
    }

    /** Requires root (CAP_BPF, CAP_NET_ADMIN, CAP_SYS_ADMIN are assumed with it). */
    public static void requireRoot() {
        if (!isRoot()) {
            missing("needs root for bpf(2), network namespaces and cgroups");
        }
    }

    public static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The repository root (the surefire configuration passes it; else the working directory's parents). */
    public static Path repoRoot() {
        String p = System.getProperty("bpfj.repo.root");
        if (p != null) {
            return Path.of(p);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".ci"))) {
            dir = dir.getParent();
        }
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    /** {@code ../shared/oracles} beside the repository, when present. */
    public static Path sharedOracles() {
        Path p = repoRoot().resolve("../shared/oracles").normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** Result of running an external command. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command, feeding {@code stdin} (may be null), with a time limit of {@code seconds}. */
    public static Run run(List<String> command, byte[] stdin, long seconds) {
        try {
            Process p = new ProcessBuilder(command).start();
            if (stdin != null) {
                try (var out = p.getOutputStream()) {
                    out.write(stdin);
                }
            } else {
                p.getOutputStream().close();
            }
            // One thread per stream: a shared pool may have a single worker, and a child blocked on a
            // full stderr pipe would then never finish.
            var outF = new java.util.concurrent.CompletableFuture<String>();
            var errF = new java.util.concurrent.CompletableFuture<String>();
            Thread.ofVirtual().start(() -> outF.complete(readAll(p.getInputStream())));
            Thread.ofVirtual().start(() -> errF.complete(readAll(p.getErrorStream())));
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + seconds + " s: " + String.join(" ", command));
            }
            return new Run(p.exitValue(), outF.join(), errF.join());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Run run(String... command) {
        return run(new ArrayList<>(List.of(command)), null, 120);
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Lower-case hex of {@code bytes}. */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(String.format(Locale.ROOT, "%02x", b & 0xff));
        }
        return sb.toString();
    }
}
