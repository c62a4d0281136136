package dev.bpfj.dsl;

/**
 * The shape of a map key or value: a {@link Scalar} or a {@link Struct}. Sizes and alignment
 * follow C's natural layout, so the same bytes can be read and written from user space.
 *
 * <pre>{@code
 * Layout key = Scalar.U32;
 * Layout value = Struct.named("counters").u64("packets").u64("bytes").build();
 * }</pre>
 */
public sealed interface Layout permits Scalar, Struct {
    /** Size in bytes. */
    int size();

    /** Alignment in bytes. */
    int align();
}
