package dev.bpfj.core.insn;

/** Memory access width of loads, stores and atomics, with its BPF_SIZE encoding. */
public enum Size {
    B(1, 0x10, "u8"), H(2, 0x08, "u16"), W(4, 0x00, "u32"), DW(8, 0x18, "u64");

    private final int bytes;
    private final int code;
    private final String cType;

    Size(int bytes, int code, String cType) {
        this.bytes = bytes;
        this.code = code;
        this.cType = cType;
    }

    public int bytes() {
        return bytes;
    }

    /** The BPF_SIZE bits (0x18 mask) of the opcode. */
    public int code() {
        return code;
    }

    /** {@code u8}, {@code u16}, {@code u32} or {@code u64}, as LLVM prints them. */
    public String unsignedName() {
        return cType;
    }

    /** {@code s8}, {@code s16} or {@code s32}. */
    public String signedName() {
        return "s" + cType.substring(1);
    }

    public static Size ofBytes(int bytes) {
        for (Size s : values()) {
            if (s.bytes == bytes) {
                return s;
            }
        }
        throw new IllegalArgumentException("no access size of " + bytes + " bytes (1, 2, 4 or 8)");
    }

    static Size ofCode(int code) {
        for (Size s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new AssertionError(code);
    }
}
