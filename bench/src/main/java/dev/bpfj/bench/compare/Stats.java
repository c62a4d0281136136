package dev.bpfj.bench.compare;

import java.util.Arrays;

/** Medians and number formatting shared by the comparison tools. */
final class Stats {
    private Stats() {
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static double median(long[] xs) {
        double[] d = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            d[i] = xs[i];
        }
        return median(d);
    }

    /** Three significant digits, no exponent. */
    static String num(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        double a = Math.abs(x);
        if (a >= 100) {
            return String.format("%,.0f", x);
        }
        if (a >= 10) {
            return String.format("%.1f", x);
        }
        return String.format("%.2f", x);
    }
}
