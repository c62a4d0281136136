package dev.bpfj.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KernelMessagesTest {
    @Test
    void keyLineIsTheFirstMessageAfterTheLastInstruction() {
        String log = """
                0: R1=ctx() R10=fp0
                0: (b7) r0 = 0                        ; R0_w=0
                10: (95) exit
                Unreleased reference id=2 alloc_insn=7
                BPF_EXIT instruction in main prog would lead to reference leak
                processed 11 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """;
        assertEquals("Unreleased reference id=2 alloc_insn=7", KernelMessages.keyLine(log));
        assertEquals(10, KernelMessages.failingSlot(log));
    }

    @Test
    void registerStatesAndCallFramesAreSkipped() {
        String log = "5: (85) call pc+2\ncaller:\n R10=fp0\ncallee:\n frame1: R1=ctx()\n"
                + "combined stack size of 2 calls is 544. Too large\nprocessed 6 insns";
        assertEquals("combined stack size of 2 calls is 544. Too large", KernelMessages.keyLine(log));
        // A message that looks like a register state is not found here: callers fall back to
        // the loader's key line (VerifierLog).
        assertEquals("", KernelMessages.keyLine("0: (85) call bpf_sk_release#86\nR1 type=scalar expected=sock\n"));
    }

    @Test
    void messageGluedToTheStatistics() {
        assertEquals("expected prog array map for tail call",
                KernelMessages.keyLine("3: (85) call bpf_tail_call#12\nexpected prog array map for tail callprocessed 3 insns"));
    }

    @Test
    void noMessage() {
        assertEquals("", KernelMessages.keyLine(null));
        assertEquals("", KernelMessages.keyLine("0: (95) exit\nprocessed 1 insns"));
        assertEquals(-1, KernelMessages.failingSlot("processed 0 insns"));
    }

    @Test
    void kernelAddressesAreMasked() {
        assertEquals("R1 ptr 0xffff.... here", KernelMessages.mask("R1 ptr 0xffff888104317400 here"));
        assertEquals("(18) r1 = 0xffff....", KernelMessages.mask("(18) r1 = 0xffff888104317400"));
        assertNull(KernelMessages.mask(null));
    }
}
