package dev.bpfj.core.abi;

import java.util.Locale;

/** Commands of the {@code bpf(2)} system call (uapi {@code enum bpf_cmd}); names drop {@code BPF_}. */
public enum Command {
    MAP_CREATE(0),
    MAP_LOOKUP_ELEM(1),
    MAP_UPDATE_ELEM(2),
    MAP_DELETE_ELEM(3),
    MAP_GET_NEXT_KEY(4),
    PROG_LOAD(5),
    OBJ_PIN(6),
    OBJ_GET(7),
    PROG_ATTACH(8),
    PROG_DETACH(9),
    /** Also spelled {@code BPF_PROG_RUN}. */
    PROG_TEST_RUN(10),
    PROG_GET_NEXT_ID(11),
    MAP_GET_NEXT_ID(12),
    PROG_GET_FD_BY_ID(13),
    MAP_GET_FD_BY_ID(14),
    OBJ_GET_INFO_BY_FD(15),
    PROG_QUERY(16),
    RAW_TRACEPOINT_OPEN(17),
    BTF_LOAD(18),
    BTF_GET_FD_BY_ID(19),
    TASK_FD_QUERY(20),
    MAP_LOOKUP_AND_DELETE_ELEM(21),
    MAP_FREEZE(22),
    BTF_GET_NEXT_ID(23),
    MAP_LOOKUP_BATCH(24),
    MAP_LOOKUP_AND_DELETE_BATCH(25),
    MAP_UPDATE_BATCH(26),
    MAP_DELETE_BATCH(27),
    LINK_CREATE(28),
    LINK_UPDATE(29),
    LINK_GET_FD_BY_ID(30),
    LINK_GET_NEXT_ID(31),
    ENABLE_STATS(32),
    ITER_CREATE(33),
    LINK_DETACH(34),
    PROG_BIND_MAP(35),
    TOKEN_CREATE(36),
    PROG_STREAM_READ_BY_FD(37);

    /** The alias value {@code BPF_PROG_RUN} (same as {@link #PROG_TEST_RUN}). */
    public static final int PROG_RUN = 10;

    private final int id;

    Command(int id) {
        this.id = id;
    }

    /** The kernel's numeric value. */
    public int id() {
        return id;
    }

    /** The kernel's constant name, e.g. {@code BPF_MAP_CREATE}. */
    public String kernelName() {
        return "BPF_" + name();
    }

    /** The lower-case name without prefix. */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Command[] BY_ID = values();

    /** The command with kernel value {@code id}, or null when bpfj does not know it. */
    public static Command ofId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** The command named {@code name} with or without {@code BPF_} (case-insensitive), or null. */
    public static Command ofName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("BPF_")) {
            n = n.substring(4);
        }
        if (n.equals("PROG_RUN")) {
            return PROG_TEST_RUN;
        }
        for (Command c : BY_ID) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        return null;
    }
}
