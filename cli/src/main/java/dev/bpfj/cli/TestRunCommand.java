package dev.bpfj.cli;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.LoadedCollection;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.TestRun;
import dev.bpfj.loader.attach.SkLookupContext;
import dev.bpfj.loader.attach.SkLookupProgram;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpfj test-run}: runs a program once in the kernel (BPF_PROG_TEST_RUN) on made-up input. */
@Command(name = "test-run", mixinStandardHelpOptions = true,
        description = {"Load a program (with fresh, empty maps) and run it with BPF_PROG_TEST_RUN. Needs root.",
            "sk_lookup: give --local (and --remote); the run reports the verdict and the selected socket.",
            "Packet programs (socket_filter, sched_cls, xdp, cgroup_skb): give --data or --data-file.",
            "The kernel has no test run for sk_reuseport, sk_msg, sk_skb and sock_ops programs."})
final class TestRunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OBJ", description = "ELF object or assembly (.s); - reads ELF from stdin.")
    String input;

    @Option(names = {"-p", "--program"}, paramLabel = "NAME", description = "The program to run (needed when OBJ has several).")
    String program;

    @Option(names = "--repeat", paramLabel = "N", description = "Run N times; the duration is the average (default 1).")
    int repeat = 1;

    @Option(names = "--local", paramLabel = "IP:PORT", description = "sk_lookup: the destination of the looked-up packet.")
    String local;

    @Option(names = "--remote", paramLabel = "IP:PORT", description = "sk_lookup: the source (default 127.0.0.1:40000 or [::1]:40000).")
    String remote;

    @Option(names = "--udp", description = "sk_lookup: a UDP lookup (default TCP).")
    boolean udp;

    @Option(names = "--data", paramLabel = "HEX", description = "Packet bytes in hex.")
    String dataHex;

    @Option(names = "--data-file", paramLabel = "FILE", description = "Packet bytes from a file.")
    Path dataFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (repeat < 1) {
            err.println("bpfj: --repeat must be at least 1");
            return Main.EXIT_USAGE;
        }
        ObjectInput in = ObjectInput.read(input, err);
        if (in == null) {
            return Main.EXIT_USAGE;
        }
        List<Program> sel = in.select(program == null ? List.of() : List.of(program), err);
        if (sel == null) {
            return Main.EXIT_USAGE;
        }
        if (sel.size() != 1) {
            err.println("bpfj: " + in.name() + " has " + sel.size() + " programs "
                    + sel.stream().map(Program::name).toList() + "; choose one with --program NAME");
            return Main.EXIT_USAGE;
        }
        Program p = sel.get(0);
        String why = TestRun.unsupportedReason(p.type());
        if (why != null) {
            err.println("bpfj: cannot test-run \"" + p.name() + "\": " + why);
            return Main.EXIT_FAILED;
        }
        TestRun run;
        SkLookupContext ctx = null;
        try {
            if (p.type() == ProgramType.SK_LOOKUP) {
                if (local == null) {
                    err.println("bpfj: an sk_lookup test run needs --local IP:PORT");
                    return Main.EXIT_USAGE;
                }
                InetSocketAddress l = address(local);
                InetSocketAddress r = remote != null ? address(remote)
                        : new InetSocketAddress(l.getAddress().getAddress().length == 4 ? "127.0.0.1" : "::1", 40000);
                ctx = udp ? SkLookupContext.udp(r, l) : SkLookupContext.tcp(r, l);
                run = null;
            } else {
                byte[] data;
                if (dataHex != null) {
                    data = HexFormat.of().parseHex(dataHex.replaceAll("\\s", ""));
                } else if (dataFile != null) {
                    data = Files.readAllBytes(dataFile);
                } else {
                    err.println("bpfj: give the packet with --data HEX or --data-file FILE");
                    return Main.EXIT_USAGE;
                }
                run = new TestRun(data, Math.max(data.length, 256) + 256, null, 0, repeat, 0);
            }
        } catch (IllegalArgumentException e) {
            err.println("bpfj: " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("bpfj: cannot read " + dataFile + ": " + AsmCommand.reason(e));
            return Main.EXIT_USAGE;
        }
        try (LoadedCollection c = LoadedCollection.load(in.maps(), List.of(p), LogOptions.DEFAULT)) {
            LoadedProgram lp = c.program(p.name());
            StringBuilder sb = new StringBuilder();
            if (ctx != null) {
                SkLookupProgram.Run r = SkLookupProgram.of(lp).testRun(ctx, repeat);
                sb.append("verdict   ").append(r.verdict()).append(r.verdict() == Flags.SK_PASS ? " (SK_PASS)"
                        : r.verdict() == Flags.SK_DROP ? " (SK_DROP)" : "").append('\n');
                sb.append("selected  ").append(r.selected() ? "socket cookie " + r.selectedCookie() : "none").append('\n');
                sb.append("duration  ").append(r.durationNs()).append(" ns").append(repeat > 1 ? " (average of " + repeat + " runs)" : "").append('\n');
            } else {
                TestRun.Result r = lp.testRun(run);
                sb.append("retval    ").append(r.retval()).append('\n');
                sb.append("duration  ").append(r.durationNs()).append(" ns").append(repeat > 1 ? " (average of " + repeat + " runs)" : "").append('\n');
                sb.append("data out  ").append(r.dataOut().length).append(" bytes");
                if (r.dataOut().length > 0 && r.dataOut().length <= 256) {
                    sb.append(": ").append(HexFormat.of().formatHex(r.dataOut()));
                }
                sb.append('\n');
            }
            out.print(sb);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            return LoaderErrors.report(in.name(), e, false, err);
        }
    }

    /** {@code 1.2.3.4:80} or {@code [::1]:80}. */
    static InetSocketAddress address(String s) {
        int colon = s.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + s + "' is not IP:PORT");
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(s.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "': the port is not a number");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("'" + s + "': the port is not in 0..65535");
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new IllegalArgumentException("'" + s + "': give a numeric IP address");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + s + "': not an IP address");
        }
    }
}
