package dev.bpfj.difftest;

/** How bpfj's verdict on one program compares with the kernel's. */
public enum Outcome {
    /** Same verdict and, for rejections, the same key message (pointer values and ids masked). */
    AGREE,
    /** bpfj accepts what the kernel rejects: the worst kind, a program would fail in production. */
    FALSE_ACCEPT,
    /** bpfj rejects what the kernel accepts. */
    FALSE_REJECT,
    /** Both reject, with different key messages. */
    MESSAGE_MISMATCH,
    /** bpfj's verifier threw or did not finish: a bug whatever the kernel says. */
    BPFJ_ERROR,
    /** The program could not be put to the kernel (map creation, privileges): no verdict. */
    KERNEL_ERROR,
    /** The kernel's verifier ran past the runner's time limit (it has none of its own): no verdict. */
    KERNEL_TIMEOUT;

    /** Whether this is a disagreement worth a corpus case. */
    public boolean isDisagreement() {
        return this == FALSE_ACCEPT || this == FALSE_REJECT || this == MESSAGE_MISMATCH || this == BPFJ_ERROR;
    }

    /** {@code false-accept}, as reports and file names spell it. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
