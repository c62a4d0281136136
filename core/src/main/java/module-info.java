/** The eBPF instruction model, its one encoder/decoder pair, and the kernel ABI as data tables. */
module dev.bpfj.core {
    exports dev.bpfj.core;
    exports dev.bpfj.core.insn;
    exports dev.bpfj.core.abi;
}
