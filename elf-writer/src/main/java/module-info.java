/**
 * ELF objects for eBPF: a writer producing libbpf-compatible relocatable objects with BTF map
 * definitions and line info, and a reader for objects written by clang and by bpfj.
 */
module dev.bpfj.elf {
    requires transitive dev.bpfj.core;

    exports dev.bpfj.elf;
    exports dev.bpfj.elf.btf;
}
