package dev.bpfj.core.insn;

/** What a 64-bit immediate load's src_reg says its immediate means. */
public enum PseudoSrc {
    /** A plain 64-bit constant. */
    NONE(0),
    /** imm is a map fd. */
    MAP_FD(1),
    /** imm is a map fd, the second imm an offset into its value. */
    MAP_VALUE(2),
    /** imm is a BTF id of a kernel variable. */
    BTF_ID(3),
    /** imm is an instruction offset to a function (a callback). */
    FUNC(4),
    /** imm is an index into the fd array passed at load. */
    MAP_IDX(5),
    /** imm is an fd-array index, the second imm an offset into the map's value. */
    MAP_IDX_VALUE(6);

    private final int code;

    PseudoSrc(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isMapReference() {
        return this == MAP_FD || this == MAP_VALUE || this == MAP_IDX || this == MAP_IDX_VALUE;
    }

    static PseudoSrc decode(int code) {
        for (PseudoSrc p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        return null;
    }
}
