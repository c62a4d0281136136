package dev.bpfj.elf;

import java.io.IOException;

/**
 * An ELF object bpfj cannot read: malformed, truncated, hostile, or using a feature bpfj refuses
 * (CO-RE relocations, global data). The message says which section, at which file offset, and
 * what was wrong, e.g. {@code section 'sk_lookup' at offset 0x1a8: relocation on insn 3 is not on
 * a 64-bit immediate load}.
 */
public final class ElfFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String section;
    private final long offset;
    private final String problem;

    /**
     * @param section the section's name, or null when the problem is not inside one
     * @param offset the file offset of the problem, or -1 when there is none
     */
    public ElfFormatException(String section, long offset, String problem) {
        super(format(section, offset, problem));
        this.section = section;
        this.offset = offset;
        this.problem = problem;
    }

    private static String format(String section, long offset, String problem) {
        StringBuilder sb = new StringBuilder();
        if (section != null) {
            sb.append("section '").append(section).append('\'');
        }
        if (offset >= 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format("at offset 0x%x", offset));
        }
        return sb.isEmpty() ? problem : sb.append(": ").append(problem).toString();
    }

    /** The section name, or null. */
    public String section() {
        return section;
    }

    /** The file offset, or -1. */
    public long offset() {
        return offset;
    }

    /** What was wrong, without the location. */
    public String problem() {
        return problem;
    }
}
