package dev.bpfj.cli;

import dev.bpfj.core.Program;
import dev.bpfj.loader.BpfFs;
import dev.bpfj.loader.LoadedCollection;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.MapInfo;
import dev.bpfj.loader.ProgramInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpfj load}: loads an object's maps and programs into the kernel, optionally pinning them. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load the maps and programs of an eBPF object (ELF, or assembly .s) into the kernel.",
            "Without --pin the kernel checks and accepts them, and they are unloaded when bpfj exits.",
            "With --pin DIR (in a bpf filesystem) programs are pinned at DIR/NAME and maps at DIR/maps/NAME;",
            "maps already pinned there are reused. Needs root."})
final class LoadCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OBJ", description = "The object; - reads an ELF object from standard input.")
    String input;

    @Option(names = "--pin", paramLabel = "DIR", description = "Pin programs and maps under DIR (a bpffs directory).")
    Path pin;

    @Option(names = {"-p", "--program"}, paramLabel = "NAME", description = "Load only this program (repeatable).")
    List<String> only;

    @Option(names = "--log", description = "On rejection, print the whole verifier log.")
    boolean log;

    @Option(names = "--log-level", paramLabel = "N", description = "Verifier log level on rejection: 1 or 2 (default 1).")
    int logLevel = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The command with its options set, writing to {@code out} and {@code err}. */
    int run(PrintWriter out, PrintWriter err) {
        if (logLevel < 1 || logLevel > 2) {
            err.println("bpfj: --log-level is 1 or 2");
            return Main.EXIT_USAGE;
        }
        ObjectInput in = ObjectInput.read(input, err);
        if (in == null) {
            return Main.EXIT_USAGE;
        }
        List<Program> progs = in.select(only, err);
        if (progs == null) {
            return Main.EXIT_USAGE;
        }
        Path mapDir = null;
        if (pin != null) {
            Path probe = pin.toAbsolutePath();
            while (probe != null && !Files.exists(probe)) {
                probe = probe.getParent();
            }
            if (!BpfFs.isBpfFs(probe == null ? pin.toAbsolutePath() : probe)) {
                err.println("bpfj: " + pin + " is not in a bpf filesystem; mount one first "
                        + "(mount -t bpf bpf /sys/fs/bpf, or scripts/mount-bpffs)");
                return Main.EXIT_USAGE;
            }
            mapDir = pin.resolve("maps");
            try {
                Files.createDirectories(mapDir);
            } catch (IOException e) {
                err.println("bpfj: cannot create " + mapDir + ": " + AsmCommand.reason(e));
                return Main.EXIT_FAILED;
            }
        }
        LogOptions logOpts = new LogOptions(logLevel, false, false, 64 * 1024, 64 << 20);
        try (LoadedCollection c = LoadedCollection.load(in.maps(), progs, logOpts, mapDir)) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"PROGRAM", "TYPE", "ID", "TAG", "VERIFIED", "PINNED"});
            for (Map.Entry<String, LoadedProgram> e : c.programs().entrySet()) {
                LoadedProgram p = e.getValue();
                String pinned = "-";
                if (pin != null) {
                    Path at = pin.resolve(e.getKey());
                    p.pin(at);
                    pinned = at.toString();
                }
                ProgramInfo info = p.info();
                rows.add(new String[] {e.getKey(), p.type().shortName(), Integer.toString(info.id()), info.tag(),
                    info.verifiedInsns() + " insns", pinned});
            }
            StringBuilder sb = new StringBuilder();
            ProgCommand.table(sb, rows);
            if (!c.maps().isEmpty()) {
                rows = new ArrayList<>();
                rows.add(new String[] {"MAP", "TYPE", "ID", "PINNED"});
                for (Map.Entry<String, LoadedMap> e : c.maps().entrySet()) {
                    MapInfo info = e.getValue().info();
                    rows.add(new String[] {e.getKey(), info.type() == null ? "type " + info.typeId() : info.type().shortName(),
                        Integer.toString(info.id()), mapDir == null ? "-" : mapDir.resolve(e.getKey()).toString()});
                }
                sb.append('\n');
                ProgCommand.table(sb, rows);
            }
            if (pin == null) {
                sb.append("\nThe kernel accepted every program; they are unloaded as bpfj exits (--pin DIR keeps them).\n");
            }
            out.print(sb);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            return LoaderErrors.report(in.name(), e, log, err);
        }
    }

    /**
     * Runs {@code bpfj load ARGS} without picocli (see {@link AsmCommand#runDirect}); null for
     * anything but the plain option forms.
     */
    static Integer runDirect(String[] args) {
        LoadCommand c = parseDirect(args);
        return c == null ? null : AsmCommand.direct(c::run);
    }

    private static final DirectArgs.Spec DIRECT = DirectArgs.spec().flag("--log").option("--pin", DirectArgs.PLAIN)
            .repeatable("-p,--program").option("--log-level", DirectArgs.DIGITS);

    /** The options of {@link #runDirect}, or null when picocli must read them. */
    static LoadCommand parseDirect(String[] args) {
        DirectArgs d = DIRECT.parse(args);
        if (d == null) {
            return null;
        }
        LoadCommand c = new LoadCommand();
        c.input = d.input();
        c.log = d.flag("--log");
        c.pin = d.value("--pin") == null ? null : Path.of(d.value("--pin"));
        c.only = d.all("--program") == null ? null : new ArrayList<>(d.all("--program"));
        if (d.value("--log-level") != null) {
            c.logLevel = Integer.parseInt(d.value("--log-level"));
        }
        return c;
    }
}
