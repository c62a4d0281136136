package dev.bpfj.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bpfj} command line (picocli; {@link Launch} is the executable's entry point and runs
 * the commonest forms without it). Exit codes: 0 ok, 1 rejected or failed, 2 bad usage or input.
 * Subcommands are registered in {@link #SUBCOMMANDS} as they become real.
 */
@Command(name = "bpfj", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Build, check, package and load socket-steering eBPF programs.",
        subcommandsRepeatable = false)
public final class Main implements Runnable {
    /** Exit code for a rejected program or a failed operation. */
    public static final int EXIT_FAILED = 1;
    /** Exit code for bad usage or unusable input. */
    public static final int EXIT_USAGE = 2;

    /** One line per subcommand; each is a real command, never a placeholder. */
    static final List<Object> SUBCOMMANDS = List.of(
            AsmCommand.class,
            DisasmCommand.class,
            ObjdumpCommand.class,
            LoadCommand.class,
            ProgCommand.class,
            ProbeCommand.class,
            TestRunCommand.class,
            DemoCommand.class,
            VerifyCommand.class
    );

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bpfj " + (v == null ? "development build" : v)};
        }
    }

    /** Builds the command line with every subcommand; tests call this to run commands in-process. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that
     * subcommand is built (picocli's reflection over every command class is a large part of
     * bpfj's start-up); otherwise every one, so help, errors and suggestions list them all.
     */
    static CommandLine commandLineFor(String[] args) {
        if (args.length > 0) {
            for (Object sub : SUBCOMMANDS) {
                if (sub instanceof Class<?> c && c.getAnnotation(Command.class) instanceof Command cmd
                        && (cmd.name().equals(args[0]) || List.of(cmd.aliases()).contains(args[0]))) {
                    return commandLine(List.of(sub));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Object> subcommands) {
        CommandLine cl = new CommandLine(new Main());
        for (Object sub : subcommands) {
            cl.addSubcommand(sub);
        }
        cl.setExitCodeExceptionMapper(t -> EXIT_USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println("bpfj: " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            // Commands report expected problems themselves; anything reaching here is a bug,
            // still shown as one line rather than a stack trace unless asked for.
            c.getErr().println("bpfj: internal error: " + ex);
            if (System.getenv("BPFJ_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            return EXIT_FAILED;
        });
        return cl;
    }

    /** Runs {@code bpfj ARGS} and exits with its code (see {@link Launch#main}). */
    public static void main(String[] args) {
        Launch.main(args);
    }

    /** Runs {@code bpfj ARGS} through picocli and returns the exit code. */
    static int execute(String[] args) {
        return commandLineFor(args).execute(args);
    }
}
