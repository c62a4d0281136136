package dev.bpfj.testkit;

/**
 * The kinds of code {@link ProgramGen} writes, one per group of verifier rules they exercise. A
 * {@link ProgramMix} weighs them, so a campaign can aim at one family.
 */
public enum RuleFamily {
    /** Stack stores and loads: initialisation, bounds, alignment, spilled registers. */
    STACK,
    /** Context loads and stores of every field at every size, allowed or not. */
    CTX,
    /** Scalar arithmetic and pointer arithmetic, including what the kernel forbids. */
    ALU,
    /** Map lookups, updates and deletes: keys, values, NULL checks, value bounds. */
    MAP,
    /** Socket references: lookups, sockmap lookups, NULL checks, releases, the types' socket helpers. */
    SOCKET,
    /** Other helper calls with arguments built from their prototypes, right or wrong. */
    HELPER,
    /** Conditional blocks on loaded values. */
    BRANCH,
    /** Bounded (and sometimes unbounded) loops. */
    LOOP,
    /** bpf-to-bpf calls of local functions. */
    CALL,
    /** Packet accesses with and without bounds checks, legacy packet loads. */
    PACKET,
    /** The value in R0 at exit. */
    RETURN
}
