package dev.bpfj.loader.attach;

/** A network namespace, as an fd sk_lookup links attach to (a {@code NetNs}, or {@link NetnsFile}). */
@FunctionalInterface
public interface NetnsRef {
    /** An open fd of the namespace ({@code /proc/.../ns/net} or a bind mount of it). */
    int netnsFd();
}
