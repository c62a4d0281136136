package dev.bpfj.assembler.internal;

import java.util.Collection;

/** "Did you mean" suggestions by edit distance, and the text of string literals. */
public final class Names {
    private Names() {
    }

    /** The candidate closest to {@code name}, or null when none is close enough to suggest. */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int limit = Math.max(2, name.length() / 3);
        for (String c : candidates) {
            if (Math.abs(c.length() - name.length()) > limit) {
                continue;
            }
            int d = distance(name, c, limit);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return bestD <= limit ? best : null;
    }

    /** ", did you mean 'x'?" or the empty string. */
    public static String suggest(String name, Collection<String> candidates) {
        String c = closest(name, candidates);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The contents of a string literal, with C escapes for quote, backslash, n, t and 0. */
    public static String unquote(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() - 1) {
                char e = s.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case '0' -> '\0';
                    default -> e;
                });
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
