/**
 * The kernel ABI as data, as Linux 6.18 defines and enforces it: program, attach and map types,
 * commands, flags, helper prototypes ({@link dev.bpfj.core.abi.Helper}) and which program types
 * may call them ({@link dev.bpfj.core.abi.HelperAccess}), map/helper compatibility
 * ({@link dev.bpfj.core.abi.MapHelperCompat}), map definition rules
 * ({@link dev.bpfj.core.abi.MapTypeRules}), context layouts and access rules
 * ({@link dev.bpfj.core.abi.CtxLayout}), return-value ranges and libbpf's ELF section names
 * ({@link dev.bpfj.core.abi.SectionNames}).
 *
 * <p>Every other module reads these tables instead of re-typing kernel facts. The tests check them
 * against the installed uapi headers, C {@code offsetof}, the installed libbpf, and the live kernel
 * (one probe load per fact) or verdicts recorded from it.
 */
package dev.bpfj.core.abi;
