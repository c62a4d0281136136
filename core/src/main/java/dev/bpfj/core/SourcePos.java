package dev.bpfj.core;

/**
 * Where an instruction came from: a {@code .s} file position, or a Java call site of the DSL.
 * Kept beside the instructions so the verifier and the loader can point at the user's source.
 */
public record SourcePos(String file, int line, int column, String text) {
    public static final SourcePos UNKNOWN = new SourcePos("", 0, 0, null);

    public static SourcePos of(String file, int line, int column) {
        return new SourcePos(file, line, column, null);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:col}, or {@code file:line} when the column is unknown. */
    @Override
    public String toString() {
        if (!isKnown()) {
            return "<unknown>";
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
