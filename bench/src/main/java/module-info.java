/** JMH benchmarks of bpfj; run them with {@code bench/run}. */
open module dev.bpfj.bench {
    requires dev.bpfj.core;
    requires dev.bpfj.testkit;
    requires jmh.core;
}
