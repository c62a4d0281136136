package dev.bpfj.dsl;

/**
 * A socket a lookup returned, or NULL, holding a reference the program must release. It has no
 * accessors and no helper takes it: only {@link SkLookup#ifPresent(SocketRef,
 * java.util.function.Consumer)} turns it into a usable {@link Socket}, after the NULL check.
 *
 * <pre>{@code
 * SocketRef ref = p.lookup(services, 0);
 * p.ifPresent(ref, sk -> {
 *     p.assign(sk);
 *     p.release(sk);
 * });
 * }</pre>
 */
public final class SocketRef {
    final Gen gen;
    final Ref ref;

    SocketRef(Gen gen, Ref ref) {
        this.gen = gen;
        this.ref = ref;
    }
}
