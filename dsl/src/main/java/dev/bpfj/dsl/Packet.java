package dev.bpfj.dsl;

import dev.bpfj.core.insn.Size;

/**
 * The first {@link #length()} bytes of packet (or message) data, after the bounds check that
 * {@code withData(n, ...)} emits. Reads outside the window are refused when the program is
 * built; after a helper that may move packet data (such as {@code bpf_msg_pull_data}) the window
 * is stale and reading it fails at {@code build()}.
 *
 * <pre>{@code
 * p.withData(10, hdr -> p.ifThen(hdr.u8(0).ne('H'), () -> p.drop()));
 * }</pre>
 */
public final class Packet {
    final Gen gen;
    final Home data;
    private final int length;

    Packet(Gen gen, Home data, int length) {
        this.gen = gen;
        this.data = data;
        this.length = length;
    }

    /** Number of bytes known to be present. */
    public int length() {
        return length;
    }

    /** The byte at {@code offset}. */
    public Val u8(int offset) {
        return load(offset, Size.B);
    }

    /** The big-endian (network order) 16-bit value at {@code offset}, in host order. */
    public Val be16(int offset) {
        return new Val(gen, new Node.Swap(16, load(offset, Size.H).node, 32));
    }

    /** The big-endian (network order) 32-bit value at {@code offset}, in host order. */
    public Val be32(int offset) {
        return new Val(gen, new Node.Swap(32, load(offset, Size.W).node, 32));
    }

    /** The little-endian 16-bit value at {@code offset} (bytes as they are in memory). */
    public Val le16(int offset) {
        return load(offset, Size.H);
    }

    /** The little-endian 32-bit value at {@code offset}. */
    public Val le32(int offset) {
        return load(offset, Size.W);
    }

    private Val load(int offset, Size size) {
        if (offset < 0 || offset + size.bytes() > length) {
            throw new IllegalArgumentException("bytes " + offset + ".." + (offset + size.bytes() - 1)
                    + " are outside the " + length + " checked bytes");
        }
        return new Val(gen, new Node.Deref(data, offset, size, 32));
    }
}
