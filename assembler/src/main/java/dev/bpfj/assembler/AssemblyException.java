package dev.bpfj.assembler;

import java.util.List;

/** Assembly source with errors: every {@link Diagnostic} found (up to the assembler's limit). */
public final class AssemblyException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public AssemblyException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** The diagnostics in source order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics formatted with source lines and carets, one block after another. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(d.format()).append('\n');
        }
        return sb.toString();
    }

    private static String summary(List<Diagnostic> ds) {
        if (ds.isEmpty()) {
            return "assembly failed";
        }
        Diagnostic first = ds.get(0);
        String head = first.file() + ":" + first.line() + ":" + first.column() + ": error: " + first.message();
        return ds.size() == 1 ? head : head + " (and " + (ds.size() - 1) + " more)";
    }
}
