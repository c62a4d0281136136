package dev.bpfj.loader;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what matters out of a kernel verifier log: the key line (the last meaningful line before
 * {@code processed N insns}), the index of the failing instruction (in 8-byte slots, as the kernel
 * counts), and the statistics.
 *
 * @param keyLine empty when the log has no message
 * @param slot the failing instruction's slot index, or -1
 * @param processedInsns from {@code processed N insns}, or -1
 * @param verificationTimeUsec from {@code verification time N usec} (BPF_LOG_STATS), or -1
 */
public record VerifierLog(String keyLine, String context, int slot, long processedInsns,
                          long verificationTimeUsec) {
    private static final Pattern PROCESSED = Pattern.compile("processed (\\d+) insns");
    private static final Pattern TIME = Pattern.compile("verification time (\\d+) usec");
    private static final Pattern INSN_LINE = Pattern.compile("^(\\d+): \\([0-9a-f]{2}\\)");
    private static final Pattern STATE_LINE = Pattern.compile("^(\\d+): (R\\d|frame|fp-)");
    private static final Pattern INSN_IN_TEXT = Pattern.compile("\\binsn #?(\\d+)");
    private static final Pattern PC_LINE = Pattern.compile("^from (\\d+) to (\\d+):");
    private static final List<String> NOISE = List.of("verification time ", "stack depth ", "mark_precise",
            "last_idx ", "regs=", "parent ", "propagating ", "func#", "Live regs", "Func#",
            "; ", "Validating ", "libbpf");

    /** Parses a whole log. */
    public static VerifierLog parse(String log) {
        if (log == null) {
            log = "";
        }
        long processed = -1;
        long time = -1;
        Matcher t = TIME.matcher(log);
        if (t.find()) {
            time = Long.parseLong(t.group(1));
        }
        // Everything before the first "processed N insns" is the verification proper; the
        // kernel sometimes glues the last message to it without a newline.
        String body = log;
        Matcher p = PROCESSED.matcher(log);
        if (p.find()) {
            processed = Long.parseLong(p.group(1));
            body = log.substring(0, p.start());
        }
        String[] lines = body.split("\n");
        int key = -1;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (meaningful(lines[i])) {
                key = i;
                break;
            }
        }
        String keyLine = key >= 0 ? lines[key].strip() : "";
        String context = "";
        if (key > 0 && meaningful(lines[key - 1]) && !INSN_LINE.matcher(lines[key - 1]).find()) {
            context = lines[key - 1].strip();
        }
        int slot = -1;
        for (int i = key; i >= 0; i--) {
            Matcher m = INSN_LINE.matcher(lines[i]);
            if (m.find()) {
                slot = Integer.parseInt(m.group(1));
                break;
            }
            Matcher from = PC_LINE.matcher(lines[i]);
            if (from.find() && i < key) {
                slot = Integer.parseInt(from.group(2));
                break;
            }
        }
        if (key >= 0) {
            // Checks that run before the walk (CFG, calls) name the instruction in the message.
            Matcher m = INSN_IN_TEXT.matcher(keyLine);
            if (slot < 0 && m.find()) {
                slot = Integer.parseInt(m.group(1));
            }
        }
        return new VerifierLog(keyLine, context, slot, processed, time);
    }

    private static boolean meaningful(String line) {
        String s = line.strip();
        if (s.isEmpty() || INSN_LINE.matcher(s).find() || STATE_LINE.matcher(s).find()
                || PC_LINE.matcher(s).find()) {
            return false;
        }
        for (String n : NOISE) {
            if (s.startsWith(n)) {
                return false;
            }
        }
        return true;
    }
}
