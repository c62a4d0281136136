/**
 * JMH benchmarks of bpfj and the whole-process comparison tools behind {@code bench/compare};
 * run the benchmarks with {@code bench/run}.
 */
open module dev.bpfj.bench {
    requires dev.bpfj.core;
    requires dev.bpfj.testkit;
    requires dev.bpfj.assembler;
    requires dev.bpfj.verifier;
    requires dev.bpfj.dsl;
    requires dev.bpfj.elf;
    requires dev.bpfj.loader;
    requires dev.bpfj.examples;
    requires java.management;
    requires jmh.core;
}
