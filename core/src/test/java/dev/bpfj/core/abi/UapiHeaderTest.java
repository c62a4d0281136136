package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every id and name in the ABI tables against the installed {@code linux/bpf.h}: enum members are
 * read from the preprocessed header and their values computed by the C compiler.
 */
class UapiHeaderTest {
    /**
     * Entries of Linux 6.18 that an older installed header may not have yet. Any other entry
     * missing from the header is an error.
     */
    static final Set<String> NEWER_THAN_HEADER = Set.of(
            "BPF_PROG_TYPE_NETFILTER",
            "BPF_MAP_TYPE_CGRP_STORAGE", "BPF_MAP_TYPE_ARENA",
            "BPF_STRUCT_OPS", "BPF_NETFILTER", "BPF_TCX_INGRESS", "BPF_TCX_EGRESS", "BPF_TRACE_UPROBE_MULTI",
            "BPF_CGROUP_UNIX_CONNECT", "BPF_CGROUP_UNIX_SENDMSG", "BPF_CGROUP_UNIX_RECVMSG",
            "BPF_CGROUP_UNIX_GETPEERNAME", "BPF_CGROUP_UNIX_GETSOCKNAME", "BPF_NETKIT_PRIMARY",
            "BPF_NETKIT_PEER", "BPF_TRACE_KPROBE_SESSION", "BPF_TRACE_UPROBE_SESSION",
            "BPF_TOKEN_CREATE", "BPF_PROG_STREAM_READ_BY_FD",
            "BPF_FUNC_cgrp_storage_get", "BPF_FUNC_cgrp_storage_delete",
            "BPF_LINK_TYPE_NETFILTER", "BPF_LINK_TYPE_TCX", "BPF_LINK_TYPE_UPROBE_MULTI", "BPF_LINK_TYPE_NETKIT",
            "BPF_LINK_TYPE_SOCKMAP");

    /**
     * Flag constants an older installed header may lack (added after 6.1), plus values that are
     * kernel-internal rather than uapi (log levels, the bpf_loop bound).
     */
    static final Set<String> FLAGS_NOT_IN_HEADER = Set.of(
            "BPF_F_LINK", "BPF_F_PATH_FD", "BPF_F_VTYPE_BTF_OBJ_FD", "BPF_F_TOKEN_FD", "BPF_F_SEGV_ON_FAULT",
            "BPF_F_NO_USER_CONV", "BPF_F_BEFORE", "BPF_F_AFTER", "BPF_F_ID", "BPF_F_XDP_DEV_BOUND_ONLY",
            "BPF_F_TEST_REG_INVARIANTS", "BPF_F_ADJ_ROOM_DECAP_L3_IPV4", "BPF_F_ADJ_ROOM_DECAP_L3_IPV6",
            "BPF_LOG_LEVEL1", "BPF_LOG_LEVEL2", "BPF_LOG_STATS", "BPF_LOG_LEVEL", "BPF_MAX_LOOPS");

    private static final Pattern ENUM = Pattern.compile("enum\\s*(\\w*)\\s*\\{([^}]*)}", Pattern.DOTALL);
    private static Map<String, List<String>> enums;
    private static Map<String, Long> values;

    @BeforeAll
    static void readHeader() {
        String text = AbiTestEnv.preprocess("linux/bpf.h");
        enums = new LinkedHashMap<>();
        Matcher m = ENUM.matcher(text);
        while (m.find()) {
            List<String> names = new ArrayList<>();
            for (String item : m.group(2).split(",")) {
                String name = item.strip().split("[\\s=]")[0];
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            enums.put(m.group(1), names);
        }
        Map<String, String> exprs = new LinkedHashMap<>();
        for (String e : List.of("bpf_cmd", "bpf_map_type", "bpf_prog_type", "bpf_attach_type", "bpf_func_id",
                "bpf_link_type")) {
            assertTrue(enums.containsKey(e), "enum " + e + " not found in linux/bpf.h");
            for (String n : enums.get(e)) {
                exprs.put(n, "(long long)" + n);
            }
        }
        values = new LinkedHashMap<>();
        AbiTestEnv.evalC(List.of("linux/bpf.h"), exprs, "%lld").forEach((k, v) -> values.put(k, Long.parseLong(v)));
    }

    /**
     * Compares one uapi enum with a bpfj enum. Returns the number of entries that agree; fails on
     * any mismatch, and on bpfj entries the header lacks unless they are listed as newer.
     */
    private static <E extends Enum<E>> int compare(String cEnum, Class<E> type, ToIntFunction<E> id,
                                                   java.util.function.Function<E, String> name,
                                                   IntFunction<E> ofId) {
        Map<Long, List<String>> byValue = new TreeMap<>();
        for (String n : enums.get(cEnum)) {
            if (n.startsWith("__") || n.startsWith("MAX_")) {
                continue;
            }
            byValue.computeIfAbsent(values.get(n), k -> new ArrayList<>()).add(n);
        }
        List<String> errors = new ArrayList<>();
        int agree = 0;
        Set<String> seen = new HashSet<>();
        for (var e : byValue.entrySet()) {
            E mine = ofId.apply(e.getKey().intValue());
            if (mine == null) {
                errors.add(cEnum + ": bpfj lacks " + e.getValue() + " = " + e.getKey());
                continue;
            }
            if (!e.getValue().contains(name.apply(mine))) {
                errors.add(cEnum + ": value " + e.getKey() + " is " + e.getValue() + " in the header but "
                        + name.apply(mine) + " in bpfj");
                continue;
            }
            seen.add(name.apply(mine));
            agree++;
        }
        for (E c : type.getEnumConstants()) {
            String n = name.apply(c);
            if (!seen.contains(n) && !NEWER_THAN_HEADER.contains(n)) {
                errors.add(cEnum + ": " + n + " = " + id.applyAsInt(c) + " is neither in the header nor listed as newer");
            }
        }
        assertEquals(List.of(), errors);
        System.out.printf("uapi %s: %d of %d bpfj entries match the header (%d newer than it)%n", cEnum, agree,
                type.getEnumConstants().length, type.getEnumConstants().length - agree);
        return agree;
    }

    @Test
    void commands() {
        compare("bpf_cmd", Command.class, Command::id, Command::kernelName, Command::ofId);
    }

    @Test
    void mapTypes() {
        compare("bpf_map_type", MapType.class, MapType::id, MapType::kernelName, MapType::ofId);
    }

    @Test
    void programTypes() {
        compare("bpf_prog_type", ProgramType.class, ProgramType::id, ProgramType::kernelName, ProgramType::ofId);
    }

    @Test
    void linkTypes() {
        compare("bpf_link_type", LinkType.class, LinkType::id, t -> "BPF_LINK_TYPE_" + t.name(), LinkType::ofId);
    }

    @Test
    void attachTypes() {
        compare("bpf_attach_type", AttachType.class, AttachType::id, AttachType::kernelName, AttachType::ofId);
    }

    @Test
    void helpers() {
        int n = compare("bpf_func_id", Helper.class, Helper::id, Helper::enumName, Helper::ofId);
        assertTrue(n >= 200, "suspiciously few helpers in the header: " + n);
    }

    /** The header's doc comment gives each helper's C signature: bpfj's argument count must match it. */
    @Test
    void helperArgumentCountsMatchTheDocumentedSignatures() {
        String raw = readRawHeader();
        Pattern sig = Pattern.compile("^ \\* [a-z][\\w ]*?\\**bpf_(\\w+)\\(([^)]*)\\)", Pattern.MULTILINE);
        Matcher m = sig.matcher(raw);
        List<String> errors = new ArrayList<>();
        int checked = 0;
        Set<String> done = new HashSet<>();
        while (m.find()) {
            Helper h = Helper.ofName(m.group(1));
            if (h == null || !done.add(h.shortName())) {
                continue;
            }
            String params = m.group(2).strip();
            int count = params.equals("void") || params.isEmpty() ? 0 : params.split(",").length;
            boolean variadic = params.contains("...");
            if (variadic) {
                continue;
            }
            checked++;
            if (count != h.args().size()) {
                errors.add(h.kernelName() + ": header documents " + count + " arguments (" + params + "), bpfj has "
                        + h.args());
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(checked > 190, "only " + checked + " signatures found");
        System.out.printf("helper signatures: %d argument counts match the header's documentation%n", checked);
    }

    private static String readRawHeader() {
        String pre = AbiTestEnv.run(List.of(AbiTestEnv.requireTool("gcc").toString(), "-E", "-x", "c", "-"),
                "#include <linux/bpf.h>\n");
        Matcher m = Pattern.compile("^# \\d+ \"([^\"]*linux/bpf\\.h)\"", Pattern.MULTILINE).matcher(pre);
        if (!m.find()) {
            AbiTestEnv.missing("cannot locate linux/bpf.h");
        }
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(m.group(1)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every constant of {@link Flags} the installed headers define has the same value there. */
    @Test
    void flags() throws IllegalAccessException {
        Set<String> defined = new HashSet<>();
        List<String> headers = List.of("linux/bpf.h", "linux/pkt_cls.h", "linux/if_link.h");
        for (String h : headers) {
            defined.addAll(AbiTestEnv.macroNames(h));
            Matcher m = ENUM.matcher(AbiTestEnv.preprocess(h));
            while (m.find()) {
                for (String item : m.group(2).split(",")) {
                    defined.add(item.strip().split("[\\s=]")[0]);
                }
            }
        }
        Map<String, String> exprs = new LinkedHashMap<>();
        Map<String, Long> mine = new LinkedHashMap<>();
        List<String> notInHeader = new ArrayList<>();
        for (Field f : Flags.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            long v = ((Number) f.get(null)).longValue();
            if (f.getType() == int.class) {
                v = (int) v;
            }
            mine.put(f.getName(), v);
            if (defined.contains(f.getName())) {
                exprs.put(f.getName(), "(long long)(" + f.getName() + ")");
            } else {
                notInHeader.add(f.getName());
            }
        }
        Map<String, String> got = AbiTestEnv.evalC(headers, exprs, "%lld");
        List<String> errors = new ArrayList<>();
        for (var e : got.entrySet()) {
            long header = Long.parseLong(e.getValue());
            long m = mine.get(e.getKey());
            // Unsigned 32-bit constants (1U << n) compare by their low 32 bits.
            if (header != m && (header & 0xffffffffL) != (m & 0xffffffffL)) {
                errors.add(e.getKey() + ": header " + header + ", bpfj " + m);
            }
        }
        assertEquals(List.of(), errors);
        List<String> unexplained = notInHeader.stream().filter(n -> !FLAGS_NOT_IN_HEADER.contains(n)).toList();
        assertEquals(List.of(), unexplained, "constants neither in the headers nor listed as newer or kernel-internal");
        System.out.printf("flags: %d constants match the headers; %d not in these headers (newer or bpfj-only): %s%n",
                got.size(), notInHeader.size(), notInHeader);
        assertTrue(got.size() > 80);
    }
}
