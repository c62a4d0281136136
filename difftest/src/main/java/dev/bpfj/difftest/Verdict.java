package dev.bpfj.difftest;

/**
 * One judge's verdict on a program: bpfj's verifier or the live kernel.
 *
 * @param accepted whether the program loads
 * @param message the kernel-style key line of a rejection; null when accepted
 * @param errno the errno name of a rejection ({@code EACCES}, {@code EINVAL}, ...); null when accepted
 * @param insn the failing instruction as an index into {@code Program.insns()}, or -1
 */
public record Verdict(boolean accepted, String message, String errno, int insn) {
    public static final Verdict ACCEPTED = new Verdict(true, null, null, -1);

    public static Verdict rejected(String message, String errno, int insn) {
        return new Verdict(false, message == null ? "" : message, errno, insn);
    }

    /** {@code accepted} or {@code rejected (EACCES) at insn 5: R0 !read_ok}. */
    @Override
    public String toString() {
        if (accepted) {
            return "accepted";
        }
        return "rejected (" + errno + ")" + (insn >= 0 ? " at insn " + insn : "") + ": " + message;
    }
}
