package dev.bpfj.difftest;

import dev.bpfj.core.Program;

/**
 * Both verdicts on one program and how they compare.
 *
 * @param program the program judged
 * @param bpfj bpfj verifier's verdict (for {@link Outcome#BPFJ_ERROR}: rejected with the exception as message)
 * @param kernel the live kernel's verdict (for {@link Outcome#KERNEL_ERROR}: the failure as message)
 * @param outcome the comparison
 */
public record Comparison(Program program, Verdict bpfj, Verdict kernel, Outcome outcome) {

    /** Classifies two verdicts. */
    public static Outcome classify(Verdict bpfj, Verdict kernel) {
        if (bpfj.accepted() && kernel.accepted()) {
            return Outcome.AGREE;
        }
        if (bpfj.accepted()) {
            return Outcome.FALSE_ACCEPT;
        }
        if (kernel.accepted()) {
            return Outcome.FALSE_REJECT;
        }
        return Messages.same(bpfj.message(), kernel.message()) ? Outcome.AGREE : Outcome.MESSAGE_MISMATCH;
    }

    /**
     * What makes this disagreement the same one after shrinking: the outcome plus the message of
     * each side that rejects.
     */
    public String signature() {
        return outcome + " | kernel: " + side(kernel) + " | bpfj: " + side(bpfj);
    }

    /** Like {@link #signature()} with numbers replaced: groups disagreements into patterns. */
    public String pattern() {
        return outcome + " | kernel: " + shape(kernel) + " | bpfj: " + shape(bpfj);
    }

    private static String side(Verdict v) {
        return v.accepted() ? "accepted" : Messages.mask(v.message());
    }

    private static String shape(Verdict v) {
        return v.accepted() ? "accepted" : Messages.shape(v.message());
    }

    /** Whether {@code other} is the same disagreement (same outcome, same messages). */
    public boolean sameAs(Comparison other) {
        return signature().equals(other.signature());
    }
}
