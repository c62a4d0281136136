package dev.bpfj.cli;

import dev.bpfj.examples.Demo;
import dev.bpfj.examples.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bpfj demo}: the README's walk-through of scenario 1, or any other scenario by name.
 * Everything the kernel is needed for happens in private network namespaces and cgroups.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Walk through bpfj on the two-services example: build the sk_lookup program with",
            "the Java DSL, print its disassembly and the verifier's verdict, write the ELF object",
            "and, as root, run it in a private network namespace and show where each test",
            "connection goes. Without privileges the kernel part is skipped with the reason.",
            "",
            "With a SCENARIO name, run that example instead (as root), e.g. `bpfj demo reuseport`;",
            "--list shows them."})
final class DemoCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "An example to run instead of the walk-through (see --list).")
    String scenario;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write the ELF object (default: a new temporary file).")
    Path out;

    @Option(names = "--no-run", description = "Do not use the kernel, even when privileges allow.")
    boolean noRun;

    @Option(names = "--list", description = "List the examples and exit.")
    boolean list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (Scenarios.Entry e : Scenarios.ALL) {
                o.printf("%-18s %s%n", e.name(), e.summary());
            }
            o.flush();
            return 0;
        }
        if (scenario != null && !scenario.equals("two-services")) {
            if (Scenarios.byName(scenario) == null) {
                err.println("bpfj: unknown example '" + scenario + "'; bpfj demo --list shows them");
                return Main.EXIT_USAGE;
            }
            if (noRun || out != null) {
                err.println("bpfj: --out and --no-run apply to the walk-through only");
                return Main.EXIT_USAGE;
            }
            return Scenarios.show(scenario, o, err);
        }
        if (out != null && out.toString().equals("-")) {
            err.println("bpfj: the ELF object needs a file name, not '-'");
            return Main.EXIT_USAGE;
        }
        return Demo.run(o, new Demo.Options(out, !noRun));
    }
}
