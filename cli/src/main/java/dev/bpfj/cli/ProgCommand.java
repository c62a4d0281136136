package dev.bpfj.cli;

import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.ProgramInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bpfj prog}: programs loaded in the kernel. */
@Command(name = "prog", mixinStandardHelpOptions = true,
        description = "Programs loaded in the kernel.", subcommands = ProgCommand.ListCommand.class)
final class ProgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code bpfj prog list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every program loaded in the kernel: id, type, name, tag, map ids. Needs root.")
    static final class ListCommand implements Callable<Integer> {
        @Option(names = "--type", paramLabel = "TYPE", description = "Only programs of this type (e.g. sk_lookup).")
        String type;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ProgramType only = null;
            if (type != null) {
                only = ProgramType.ofShortName(type);
                if (only == null) {
                    err.println("bpfj: unknown program type '" + type + "'");
                    return Main.EXIT_USAGE;
                }
            }
            List<ProgramInfo> progs;
            try {
                progs = ProgramInfo.listLoaded();
            } catch (BpfException e) {
                err.println("bpfj: " + e.getMessage());
                return Main.EXIT_FAILED;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "TYPE", "NAME", "TAG", "MAPS", "VERIFIED", "GPL"});
            for (ProgramInfo p : progs) {
                if (only != null && p.type() != only) {
                    continue;
                }
                rows.add(new String[] {Integer.toString(p.id()),
                    p.type() == null ? "type " + p.typeId() : p.type().shortName(), p.name().isEmpty() ? "-" : p.name(),
                    p.tag(), p.mapIds().isEmpty() ? "-" : String.join(",", p.mapIds().stream().map(String::valueOf).toList()),
                    p.verifiedInsns() + "", p.gplCompatible() ? "yes" : "no"});
            }
            StringBuilder sb = new StringBuilder();
            table(sb, rows);
            out.print(sb);
            out.flush();
            return 0;
        }
    }

    /** Left-aligned columns separated by two spaces. */
    static void table(StringBuilder sb, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                line.append(r[i]);
                if (i < cols - 1) {
                    line.append(" ".repeat(w[i] - r[i].length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
