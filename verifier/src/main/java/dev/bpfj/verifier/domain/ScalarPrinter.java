package dev.bpfj.verifier.domain;

/**
 * Prints numbers and scalar bounds exactly as the kernel's verifier log does: small numbers in
 * decimal, others in hex; bounds that equal their type's extreme are left out, and equal bounds
 * share one value ({@code smax=umax=255}).
 */
public final class ScalarPrinter {
    private ScalarPrinter() {
    }

    /** Signed: decimal within the 16-bit signed range, else hex of the 64-bit pattern. */
    public static void signed(long v, StringBuilder sb) {
        if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            sb.append(v);
        } else {
            sb.append("0x").append(Long.toHexString(v));
        }
    }

    /** Unsigned: decimal up to 65535, else hex. */
    public static void unsigned(long v, StringBuilder sb) {
        if (Long.compareUnsigned(v, 0xffff) <= 0) {
            sb.append(v);
        } else {
            sb.append("0x").append(Long.toHexString(v));
        }
    }

    public static String signed(long v) {
        StringBuilder sb = new StringBuilder();
        signed(v, sb);
        return sb.toString();
    }

    private static final String[] NAMES = {"smin", "smax", "umin", "umax", "smin32", "smax32", "umin32", "umax32"};

    /**
     * The bounds part of {@code scalar(...)}: every non-default bound, then {@code var_off} unless
     * unknown. {@code first} says whether nothing precedes (no leading comma).
     *
     * @return whether anything was printed
     */
    public static boolean appendBounds(Scalar s, StringBuilder sb, boolean first) {
        long[] vals = {
            s.smin(), s.smax(), s.umin(), s.umax(),
            small(s.s32min()) ? s.s32min() : s.s32min() & 0xffffffffL,
            small(s.s32max()) ? s.s32max() : s.s32max() & 0xffffffffL,
            s.u32min() & 0xffffffffL, s.u32max() & 0xffffffffL};
        boolean[] omit = {
            s.smin() == Long.MIN_VALUE, s.smax() == Long.MAX_VALUE, s.umin() == 0, s.umax() == -1L,
            s.s32min() == Integer.MIN_VALUE, s.s32max() == Integer.MAX_VALUE, s.u32min() == 0, s.u32max() == -1};
        boolean printed = false;
        for (int i = 0; i < 8; i++) {
            if (omit[i]) {
                continue;
            }
            boolean signed = NAMES[i].charAt(0) == 's';
            boolean neg1 = signed && vals[i] < 0;
            if (!first || printed) {
                sb.append(',');
            }
            printed = true;
            sb.append(NAMES[i]).append('=');
            for (int j = i + 2; j < 8; j += 2) {
                if (omit[j]) {
                    continue;
                }
                boolean neg2 = NAMES[j].charAt(0) == 's' && vals[j] < 0;
                if (neg1 != neg2 || vals[i] != vals[j]) {
                    continue;
                }
                sb.append(NAMES[j]).append('=');
                omit[j] = true;
            }
            if (signed) {
                signed(vals[i], sb);
            } else {
                unsigned(vals[i], sb);
            }
        }
        if (!(s.mask() == -1L && s.value() == 0)) {
            if (!first || printed) {
                sb.append(',');
            }
            printed = true;
            sb.append("var_off=(0x").append(Long.toHexString(s.value())).append("; 0x")
                    .append(Long.toHexString(s.mask())).append(')');
        }
        return printed;
    }

    private static boolean small(long v) {
        return v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
    }
}
