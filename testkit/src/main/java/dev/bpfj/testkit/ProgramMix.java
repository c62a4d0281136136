package dev.bpfj.testkit;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How {@link ProgramGen} mixes its {@link RuleFamily rule families}: a weight per family and the
 * probability that one piece of generated code contains a deliberate mistake (a missing NULL
 * check, a wrong argument, an access out of bounds, ...). The default mix gives programs the
 * kernel accepts about half the time.
 *
 * <pre>{@code
 * ProgramMix aimAtSockets = ProgramMix.focus(RuleFamily.SOCKET);
 * Gen<Program> gen = ProgramGen.of(ProgramType.SCHED_CLS).withMix(aimAtSockets);
 * }</pre>
 *
 * @param weights relative weight of each family (missing = 0)
 * @param mistakeRate probability in [0, 1] that a generated piece of code is deliberately wrong
 */
public record ProgramMix(Map<RuleFamily, Integer> weights, double mistakeRate) {
    /** The mistake rate of the default mix, tuned so about half the programs are accepted. */
    public static final double DEFAULT_MISTAKE_RATE = 0.07;

    public ProgramMix {
        EnumMap<RuleFamily, Integer> w = new EnumMap<>(RuleFamily.class);
        for (var e : weights.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative weight for " + e.getKey());
            }
            w.put(e.getKey(), e.getValue());
        }
        weights = Map.copyOf(w);
        if (!(mistakeRate >= 0 && mistakeRate <= 1)) {
            throw new IllegalArgumentException("mistakeRate must be in [0, 1]: " + mistakeRate);
        }
    }

    /** Every family with its default weight. */
    public static ProgramMix balanced() {
        EnumMap<RuleFamily, Integer> w = new EnumMap<>(RuleFamily.class);
        w.put(RuleFamily.STACK, 6);
        w.put(RuleFamily.CTX, 10);
        w.put(RuleFamily.ALU, 6);
        w.put(RuleFamily.MAP, 10);
        w.put(RuleFamily.SOCKET, 10);
        w.put(RuleFamily.HELPER, 8);
        w.put(RuleFamily.BRANCH, 8);
        w.put(RuleFamily.LOOP, 3);
        w.put(RuleFamily.CALL, 4);
        w.put(RuleFamily.PACKET, 8);
        w.put(RuleFamily.RETURN, 2);
        return new ProgramMix(w, DEFAULT_MISTAKE_RATE);
    }

    /** Mostly {@code family} (ten times its usual share); the others stay in so programs look real. */
    public static ProgramMix focus(RuleFamily family) {
        ProgramMix b = balanced();
        EnumMap<RuleFamily, Integer> w = new EnumMap<>(b.weights());
        w.put(family, Math.max(1, w.getOrDefault(family, 1)) * 10);
        return new ProgramMix(w, b.mistakeRate());
    }

    /** Parses a family name as scripts spell it ({@code socket}, {@code SOCKET}). */
    public static RuleFamily family(String name) {
        return RuleFamily.valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public ProgramMix withMistakeRate(double rate) {
        return new ProgramMix(weights, rate);
    }

    public ProgramMix withWeight(RuleFamily family, int weight) {
        EnumMap<RuleFamily, Integer> w = new EnumMap<>(RuleFamily.class);
        w.putAll(weights);
        w.put(family, weight);
        return new ProgramMix(w, mistakeRate);
    }

    /** A family drawn by weight among {@code allowed}; null when none of them has a weight. */
    public RuleFamily pick(SplittableRandom r, Set<RuleFamily> allowed) {
        int total = 0;
        for (RuleFamily f : allowed) {
            total += weights.getOrDefault(f, 0);
        }
        if (total <= 0) {
            return null;
        }
        int x = r.nextInt(total);
        for (RuleFamily f : RuleFamily.values()) {
            if (!allowed.contains(f)) {
                continue;
            }
            x -= weights.getOrDefault(f, 0);
            if (x < 0) {
                return f;
            }
        }
        return null;
    }
}
