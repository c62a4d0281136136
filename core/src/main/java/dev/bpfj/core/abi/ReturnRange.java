package dev.bpfj.core.abi;

/**
 * The values R0 may hold at program exit, inclusive, as the verifier enforces them ("At program
 * exit the register R0 has ... should have been in [min, max]").
 *
 * @param min smallest allowed value
 * @param max largest allowed value
 */
public record ReturnRange(int min, int max) {
    /** Whether {@code value} is allowed. */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    /** The kernel's spelling, e.g. {@code [0, 1]}. */
    @Override
    public String toString() {
        return "[" + min + ", " + max + "]";
    }
}
