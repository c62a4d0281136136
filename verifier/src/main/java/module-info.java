/**
 * bpfj's verifier: an abstract interpreter over eBPF programs that gives the Linux verifier's
 * verdict and key message, located in the user's source, before anything touches a kernel.
 */
module dev.bpfj.verifier {
    requires dev.bpfj.core;

    exports dev.bpfj.verifier;
    exports dev.bpfj.verifier.domain;
}
