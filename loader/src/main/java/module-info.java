/**
 * Loads bpfj programs into the kernel through bpf(2) via java.lang.foreign: maps, programs,
 * links, typed attach for the socket program types, feature probes, and the network namespace
 * and cgroup helpers tests and examples need.
 */
module dev.bpfj.loader {
    requires transitive dev.bpfj.core;

    exports dev.bpfj.loader;
    exports dev.bpfj.loader.attach;
    exports dev.bpfj.loader.ns;
    exports dev.bpfj.loader.probe;
}
