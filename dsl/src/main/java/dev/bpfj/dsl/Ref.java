package dev.bpfj.dsl;

import dev.bpfj.core.SourcePos;

/** A socket reference the program holds and must release; its state lives in {@link PathState}. */
final class Ref {
    enum State {
        /** Returned by a lookup, not yet checked against NULL. */
        UNCHECKED,
        /** Known non-NULL and held. */
        HELD,
        /** Released inside its check. */
        RELEASED,
        /** Its check is over: released on the non-NULL path, nothing held on the other. */
        DONE
    }

    final Home home;
    final String what;
    final SourcePos acquiredAt;
    SourcePos releasedAt;

    Ref(Home home, String what, SourcePos acquiredAt) {
        this.home = home;
        this.what = what;
        this.acquiredAt = acquiredAt;
    }

    String describe() {
        return what + " from " + acquiredAt;
    }
}
