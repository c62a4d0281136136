package dev.bpfj.loader;

import dev.bpfj.core.SourcePos;

/**
 * The kernel refused a program at BPF_PROG_LOAD. Carries the whole verifier log, its key line, the
 * failing instruction (as an index into the program's instruction list) and the user's source
 * position of that instruction.
 */
public final class VerifierRejection extends BpfException {
    private static final long serialVersionUID = 1L;

    private final String programName;
    private final String log;
    private final String keyLine;
    private final int insnIndex;
    private final transient SourcePos source;
    private final long processedInsns;

    public VerifierRejection(String programName, int errno, String log, String keyLine, String context,
                             int insnIndex, SourcePos source, long processedInsns) {
        this(programName, errno, log, keyLine, context, insnIndex, source, processedInsns, null);
    }

    /** With a specific hint (null: the standard advice for the key line). */
    public VerifierRejection(String programName, int errno, String log, String keyLine, String context,
                             int insnIndex, SourcePos source, long processedInsns, String hint) {
        super("BPF_PROG_LOAD", errno, describe(programName, keyLine, context, insnIndex, source),
                hint != null ? hint : advice(keyLine, log, errno));
        this.programName = programName;
        this.log = log;
        this.keyLine = keyLine;
        this.insnIndex = insnIndex;
        this.source = source == null ? SourcePos.UNKNOWN : source;
        this.processedInsns = processedInsns;
    }

    private static String describe(String name, String keyLine, String context, int insn, SourcePos src) {
        StringBuilder sb = new StringBuilder("program \"").append(name).append("\" rejected");
        if (insn >= 0) {
            sb.append(" at insn ").append(insn);
        }
        if (src != null && src.isKnown()) {
            sb.append(" (").append(src).append(")");
        }
        if (keyLine != null && !keyLine.isEmpty()) {
            sb.append(": ").append(keyLine);
            if (context != null && !context.isEmpty()) {
                sb.append(" [after: ").append(context).append("]");
            }
        } else {
            sb.append(" with an empty verifier log");
        }
        return sb.toString();
    }

    /** One sentence for messages users often misread; the verifier module gives fuller advice. */
    static String advice(String keyLine, String log, int errno) {
        String k = keyLine == null ? "" : keyLine;
        if (k.contains("!read_ok")) {
            return "A register is read before anything was written to it (r0 must be set before exit)";
        }
        if (k.contains("_or_null'") || k.contains("or_null")) {
            return "Check the pointer against 0 before using it: the helper may return NULL";
        }
        if (k.startsWith("Unreleased reference")) {
            return "Release the socket (bpf_sk_release) on every path after a successful lookup";
        }
        if (k.contains("cannot use helper") || k.startsWith("unknown func")) {
            return "This helper is not available to this program type (or attach type)";
        }
        if (k.contains("invalid bpf_context access")) {
            return "This context field cannot be accessed with that offset, size or direction for this program type";
        }
        if (k.contains("cannot pass map_type")) {
            return "This helper does not take maps of that type";
        }
        if ((log == null || log.isEmpty()) && errno == dev.bpfj.core.abi.Errno.EINVAL) {
            return Hints.hint("BPF_PROG_LOAD", errno, "");
        }
        return "";
    }

    public String programName() {
        return programName;
    }

    /** The whole verifier log. */
    public String log() {
        return log;
    }

    public String keyLine() {
        return keyLine;
    }

    /** Index into the program's instruction list, or -1 when the log names none. */
    public int insnIndex() {
        return insnIndex;
    }

    public SourcePos source() {
        return source;
    }

    public long processedInsns() {
        return processedInsns;
    }
}
