package dev.bpfj.dsl.asm;

import dev.bpfj.core.SourcePos;

/**
 * A program the builder refuses to produce, located at the Java line that caused it.
 *
 * <p>The message reads like a compiler diagnostic so build tools and IDE consoles link it:
 * <pre>{@code
 * TwoServices.java:42: error: socket from lookup at TwoServices.java:40 is not released
 * }</pre>
 */
public final class DslException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePos position;
    private final String reason;

    public DslException(SourcePos position, String reason) {
        super(format(position, reason));
        this.position = position == null ? SourcePos.UNKNOWN : position;
        this.reason = reason;
    }

    /** Where the problem is: the Java call site, or {@link SourcePos#UNKNOWN}. */
    public SourcePos position() {
        return position;
    }

    /** The message without its location prefix. */
    public String reason() {
        return reason;
    }

    private static String format(SourcePos pos, String reason) {
        return pos != null && pos.isKnown() ? pos + ": error: " + reason : "error: " + reason;
    }
}
