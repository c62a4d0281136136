package dev.bpfj.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A seeded generator of values with a shrinker. {@code size} bounds how large generated values
 * get; {@link #shrink} proposes smaller candidates, simplest first.
 *
 * <pre>{@code
 * Gen<Integer> small = Gen.intRange(-5, 5);
 * Property.forAll("abs is non-negative", small, 1000, x -> Math.abs(x) >= 0);
 * }</pre>
 */
public interface Gen<T> {
    T generate(SplittableRandom random, int size);

    /** Candidates smaller than {@code value}; empty when it cannot be simplified. */
    default Stream<T> shrink(T value) {
        return Stream.empty();
    }

    static <T> Gen<T> of(Function<SplittableRandom, T> f) {
        return (r, size) -> f.apply(r);
    }

    /** Integers in {@code [lo, hi]}, shrinking towards 0 (or the bound nearest it). */
    static Gen<Integer> intRange(int lo, int hi) {
        return new Gen<>() {
            @Override
            public Integer generate(SplittableRandom r, int size) {
                return (int) r.nextLong(lo, (long) hi + 1);
            }

            @Override
            public Stream<Integer> shrink(Integer v) {
                int target = lo > 0 ? lo : (hi < 0 ? hi : 0);
                if (v == target) {
                    return Stream.empty();
                }
                List<Integer> c = new ArrayList<>();
                c.add(target);
                long half = ((long) v + target) / 2;
                if (half != v && half != target) {
                    c.add((int) half);
                }
                int step = v > target ? v - 1 : v + 1;
                if (step != target) {
                    c.add(step);
                }
                return c.stream();
            }
        };
    }

    /** One of {@code values}, shrinking towards the first. */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        List<T> list = List.of(values);
        return new Gen<>() {
            @Override
            public T generate(SplittableRandom r, int size) {
                return list.get(r.nextInt(list.size()));
            }

            @Override
            public Stream<T> shrink(T v) {
                int i = list.indexOf(v);
                return i > 0 ? list.subList(0, i).stream() : Stream.empty();
            }
        };
    }

    /**
     * Lists of up to {@code size} elements, shrinking by removing chunks then single elements,
     * then by shrinking elements.
     */
    static <T> Gen<List<T>> listOf(Gen<T> element, int minSize) {
        return new Gen<>() {
            @Override
            public List<T> generate(SplittableRandom r, int size) {
                int n = minSize + r.nextInt(Math.max(1, size - minSize + 1));
                List<T> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(element.generate(r, size));
                }
                return out;
            }

            @Override
            public Stream<List<T>> shrink(List<T> v) {
                List<List<T>> c = new ArrayList<>();
                for (int chunk = v.size() / 2; chunk >= 1; chunk /= 2) {
                    for (int i = 0; i + chunk <= v.size(); i += chunk) {
                        if (v.size() - chunk < minSize) {
                            continue;
                        }
                        List<T> smaller = new ArrayList<>(v.subList(0, i));
                        smaller.addAll(v.subList(i + chunk, v.size()));
                        c.add(smaller);
                    }
                }
                Stream<List<T>> removals = c.stream();
                Stream<List<T>> elementShrinks = Stream.iterate(0, i -> i < v.size(), i -> i + 1)
                        .flatMap(i -> element.shrink(v.get(i)).map(e -> {
                            List<T> copy = new ArrayList<>(v);
                            copy.set(i, e);
                            return copy;
                        }));
                return Stream.concat(removals, elementShrinks);
            }
        };
    }
}
