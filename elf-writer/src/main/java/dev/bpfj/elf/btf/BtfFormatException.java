package dev.bpfj.elf.btf;

/** BTF or BTF.ext bytes that cannot be parsed; {@link #offset()} is relative to the blob's start. */
public final class BtfFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long offset;
    private final String problem;

    public BtfFormatException(long offset, String problem) {
        super(String.format("offset 0x%x: %s", offset, problem));
        this.offset = offset;
        this.problem = problem;
    }

    /** Byte offset of the problem inside the blob. */
    public long offset() {
        return offset;
    }

    /** What was wrong, without the offset. */
    public String problem() {
        return problem;
    }
}
