package dev.bpfj.elf.btf;

import java.util.List;
import java.util.Objects;

/**
 * One BTF type record, as the kernel's BTF format defines it (Documentation/bpf/btf.rst). Type
 * references are type ids: 0 is {@code void}, 1 the first record of the blob. Names are the
 * strings themselves ({@code ""} for anonymous types); the string table is built when encoding.
 */
public sealed interface BtfType {
    /** BTF_KIND_* values. */
    int KIND_INT = 1, KIND_PTR = 2, KIND_ARRAY = 3, KIND_STRUCT = 4, KIND_UNION = 5, KIND_ENUM = 6,
            KIND_FWD = 7, KIND_TYPEDEF = 8, KIND_VOLATILE = 9, KIND_CONST = 10, KIND_RESTRICT = 11,
            KIND_FUNC = 12, KIND_FUNC_PROTO = 13, KIND_VAR = 14, KIND_DATASEC = 15, KIND_FLOAT = 16,
            KIND_DECL_TAG = 17, KIND_TYPE_TAG = 18, KIND_ENUM64 = 19;

    /** INT encoding bits. */
    int INT_SIGNED = 1, INT_CHAR = 2, INT_BOOL = 4;

    /** FUNC linkage (held in vlen) and VAR linkage. */
    int LINKAGE_STATIC = 0, LINKAGE_GLOBAL = 1, LINKAGE_EXTERN = 2;

    /** The type's name, {@code ""} when anonymous. */
    default String name() {
        return "";
    }

    /** The BTF_KIND_* value. */
    int kind();

    /** The kernel's kind name as bpftool prints it, e.g. {@code STRUCT}. */
    default String kindName() {
        return switch (kind()) {
            case KIND_INT -> "INT";
            case KIND_PTR -> "PTR";
            case KIND_ARRAY -> "ARRAY";
            case KIND_STRUCT -> "STRUCT";
            case KIND_UNION -> "UNION";
            case KIND_ENUM -> "ENUM";
            case KIND_FWD -> "FWD";
            case KIND_TYPEDEF -> "TYPEDEF";
            case KIND_VOLATILE -> "VOLATILE";
            case KIND_CONST -> "CONST";
            case KIND_RESTRICT -> "RESTRICT";
            case KIND_FUNC -> "FUNC";
            case KIND_FUNC_PROTO -> "FUNC_PROTO";
            case KIND_VAR -> "VAR";
            case KIND_DATASEC -> "DATASEC";
            case KIND_FLOAT -> "FLOAT";
            case KIND_DECL_TAG -> "DECL_TAG";
            case KIND_TYPE_TAG -> "TYPE_TAG";
            case KIND_ENUM64 -> "ENUM64";
            default -> "UNKNOWN";
        };
    }

    /** An integer of {@code size} bytes; {@code bits} of them used starting at bit {@code offset}. */
    record Int(String name, int size, int encoding, int offset, int bits) implements BtfType {
        public Int {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int kind() {
            return KIND_INT;
        }
    }

    /** A pointer to {@code type}. */
    record Ptr(int type) implements BtfType {
        @Override
        public int kind() {
            return KIND_PTR;
        }
    }

    /** An array of {@code nelems} elements of {@code elemType}, indexed by {@code indexType}. */
    record Array(int elemType, int indexType, int nelems) implements BtfType {
        @Override
        public int kind() {
            return KIND_ARRAY;
        }
    }

    /**
     * A struct member. Without the kind flag {@code offset} is the bit offset; with it, the low 24
     * bits are the bit offset and the high 8 the bitfield size.
     */
    record Member(String name, int type, int offset) {
        public Member {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A struct ({@code union} false) or union of {@code size} bytes. */
    record Struct(String name, boolean union, int size, boolean kindFlag, List<Member> members)
            implements BtfType {
        public Struct {
            Objects.requireNonNull(name, "name");
            members = List.copyOf(members);
        }

        @Override
        public int kind() {
            return union ? KIND_UNION : KIND_STRUCT;
        }
    }

    /** One enumerator; 32-bit enums keep the value in the low half. */
    record EnumValue(String name, long value) {
        public EnumValue {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An enum of {@code size} bytes; {@code enum64} selects BTF_KIND_ENUM64. */
    record Enum(String name, boolean enum64, int size, boolean signed, List<EnumValue> values)
            implements BtfType {
        public Enum {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        @Override
        public int kind() {
            return enum64 ? KIND_ENUM64 : KIND_ENUM;
        }
    }

    /** A forward declaration of a struct or ({@code union}) union. */
    record Fwd(String name, boolean union) implements BtfType {
        public Fwd {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int kind() {
            return KIND_FWD;
        }
    }

    /** typedef, volatile, const, restrict or type tag: a name or qualifier on {@code type}. */
    record Modifier(int kind, String name, int type) implements BtfType {
        public Modifier {
            Objects.requireNonNull(name, "name");
            if (kind != KIND_TYPEDEF && kind != KIND_VOLATILE && kind != KIND_CONST && kind != KIND_RESTRICT
                    && kind != KIND_TYPE_TAG) {
                throw new IllegalArgumentException("not a modifier kind: " + kind);
            }
        }
    }

    /** A function: {@code proto} is its FUNC_PROTO, {@code linkage} static, global or extern. */
    record Func(String name, int proto, int linkage) implements BtfType {
        public Func {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int kind() {
            return KIND_FUNC;
        }
    }

    /** A parameter of a function prototype; {@code type} 0 with an empty name marks varargs. */
    record Param(String name, int type) {
        public Param {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A function prototype. */
    record FuncProto(int returnType, List<Param> params) implements BtfType {
        public FuncProto {
            params = List.copyOf(params);
        }

        @Override
        public int kind() {
            return KIND_FUNC_PROTO;
        }
    }

    /** A variable. */
    record Var(String name, int type, int linkage) implements BtfType {
        public Var {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int kind() {
            return KIND_VAR;
        }
    }

    /** Where a variable sits in its data section. */
    record VarSecInfo(int type, int offset, int size) {
    }

    /** An ELF data section and the variables in it. */
    record DataSec(String name, int size, List<VarSecInfo> vars) implements BtfType {
        public DataSec {
            Objects.requireNonNull(name, "name");
            vars = List.copyOf(vars);
        }

        @Override
        public int kind() {
            return KIND_DATASEC;
        }
    }

    /** A floating-point type. */
    record Float(String name, int size) implements BtfType {
        public Float {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int kind() {
            return KIND_FLOAT;
        }
    }

    /** A declaration tag on {@code type}, on its member or parameter {@code componentIdx} (-1: itself). */
    record DeclTag(String name, int type, int componentIdx) implements BtfType {
        public DeclTag {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public int kind() {
            return KIND_DECL_TAG;
        }
    }
}
