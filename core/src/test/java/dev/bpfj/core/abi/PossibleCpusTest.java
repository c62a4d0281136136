package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PossibleCpusTest {
    @Test
    void listsCountCpusAndGiveTheHighestIdPlusOne() {
        assertEquals(new PossibleCpus(1, 1), PossibleCpus.parse("0"));
        assertEquals(new PossibleCpus(4, 4), PossibleCpus.parse("0-3\n"));
        assertEquals(new PossibleCpus(8, 12), PossibleCpus.parse("0-3,8-11"));
        assertEquals(new PossibleCpus(3, 6), PossibleCpus.parse("0,2,5"));
    }

    @Test
    void thisMachineHasAtLeastTheProcessorsTheJvmSees() {
        PossibleCpus h = PossibleCpus.host();
        assertTrue(h.count() >= Runtime.getRuntime().availableProcessors(), h.toString());
        assertTrue(h.nrCpuIds() >= h.count(), h.toString());
    }
}
