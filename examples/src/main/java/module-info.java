/**
 * The seed scenarios of bpfj, each a runnable class that builds its programs with the typed DSL,
 * loads them and shows them working in a private network namespace or cgroup.
 */
module dev.bpfj.examples {
    requires transitive dev.bpfj.core;
    requires dev.bpfj.dsl;
    requires dev.bpfj.loader;
    requires dev.bpfj.elf;
    requires dev.bpfj.assembler;
    requires dev.bpfj.verifier;

    exports dev.bpfj.examples;
}
