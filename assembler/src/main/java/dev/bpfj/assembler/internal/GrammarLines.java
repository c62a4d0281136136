package dev.bpfj.assembler.internal;

/**
 * The grammar's entry for lines the fast paths leave to it. Kept apart so that the ANTLR runtime
 * is loaded only when some line needs it, never for files the fast paths take whole.
 */
public final class GrammarLines {
    private GrammarLines() {
    }

    private static final ThreadLocal<LineParser> PARSERS = ThreadLocal.withInitial(LineParser::new);

    /** The line as {@link LineParser#parse} reads it, with this thread's parser. */
    public static LineParser.Result parse(String line) {
        return PARSERS.get().parse(line);
    }
}
