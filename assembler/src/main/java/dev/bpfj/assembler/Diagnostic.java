package dev.bpfj.assembler;

/**
 * One problem in assembly source, located at {@code file:line:column} (1-based; column 0 when
 * the problem concerns the whole line or file).
 *
 * @param sourceLine the text of the line, or null when unknown
 */
public record Diagnostic(String file, int line, int column, String message, String sourceLine) {

    /** {@code file:line:col: error: message}, then the source line and a caret under the column. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": error: ").append(message);
        if (sourceLine != null && line > 0) {
            sb.append('\n').append(sourceLine);
            if (column > 0) {
                sb.append('\n');
                // Copy tabs so the caret lines up however the terminal expands them.
                for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
                    sb.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
                }
                sb.append('^');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
