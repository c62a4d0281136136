package dev.bpfj.loader.sys;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of every layout in {@link Attr} against C: offsetof and sizeof compiled with gcc
 * against the installed uapi headers and against the running kernel's own types (vmlinux BTF
 * dumped as C by bpftool), and against the recorded oracle file.
 */
class AttrLayoutTest {
    record Field(String ctype, String layout, String name, long offset, long size) {
        String key() {
            return ctype.replace(' ', '_') + "|" + name;
        }
    }

    static List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (var e : Attr.C_NAMES.entrySet()) {
            StructLayout l = e.getKey();
            for (MemoryLayout m : l.memberLayouts()) {
                if (m.name().isEmpty() || m.name().get().contains(":")) {
                    continue; // padding, bit fields
                }
                String n = m.name().get();
                out.add(new Field(e.getValue(), l.name().orElseThrow(), n, Attr.off(l, n), m.byteSize()));
            }
        }
        return out;
    }

    /** Compiles a program printing offset and size of each field; returns key -> "offset size". */
    static Map<String, String> measure(Path dir, String prelude, List<Field> fs) {
        StringBuilder c = new StringBuilder(prelude).append("\nint main(void) {\n");
        for (Field f : fs) {
            c.append("  printf(\"%s %zu %zu\\n\", \"").append(f.key()).append("\", (size_t) offsetof(")
                    .append(f.ctype()).append(", ").append(f.name()).append("), sizeof(((").append(f.ctype())
                    .append(" *) 0)->").append(f.name()).append("));\n");
        }
        c.append("  return 0;\n}\n");
        try {
            Path src = dir.resolve("layouts" + Math.abs(prelude.hashCode()) + ".c");
            Path exe = dir.resolve("layouts" + Math.abs(prelude.hashCode()));
            Files.writeString(src, c);
            Env.Run cc = Env.run(List.of("gcc", "-w", "-I", dir.toString(), "-o", exe.toString(), src.toString()),
                    null, 120);
            assertEquals(0, cc.exitCode(), cc.stderr());
            Env.Run run = Env.run(exe.toString());
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : run.stdout().split("\n")) {
                String[] p = line.split(" ");
                out.put(p[0], p[1] + " " + p[2]);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void offsetsMatchInstalledUapiHeaders(@TempDir Path dir) throws IOException {
        Env.requireTool("gcc");
        Path header = Path.of("/usr/include/linux/bpf.h");
        if (!Files.exists(header)) {
            Env.missing("no /usr/include/linux/bpf.h (linux-libc-dev)");
        }
        String text = Files.readString(header);
        // Fields newer than the installed headers are checked against the kernel's BTF below.
        List<Field> known = fields().stream().filter(f -> f.ctype().contains("sockaddr") || f.ctype().contains("ifreq")
                || inHeader(text, f.name())).toList();
        Map<String, String> c = measure(dir, """
                #include <stddef.h>
                #include <stdio.h>
                #include <netinet/in.h>
                #include <net/if.h>
                #include <linux/bpf.h>
                """, known);
        for (Field f : known) {
            assertEquals(c.get(f.key()), f.offset() + " " + f.size(), f.key());
        }
        assertTrue(known.size() > 150, "checked " + known.size());
    }

    @Test
    void offsetsMatchRunningKernelBtf(@TempDir Path dir) {
        Env.requireTool("gcc");
        Env.requireTool("bpftool");
        if (!Files.exists(Path.of("/sys/kernel/btf/vmlinux"))) {
            Env.missing("the kernel has no BTF at /sys/kernel/btf/vmlinux");
        }
        Env.Run dump = Env.run("bpftool", "btf", "dump", "file", "/sys/kernel/btf/vmlinux", "format", "c");
        assertEquals(0, dump.exitCode(), dump.stderr());
        try {
            Files.writeString(dir.resolve("vmlinux.h"), dump.stdout());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        // The kernel's own sockaddr and ifreq spell their members differently; those are
        // checked against the C library's headers above.
        List<Field> bpf = fields().stream().filter(f -> f.ctype().contains("bpf")).toList();
        Map<String, String> c = measure(dir, """
                #include "vmlinux.h"
                #define offsetof(t, m) __builtin_offsetof(t, m)
                typedef unsigned long size_t;
                extern int printf(const char *, ...);
                """, bpf);
        for (Field f : bpf) {
            assertEquals(c.get(f.key()), f.offset() + " " + f.size(), f.key());
        }
    }

    @Test
    void offsetsMatchRecordedOracle() throws IOException {
        Map<String, Map<String, long[]>> oracle = new LinkedHashMap<>();
        try (InputStream in = AttrLayoutTest.class.getResourceAsStream("/oracles/uapi-layouts.txt")) {
            assertNotNull(in, "oracle file");
            Map<String, long[]> cur = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith(" ") && line.endsWith(":")) {
                    String section = line.substring(0, line.length() - 1).replaceAll(" \\(ctx\\)", "")
                            .replaceAll(" size=\\d+", "");
                    cur = new LinkedHashMap<>();
                    oracle.put(section, cur);
                } else if (cur != null && line.contains("off=")) {
                    String[] p = line.trim().split("\\s+off=\\s*|\\s+size=");
                    cur.put(p[0], new long[] {Long.parseLong(p[1].trim()), Long.parseLong(p[2].trim())});
                }
            }
        }
        int compared = 0;
        for (StructLayout l : Attr.C_NAMES.keySet()) {
            Map<String, long[]> o = oracle.get(l.name().orElseThrow());
            if (o == null) {
                continue;
            }
            for (var e : o.entrySet()) {
                String name = e.getKey().equals("next_key") ? "value" : e.getKey();
                if (l.memberLayouts().stream().noneMatch(m -> m.name().orElse("").equals(name))) {
                    continue;
                }
                assertEquals(e.getValue()[0], Attr.off(l, name), l.name().get() + " " + name);
                compared++;
            }
        }
        assertTrue(compared >= 80, "compared " + compared);
        System.out.println("uapi-layouts oracle: " + compared + " field offsets agree");
    }

    /** Whether the header declares the member (and, for {@code a.b}, the struct member {@code a}). */
    private static boolean inHeader(String text, String name) {
        String[] parts = name.split("\\.");
        String last = parts[parts.length - 1];
        if (!java.util.regex.Pattern.compile("\\b" + last + "(\\[\\w+\\])?;").matcher(text).find()) {
            return false;
        }
        return parts.length == 1 || java.util.regex.Pattern.compile("}\\s*" + parts[0] + ";").matcher(text).find();
    }
}
