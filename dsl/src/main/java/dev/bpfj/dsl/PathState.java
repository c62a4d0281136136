package dev.bpfj.dsl;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the builder knows on the current control-flow path; copied at branches, merged at joins. */
final class PathState {
    boolean reachable = true;
    /** R1 still holds the context pointer (no call or argument set-up wrote it on this path). */
    boolean r1Ctx = true;
    final Map<Ref, Ref.State> refs = new LinkedHashMap<>();
    /** Variables assigned on every way to this point. */
    final Set<Home> assigned = new HashSet<>();

    PathState copy() {
        PathState s = new PathState();
        s.reachable = reachable;
        s.r1Ctx = r1Ctx;
        s.refs.putAll(refs);
        s.assigned.addAll(assigned);
        return s;
    }
}
