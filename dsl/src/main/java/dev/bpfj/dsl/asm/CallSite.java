package dev.bpfj.dsl.asm;

import dev.bpfj.core.SourcePos;
import java.security.CodeSource;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the Java line that asked the DSL for an instruction: the first stack frame that is not
 * the DSL's own implementation. That line becomes the instruction's {@link SourcePos}, so the
 * verifier and the loader point at user code.
 *
 * <pre>{@code
 * SourcePos here = CallSite.current();   // e.g. MyProgram.java:27
 * }</pre>
 *
 * <p>A frame belongs to the implementation when its class sits in one of the DSL's own packages
 * <em>and</em> was loaded from the DSL's own classes (so tests and examples written in the same
 * packages still count as user code when they live elsewhere).
 */
public final class CallSite {
    private static final Set<String> IMPL_PACKAGES = Set.of("dev.bpfj.dsl", "dev.bpfj.dsl.asm");
    private static final StackWalker WALKER =
            StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Object OWN_LOCATION = location(CallSite.class);
    private static final ClassValue<Boolean> IMPL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Class<?> outer = type;
            while (outer.getEnclosingClass() != null) {
                outer = outer.getEnclosingClass();
            }
            return IMPL_PACKAGES.contains(outer.getPackageName())
                    && Objects.equals(location(outer), OWN_LOCATION);
        }
    };

    private CallSite() {
    }

    /** The first caller outside the DSL implementation, or {@link SourcePos#UNKNOWN}. */
    public static SourcePos current() {
        return WALKER.walk(frames -> frames
                .filter(f -> !IMPL.get(f.getDeclaringClass()))
                .filter(f -> !f.getDeclaringClass().getName().startsWith("java."))
                .findFirst()
                .map(f -> f.getFileName() == null || f.getLineNumber() <= 0 ? SourcePos.UNKNOWN
                        : SourcePos.of(f.getFileName(), f.getLineNumber(), 0))
                .orElse(SourcePos.UNKNOWN));
    }

    private static Object location(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        return cs == null ? null : cs.getLocation();
    }
}
