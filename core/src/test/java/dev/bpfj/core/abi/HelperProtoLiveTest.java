package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Helper prototypes against the live kernel. Each available helper is called twice: with R1 = ctx
 * and R2..R5 = 0, and with every argument 0. The kernel checks arguments in order and reports the
 * first one whose register type it refuses ({@code R2 type=scalar expected=...}); bpfj's prototype
 * must predict that same argument and the same list of expected types.
 */
class HelperProtoLiveTest {
    private static final Pattern MISMATCH = Pattern.compile("^R(\\d) type=(\\S+) expected=(.*)$");
    private static final Set<ArgType> TAKES_CTX = EnumSet.of(ArgType.PTR_TO_CTX, ArgType.PTR_TO_CTX_OR_NULL,
            ArgType.ANYTHING, ArgType.DONTCARE);

    private static boolean accepts(ArgType a, boolean ctx) {
        if (ctx) {
            return TAKES_CTX.contains(a);
        }
        return a.acceptsNull() || a == ArgType.DONTCARE || a == ArgType.CONST_SIZE_OR_ZERO
                || a == ArgType.CONST_ALLOC_SIZE_OR_ZERO;
    }

    /** Index of the first argument the kernel should refuse, or -1. */
    private static int firstRefused(HelperProto p, boolean r1Ctx) {
        for (int i = 0; i < 5; i++) {
            if (!accepts(p.arg(i), i == 0 && r1Ctx)) {
                return i;
            }
        }
        return -1;
    }

    private static List<long[]> program(int helperId, boolean r1Ctx) {
        List<long[]> p = new ArrayList<>();
        for (int r = r1Ctx ? 2 : 1; r <= 5; r++) {
            p.add(LiveBpf.insn(0xb7, r, 0, 0, 0));
        }
        p.add(LiveBpf.insn(0x85, 0, 0, 0, helperId));
        p.add(LiveBpf.insn(0xb7, 0, 0, 0, 0));
        p.add(LiveBpf.insn(0x95, 0, 0, 0, 0));
        return p;
    }

    @Test
    void firstRefusedArgumentMatchesTheKernel() {
        LiveBpf.require();
        List<String> errors = new ArrayList<>();
        int cases = 0;
        int typed = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            for (HelperAccessLiveTest.Config c : HelperAccessLiveTest.CONFIGS) {
                for (Helper h : HelperAccess.helpers(c.type(), c.attachType())) {
                    HelperProto proto = h.proto(c.type());
                    for (boolean r1Ctx : new boolean[] {true, false}) {
                        LiveBpf.Load l = bpf.load(c.type(), c.attach(), c.flags(), true, 1, program(h.id(), r1Ctx));
                        String key = l.keyLine();
                        Matcher m = MISMATCH.matcher(key);
                        int mine = firstRefused(proto, r1Ctx);
                        cases++;
                        String what = c.type() + " " + h.kernelName() + (r1Ctx ? " (R1=ctx)" : " (all 0)") + " "
                                + proto.args();
                        if (h.mightSleep() && (c.flags() & Flags.BPF_F_SLEEPABLE) == 0) {
                            // The sleep check comes before the arguments.
                            if (!key.equals("helper call might sleep in a non-sleepable prog")) {
                                errors.add(what + ": kernel says " + key);
                            }
                        } else if (m.matches()) {
                            int reg = Integer.parseInt(m.group(1)) - 1;
                            if (reg != mine) {
                                errors.add(what + ": kernel refuses R" + (reg + 1) + " (" + key + "), bpfj predicts "
                                        + (mine < 0 ? "none" : "R" + (mine + 1)));
                                continue;
                            }
                            String expected = proto.arg(reg).kernelExpected();
                            if (expected != null && !expected.equals(m.group(3))) {
                                errors.add(what + ": kernel expects '" + m.group(3) + "' for R" + (reg + 1) + ", bpfj '"
                                        + expected + "'");
                            }
                            typed++;
                        } else if (mine >= 0 && !proto.arg(mine).isSize()) {
                            errors.add(what + ": bpfj predicts R" + (mine + 1) + " refused, kernel says '" + key + "'");
                        }
                    }
                }
            }
        }
        System.out.printf("helper prototypes vs live kernel: %d of %d calls agree on the first refused argument "
                + "(%d type mismatches compared)%n", cases - errors.size(), cases, typed);
        errors.forEach(System.out::println);
        assertEquals(List.of(), errors.stream().limit(60).toList());
        assertTrue(cases > 3000);
    }
}
