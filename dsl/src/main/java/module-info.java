/**
 * Typed Java builders for socket-steering eBPF programs: an instruction builder ({@code Asm}) and
 * one program builder per program type, producing core {@code Program} values.
 */
module dev.bpfj.dsl {
    requires transitive dev.bpfj.core;

    exports dev.bpfj.dsl;
    exports dev.bpfj.dsl.asm;
    exports dev.bpfj.dsl.examples;
}
