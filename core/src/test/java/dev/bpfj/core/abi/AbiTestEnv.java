package dev.bpfj.core.abi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the ABI tests need from the machine: gcc with the uapi headers, root for bpf(2). Core cannot
 * use the testkit (the testkit depends on core), so this is the same skip-or-fail rule: a missing
 * requirement skips the test, and fails it under {@code CI=true}.
 */
final class AbiTestEnv {
    private AbiTestEnv() {
    }

    static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && (ci.equalsIgnoreCase("true") || ci.equals("1"));
    }

    static void missing(String reason) {
        if (isCi()) {
            Assertions.fail("CI=true and a requirement is missing: " + reason);
        }
        Assumptions.abort(reason);
    }

    static Path findTool(String name) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(":")));
        dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/local/bin", "/usr/local/sbin"));
        for (String d : dirs) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static Path requireTool(String name) {
        Path p = findTool(name);
        if (p == null) {
            missing(name + " is not installed");
        }
        return p;
    }

    static boolean isRoot() {
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

    static void requireRoot() {
        if (!isRoot()) {
            missing("needs root for bpf(2)");
        }
    }

    /** Runs a command with stdin text; returns stdout, fails on a non-zero exit. */
    static String run(List<String> cmd, String stdin) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Assertions.fail("timed out: " + cmd);
            }
            if (p.exitValue() != 0) {
                Assertions.fail(String.join(" ", cmd) + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The C preprocessor's output for {@code #include <header>} (comments gone, macros expanded). */
    static String preprocess(String header) {
        Path gcc = requireTool("gcc");
        return run(List.of(gcc.toString(), "-E", "-P", "-x", "c", "-"), "#include <" + header + ">\n");
    }

    /** Names of every macro {@code #include <header>} defines. */
    static List<String> macroNames(String header) {
        Path gcc = requireTool("gcc");
        String out = run(List.of(gcc.toString(), "-E", "-dM", "-x", "c", "-"), "#include <" + header + ">\n");
        List<String> names = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("#define ")) {
                String rest = line.substring(8);
                int end = 0;
                while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_')) {
                    end++;
                }
                names.add(rest.substring(0, end));
            }
        }
        return names;
    }

    /**
     * Compiles and runs a C program that prints {@code name value} for each expression; returns
     * name -> value as printed.
     */
    static Map<String, String> evalC(List<String> includes, Map<String, String> exprs, String format) {
        Path gcc = requireTool("gcc");
        try {
            Path dir = Files.createTempDirectory("bpfj-abi");
            try {
                StringBuilder c = new StringBuilder();
                c.append("#include <stdio.h>\n#include <stddef.h>\n");
                for (String inc : includes) {
                    c.append("#include <").append(inc).append(">\n");
                }
                c.append("int main(void) {\n");
                for (var e : exprs.entrySet()) {
                    c.append("  printf(\"%s ").append(format).append("\\n\", \"").append(e.getKey()).append("\", ")
                            .append(e.getValue()).append(");\n");
                }
                c.append("  return 0;\n}\n");
                Path src = dir.resolve("probe.c");
                Path exe = dir.resolve("probe");
                Files.writeString(src, c);
                run(List.of(gcc.toString(), "-w", "-o", exe.toString(), src.toString()), "");
                String out = run(List.of(exe.toString()), "");
                Map<String, String> res = new LinkedHashMap<>();
                for (String line : out.split("\n")) {
                    int sp = line.indexOf(' ');
                    if (sp > 0) {
                        res.put(line.substring(0, sp), line.substring(sp + 1).trim());
                    }
                }
                return res;
            } finally {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether a C snippet compiles against the headers (used to find members newer than them). */
    static boolean compiles(List<String> includes, String body) {
        Path gcc = requireTool("gcc");
        StringBuilder c = new StringBuilder("#include <stddef.h>\n");
        for (String inc : includes) {
            c.append("#include <").append(inc).append(">\n");
        }
        c.append("int f(void) { ").append(body).append(" return 0; }\n");
        try {
            Process p = new ProcessBuilder(gcc.toString(), "-w", "-fsyntax-only", "-x", "c", "-")
                    .redirectErrorStream(true).start();
            try (var in = p.getOutputStream()) {
                in.write(c.toString().getBytes(StandardCharsets.UTF_8));
            }
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
