package dev.bpfj.difftest;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.testkit.Gen;
import dev.bpfj.testkit.ProgramGen;
import dev.bpfj.testkit.ProgramMix;
import dev.bpfj.testkit.ProgramMutator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A differential campaign: {@code count} random programs across program types, each judged by
 * bpfj and by the kernel; counts per {@link Outcome}, disagreements grouped into patterns, the
 * first disagreements of each pattern shrunk and (when an output directory is given) written as
 * verifier corpus cases.
 *
 * <p>Program {@code i} of a campaign with seed {@code S} depends on {@code S} and {@code i} only,
 * so {@code --seed S --from i --count 1} replays it.
 *
 * <pre>
 * java dev.bpfj.difftest.Campaign --count 100000 --seed 42 --type all [--family socket] [--out DIR]
 * </pre>
 */
public final class Campaign {
    /**
     * What to run.
     *
     * @param count programs to generate
     * @param seed the campaign's seed
     * @param from index of the first program (to replay one program of a campaign)
     * @param types program types, used in turn
     * @param mix the generators' mix
     * @param size the generators' size parameter
     * @param out directory for corpus cases, or null to write none
     * @param casesPerPattern how many disagreements of one pattern to shrink (and write)
     * @param maxShrinks how many disagreements to shrink in all, false accepts and bpfj errors aside
     *     (the first of each of their patterns is always shrunk)
     * @param shrinkBudget candidates tried per shrink
     * @param progressEvery print a progress line every this many programs (0 = never)
     * @param shrinkOutcomes which disagreements to shrink
     * @param bases when not empty, programs are not generated but mutated from these (in turn)
     */
    public record Options(long count, long seed, long from, List<ProgramType> types, ProgramMix mix, int size,
                          Path out, int casesPerPattern, int maxShrinks, int shrinkBudget, long progressEvery,
                          Set<Outcome> shrinkOutcomes, List<Program> bases) {
        public Options {
            types = List.copyOf(types);
            bases = List.copyOf(bases);
            shrinkOutcomes = shrinkOutcomes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shrinkOutcomes));
            if (types.isEmpty()) {
                throw new IllegalArgumentException("no program types");
            }
        }

        public static Options defaults(long count, long seed) {
            return new Options(count, seed, 0, ProgramGen.CAMPAIGN_TYPES, ProgramMix.balanced(), 30, null, 1, 200,
                    3000, 0, DISAGREEMENTS, List.of());
        }

        /** Mutations of {@code programs} instead of generated programs. */
        public Options withBases(List<Program> programs) {
            return new Options(count, seed, from, types, mix, size, out, casesPerPattern, maxShrinks, shrinkBudget,
                    progressEvery, shrinkOutcomes, programs);
        }

        public Options withShrinkOutcomes(Set<Outcome> outcomes) {
            return new Options(count, seed, from, types, mix, size, out, casesPerPattern, maxShrinks, shrinkBudget,
                    progressEvery, outcomes, bases);
        }

        public Options withTypes(List<ProgramType> t) {
            return new Options(count, seed, from, t, mix, size, out, casesPerPattern, maxShrinks, shrinkBudget,
                    progressEvery, shrinkOutcomes, bases);
        }

        public Options withOut(Path o) {
            return new Options(count, seed, from, types, mix, size, o, casesPerPattern, maxShrinks, shrinkBudget,
                    progressEvery, shrinkOutcomes, bases);
        }

        public Options withMix(ProgramMix m) {
            return new Options(count, seed, from, types, m, size, out, casesPerPattern, maxShrinks, shrinkBudget,
                    progressEvery, shrinkOutcomes, bases);
        }

        public Options withShrinking(int perPattern, int max, int budget) {
            return new Options(count, seed, from, types, mix, size, out, perPattern, max, budget, progressEvery,
                    shrinkOutcomes, bases);
        }

        public Options withProgress(long every) {
            return new Options(count, seed, from, types, mix, size, out, casesPerPattern, maxShrinks, shrinkBudget,
                    every, shrinkOutcomes, bases);
        }

        public Options withFrom(long f) {
            return new Options(count, seed, f, types, mix, size, out, casesPerPattern, maxShrinks, shrinkBudget,
                    progressEvery, shrinkOutcomes, bases);
        }

        public Options withSize(int s) {
            return new Options(count, seed, from, types, mix, s, out, casesPerPattern, maxShrinks, shrinkBudget,
                    progressEvery, shrinkOutcomes, bases);
        }
    }

    /** One group of disagreements with the same outcome and message shapes. */
    public static final class Pattern {
        final String key;
        long count;
        final Map<ProgramType, Long> byType = new EnumMap<>(ProgramType.class);
        Comparison first;
        long firstIndex;
        final List<Comparison> shrunk = new ArrayList<>();
        final List<Path> files = new ArrayList<>();

        Pattern(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public long count() {
            return count;
        }

        public Comparison first() {
            return first;
        }

        public long firstIndex() {
            return firstIndex;
        }

        public List<Comparison> shrunk() {
            return shrunk;
        }

        public List<Path> files() {
            return files;
        }

        public Map<ProgramType, Long> byType() {
            return byType;
        }
    }

    /** What a campaign found. */
    public static final class Stats {
        final Options options;
        final EnumMap<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        final Map<ProgramType, EnumMap<Outcome, Long>> byType = new EnumMap<>(ProgramType.class);
        final Map<ProgramType, long[]> accepted = new EnumMap<>(ProgramType.class);
        final Map<String, Pattern> patterns = new LinkedHashMap<>();
        long total;
        long kernelRejected;
        long kernelAccepted;
        long errnoMismatches;
        long nanos;
        long kernelNanos;
        long bpfjNanos;
        int shrinks;
        /** The programs bpfj took longest on: {index, bpfj nanos, kernel nanos}. */
        final List<long[]> slowest = new ArrayList<>();

        Stats(Options options) {
            this.options = options;
            for (Outcome o : Outcome.values()) {
                counts.put(o, 0L);
            }
        }

        public long total() {
            return total;
        }

        public long count(Outcome o) {
            return counts.get(o);
        }

        public long kernelRejected() {
            return kernelRejected;
        }

        public long errnoMismatches() {
            return errnoMismatches;
        }

        /** Patterns by descending count. */
        public List<Pattern> patterns() {
            return patterns.values().stream().sorted(Comparator.comparingLong(Pattern::count).reversed()).toList();
        }

        /** Share of programs with outcome {@code o}; message mismatches are counted per kernel rejection. */
        public double rate(Outcome o) {
            long base = o == Outcome.MESSAGE_MISMATCH ? kernelRejected : total;
            return base == 0 ? 0 : (double) count(o) / base;
        }

        /** Share of programs the kernel accepted. */
        public double kernelAcceptRate() {
            return total == 0 ? 0 : (double) kernelAccepted / total;
        }

        /** The summary a script prints: counts, rates, per type, patterns. */
        public String summary(int maxPatterns, boolean withExamples) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "difftest: %d programs, seed %d (from %d), types %s, %.1f s%n", total,
                    options.seed(), options.from(), options.types().stream().map(ProgramType::shortName).toList(),
                    nanos / 1e9));
            sb.append(String.format(Locale.ROOT, "  time: kernel %.1f s, bpfj %.1f s (shrinking included)%n",
                    kernelNanos / 1e9, bpfjNanos / 1e9));
            for (long[] x : slowest) {
                sb.append(String.format(Locale.ROOT, "    slow: program %d: bpfj %.1f ms, kernel %.1f ms%n", x[0],
                        x[1] / 1e6, x[2] / 1e6));
            }
            sb.append(String.format(Locale.ROOT, "  kernel accepted   %8d (%.1f%%)%n", kernelAccepted,
                    100 * kernelAcceptRate()));
            sb.append(String.format(Locale.ROOT, "  agree             %8d (%.3f%%)%n", count(Outcome.AGREE),
                    100 * rate(Outcome.AGREE)));
            sb.append(String.format(Locale.ROOT, "  false accept      %8d (%.3f%% of programs)%n",
                    count(Outcome.FALSE_ACCEPT), 100 * rate(Outcome.FALSE_ACCEPT)));
            sb.append(String.format(Locale.ROOT, "  false reject      %8d (%.3f%% of programs)%n",
                    count(Outcome.FALSE_REJECT), 100 * rate(Outcome.FALSE_REJECT)));
            sb.append(String.format(Locale.ROOT, "  message mismatch  %8d (%.3f%% of kernel rejections)%n",
                    count(Outcome.MESSAGE_MISMATCH), 100 * rate(Outcome.MESSAGE_MISMATCH)));
            sb.append(String.format(Locale.ROOT, "  bpfj error        %8d%n", count(Outcome.BPFJ_ERROR)));
            sb.append(String.format(Locale.ROOT, "  kernel error      %8d%n", count(Outcome.KERNEL_ERROR)));
            sb.append(String.format(Locale.ROOT, "  kernel timeout    %8d%n", count(Outcome.KERNEL_TIMEOUT)));
            sb.append(String.format(Locale.ROOT, "  (errno differs on %d agreeing rejections)%n", errnoMismatches));
            sb.append("  per type: accepted by kernel / FA / FR / MM / err\n");
            for (var e : byType.entrySet()) {
                long[] acc = accepted.get(e.getKey());
                EnumMap<Outcome, Long> c = e.getValue();
                sb.append(String.format(Locale.ROOT, "    %-14s %7d/%-7d %6d %6d %6d %6d%n", e.getKey().shortName(),
                        acc[0], acc[1], c.getOrDefault(Outcome.FALSE_ACCEPT, 0L), c.getOrDefault(Outcome.FALSE_REJECT, 0L),
                        c.getOrDefault(Outcome.MESSAGE_MISMATCH, 0L), c.getOrDefault(Outcome.BPFJ_ERROR, 0L)));
            }
            List<Pattern> ps = patterns();
            if (!ps.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  %d disagreement patterns (top %d, and every false accept):%n",
                        ps.size(), Math.min(maxPatterns, ps.size())));
            }
            int shown = 0;
            for (Pattern p : ps) {
                // Every false accept and crash is listed, however rare.
                boolean worst = p.first.outcome() == Outcome.FALSE_ACCEPT || p.first.outcome() == Outcome.BPFJ_ERROR;
                if (shown++ >= maxPatterns && !worst) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "  %6d  %s%n", p.count, p.key));
                if (withExamples) {
                    Comparison ex = p.shrunk.isEmpty() ? p.first : p.shrunk.getFirst();
                    sb.append("          first: program ").append(p.firstIndex).append(", types ")
                            .append(p.byType.keySet().stream().map(ProgramType::shortName).toList()).append('\n');
                    sb.append("          kernel: ").append(ex.kernel()).append('\n');
                    sb.append("          bpfj:   ").append(ex.bpfj()).append('\n');
                    for (Path f : p.files) {
                        sb.append("          case:   ").append(f).append('\n');
                    }
                    for (String line : CorpusWriter.text(ex.program()).split("\n")) {
                        sb.append("          | ").append(line).append('\n');
                    }
                }
            }
            return sb.toString();
        }
    }

    /** Every outcome that is a disagreement. */
    public static final Set<Outcome> DISAGREEMENTS = EnumSet.of(Outcome.FALSE_ACCEPT, Outcome.FALSE_REJECT,
            Outcome.MESSAGE_MISMATCH, Outcome.BPFJ_ERROR);

    private Campaign() {
    }

    /** The random source of program {@code index} of a campaign seeded {@code seed}. */
    public static SplittableRandom randomFor(long seed, long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
    }

    /** Program {@code index} of the campaign {@code o}. */
    public static Program program(Options o, long index) {
        if (!o.bases().isEmpty()) {
            SplittableRandom r = randomFor(o.seed(), index);
            Program base = o.bases().get((int) Math.floorMod(index, (long) o.bases().size()));
            Program m = ProgramMutator.mutate(base, r, 1 + r.nextInt(3));
            // A variant is no longer the program its base's name describes.
            return new Program("mut", m.type(), m.expectedAttachType(), m.license(), m.insns(), m.labels(),
                    m.relocations(), m.maps(), m.functions(), m.positions(), m.section());
        }
        ProgramType t = o.types().get((int) Math.floorMod(index, (long) o.types().size()));
        return ProgramGen.of(t).withMix(o.mix()).generate(randomFor(o.seed(), index), o.size());
    }

    /** Runs a campaign with {@code runner}, printing progress to {@code log} (may be null). */
    public static Stats run(Options o, DiffRunner runner, PrintStream log) {
        Stats s = new Stats(o);
        CorpusWriter writer = o.out() != null ? new CorpusWriter(o.out()) : null;
        long start = System.nanoTime();
        for (long i = o.from(); i < o.from() + o.count(); i++) {
            Program p = program(o, i);
            Comparison c = runner.compare(p);
            record(s, c);
            noteTime(s, i, runner.lastBpfjNanos(), runner.lastKernelNanos());
            if (c.outcome() != Outcome.AGREE) {
                Pattern pat = s.patterns.computeIfAbsent(c.pattern(), Pattern::new);
                pat.count++;
                pat.byType.merge(p.type(), 1L, Long::sum);
                if (pat.first == null) {
                    pat.first = c;
                    pat.firstIndex = i;
                }
                // False accepts and crashes matter most: their shrinks do not count against maxShrinks.
                boolean worst = c.outcome() == Outcome.FALSE_ACCEPT || c.outcome() == Outcome.BPFJ_ERROR;
                if (o.shrinkOutcomes().contains(c.outcome()) && pat.shrunk.size() < o.casesPerPattern()
                        && (worst || s.shrinks < o.maxShrinks())) {
                    if (!worst) {
                        s.shrinks++;
                    }
                    Gen<Program> gen = ProgramMutator.of(List.of(p));
                    // Programs the kernel needs long for (loops at the complexity limit) get a
                    // short shrink: each candidate costs as much.
                    long spent = runner.lastKernelNanos() + runner.lastBpfjNanos();
                    Comparison small = runner.shrink(c, gen, o.shrinkBudget(), spent > 500_000_000L ? 20_000 : 120_000);
                    pat.shrunk.add(small);
                    if (writer != null) {
                        Path f = writer.write(small, "seed " + o.seed() + ", program " + i);
                        if (f != null) {
                            pat.files.add(f);
                        }
                    }
                    if (log != null) {
                        log.printf(Locale.ROOT, "  [%d] %s (%d -> %d insns)%n", i, c.pattern(),
                                p.insns().size(), small.program().insns().size());
                    }
                }
            }
            if (log != null && o.progressEvery() > 0 && (i - o.from() + 1) % o.progressEvery() == 0) {
                log.printf(Locale.ROOT, "difftest: %d programs, %.1f s: agree %d, false accept %d, false reject %d,"
                                + " mismatch %d, bpfj error %d%n", s.total, (System.nanoTime() - start) / 1e9,
                        s.count(Outcome.AGREE), s.count(Outcome.FALSE_ACCEPT), s.count(Outcome.FALSE_REJECT),
                        s.count(Outcome.MESSAGE_MISMATCH), s.count(Outcome.BPFJ_ERROR));
            }
        }
        s.nanos = System.nanoTime() - start;
        s.kernelNanos = runner.kernelNanos();
        s.bpfjNanos = runner.bpfjNanos();
        return s;
    }

    private static void noteTime(Stats s, long index, long bpfj, long kernel) {
        if (s.slowest.size() < 5 || bpfj > s.slowest.getLast()[1]) {
            s.slowest.add(new long[] {index, bpfj, kernel});
            s.slowest.sort(Comparator.comparingLong((long[] x) -> x[1]).reversed());
            if (s.slowest.size() > 5) {
                s.slowest.removeLast();
            }
        }
    }

    private static void record(Stats s, Comparison c) {
        s.total++;
        s.counts.merge(c.outcome(), 1L, Long::sum);
        ProgramType t = c.program().type();
        s.byType.computeIfAbsent(t, k -> new EnumMap<>(Outcome.class)).merge(c.outcome(), 1L, Long::sum);
        long[] acc = s.accepted.computeIfAbsent(t, k -> new long[2]);
        acc[1]++;
        if (c.outcome() != Outcome.KERNEL_ERROR && c.outcome() != Outcome.KERNEL_TIMEOUT) {
            if (c.kernel().accepted()) {
                acc[0]++;
                s.kernelAccepted++;
            } else {
                s.kernelRejected++;
            }
        }
        if (c.outcome() == Outcome.AGREE && !c.kernel().accepted() && c.kernel().errno() != null
                && !c.kernel().errno().equals(c.bpfj().errno())) {
            s.errnoMismatches++;
        }
    }

    // ---- command line ----------------------------------------------------------------------------

    private static final String USAGE = """
            usage: difftest --count N [--seed S] [--type T[,T...]|all|socket-types] [--family F] [--out DIR]
                            [--from I] [--size N] [--mistake-rate R] [--cases-per-pattern K] [--max-shrinks M]
                            [--shrink-budget B] [--patterns P] [--report FILE] [--progress N]
                            [--show]   (print each program and both verdicts instead of a summary)
                            [--mutate DIR]  (mutate the programs of the .s files under DIR instead of generating)
                            [--kernel-timeout MS] [--bpfj-timeout MS]  (per load / per program; 20000 / 10000)
              types: sk_lookup, sk_reuseport, sk_msg, sock_ops, sched_cls, socket_filter;
                     all = the five socket-steering campaign types, every = all six
              families: stack, ctx, alu, map, socket, helper, branch, loop, call, packet, return
            """;

    public static void main(String[] args) {
        int code;
        try {
            code = cli(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("bpfj difftest: " + e.getMessage());
            System.err.print(USAGE);
            code = 2;
        } catch (DiffRunner.KernelUnavailable e) {
            System.err.println("bpfj difftest: the kernel cannot be asked: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    static int cli(String[] args, PrintStream out) {
        long count = -1;
        long seed = System.nanoTime();
        long from = 0;
        List<ProgramType> types = ProgramGen.CAMPAIGN_TYPES;
        ProgramMix mix = ProgramMix.balanced();
        Path outDir = null;
        Path report = null;
        int size = 30;
        int perPattern = 1;
        int maxShrinks = 200;
        int budget = 3000;
        int showPatterns = 25;
        long progress = 10_000;
        boolean show = false;
        long kernelTimeout = 20_000;
        long bpfjTimeout = 10_000;
        List<Program> bases = List.of();
        Double mistakeRate = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                out.print(USAGE);
                return 0;
            }
            if (a.equals("--show")) {
                show = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--count" -> count = Long.parseLong(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--from" -> from = Long.parseLong(v);
                    case "--type", "--types" -> types = parseTypes(v);
                    case "--family" -> mix = ProgramMix.focus(ProgramMix.family(v));
                    case "--out" -> outDir = Path.of(v);
                    case "--report" -> report = Path.of(v);
                    case "--size" -> size = Integer.parseInt(v);
                    case "--mistake-rate" -> mistakeRate = Double.parseDouble(v);
                    case "--cases-per-pattern" -> perPattern = Integer.parseInt(v);
                    case "--max-shrinks" -> maxShrinks = Integer.parseInt(v);
                    case "--shrink-budget" -> budget = Integer.parseInt(v);
                    case "--patterns" -> showPatterns = Integer.parseInt(v);
                    case "--progress" -> progress = Long.parseLong(v);
                    case "--mutate" -> bases = loadBases(Path.of(v));
                    case "--kernel-timeout" -> kernelTimeout = Long.parseLong(v);
                    case "--bpfj-timeout" -> bpfjTimeout = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(a + ": not a number: " + v);
            }
        }
        if (count < 0) {
            throw new IllegalArgumentException("--count is required");
        }
        if (mistakeRate != null) {
            mix = mix.withMistakeRate(mistakeRate);
        }
        Options o = new Options(count, seed, from, types, mix, size, outDir, perPattern, maxShrinks, budget, progress,
                DISAGREEMENTS, bases);
        if (!bases.isEmpty()) {
            types = bases.stream().map(Program::type).distinct().toList();
            o = o.withTypes(types);
        }
        out.printf(Locale.ROOT, "difftest: seed %d, %d programs from %d, types %s%s%n", seed, count, from,
                types.stream().map(ProgramType::shortName).toList(),
                outDir != null ? ", cases to " + outDir : "");
        if (show) {
            try (DiffRunner runner = new DiffRunner(bpfjTimeout, kernelTimeout)) {
                for (long i = from; i < from + count; i++) {
                    Program p = program(o, i);
                    Comparison c = runner.compare(p);
                    out.printf(Locale.ROOT, "# program %d: %s (bpfj %.1f ms, kernel %.1f ms)%n# kernel: %s%n# bpfj:   %s%n",
                            i, c.outcome().slug(), runner.lastBpfjNanos() / 1e6, runner.lastKernelNanos() / 1e6,
                            c.kernel(), c.bpfj());
                    out.println(CorpusWriter.text(p));
                }
            }
            return 0;
        }
        Stats s;
        try (DiffRunner runner = new DiffRunner(bpfjTimeout, kernelTimeout)) {
            s = run(o, runner, out);
        }
        String summary = s.summary(showPatterns, true);
        out.print(summary);
        if (report != null) {
            try {
                Files.writeString(report, summary, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (s.count(Outcome.KERNEL_ERROR) == s.total() && s.total() > 0) {
            return 2;
        }
        return s.count(Outcome.FALSE_ACCEPT) > 0 || s.count(Outcome.BPFJ_ERROR) > 0 ? 1 : 0;
    }

    /** Every program of every {@code .s} file under {@code dir} (files that do not assemble are skipped). */
    static List<Program> loadBases(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--mutate: not a directory: " + dir);
        }
        List<Program> out = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".s")).sorted().toList()) {
                try {
                    out.addAll(Assembler.assemble(f.getFileName().toString(), Files.readString(f),
                            Assembler.Options.ENCODING_ONLY).programs());
                } catch (RuntimeException e) {
                    // not every file is a whole program: skip what does not assemble
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--mutate: no programs under " + dir);
        }
        return out;
    }

    static List<ProgramType> parseTypes(String v) {
        if (v.equals("all")) {
            return ProgramGen.CAMPAIGN_TYPES;
        }
        if (v.equals("every")) {
            return ProgramGen.TYPES;
        }
        List<ProgramType> out = new ArrayList<>();
        for (String t : v.split(",")) {
            ProgramType pt = null;
            for (ProgramType x : ProgramGen.TYPES) {
                if (x.shortName().equals(t.trim().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                    pt = x;
                }
            }
            if (pt == null) {
                throw new IllegalArgumentException("unknown or unsupported program type '" + t + "'");
            }
            out.add(pt);
        }
        return out;
    }
}
