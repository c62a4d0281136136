package dev.bpfj.assembler.internal;

import dev.bpfj.core.insn.InsnCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A file of nothing but plain instructions, blank lines and comments (what {@code llvm-objdump}
 * prints, what a generator writes): encoded straight to slots by {@link LineEncoder}, in parallel
 * chunks, with the program checks done on the slots. Such a file is one implicit {@code .text}
 * program, exactly as the general path would build it; any other file is left to that path.
 *
 * <p>A file can be read chunk by chunk into small reused buffers: big inputs then cost no more
 * fresh memory than their encoding, which matters where first touching memory is slow.
 */
public final class PlainText {
    private PlainText() {
    }

    /** The name and section the general path gives the implicit program of a loose stream. */
    public static final String PROGRAM = "text";
    public static final String SECTION = ".text";

    private static final int CHUNK = 1 << 20;
    /** Read beyond a chunk's end so that its last line usually needs no second read. */
    private static final int SLACK = 4096;

    /** Encoded slots, in consecutive parts (one per chunk). */
    public static final class Slots {
        private final long[][] parts;
        private final int total;

        Slots(long[][] parts, int total) {
            this.parts = parts;
            this.total = total;
        }

        /** The number of 8-byte slots. */
        public int count() {
            return total;
        }

        public long[] toLongs() {
            long[] out = new long[total];
            int at = 0;
            for (long[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        }

        /** Little-endian instruction bytes. */
        public byte[] toBytes() {
            byte[] out = new byte[total * 8];
            int at = 0;
            for (long[] p : parts) {
                at = InsnCodec.putSlots(p, 0, p.length, out, at);
            }
            return out;
        }

        /** The bytes, written piece by piece through one small buffer. */
        public void writeTo(OutputStream out) throws IOException {
            InsnCodec.writeSlots(parts, out);
        }

    }

    /** Where a chunk's bytes come from: the whole text in memory, or a file read piece by piece. */
    private abstract static class Source {
        final long size;

        Source(long size) {
            this.size = size;
        }

        /** Bytes [from, to) of the file (clipped to its size), in a buffer of this thread. */
        abstract void load(Window w, long from, long to) throws IOException;

        /** Extends the window by more bytes after its end; false at the end of the file. */
        abstract boolean more(Window w) throws IOException;
    }

    /** A stretch of the file: {@code buf[0, have)} holds the bytes from file offset {@code base}. */
    private static final class Window {
        byte[] buf;
        long base;
        int have;
        final LineEncoder enc = new LineEncoder();
        /** Slots of the chunk at hand; sized for the first chunk, grown as needed, reused. */
        long[] out;
    }

    private static final class InMemory extends Source {
        final byte[] text;

        InMemory(byte[] text) {
            super(text.length);
            this.text = text;
        }

        @Override
        void load(Window w, long from, long to) {
            w.buf = text;
            w.base = 0;
            w.have = text.length;
        }

        @Override
        boolean more(Window w) {
            return false;
        }
    }

    private static final class FromFile extends Source {
        final FileChannel ch;

        FromFile(FileChannel ch, long size) {
            super(size);
            this.ch = ch;
        }

        @Override
        void load(Window w, long from, long to) throws IOException {
            int len = (int) (Math.min(size, to) - from);
            if (w.buf == null || w.buf.length < len) {
                w.buf = new byte[len];
            }
            w.base = from;
            w.have = 0;
            read(w, len);
        }

        @Override
        boolean more(Window w) throws IOException {
            long end = w.base + w.have;
            if (end >= size) {
                return false;
            }
            int len = (int) Math.min(size - end, CHUNK);
            if (w.have + len > w.buf.length) {
                w.buf = Arrays.copyOf(w.buf, Math.max(w.buf.length * 2, w.have + len));
            }
            read(w, len);
            return true;
        }

        private void read(Window w, int len) throws IOException {
            ByteBuffer bb = ByteBuffer.wrap(w.buf, w.have, len);
            while (bb.hasRemaining()) {
                int r = ch.read(bb, w.base + bb.position());
                if (r < 0) {
                    throw new IOException("file shrank while reading");
                }
            }
            w.have += len;
        }
    }

    /**
     * The slots of {@code text} when every line is plain and, with {@code programChecks}, the
     * checks pass; null when the general path must assemble it (to report what is wrong, or to
     * handle what is there).
     */
    public static Slots encode(byte[] text, boolean programChecks) {
        try {
            return encode(new InMemory(text), programChecks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #encode(byte[], boolean)}, reading the file's {@code size} bytes chunk by chunk. */
    public static Slots encode(FileChannel file, long size, boolean programChecks) throws IOException {
        if (size >= Integer.MAX_VALUE) {
            return null; // larger than any byte array: the general path says so
        }
        return encode(new FromFile(file, size), programChecks);
    }

    private static Slots encode(Source src, boolean programChecks) throws IOException {
        long len = src.size;
        int chunks = (int) Math.max(1, (len + CHUNK - 1) / CHUNK);
        long[][] parts = new long[chunks][];
        ThreadLocal<Window> windows = ThreadLocal.withInitial(Window::new);
        IOException[] failure = new IOException[1];
        boolean ok = Parallel.run(chunks, c -> {
            try {
                long[] part = chunk(src, windows.get(), (long) c * CHUNK, Math.min(len, (long) (c + 1) * CHUNK));
                parts[c] = part;
                return part != null;
            } catch (IOException e) {
                synchronized (failure) {
                    failure[0] = e;
                }
                return false;
            }
        });
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        if (!ok) {
            return null;
        }
        long total = 0;
        for (long[] p : parts) {
            total += p.length;
        }
        if (total == 0 || total > Integer.MAX_VALUE / 8) {
            return null;
        }
        Slots slots = new Slots(parts, (int) total);
        return !programChecks || checks(slots) ? slots : null;
    }

    /**
     * Encodes the lines that start in [from, to) of the file; null when one of them is not plain.
     */
    private static long[] chunk(Source src, Window w, long from, long to) throws IOException {
        long readFrom = Math.max(0, from - 1);
        src.load(w, readFrom, to + SLACK);
        int i = (int) (from - w.base);
        if (from > 0 && w.buf[i - 1] != '\n') {
            // The line running into this chunk belongs to the previous one.
            int limit = (int) (Math.min(to, w.base + w.have) - w.base);
            while (i < limit && w.buf[i] != '\n') {
                i++;
            }
            i++;
        }
        LineEncoder enc = w.enc;
        if (w.out == null) {
            // Printed instructions take about 20 bytes a line; denser text grows the buffer.
            w.out = new long[(int) Math.max(16, (to - from) / 12)];
        }
        long[] out = w.out;
        int n = 0;
        int stop = (int) Math.min(Integer.MAX_VALUE, to - w.base);
        while (i < stop) {
            // The encoder finds the line's end itself; a line running past the bytes at hand
            // (longer than the slack) is found first and read again whole.
            int r = enc.parse(w.buf, i, w.have);
            int le = enc.lineEnd;
            boolean eof = w.base + w.have >= src.size;
            if (!eof && (r < 0 || le >= w.have)) {
                int nl = i;
                while (true) {
                    while (nl < w.have && w.buf[nl] != '\n') {
                        nl++;
                    }
                    if (nl < w.have || !src.more(w)) {
                        break;
                    }
                }
                int e = nl > i && w.buf[nl - 1] == '\r' ? nl - 1 : nl;
                r = enc.parse(w.buf, i, e);
                le = nl;
            }
            if (r < 0) {
                return null;
            }
            if (r > 0) {
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                    w.out = out;
                }
                out[n++] = enc.slot0;
                if (r == 2) {
                    out[n++] = enc.slot1;
                }
            }
            i = le + 1;
        }
        return Arrays.copyOf(out, n);
    }

    private static final int LDDW = 0x18;

    /**
     * The general path's program checks on slots: no instruction writes r10, every jump lands on
     * an instruction of the program. (Jump offsets fit their fields: the encoder made sure.)
     */
    static boolean checks(Slots slots) {
        int total = slots.total;
        long[] second = null;
        int s = 0;
        boolean skip = false;
        for (long[] part : slots.parts) {
            for (long v : part) {
                if (skip) {
                    skip = false;
                    second[s >>> 6] |= 1L << s;
                    s++;
                    continue;
                }
                if (!writesOnlyAllowed(v)) {
                    return false;
                }
                if (((int) v & 0xff) == LDDW) {
                    if (second == null) {
                        second = new long[(total + 63) >>> 6];
                    }
                    skip = true;
                }
                s++;
            }
        }
        s = 0;
        skip = false;
        for (long[] part : slots.parts) {
            for (long v : part) {
                int here = s++;
                if (skip) {
                    skip = false;
                    continue;
                }
                if (((int) v & 0xff) == LDDW) {
                    skip = true;
                    continue;
                }
                long off = jumpOffset(v);
                if (off == NO_JUMP) {
                    continue;
                }
                long dest = here + 1 + off;
                if (dest < 0 || dest >= total) {
                    return false;
                }
                if (second != null && (second[(int) (dest >>> 6)] & 1L << dest) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@link #jumpOffset}'s answer for a slot that is no jump. */
    static final long NO_JUMP = Long.MIN_VALUE;

    /**
     * The offset in slots of the jump in slot {@code v} (relative to the next slot: 32 bits for
     * {@code gotol}, 16 otherwise), or {@link #NO_JUMP}: not a jump class, or a call or exit (the
     * encoder makes no local calls). Not for the first slot of a 64-bit immediate load.
     */
    static long jumpOffset(long v) {
        int op = (int) v & 0xff;
        int cls = op & 0x07;
        if (cls != 0x05 && cls != 0x06) {
            return NO_JUMP;
        }
        int code = op & 0xf0;
        if (code == 0x80 || code == 0x90) {
            return NO_JUMP;
        }
        return cls == 0x06 && code == 0x00 ? (int) (v >>> 32) : (short) (v >>> 16);
    }

    /** False when the instruction writes r10, the read-only frame pointer. */
    static boolean writesOnlyAllowed(long v) {
        int op = (int) v & 0xff;
        int dst = (int) (v >>> 8) & 0xf;
        switch (op & 0x07) {
            case 0x04, 0x07, 0x01 -> {
                // ALU results and memory loads land in dst.
                return dst != 10;
            }
            case 0x00 -> {
                return op != LDDW || dst != 10;
            }
            case 0x03 -> {
                // Fetching atomics (but cmpxchg, which writes r0) write the old value to src.
                int imm = (int) (v >>> 32);
                return !((op & 0xe0) == 0xc0 && (imm & 1) != 0 && imm != 0xf1 && ((v >>> 12) & 0xf) == 10);
            }
            default -> {
                return true;
            }
        }
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
