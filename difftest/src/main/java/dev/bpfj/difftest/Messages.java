package dev.bpfj.difftest;

import java.util.regex.Pattern;

/**
 * Reads and compares verifier messages the way the verifier corpus does: the key message of a
 * kernel log is the first line after the last instruction line that is not a register-state line
 * (so "Unreleased reference ..." rather than the "BPF_EXIT ... would lead to reference leak" that
 * follows it), and kernel addresses are masked before messages are compared. Reference ids are
 * not masked: bpfj numbers them as the kernel does.
 */
public final class Messages {
    private Messages() {
    }

    private static final Pattern INSN = Pattern.compile("^\\d+: \\([0-9a-f]{2}\\).*");
    private static final Pattern STATE = Pattern.compile("^(\\d+: ?)?\\s*(R\\d+|frame\\d+:|fp-|refs=).*");
    private static final Pattern KERNEL_PTR = Pattern.compile("0xffff[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    /** Masks kernel addresses: {@code 0xffff888104317400} becomes {@code 0xffff....}; null stays null. */
    public static String mask(String s) {
        return s == null ? null : KERNEL_PTR.matcher(s).replaceAll("0xffff....");
    }

    /** The log without its closing statistics ("processed N insns ..."), which may be glued to the message. */
    static String body(String log) {
        int p = log.lastIndexOf("processed ");
        return p >= 0 ? log.substring(0, p) : log;
    }

    /** The slot of the last instruction line of a kernel log (where it failed), or -1. */
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

    /** The key message of a kernel log, masked; "" when it names none. */
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

    /** Whether two key messages say the same once masked. */
    public static boolean same(String a, String b) {
        return String.valueOf(mask(a)).equals(String.valueOf(mask(b)));
    }

    /** The message with every number replaced by {@code N}: groups rejections of one kind. */
    public static String shape(String message) {
        return message == null ? "" : NUMBER.matcher(mask(message)).replaceAll("N");
    }
}
