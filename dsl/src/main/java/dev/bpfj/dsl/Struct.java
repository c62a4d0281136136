package dev.bpfj.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A C-like struct layout for map keys and values: named unsigned fields (optionally arrays),
 * naturally aligned, with the struct padded to its alignment.
 *
 * <pre>{@code
 * Struct tuple = Struct.named("tuple")
 *         .u32("family").array("local_ip", Scalar.U32, 4).array("remote_ip", Scalar.U32, 4)
 *         .u32("local_port").u32("remote_port")
 *         .build();
 * SockHash peers = p.sockHash("peers", tuple, 1024);
 * }</pre>
 */
public final class Struct implements Layout {
    /**
     * One field: {@code count} consecutive {@code type}s at {@code offset}.
     *
     * <pre>{@code
     * int off = TUPLE.field("local_port").offset();
     * }</pre>
     */
    public record Field(String name, Scalar type, int count, int offset) {
        public int size() {
            return type.bytes() * count;
        }
    }

    private final String name;
    private final Map<String, Field> fields;
    private final int size;
    private final int align;

    private Struct(String name, Map<String, Field> fields, int size, int align) {
        this.name = name;
        this.fields = fields;
        this.size = size;
        this.align = align;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** The field called {@code name}; throws when there is none. */
    public Field field(String name) {
        Field f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException("struct " + this.name + " has no field '" + name + "'; it has "
                    + fields.keySet());
        }
        return f;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int align() {
        return align;
    }

    @Override
    public String toString() {
        return "struct " + name + " " + fields.values();
    }

    /**
     * Adds fields in order; {@link #build()} computes offsets and padding.
     *
     * <pre>{@code
     * Struct s = Struct.named("stats").u64("packets").u32("last").build();   // 16 bytes
     * }</pre>
     */
    public static final class Builder {
        private final String name;
        private final List<Object[]> specs = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder u8(String field) {
            return array(field, Scalar.U8, 1);
        }

        public Builder u16(String field) {
            return array(field, Scalar.U16, 1);
        }

        public Builder u32(String field) {
            return array(field, Scalar.U32, 1);
        }

        public Builder u64(String field) {
            return array(field, Scalar.U64, 1);
        }

        /** {@code count} consecutive elements of {@code type}. */
        public Builder array(String field, Scalar type, int count) {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(type, "type");
            if (count <= 0) {
                throw new IllegalArgumentException("array " + field + " needs a positive length");
            }
            specs.add(new Object[] {field, type, count});
            return this;
        }

        public Struct build() {
            Map<String, Field> out = new LinkedHashMap<>();
            int off = 0;
            int align = 1;
            for (Object[] s : specs) {
                String n = (String) s[0];
                Scalar t = (Scalar) s[1];
                int count = (Integer) s[2];
                off = (off + t.align() - 1) / t.align() * t.align();
                if (out.put(n, new Field(n, t, count, off)) != null) {
                    throw new IllegalArgumentException("struct " + name + " has two fields named '" + n + "'");
                }
                off += t.bytes() * count;
                align = Math.max(align, t.align());
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("struct " + name + " has no fields");
            }
            int size = (off + align - 1) / align * align;
            return new Struct(name, out, size, align);
        }
    }
}
