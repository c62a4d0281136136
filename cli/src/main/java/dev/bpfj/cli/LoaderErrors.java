package dev.bpfj.cli;

import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.VerifierRejection;
import java.io.PrintWriter;

/** How the loader commands report kernel refusals: one located line, then (on request) the log. */
final class LoaderErrors {
    private LoaderErrors() {
    }

    static int report(String input, RuntimeException e, boolean fullLog, PrintWriter err) {
        if (e instanceof VerifierRejection r) {
            String what = r.keyLine().isEmpty() ? "rejected with an empty verifier log" : r.keyLine();
            String where = r.source().isKnown() ? r.source().toString() : input;
            err.println(where + ": error: " + what + " (kernel verifier, program \"" + r.programName() + "\""
                    + (r.insnIndex() >= 0 ? ", insn " + r.insnIndex() : "") + ", " + r.errnoName() + ")");
            if (!r.hint().isEmpty()) {
                err.println("  " + r.hint());
            }
            if (fullLog && !r.log().isEmpty()) {
                err.println("verifier log:");
                r.log().lines().forEach(l -> err.println("  | " + l));
            } else if (!r.log().isEmpty()) {
                err.println("  (--log prints the whole verifier log)");
            }
            return Main.EXIT_FAILED;
        }
        if (e instanceof BpfException b) {
            err.println("bpfj: " + b.getMessage());
            return Main.EXIT_FAILED;
        }
        err.println("bpfj: " + input + ": " + e.getMessage());
        return e instanceof IllegalArgumentException ? Main.EXIT_USAGE : Main.EXIT_FAILED;
    }
}
