package dev.bpfj.loader;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a Java value into the fixed-size bytes of a map key or value and back, in the machine's
 * byte order (the kernel's view of map memory).
 */
public interface Codec<T> {
    /** The encoded size in bytes. */
    int size();

    byte[] encode(T value);

    T decode(byte[] bytes);

    /** An unsigned 32-bit integer held in an {@code int}. */
    static Codec<Integer> u32() {
        return Fixed.U32;
    }

    /** A 64-bit integer. */
    static Codec<Long> u64() {
        return Fixed.U64;
    }

    /** Raw bytes of exactly {@code size} bytes. */
    static Codec<byte[]> bytes(int size) {
        return new Codec<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public byte[] encode(byte[] value) {
                if (value.length != size) {
                    throw new IllegalArgumentException("expected " + size + " bytes, got " + value.length);
                }
                return value.clone();
            }

            @Override
            public byte[] decode(byte[] bytes) {
                return Arrays.copyOf(bytes, size);
            }
        };
    }

    /** A codec for {@code U} through conversions to and from {@code T}. */
    default <U> Codec<U> map(Function<U, T> to, Function<T, U> from) {
        Objects.requireNonNull(to);
        Objects.requireNonNull(from);
        Codec<T> self = this;
        return new Codec<>() {
            @Override
            public int size() {
                return self.size();
            }

            @Override
            public byte[] encode(U value) {
                return self.encode(to.apply(value));
            }

            @Override
            public U decode(byte[] bytes) {
                return from.apply(self.decode(bytes));
            }
        };
    }

    /** The built-in fixed-width codecs. */
    final class Fixed {
        private Fixed() {
        }

        static final Codec<Integer> U32 = new Codec<>() {
            @Override
            public int size() {
                return 4;
            }

            @Override
            public byte[] encode(Integer v) {
                return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
            }

            @Override
            public Integer decode(byte[] b) {
                return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt();
            }
        };

        static final Codec<Long> U64 = new Codec<>() {
            @Override
            public int size() {
                return 8;
            }

            @Override
            public byte[] encode(Long v) {
                return ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(v).array();
            }

            @Override
            public Long decode(byte[] b) {
                return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getLong();
            }
        };
    }
}
