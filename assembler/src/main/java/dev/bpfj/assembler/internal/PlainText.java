package dev.bpfj.assembler.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A file of nothing but plain instructions, blank lines and comments (what {@code llvm-objdump}
 * prints, what a generator writes): encoded straight to slots by {@link LineEncoder}, in parallel
 * chunks, with the program checks done on the slots. Such a file is one implicit {@code .text}
 * program, exactly as the general path would build it; any other file is left to that path.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The name and section the general path gives the implicit program of a loose stream. */
    public static final String PROGRAM = "text";
    public static final String SECTION = ".text";

    private static final int CHUNK = 1 << 20;

    /**
     * The slots of {@code text} when every line is plain and, with {@code programChecks}, the
     * checks pass; null when the general path must assemble it (to report what is wrong, or to
     * handle what is there).
     */
    public static long[] encode(byte[] text, boolean programChecks) {
        int len = text.length;
        int chunks = Math.max(1, (len + CHUNK - 1) / CHUNK);
        int[] bounds = new int[chunks + 1];
        for (int c = 1; c < chunks; c++) {
            int at = Math.max(bounds[c - 1], c * CHUNK - 1);
            while (at < len && text[at] != '\n') {
                at++;
            }
            bounds[c] = Math.min(len, at + 1);
        }
        bounds[chunks] = len;
        long[][] parts = new long[chunks][];
        int[] counts = new int[chunks];
        boolean ok = Parallel.run(chunks, c -> {
            LineEncoder enc = new LineEncoder();
            long[] out = new long[Math.max(16, (bounds[c + 1] - bounds[c]) / 12)];
            int n = 0;
            int at = bounds[c];
            int to = bounds[c + 1];
            while (at < to) {
                int nl = at;
                while (nl < to && text[nl] != '\n') {
                    nl++;
                }
                int e = nl > at && text[nl - 1] == '\r' ? nl - 1 : nl;
                int r = enc.parse(text, at, e);
                if (r < 0) {
                    return false;
                }
                if (r > 0) {
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = enc.slot0;
                    if (r == 2) {
                        out[n++] = enc.slot1;
                    }
                }
                at = nl + 1;
            }
            parts[c] = out;
            counts[c] = n;
            return true;
        });
        if (!ok) {
            return null;
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            return null;
        }
        long[] slots;
        if (chunks == 1 && parts[0].length == total) {
            slots = parts[0];
        } else {
            slots = new long[total];
            int at = 0;
            for (int c = 0; c < chunks; c++) {
                System.arraycopy(parts[c], 0, slots, at, counts[c]);
                parts[c] = null;
                at += counts[c];
            }
        }
        return !programChecks || checks(slots) ? slots : null;
    }

    private static final int LDDW = 0x18;

    /**
     * The general path's program checks on slots: no instruction writes r10, every jump lands on
     * an instruction of the program. (Jump offsets fit their fields: the encoder made sure.)
     */
    static boolean checks(long[] slots) {
        int total = slots.length;
        long[] second = null;
        for (int s = 0; s < total; s++) {
            long v = slots[s];
            int op = (int) v & 0xff;
            int dst = (int) (v >>> 8) & 0xf;
            int cls = op & 0x07;
            if (op == LDDW) {
                if (dst == 10) {
                    return false;
                }
                if (second == null) {
                    second = new long[(total + 63) >>> 6];
                }
                s++;
                second[s >>> 6] |= 1L << s;
                continue;
            }
            switch (cls) {
                case 0x04, 0x07, 0x01 -> {
                    // ALU results and memory loads land in dst.
                    if (dst == 10) {
                        return false;
                    }
                }
                case 0x03 -> {
                    // Fetching atomics (but cmpxchg, which writes r0) write the old value to src.
                    int imm = (int) (v >>> 32);
                    if ((op & 0xe0) == 0xc0 && (imm & 1) != 0 && imm != 0xf1 && ((v >>> 12) & 0xf) == 10) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        for (int s = 0; s < total; s++) {
            long v = slots[s];
            int op = (int) v & 0xff;
            if (op == LDDW) {
                s++;
                continue;
            }
            int cls = op & 0x07;
            if (cls != 0x05 && cls != 0x06) {
                continue;
            }
            int code = op & 0xf0;
            if (code == 0x80 || code == 0x90) {
                continue; // calls (the encoder makes no local ones) and exit
            }
            long off = cls == 0x06 && code == 0x00 ? (int) (v >>> 32) : (short) (v >>> 16);
            long dest = s + 1 + off;
            if (dest < 0 || dest >= total) {
                return false;
            }
            if (second != null && (second[(int) (dest >>> 6)] & 1L << dest) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Runs tasks 0..n-1 on up to four threads; false as soon as one returns false. */
    static final class Parallel {
        private Parallel() {
        }

        static boolean run(int n, IntPredicate task) {
            int threads = Math.min(n, Math.min(4, Runtime.getRuntime().availableProcessors()));
            if (threads <= 1) {
                for (int i = 0; i < n; i++) {
                    if (!task.test(i)) {
                        return false;
                    }
                }
                return true;
            }
            AtomicInteger next = new AtomicInteger();
            boolean[] failed = new boolean[1];
            Throwable[] thrown = new Throwable[1];
            Runnable worker = () -> {
                try {
                    int i;
                    while (!failed[0] && (i = next.getAndIncrement()) < n) {
                        if (!task.test(i)) {
                            failed[0] = true;
                        }
                    }
                } catch (RuntimeException | Error e) {
                    synchronized (thrown) {
                        thrown[0] = e;
                    }
                    failed[0] = true;
                }
            };
            Thread[] ts = new Thread[threads - 1];
            for (int t = 0; t < ts.length; t++) {
                ts[t] = new Thread(worker, "bpfj-asm");
                ts[t].setDaemon(true);
                ts[t].start();
            }
            worker.run();
            for (Thread t : ts) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            synchronized (thrown) {
                if (thrown[0] instanceof RuntimeException e) {
                    throw e;
                }
                if (thrown[0] instanceof Error e) {
                    throw e;
                }
            }
            return !failed[0];
        }
    }
}
