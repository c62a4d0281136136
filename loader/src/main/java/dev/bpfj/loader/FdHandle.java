package dev.bpfj.loader;

import dev.bpfj.loader.sys.Native;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One owned file descriptor: the handle that opened it closes it, exactly once. Closing twice is
 * harmless; using a closed handle throws {@link IllegalStateException}.
 */
public abstract class FdHandle implements AutoCloseable {
    private final AtomicInteger fd;

    protected FdHandle(int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("not a file descriptor: " + fd);
        }
        this.fd = new AtomicInteger(fd);
    }

    /** The descriptor, for passing to the kernel; the handle keeps owning it. */
    public int fd() {
        int f = fd.get();
        if (f < 0) {
            throw new IllegalStateException(what() + " is closed");
        }
        return f;
    }

    public boolean isClosed() {
        return fd.get() < 0;
    }

    /** A short description for messages, e.g. {@code map "counts"}. */
    protected abstract String what();

    /** Closes the descriptor; the kernel object lives on while pins, links or other fds hold it. */
    @Override
    public void close() {
        int f = fd.getAndSet(-1);
        if (f >= 0) {
            Native.close(f);
        }
    }

    @Override
    public String toString() {
        return what() + (isClosed() ? " (closed)" : " (fd " + fd.get() + ")");
    }
}
