package dev.bpfj.dsl;

/**
 * A socket known to be non-NULL and held, inside {@code ifPresent}. It must be released exactly
 * once before the {@code ifPresent} body ends or the program returns; using it after
 * {@code release} or outside the body fails at {@code build()} with the offending Java line.
 *
 * <pre>{@code
 * p.ifPresent(p.lookup(services, 0), sk -> {
 *     p.assign(sk);
 *     p.release(sk);
 * });
 * }</pre>
 */
public final class Socket {
    final Gen gen;
    final Ref ref;

    Socket(Gen gen, Ref ref) {
        this.gen = gen;
        this.ref = ref;
    }
}
