package dev.bpfj.core.abi;

/** Byte order of a context field's value. */
public enum CtxByteOrder {
    /** The CPU's byte order. */
    HOST,
    /** Big-endian, as on the wire (addresses, remote ports, EtherType). */
    NETWORK
}
