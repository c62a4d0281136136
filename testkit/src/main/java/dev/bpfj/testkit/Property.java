package dev.bpfj.testkit;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Runs a property over generated values. The run's seed comes from the system property
 * {@code bpfj.seed} when set (to replay a failure), else from the clock; a failure reports the
 * seed, the case number and the value shrunk as far as the generator's shrinker allows.
 */
public final class Property {
    private Property() {
    }

    /** Seed for this run: {@code -Dbpfj.seed=N} replays a failure. */
    public static long seed() {
        String s = System.getProperty("bpfj.seed");
        return s != null ? Long.parseLong(s) : System.nanoTime() ^ 0x5deece66dL;
    }

    /** Count scaled by {@code -Dbpfj.scale} (CI and long campaigns raise it). */
    public static int count(int base) {
        String s = System.getProperty("bpfj.scale");
        return s == null ? base : (int) Math.max(1, Math.round(base * Double.parseDouble(s)));
    }

    /** Checks {@code property} on {@code count} values; throws an AssertionError with seed and shrunk value. */
    public static <T> void forAll(String name, Gen<T> gen, int count, Predicate<T> property) {
        forAll(name, gen, count, 30, seed(), property);
    }

    public static <T> void forAll(String name, Gen<T> gen, int count, int size, long seed, Predicate<T> property) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            T value = gen.generate(random, size);
            Optional<Throwable> failure = check(property, value);
            if (failure.isPresent()) {
                T shrunk = shrink(gen, value, property);
                AssertionError e = new AssertionError(String.format(
                        "property '%s' failed at case %d with seed %d (replay with -Dbpfj.seed=%d)%n"
                                + "  original: %s%n  shrunk:   %s%n  failure:  %s",
                        name, i, seed, seed, value, shrunk,
                        check(property, shrunk).map(Throwable::toString).orElse(failure.get().toString())));
                e.initCause(failure.get());
                throw e;
            }
        }
    }

    private static <T> Optional<Throwable> check(Predicate<T> property, T value) {
        try {
            return property.test(value) ? Optional.empty() : Optional.of(new AssertionError("returned false"));
        } catch (Throwable t) {
            return Optional.of(t);
        }
    }

    /** Greedy shrinking: take the first smaller candidate that still fails, until none does. */
    public static <T> T shrink(Gen<T> gen, T failing, Predicate<T> property) {
        T current = failing;
        for (int steps = 0; steps < 10_000; steps++) {
            T next = null;
            var it = gen.shrink(current).iterator();
            while (it.hasNext()) {
                T candidate = it.next();
                if (check(property, candidate).isPresent()) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }
}
