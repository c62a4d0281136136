/** The {@code bpfj} command line. */
module dev.bpfj.cli {
    requires dev.bpfj.core;
    requires dev.bpfj.assembler;
    requires dev.bpfj.elf;
    requires dev.bpfj.loader;
    requires dev.bpfj.verifier;
    requires dev.bpfj.examples;
    requires info.picocli;

    opens dev.bpfj.cli to info.picocli;
}
