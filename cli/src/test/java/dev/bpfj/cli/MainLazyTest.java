package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bpfj NAME ...} builds only subcommand NAME; everything else still sees every subcommand. */
class MainLazyTest {
    @Test
    void aSubcommandNameBuildsOnlyThatSubcommand() {
        for (Object sub : Main.SUBCOMMANDS) {
            String name = ((Class<?>) sub).getAnnotation(CommandLine.Command.class).name();
            CommandLine cl = Main.commandLineFor(new String[] {name, "--help"});
            assertEquals(Set.of(name), cl.getSubcommands().keySet());
        }
    }

    @Test
    void otherArgumentsBuildEverySubcommand() {
        int all = Main.commandLine().getSubcommands().size();
        assertEquals(Main.SUBCOMMANDS.size(), all);
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"no-such-command"}, {"-x", "asm"}}) {
            assertEquals(all, Main.commandLineFor(args).getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void lazyAndFullCommandLinesAnswerAlike() {
        String name = ((Class<?>) Main.SUBCOMMANDS.get(0)).getAnnotation(CommandLine.Command.class).name();
        String[] args = {name, "--no-such-option"};
        StringWriter lazyErr = new StringWriter();
        StringWriter fullErr = new StringWriter();
        CommandLine lazy = Main.commandLineFor(args);
        lazy.setErr(new PrintWriter(lazyErr));
        CommandLine full = Main.commandLine();
        full.setErr(new PrintWriter(fullErr));
        assertEquals(full.execute(args), lazy.execute(args));
        assertEquals(fullErr.toString(), lazyErr.toString());
    }
}
