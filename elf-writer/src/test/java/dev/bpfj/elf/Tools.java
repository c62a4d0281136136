package dev.bpfj.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The oracle tools the ELF tests compare against: llvm-objdump, llvm-readelf, bpftool. */
final class Tools {
    private Tools() {
    }

    static final String OBJDUMP = "llvm-objdump-19";
    static final String READELF = "llvm-readelf-19";
    static final String BPFTOOL = "bpftool";

    /** The fixture directory (C sources, rebuild.sh and the clang objects). */
    static Path fixtures() {
        try {
            return Path.of(Tools.class.getResource("/fixtures/rebuild.sh").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path fixture(String name) {
        return fixtures().resolve(name);
    }

    /** The fixtures clang built, e.g. {@code sk_lookup.clang19.o}, whose base name passes {@code keep}. */
    static List<String> fixtureObjects(java.util.function.Predicate<String> keep) {
        try (Stream<Path> s = Files.list(fixtures())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".o"))
                    .filter(n -> keep.test(n.substring(0, n.indexOf('.')))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- llvm-objdump ----------------------------------------------------------------------------

    /** One instruction line of {@code llvm-objdump -d}: its slot index, raw bytes and text. */
    record DumpLine(int slot, byte[] bytes, String text) {
    }

    /** One relocation line of {@code llvm-objdump -r}: byte offset in the section, type, symbol. */
    record DumpReloc(long offset, String type, String symbol) {
    }

    record Dump(Map<String, List<DumpLine>> code, Map<String, List<DumpReloc>> relocs) {
    }

    private static final Pattern SECTION = Pattern.compile("^Disassembly of section (.*):$");
    private static final Pattern INSN = Pattern.compile("^\\s*(\\d+):\\t([0-9a-f]{2}(?: [0-9a-f]{2})*) *\\t(.*)$");
    private static final Pattern RELOC = Pattern.compile("^\\s+([0-9a-f]+):\\s+(R_BPF_\\w+)\\s+(\\S+)$");

    /** Runs {@code llvm-objdump-19 -d -r --mcpu=v4 --no-print-imm-hex} and parses it. */
    static Dump objdump(Path obj) {
        Env.requireTool(OBJDUMP);
        Env.Run r = Env.run(OBJDUMP, "-d", "-r", "--mcpu=v4", "--no-print-imm-hex", obj.toString());
        assertEquals(0, r.exitCode(), () -> OBJDUMP + " failed: " + r.stderr());
        Map<String, List<DumpLine>> code = new LinkedHashMap<>();
        Map<String, List<DumpReloc>> relocs = new LinkedHashMap<>();
        String section = null;
        for (String line : r.stdout().split("\n")) {
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                section = m.group(1);
                code.put(section, new ArrayList<>());
                relocs.put(section, new ArrayList<>());
                continue;
            }
            if (section == null) {
                continue;
            }
            m = INSN.matcher(line);
            if (m.matches()) {
                byte[] bytes = HexFormat.of().parseHex(m.group(2).replace(" ", ""));
                String text = m.group(3).replaceAll(" <[^>]*>$", "").trim();
                code.get(section).add(new DumpLine(Integer.parseInt(m.group(1)), bytes, text));
                continue;
            }
            m = RELOC.matcher(line);
            if (m.matches()) {
                relocs.get(section).add(new DumpReloc(Long.parseLong(m.group(1), 16), m.group(2), m.group(3)));
            }
        }
        return new Dump(code, relocs);
    }

    // ---- bpftool btf dump --------------------------------------------------------------------------

    /** Runs {@code bpftool btf dump file OBJ} and returns its output. */
    static String btfDump(Path obj) {
        Env.requireTool(BPFTOOL);
        Env.Run r = Env.run(BPFTOOL, "btf", "dump", "file", obj.toString());
        assertEquals(0, r.exitCode(), () -> "bpftool btf dump file failed: " + r.stderr() + r.stdout());
        return r.stdout();
    }

    /** A type line of bpftool's plain-text BTF dump, with its indented member lines. */
    record DumpedType(int id, String kind, String name, Map<String, String> attrs, List<String> members) {
    }

    private static final Pattern TYPE = Pattern.compile("^\\[(\\d+)\\] (\\w+) '([^']*)'(.*)$");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=(\\S+)");

    static Map<Integer, DumpedType> parseBtfDump(String dump) {
        Map<Integer, DumpedType> out = new LinkedHashMap<>();
        DumpedType cur = null;
        for (String line : dump.split("\n")) {
            Matcher m = TYPE.matcher(line);
            if (m.matches()) {
                Map<String, String> attrs = new LinkedHashMap<>();
                Matcher a = ATTR.matcher(m.group(4));
                while (a.find()) {
                    attrs.put(a.group(1), a.group(2).replaceAll(",$", ""));
                }
                cur = new DumpedType(Integer.parseInt(m.group(1)), m.group(2), m.group(3), attrs, new ArrayList<>());
                out.put(cur.id(), cur);
            } else if (line.startsWith("\t") && cur != null) {
                cur.members().add(line.trim());
            }
        }
        return out;
    }

    // ---- readelf, gen object, prog loadall ---------------------------------------------------------

    /** {@code llvm-readelf-19 -a OBJ} reads it without complaint. */
    static void readelfClean(Path obj) {
        Env.requireTool(READELF);
        Env.Run r = Env.run(READELF, "-a", obj.toString());
        assertEquals(0, r.exitCode(), () -> READELF + " -a failed: " + r.stderr());
        assertEquals("", r.stderr().trim(), () -> READELF + " -a complained about " + obj + ":\n" + r.stderr());
        assertFalse(r.stdout().toLowerCase(java.util.Locale.ROOT).contains("warning"),
                () -> READELF + " -a warned about " + obj + ":\n" + r.stdout());
    }

    /** libbpf's static linker ({@code bpftool gen object OUT IN}) accepts the object. */
    static void genObject(Path obj, Path dir) {
        Env.requireTool(BPFTOOL);
        Path out = dir.resolve("linked-" + obj.getFileName());
        Env.Run r = Env.run(BPFTOOL, "gen", "object", out.toString(), obj.toString());
        assertEquals(0, r.exitCode(), () -> "bpftool gen object failed for " + obj + ": " + r.stderr() + r.stdout());
    }

    private static final AtomicInteger PINS = new AtomicInteger();

    /**
     * Loads every program of {@code obj} with {@code bpftool prog loadall}, pinned in a private
     * bpffs mounted for the call (by the project's script) in a temporary directory; hands the pin
     * directory to {@code inspect}, then removes the pins and unmounts, whatever happened. The
     * host's own bpffs is never touched.
     *
     * @return the names of the pinned programs
     */
    static List<String> loadAll(Path obj, Consumer<Path> inspect) {
        Env.requireRoot();
        Env.requireTool(BPFTOOL);
        Path fs = mountBpffs();
        Path dir = fs.resolve("progs-" + PINS.incrementAndGet());
        try {
            Env.Run r = Env.run(BPFTOOL, "prog", "loadall", obj.toString(), dir.toString());
            if (r.exitCode() != 0) {
                fail("bpftool prog loadall " + obj + " failed (exit " + r.exitCode() + "):\n" + r.stderr() + r.stdout());
            }
            List<String> names;
            try (Stream<Path> s = Files.list(dir)) {
                names = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            if (inspect != null) {
                inspect.accept(dir);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                removePins(dir);
            } finally {
                unmountBpffs(fs);
            }
        }
    }

    /** A new bpffs instance in a temporary directory, mounted by the project's script. */
    static Path mountBpffs() {
        Path script = Env.repoRoot().resolve("scripts/mount-bpffs");
        if (!Files.isExecutable(script)) {
            Env.missing("scripts/mount-bpffs is missing");
        }
        Path fs;
        try {
            fs = Files.createTempDirectory("bpfj-elf-bpffs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Env.Run r = Env.run(script.toString(), fs.toString());
        if (r.exitCode() != 0) {
            try {
                Files.deleteIfExists(fs);
            } catch (IOException ignored) {
                // An empty temporary directory left behind is harmless.
            }
            Env.missing("cannot mount bpffs: " + r.stderr());
        }
        return fs;
    }

    /** Unmounts what {@link #mountBpffs} mounted (its pins go with it) and removes the directory. */
    static void unmountBpffs(Path fs) {
        Env.Run r = Env.run("umount", fs.toString());
        assertEquals(0, r.exitCode(), () -> "umount " + fs + " failed: " + r.stderr());
        try {
            Files.deleteIfExists(fs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + fs, e);
        }
    }

    private static void removePins(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove pins under " + dir, e);
        }
    }

    /** {@code bpftool prog dump xlated pinned PIN linum}. */
    static String dumpXlatedLinum(Path pin) {
        Env.Run r = Env.run(BPFTOOL, "prog", "dump", "xlated", "pinned", pin.toString(), "linum");
        assertEquals(0, r.exitCode(), () -> "bpftool prog dump xlated failed: " + r.stderr());
        return r.stdout();
    }

    /** All the structural checks for an object bpfj wrote (loading aside). */
    static void checkStructure(Path obj, Path dir) {
        readelfClean(obj);
        btfDump(obj);
        genObject(obj, dir);
    }
}
