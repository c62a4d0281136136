package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ctx layout offsets and sizes against C {@code offsetof}/{@code sizeof} and the recorded oracle. */
class CtxLayoutOffsetTest {
    /** Members of Linux 6.18 structs that an older installed header may lack. */
    static final Set<String> NEWER_THAN_HEADER = Set.of("bpf_sock_ops.skb_hwtstamp");

    private static List<CtxLayout> distinctLayouts() {
        List<CtxLayout> out = new ArrayList<>();
        for (CtxLayout l : CtxTables.all()) {
            if (out.stream().noneMatch(o -> o.structName().equals(l.structName()) && o.fields().size() >= l.fields().size())) {
                out.removeIf(o -> o.structName().equals(l.structName()));
                out.add(l);
            }
        }
        return out;
    }

    private static String cStruct(CtxLayout l) {
        return l.structName().startsWith("__") ? "struct " + l.structName() : "struct " + l.structName();
    }

    @Test
    void offsetsAndSizesMatchOffsetof() {
        List<String> inc = List.of("linux/bpf.h");
        Map<String, String> exprs = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int fields = 0;
        for (CtxLayout l : distinctLayouts()) {
            String s = cStruct(l);
            exprs.put(l.structName() + ".sizeof", "(long)sizeof(" + s + ")");
            for (CtxField f : l.fields()) {
                if (f.isPadding()) {
                    continue;
                }
                String key = l.structName() + "." + f.name();
                if (NEWER_THAN_HEADER.contains(key)
                        && !AbiTestEnv.compiles(inc, "(void)offsetof(" + s + ", " + f.name() + ");")) {
                    skipped.add(key);
                    continue;
                }
                exprs.put(key + ".off", "(long)offsetof(" + s + ", " + f.name() + ")");
                exprs.put(key + ".size", "(long)sizeof(((" + s + " *)0)->" + f.name() + ")");
                fields++;
            }
        }
        Map<String, String> got = AbiTestEnv.evalC(inc, exprs, "%ld");
        List<String> errors = new ArrayList<>();
        int matched = 0;
        for (CtxLayout l : distinctLayouts()) {
            String size = got.get(l.structName() + ".sizeof");
            if (skipped.stream().noneMatch(k -> k.startsWith(l.structName() + "."))
                    && !String.valueOf(l.size()).equals(size)) {
                errors.add("sizeof(" + l.structName() + ") = " + size + ", bpfj " + l.size());
            }
            for (CtxField f : l.fields()) {
                String key = l.structName() + "." + f.name();
                if (f.isPadding() || skipped.contains(key)) {
                    continue;
                }
                String off = got.get(key + ".off");
                String sz = got.get(key + ".size");
                if (!String.valueOf(f.offset()).equals(off) || !String.valueOf(f.size()).equals(sz)) {
                    errors.add(key + ": C off=" + off + " size=" + sz + ", bpfj off=" + f.offset() + " size=" + f.size());
                } else {
                    matched++;
                }
            }
        }
        assertEquals(List.of(), errors);
        System.out.printf("ctx layouts vs offsetof: %d of %d fields match (%d layouts; newer than header: %s)%n",
                matched, fields, distinctLayouts().size(), skipped);
        assertTrue(matched >= 140, "only " + matched + " fields compared");
    }

    /** Every layout's fields lie inside the struct, in order, without overlap. */
    @Test
    void fieldsAreOrderedAndDisjoint() {
        for (CtxLayout l : CtxTables.all()) {
            int end = 0;
            for (CtxField f : l.fields()) {
                assertTrue(f.offset() >= end, l.structName() + "." + f.name() + " overlaps the previous field");
                end = f.end();
            }
            assertTrue(end <= l.size(), l.structName() + " fields run past its size");
        }
    }

    private static final Pattern STRUCT = Pattern.compile("^struct (\\w+)(?: \\(ctx\\))? size=(\\d+):$");
    private static final Pattern FIELD = Pattern.compile("^\\s+(\\w+)\\s+off=\\s*(\\d+) size=(\\d+)$");
    private static final Pattern ENUM = Pattern.compile("^\\s+(\\w+)\\s+= (\\d+)$");

    /** The recorded oracle (uapi-layouts.txt): ctx structs and enum values. */
    @Test
    void recordedOracleAgrees() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/oracles/uapi-layouts.txt")) {
            assertNotNull(in, "oracles/uapi-layouts.txt is missing from the test resources");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> errors = new ArrayList<>();
        int fields = 0;
        int enums = 0;
        CtxLayout current = null;
        boolean inEnums = false;
        for (String line : text.split("\n")) {
            Matcher s = STRUCT.matcher(line);
            if (s.matches()) {
                inEnums = false;
                current = distinctLayouts().stream().filter(l -> l.structName().equals(s.group(1))).findFirst()
                        .orElse(null);
                if (current == null) {
                    errors.add("bpfj has no layout for struct " + s.group(1));
                } else if (current.size() != Integer.parseInt(s.group(2))) {
                    errors.add("sizeof " + s.group(1) + " " + s.group(2) + " vs bpfj " + current.size());
                }
                continue;
            }
            if (line.startsWith("enums:")) {
                inEnums = true;
                current = null;
                continue;
            }
            if (!line.startsWith(" ")) {
                current = null;
                inEnums = false;
                continue;
            }
            if (current != null) {
                Matcher f = FIELD.matcher(line);
                if (f.matches()) {
                    CtxLayout l = current;
                    var field = l.field(f.group(1));
                    if (field.isEmpty()) {
                        errors.add(l.structName() + "." + f.group(1) + " missing in bpfj");
                    } else if (field.get().offset() != Integer.parseInt(f.group(2))
                            || field.get().size() != Integer.parseInt(f.group(3))) {
                        errors.add(l.structName() + "." + f.group(1) + ": oracle " + f.group(2) + "/" + f.group(3)
                                + ", bpfj " + field.get().offset() + "/" + field.get().size());
                    } else {
                        fields++;
                    }
                }
            } else if (inEnums) {
                Matcher e = ENUM.matcher(line);
                if (e.matches()) {
                    String n = e.group(1);
                    int v = Integer.parseInt(e.group(2));
                    Integer mine = enumValue(n);
                    if (mine == null) {
                        errors.add("oracle enum " + n + " unknown to bpfj");
                    } else if (mine != v) {
                        errors.add(n + ": oracle " + v + ", bpfj " + mine);
                    } else {
                        enums++;
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
        System.out.printf("uapi-layouts oracle: %d ctx fields and %d enum values agree%n", fields, enums);
        assertTrue(fields >= 28 && enums >= 40);
    }

    private static Integer enumValue(String n) {
        if (n.startsWith("BPF_FUNC_")) {
            Helper h = Helper.ofName(n);
            return h == null ? null : h.id();
        }
        if (n.startsWith("BPF_PROG_TYPE_")) {
            ProgramType t = ProgramType.ofShortName(n.substring("BPF_PROG_TYPE_".length()));
            return t == null ? null : t.id();
        }
        if (n.startsWith("BPF_MAP_TYPE_")) {
            MapType t = MapType.ofShortName(n.substring("BPF_MAP_TYPE_".length()));
            return t == null ? null : t.id();
        }
        Command c = Command.ofName(n);
        if (c != null) {
            return c.id();
        }
        AttachType a = AttachType.ofShortName(n.substring(4));
        if (n.startsWith("BPF_") && a != null) {
            return a.id();
        }
        try {
            return ((Number) Flags.class.getField(n).get(null)).intValue();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
