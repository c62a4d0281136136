/**
 * Differential testing of bpfj's verifier against the live kernel: random programs from the
 * testkit's generators, each judged by both, disagreements shrunk and written as verifier corpus
 * cases with the kernel's recorded verdict.
 */
module dev.bpfj.difftest {
    requires transitive dev.bpfj.core;
    requires transitive dev.bpfj.testkit;
    requires transitive dev.bpfj.verifier;
    requires dev.bpfj.loader;
    requires dev.bpfj.assembler;

    exports dev.bpfj.difftest;
}
