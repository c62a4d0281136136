package dev.bpfj.core.abi;

/**
 * What a program type may do with packet memory through the {@code data}/{@code data_end}
 * pointers of its context (direct packet access), as the verifier allows it.
 */
public enum PacketAccess {
    /** No direct packet access: packet pointers cannot be dereferenced or passed to helpers. */
    NONE,
    /** Loads only ("cannot write into packet" for stores). */
    READ,
    /** Loads and stores. */
    READ_WRITE
}
