package dev.bpfj.loader.attach;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.TestRun;

/**
 * An sk_lookup program: attaches to a network namespace with a link. Several programs may be
 * linked to one namespace; the kernel runs them in attach order until one assigns a socket or
 * drops. {@link Link#update} swaps the program of one link atomically.
 */
public final class SkLookupProgram {
    private final LoadedProgram prog;

    private SkLookupProgram(LoadedProgram prog) {
        this.prog = prog;
    }

    /** A view of {@code prog}, which must be an sk_lookup program. */
    public static SkLookupProgram of(LoadedProgram prog) {
        return new SkLookupProgram(Typed.require(prog, ProgramType.SK_LOOKUP));
    }

    public LoadedProgram program() {
        return prog;
    }

    /** Links the program to {@code netns} (BPF_LINK_CREATE with BPF_SK_LOOKUP). */
    public Link attach(NetnsRef netns) {
        return Link.create(prog, netns.netnsFd(), AttachType.SK_LOOKUP, 0, "netns fd " + netns.netnsFd());
    }

    /** The outcome of an sk_lookup test run. */
    public record Run(int verdict, long selectedCookie, int durationNs) {
        /** Whether the program selected a socket ({@code bpf_sk_assign}). */
        public boolean selected() {
            return selectedCookie != 0;
        }
    }

    /**
     * Runs the program on {@code ctx} {@code repeat} times with BPF_PROG_TEST_RUN, in the calling
     * thread's network namespace (sockets the program assigns must live there). The result carries
     * the verdict (1 SK_PASS, 0 SK_DROP), the cookie of the socket it selected, and the average
     * duration per run.
     */
    public Run testRun(SkLookupContext ctx, int repeat) {
        byte[] in = ctx.encode();
        TestRun.Result r = prog.testRun(new TestRun(null, 0, in, in.length, repeat, 0));
        return new Run(r.retval(), SkLookupContext.cookieOf(r.ctxOut()), r.durationNs());
    }
}
