/** The {@code bpfj} command line. */
module dev.bpfj.cli {
    requires dev.bpfj.core;
    requires info.picocli;

    opens dev.bpfj.cli to info.picocli;
}
