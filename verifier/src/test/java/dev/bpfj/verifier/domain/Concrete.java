package dev.bpfj.verifier.domain;

import dev.bpfj.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test support: small sets of concrete 64-bit values and their best abstraction, to check the
 * domain's operations are sound (every concrete result is inside the abstract result).
 */
final class Concrete {
    private Concrete() {
    }

    /** A few values near a random base, sometimes near interesting edges (0, sign bits, 32-bit limits). */
    static final Gen<long[]> SETS = (r, size) -> {
        long[] bases = {0, 1, -1, 0x7fffffffL, 0x80000000L, 0xffffffffL, 0x100000000L, Long.MAX_VALUE,
            Long.MIN_VALUE, 255, -256, 4096};
        long base = r.nextInt(3) == 0 ? bases[r.nextInt(bases.length)] : r.nextLong();
        int n = 1 + r.nextInt(4);
        long[] v = new long[n];
        int spread = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            long d = switch (spread) {
                case 0 -> r.nextInt(4);
                case 1 -> r.nextInt(300) - 150;
                case 2 -> r.nextLong(1L << 36) - (1L << 35);
                default -> r.nextLong();
            };
            v[i] = base + d;
        }
        return v;
    };

    /** The tightest scalar holding exactly the values' bounds and known bits, synchronised. */
    static Scalar abstraction(long[] vs) {
        Tnum t = Tnum.constant(vs[0]);
        long smin = vs[0];
        long smax = vs[0];
        long umin = vs[0];
        long umax = vs[0];
        int s32min = (int) vs[0];
        int s32max = (int) vs[0];
        int u32min = (int) vs[0];
        int u32max = (int) vs[0];
        for (long v : vs) {
            t = t.union(Tnum.constant(v));
            smin = Math.min(smin, v);
            smax = Math.max(smax, v);
            umin = Long.compareUnsigned(v, umin) < 0 ? v : umin;
            umax = Long.compareUnsigned(v, umax) > 0 ? v : umax;
            s32min = Math.min(s32min, (int) v);
            s32max = Math.max(s32max, (int) v);
            u32min = Integer.compareUnsigned((int) v, u32min) < 0 ? (int) v : u32min;
            u32max = Integer.compareUnsigned((int) v, u32max) > 0 ? (int) v : u32max;
        }
        return new Scalar(t.value(), t.mask(), smin, smax, umin, umax, s32min, s32max, u32min, u32max).sync();
    }

    /** Whether {@code v} is one of the values {@code s} allows, in every view. */
    static boolean contains(Scalar s, long v) {
        return s.smin() <= v && v <= s.smax()
                && Long.compareUnsigned(s.umin(), v) <= 0 && Long.compareUnsigned(v, s.umax()) <= 0
                && s.s32min() <= (int) v && (int) v <= s.s32max()
                && Integer.compareUnsigned(s.u32min(), (int) v) <= 0 && Integer.compareUnsigned((int) v, s.u32max()) <= 0
                && (v & ~s.mask()) == s.value();
    }

    /** A pair of value sets. */
    record Pair(long[] a, long[] b) {
        @Override
        public String toString() {
            return java.util.Arrays.toString(a) + " , " + java.util.Arrays.toString(b);
        }
    }

    static final Gen<Pair> PAIRS = new Gen<>() {
        @Override
        public Pair generate(SplittableRandom r, int size) {
            return new Pair(SETS.generate(r, size), r.nextInt(3) == 0
                    ? new long[] {r.nextInt(70) - 3} : SETS.generate(r, size));
        }
    };

    static List<Long> list(long[] vs) {
        List<Long> l = new ArrayList<>();
        for (long v : vs) {
            l.add(v);
        }
        return l;
    }
}
