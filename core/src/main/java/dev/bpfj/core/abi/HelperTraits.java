package dev.bpfj.core.abi;

/** Bit flags used by the {@link Helper} table; package-private shorthand for the data rows. */
final class HelperTraits {
    private HelperTraits() {
    }

    /** GPL-only helper. */
    static final int GPL = 1;
    /** Returns a new reference the program must release. */
    static final int ACQ = 2;
    /** Releases the reference passed in an argument. */
    static final int REL = 4;
    /** May move or resize packet data: every packet pointer is invalid after the call. */
    static final int PKT = 8;
    /** May sleep: only sleepable programs may call it. */
    static final int SLEEP = 16;
}
