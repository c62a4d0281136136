package dev.bpfj.verifier.domain;

import dev.bpfj.core.MapSpec;

/**
 * The abstract value of one register (or of a register spilled to the stack).
 *
 * <p>For a scalar, {@code var} is its value; {@code id} links registers known to hold the same
 * value (a copy), and with {@code addConst} the value is the linked one plus {@code off}. For a
 * pointer, {@code off} is the known offset from the object's start and {@code var} the variable
 * part added to it. {@code id} also ties together the copies of a maybe-NULL pointer, so one NULL
 * check settles all of them; {@code refObjId} names the reference a socket pointer holds.
 *
 * @param map the map of a map pointer or map value
 * @param range for packet pointers, how many bytes past the pointer are proven readable; for a
 *     linked scalar, 32 when its delta was added by a 32-bit operation
 * @param frameno for stack pointers, the call frame whose stack it points into
 * @param memSize for PTR_TO_MEM, the size of the memory
 */
public record RegValue(RegType type, boolean maybeNull, Scalar var, int off, int id, boolean addConst,
                       int refObjId, MapSpec map, int range, int frameno, int memSize) {

    public static final RegValue NOT_INIT = new RegValue(RegType.NOT_INIT, false, Scalar.UNKNOWN, 0, 0,
            false, 0, null, 0, 0, 0);
    public static final RegValue UNKNOWN = scalar(Scalar.UNKNOWN);
    public static final RegValue ZERO = scalar(Scalar.ZERO);

    public static RegValue scalar(Scalar s) {
        return new RegValue(RegType.SCALAR, false, s, 0, 0, false, 0, null, 0, 0, 0);
    }

    public static RegValue constant(long v) {
        return v == 0 ? ZERO : scalar(Scalar.constant(v));
    }

    /** A pointer of {@code type} at offset 0 with no variable part. */
    public static RegValue pointer(RegType type) {
        return new RegValue(type, false, Scalar.ZERO, 0, 0, false, 0, null, 0, 0, 0);
    }

    public static RegValue stackPointer(int frameno, int off) {
        return new RegValue(RegType.PTR_TO_STACK, false, Scalar.ZERO, off, 0, false, 0, null, 0, frameno, 0);
    }

    public boolean isInit() {
        return type != RegType.NOT_INIT;
    }

    public boolean isScalar() {
        return type == RegType.SCALAR;
    }

    public boolean isPointer() {
        return type.isPointer();
    }

    /** A known constant scalar. */
    public boolean isConst() {
        return type == RegType.SCALAR && var.isConst();
    }

    public boolean isConst32() {
        return type == RegType.SCALAR && var.isConst32();
    }

    /** The scalar constant 0 (a NULL pointer). */
    public boolean isNull() {
        return type == RegType.SCALAR && var.isZero();
    }

    public RegValue withVar(Scalar v) {
        return new RegValue(type, maybeNull, v, off, id, addConst, refObjId, map, range, frameno, memSize);
    }

    public RegValue withId(int newId) {
        return new RegValue(type, maybeNull, var, off, newId, addConst, refObjId, map, range, frameno, memSize);
    }

    /** A scalar's link to equal registers: {@code id}, and with {@code addConst} a constant delta {@code off}. */
    public RegValue withLink(int newId, boolean newAddConst, int delta) {
        return withLink(newId, newAddConst, delta, false);
    }

    /**
     * Like {@link #withLink(int, boolean, int)}; {@code add32} when the delta was added by a 32-bit
     * ALU operation (the value is then the linked one plus the delta, truncated to 32 bits). For a
     * scalar {@code range} holds that flag: 32, or 0 for a 64-bit delta.
     */
    public RegValue withLink(int newId, boolean newAddConst, int delta, boolean add32) {
        return new RegValue(type, maybeNull, var, delta, newId, newAddConst, refObjId, map,
                newAddConst && add32 ? 32 : 0, frameno, memSize);
    }

    /** Whether this linked scalar's delta was added by a 32-bit operation. */
    public boolean addConst32() {
        return type == RegType.SCALAR && addConst && range == 32;
    }

    /** A scalar with its link to other registers cut. */
    public RegValue unlinked() {
        if (id == 0 && !addConst && off == 0) {
            return this;
        }
        return new RegValue(type, maybeNull, var, 0, 0, false, refObjId, map, type == RegType.SCALAR ? 0 : range,
                frameno, memSize);
    }

    public RegValue withOff(int newOff) {
        return new RegValue(type, maybeNull, var, newOff, id, addConst, refObjId, map, range, frameno, memSize);
    }

    public RegValue withRange(int newRange) {
        return new RegValue(type, maybeNull, var, off, id, addConst, refObjId, map, newRange, frameno, memSize);
    }

    public RegValue withType(RegType t, boolean nullable) {
        return new RegValue(t, nullable, var, off, id, addConst, refObjId, map, range, frameno, memSize);
    }

    public RegValue withMap(MapSpec m) {
        return new RegValue(type, maybeNull, var, off, id, addConst, refObjId, m, range, frameno, memSize);
    }

    public RegValue withRefObjId(int ref) {
        return new RegValue(type, maybeNull, var, off, id, addConst, ref, map, range, frameno, memSize);
    }

    public RegValue withMemSize(int size) {
        return new RegValue(type, maybeNull, var, off, id, addConst, refObjId, map, range, frameno, size);
    }

    /** The type name as the log prints it, e.g. {@code map_value_or_null}. */
    public String typeName() {
        if (isRingbufMem()) {
            return "ringbuf_" + typeName(type, maybeNull);
        }
        return typeName(type, maybeNull);
    }

    /**
     * Memory reserved in a ring buffer: a PTR_TO_MEM that keeps the ring buffer map it came from
     * (the kernel's MEM_RINGBUF flag).
     */
    public boolean isRingbufMem() {
        return type == RegType.PTR_TO_MEM && map != null && map.type() == dev.bpfj.core.abi.MapType.RINGBUF;
    }

    public static String typeName(RegType type, boolean maybeNull) {
        if (!maybeNull) {
            return type.logName();
        }
        // The kernel appends "or_null_" to BTF pointers, whose name already ends in '_'.
        return type == RegType.PTR_TO_BTF_ID ? type.logName() + "or_null_" : type.logName() + "_or_null";
    }
}
