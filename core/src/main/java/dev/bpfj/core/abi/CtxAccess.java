package dev.bpfj.core.abi;

/** The verdict on one context (or socket) access: allowed with what it yields, or denied. */
public sealed interface CtxAccess {
    /** Whether the access is allowed. */
    boolean allowed();

    /**
     * An allowed access.
     *
     * @param field the field accessed
     * @param kind what a load yields ({@link CtxValueKind#SCALAR} for stores)
     * @param byteOrder the byte order of the value
     */
    record Allowed(CtxField field, CtxValueKind kind, CtxByteOrder byteOrder) implements CtxAccess {
        @Override
        public boolean allowed() {
            return true;
        }
    }

    /**
     * A denied access.
     *
     * @param message the kernel's wording, e.g. {@code invalid bpf_context access off=36 size=8}
     * @param field the field the offset falls in, or null
     */
    record Denied(String message, CtxField field) implements CtxAccess {
        @Override
        public boolean allowed() {
            return false;
        }
    }
}
