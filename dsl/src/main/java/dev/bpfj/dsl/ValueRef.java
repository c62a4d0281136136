package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;

/**
 * The result of a map lookup: a pointer to the value, or NULL. It has no accessors: the value is
 * reachable only through {@link ProgramBuilder#ifPresent(ValueRef, java.util.function.Consumer)},
 * which emits the NULL check the verifier insists on.
 *
 * <pre>{@code
 * ValueRef hits = counters.lookup(0);
 * p.ifPresent(hits, v -> v.add(1));
 * }</pre>
 */
public final class ValueRef {
    final Gen gen;
    final Home home;
    final Layout layout;
    final String map;
    final SourcePos at;
    boolean checked;

    ValueRef(Gen gen, Home home, Layout layout, String map, SourcePos at) {
        this.gen = gen;
        this.home = home;
        this.layout = layout;
        this.map = map;
        this.at = at;
    }
}
