package dev.bpfj.dsl;

import java.util.BitSet;

/** The 512-byte frame below R10, handed out in aligned areas and given back when a scope ends. */
final class Stack {
    static final int SIZE = 512;

    /** Bytes {@code [offset, offset + size)} relative to the frame pointer; offset is negative. */
    record Area(int offset, int size) {
        Area at(int delta, int bytes) {
            return new Area(offset + delta, bytes);
        }
    }

    private final BitSet used = new BitSet(SIZE);
    private int depth;

    /** An area of {@code size} bytes aligned to {@code align}, or null when the frame is full. */
    Area alloc(int size, int align) {
        int rounded = (size + align - 1) / align * align;
        for (int off = -rounded; off >= -SIZE; off -= align) {
            int from = SIZE + off;
            if (used.get(from, from + size).isEmpty()) {
                used.set(from, from + size);
                depth = Math.max(depth, -off);
                return new Area(off, size);
            }
        }
        return null;
    }

    void free(Area a) {
        used.clear(SIZE + a.offset(), SIZE + a.offset() + a.size());
    }

    /** The deepest byte ever used. */
    int depth() {
        return depth;
    }
}
