package dev.bpfj.difftest;

import dev.bpfj.loader.KernelMessages;
import java.util.regex.Pattern;

/**
 * Reads and compares verifier messages the way the verifier corpus does ({@link KernelMessages}:
 * the key message of a kernel log, kernel addresses masked). Reference ids are not masked: bpfj
 * numbers them as the kernel does.
 */
public final class Messages {
    private Messages() {
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    /** Masks kernel addresses: {@code 0xffff888104317400} becomes {@code 0xffff....}; null stays null. */
    public static String mask(String s) {
        return KernelMessages.mask(s);
    }

    /** The slot of the last instruction line of a kernel log (where it failed), or -1. */
    public static int failingSlot(String log) {
        return KernelMessages.failingSlot(log);
    }

    /** The key message of a kernel log, masked; "" when it names none. */
    public static String keyLine(String log) {
        return KernelMessages.keyLine(log);
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
