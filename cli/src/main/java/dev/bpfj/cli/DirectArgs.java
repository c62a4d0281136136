package dev.bpfj.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A plain command line read without picocli, for the start-up fast path: each flag at most once,
 * options with one value each, one input. Anything else (a repeated flag, a value that looks like
 * an option or an argument file, an unknown word, a second input) makes {@link Spec#parse} answer
 * null so that picocli reads the line and reports as it always does.
 */
final class DirectArgs {
    /** Values picocli would take as they are: not empty, no option look, no argument file. */
    static final Predicate<String> PLAIN = AsmCommand::plainValue;

    /** A number picocli reads as an int: digits only, short enough. */
    static final Predicate<String> DIGITS = v -> !v.isEmpty() && v.length() <= 9
            && v.chars().allMatch(ch -> ch >= '0' && ch <= '9');

    private final Set<String> flags = new HashSet<>();
    private final Map<String, List<String>> values = new HashMap<>();
    private String input;

    private DirectArgs() {
    }

    /** What a command accepts. Names are written with their aliases, e.g. {@code "-o,--output"}. */
    static final class Spec {
        private final Map<String, String> canonical = new HashMap<>();
        private final Set<String> flags = new HashSet<>();
        private final Map<String, Predicate<String>> options = new HashMap<>();
        private final Set<String> repeatable = new HashSet<>();

        /** A boolean option. */
        Spec flag(String names) {
            flags.add(names(names));
            return this;
        }

        /** An option taking one value, at most once. */
        Spec option(String names, Predicate<String> accepts) {
            options.put(names(names), accepts);
            return this;
        }

        /** An option taking one plain value, any number of times. */
        Spec repeatable(String names) {
            String name = names(names);
            options.put(name, PLAIN);
            repeatable.add(name);
            return this;
        }

        private String names(String names) {
            String[] all = names.split(",");
            String name = all[all.length - 1];
            for (String n : all) {
                canonical.put(n, name);
            }
            return name;
        }

        /** The parsed line, or null when picocli must read it. */
        DirectArgs parse(String[] args) {
            DirectArgs d = new DirectArgs();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String name = canonical.get(a);
                if (name == null) {
                    if (d.input != null || !(a.equals("-") || AsmCommand.plainValue(a))) {
                        return null;
                    }
                    d.input = a;
                } else if (flags.contains(name)) {
                    if (!d.flags.add(name)) {
                        return null;
                    }
                } else {
                    String value = i + 1 < args.length ? args[++i] : null;
                    List<String> seen = d.values.computeIfAbsent(name, k -> new ArrayList<>());
                    if (value == null || !options.get(name).test(value)
                            || (!seen.isEmpty() && !repeatable.contains(name))) {
                        return null;
                    }
                    seen.add(value);
                }
            }
            return d.input == null ? null : d;
        }
    }

    static Spec spec() {
        return new Spec();
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The option's value, or null when it was not given. */
    String value(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.getFirst();
    }

    /** Every value of a repeatable option, or null when it was not given. */
    List<String> all(String name) {
        return values.get(name);
    }

    String input() {
        return input;
    }
}
