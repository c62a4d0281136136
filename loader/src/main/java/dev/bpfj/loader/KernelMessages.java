package dev.bpfj.loader;

import java.util.regex.Pattern;

/**
 * The key message of a level-1 kernel verifier log, as bpfj's verifier corpus and differential
 * tests compare it with bpfj's own: the first line after the last instruction line that is not a
 * register-state line. That is the line naming the problem; lines after it add detail
 * ("BPF_EXIT instruction in main prog would lead to reference leak" after "Unreleased reference
 * ..."). ({@link VerifierLog#keyLine()} is the last meaningful line instead, which reads better in
 * an error report.) Kernel addresses are masked so recordings compare across boots.
 */
public final class KernelMessages {
    private KernelMessages() {
    }

    private static final Pattern INSN = Pattern.compile("^\\d+: \\([0-9a-f]{2}\\).*");
    private static final Pattern STATE = Pattern.compile("^(\\d+: ?)?\\s*(R\\d+|frame\\d+:|fp-|refs=).*");
    private static final Pattern KERNEL_PTR = Pattern.compile("0xffff[0-9a-f]{12}");

    /**
     * Masks kernel addresses: {@code 0xffff888104317400} becomes {@code 0xffff....}; null stays
     * null. Values that look like addresses (all ones) are masked too, on both sides of a comparison.
     */
    public static String mask(String s) {
        return s == null ? null : KERNEL_PTR.matcher(s).replaceAll("0xffff....");
    }

    /** The log without its closing statistics ("processed N insns ..."), which may be glued to the message. */
    public static String body(String log) {
        int p = log.lastIndexOf("processed ");
        return p >= 0 ? log.substring(0, p) : log;
    }

    /** The slot of the last instruction line of a log (where the kernel failed), or -1. */
    public static int failingSlot(String log) {
        if (log == null) {
            return -1;
        }
        int last = -1;
        for (String l : body(log).split("\n")) {
            if (INSN.matcher(l).matches()) {
                last = Integer.parseInt(l.substring(0, l.indexOf(':')));
            }
        }
        return last;
    }

    /**
     * The key message, masked; "" when the log names none (accepted programs, empty logs) or when
     * the message itself starts like a register state ({@code R1 type=...}): callers then take
     * {@link VerifierLog#keyLine()}.
     */
    public static String keyLine(String log) {
        if (log == null) {
            return "";
        }
        String[] lines = body(log).split("\n");
        int lastInsn = -1;
        for (int i = 0; i < lines.length; i++) {
            if (INSN.matcher(lines[i]).matches()) {
                lastInsn = i;
            }
        }
        for (int i = lastInsn + 1; i < lines.length; i++) {
            String s = lines[i];
            if (s.isBlank() || STATE.matcher(s).matches() || s.equals("caller:") || s.equals("callee:")
                    || s.startsWith("returning from callee:") || s.startsWith("to caller at ")) {
                continue;
            }
            return mask(s.strip());
        }
        return "";
    }
}
