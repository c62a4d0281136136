package dev.bpfj.bench.compare;

import dev.bpfj.bench.Workloads;
import dev.bpfj.core.Program;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bpfj's verifier against the kernel's on the same programs (needs root): the kernel's own
 * "verification time" from BPF_LOG_STATS (log_level 4 alone, so no per-instruction log is
 * formatted) against bpfj's wall time for {@code Verifier.verify} in a warmed-up JVM, runs
 * alternating, medians; processed-instruction and state counts side by side. Prints a Markdown
 * table.
 *
 * <p>Usage: {@code VerifierVsKernel [ROUNDS] [NAME...]} (default 11 rounds, every program).
 */
public final class VerifierVsKernel {
    private VerifierVsKernel() {
    }

    private static final Pattern TOTAL_STATES = Pattern.compile("total_states (\\d+)");
    private static final Pattern PEAK_STATES = Pattern.compile("peak_states (\\d+)");
    /** Statistics only: no per-instruction log, which would inflate the kernel's time. */
    static final LogOptions STATS_ONLY = new LogOptions(0, true, true, 64 * 1024, 64 << 20);

    record Row(String name, int insns, long kProcessed, int bProcessed, long kStates, int bStates, double kUsec,
               double bUsec, boolean kAccepted, boolean bAccepted, String note) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Map<String, Program> programs = new LinkedHashMap<>(Workloads.synthetic());
        programs.putAll(Workloads.seedPrograms());
        if (args.length > 1) {
            programs.keySet().retainAll(List.of(args).subList(1, args.length));
        }
        warmUp(programs.values());
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Program> e : programs.entrySet()) {
            rows.add(measure(e.getKey(), e.getValue(), rounds));
        }
        print(rows, rounds);
    }

    /**
     * JIT-compiles the verifier on every program before anything is timed: at least 15 seconds and
     * 20 rounds (JMH's VerifierBenchmark needs about as long to reach steady state).
     */
    static void warmUp(Iterable<Program> programs) {
        long until = System.nanoTime() + 15_000_000_000L;
        int n = 0;
        while (System.nanoTime() < until || n < 20) {
            for (Program p : programs) {
                Verifier.verify(p);
            }
            n++;
        }
    }

    static Row measure(String name, Program p, int rounds) {
        double[] k = new double[rounds];
        double[] b = new double[rounds];
        LoadResult kr = null;
        VerifierResult br = null;
        for (int i = 0; i < rounds; i++) {
            kr = ProgramLoader.tryLoad(p, STATS_ONLY);
            k[i] = kr.verificationTimeUsec();
            long t0 = System.nanoTime();
            br = Verifier.verify(p);
            b[i] = (System.nanoTime() - t0) / 1e3;
        }
        String note = "";
        if (kr.accepted() != br.accepted()) {
            note = "verdicts differ: kernel " + (kr.accepted() ? "accepts" : kr.keyLine()) + ", bpfj "
                    + (br.accepted() ? "accepts" : br.message());
        } else if (!kr.accepted()) {
            note = "both reject: " + kr.keyLine();
        }
        return new Row(name, p.insns().size(), kr.processedInsns(), br.processed(), find(TOTAL_STATES, kr.log()),
                br.states(), Stats.median(k), Stats.median(b), kr.accepted(), br.accepted(), note);
    }

    static long find(Pattern p, String log) {
        Matcher m = p.matcher(log == null ? "" : log);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static void print(List<Row> rows, int rounds) {
        System.out.println("| program | insns | processed kernel | processed bpfj | diff | states kernel | states bpfj "
                + "| kernel us | bpfj us | kernel/bpfj | kernel Minsn/s | bpfj Minsn/s | note |");
        System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        double kSum = 0, bSum = 0;
        int within = 0, faster = 0;
        for (Row r : rows) {
            double diff = r.kProcessed > 0 ? 100.0 * (r.bProcessed - r.kProcessed) / r.kProcessed : Double.NaN;
            if (Math.abs(diff) <= 10) {
                within++;
            }
            if (r.bUsec < r.kUsec) {
                faster++;
            }
            kSum += r.kUsec;
            bSum += r.bUsec;
            System.out.printf("| %s | %d | %d | %d | %s%% | %d | %d | %s | %s | %s | %s | %s | %s |%n", r.name, r.insns,
                    r.kProcessed, r.bProcessed, Stats.num(diff), r.kStates, r.bStates, Stats.num(r.kUsec),
                    Stats.num(r.bUsec), Stats.num(r.kUsec / r.bUsec), Stats.num(r.kProcessed / r.kUsec),
                    Stats.num(r.bProcessed / r.bUsec), r.note);
        }
        System.out.printf("%nmedians of %d alternating rounds; %d of %d programs verified faster by bpfj; "
                        + "%d of %d within 10%% of the kernel's processed count; sum kernel %s us, bpfj %s us "
                        + "(kernel/bpfj %s)%n", rounds, faster, rows.size(), within, rows.size(), Stats.num(kSum),
                Stats.num(bSum), Stats.num(kSum / bSum));
    }
}
