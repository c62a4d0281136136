package dev.bpfj.core.insn;

/** Byte-swap flavours: to little endian, to big endian (BPF_ALU|BPF_END) or unconditional (ALU64). */
public enum EndianOp {
    LE("le"), BE("be"), BSWAP("bswap");

    private final String mnemonic;

    EndianOp(String mnemonic) {
        this.mnemonic = mnemonic;
    }

    public String mnemonic() {
        return mnemonic;
    }
}
