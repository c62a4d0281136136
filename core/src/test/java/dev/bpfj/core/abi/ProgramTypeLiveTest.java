package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which expected attach types each program type accepts at load, against the live kernel. */
class ProgramTypeLiveTest {
    /** Types that need a BTF attach target (or a device) to load at all: not probed. */
    static final Set<ProgramType> NOT_PROBED = EnumSet.of(ProgramType.UNSPEC, ProgramType.TRACING,
            ProgramType.STRUCT_OPS, ProgramType.EXT, ProgramType.LSM, ProgramType.LIRC_MODE2);

    @Test
    void expectedAttachTypesMatchTheKernel() {
        LiveBpf.require();
        // r0 = 1; exit: a verdict every probed type accepts as return value.
        List<long[]> prog = List.of(LiveBpf.insn(0xb7, 0, 0, 0, 1), LiveBpf.insn(0x95, 0, 0, 0, 0));
        List<String> errors = new ArrayList<>();
        int cases = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            for (ProgramType t : ProgramType.values()) {
                if (NOT_PROBED.contains(t)) {
                    continue;
                }
                int flags = t == ProgramType.SYSCALL ? Flags.BPF_F_SLEEPABLE : 0;
                for (AttachType a : AttachType.values()) {
                    LiveBpf.Load l = bpf.load(t, a.id(), flags, true, 1, prog);
                    boolean mine = t.acceptsExpectedAttachType(a);
                    cases++;
                    if (l.ok() != mine) {
                        errors.add(t + " with " + a + ": kernel " + (l.ok() ? "accepts" : "refuses (" + l.error() + ") "
                                + l.keyLine()));
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
        System.out.printf("expected attach types vs live kernel: %d (type, attach type) loads agree%n", cases);
        assertTrue(cases > 1000);
    }

    private static final long[] RETURN_VALUES = {-1, 0, 1, 2, 3, 4, 7, 255, 65535, 0x7fffffffL};

    /** Return-value ranges: the kernel's verdict on {@code r0 = K; exit} for a spread of K. */
    @Test
    void returnRangesMatchTheKernel() {
        LiveBpf.require();
        List<String> errors = new ArrayList<>();
        int cases = 0;
        int messages = 0;
        try (LiveBpf bpf = new LiveBpf()) {
            for (HelperAccessLiveTest.Config c : HelperAccessLiveTest.CONFIGS) {
                ReturnRange range = c.type().returnRange(c.attachType());
                for (long k : RETURN_VALUES) {
                    List<long[]> prog = List.of(LiveBpf.insn(0xb7, 0, 0, 0, (int) k), LiveBpf.insn(0x95, 0, 0, 0, 0));
                    LiveBpf.Load l = bpf.load(c.type(), c.attach(), c.flags(), true, 1, prog);
                    boolean mine = range == null || range.contains(k);
                    cases++;
                    if (l.ok() != mine) {
                        errors.add(c.type() + "/" + c.attachType() + " returning " + k + ": kernel "
                                + (l.ok() ? "accepts" : "refuses: " + l.keyLine()) + ", bpfj range " + range);
                    } else if (!l.ok()) {
                        String want = "At program exit the register R0 has smin=" + k + " smax=" + k
                                + " should have been in " + range;
                        if (!l.log().contains(want)) {
                            errors.add(c.type() + " returning " + k + ": kernel says " + l.keyLine());
                        }
                        messages++;
                    }
                }
            }
        }
        assertEquals(List.of(), errors);
        System.out.printf("return ranges vs live kernel: %d of %d exits agree (%d rejection messages equal)%n",
                cases - errors.size(), cases, messages);
    }
}
