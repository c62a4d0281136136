package dev.bpfj.cli;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.probe.Probes;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bpfj probe}: what the running kernel supports. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Ask the running kernel which program types, map types and link kinds it supports,",
            "and (with --helpers TYPE) which helpers programs of TYPE may call. Needs root.",
            "Nothing is attached: probes load minimal programs and close them at once."})
final class ProbeCommand implements Callable<Integer> {
    @Option(names = "--helpers", paramLabel = "TYPE",
            description = "Also probe every helper for this program type (repeatable), e.g. sk_lookup.")
    List<String> helperTypes;

    @Option(names = {"-v", "--verbose"}, description = "Say why for each answer.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ProgramType> helperFor = new ArrayList<>();
        if (helperTypes != null) {
            for (String t : helperTypes) {
                ProgramType pt = ProgramType.ofShortName(t);
                if (pt == null || pt == ProgramType.UNSPEC) {
                    err.println("bpfj: unknown program type '" + t + "'");
                    return Main.EXIT_USAGE;
                }
                helperFor.add(pt);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Program types:\n");
        boolean any = false;
        for (ProgramType t : ProgramType.values()) {
            if (t != ProgramType.UNSPEC) {
                any |= line(sb, t.shortName(), Probes.programType(t));
            }
        }
        sb.append("\nMap types:\n");
        for (MapType t : MapType.values()) {
            if (t != MapType.UNSPEC) {
                any |= line(sb, t.shortName(), Probes.mapType(t));
            }
        }
        sb.append("\nLink kinds (BPF_LINK_CREATE):\n");
        for (AttachType at : Probes.linkKinds()) {
            any |= line(sb, at.shortName(), Probes.linkKind(at));
        }
        for (ProgramType t : helperFor) {
            sb.append("\nHelpers for ").append(t.shortName()).append(":\n");
            for (Helper h : Helper.values()) {
                if (h != Helper.UNSPEC) {
                    line(sb, h.kernelName(), Probes.helper(t, h));
                }
            }
        }
        out.print(sb);
        out.flush();
        if (!any) {
            err.println("bpfj: the kernel confirmed nothing; probing needs root (or CAP_BPF and CAP_NET_ADMIN)");
            return Main.EXIT_FAILED;
        }
        return 0;
    }

    private boolean line(StringBuilder sb, String name, Probes.Result r) {
        sb.append("  ").append(name).append(" ".repeat(Math.max(1, 34 - name.length())))
                .append(r.support().name().toLowerCase(Locale.ROOT));
        if (verbose || r.support() == Probes.Support.UNKNOWN) {
            sb.append(" (").append(r.detail()).append(')');
        }
        sb.append('\n');
        return r.supported();
    }
}
