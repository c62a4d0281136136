package dev.bpfj.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.testkit.ProgramGen;
import dev.bpfj.testkit.ProgramMix;
import dev.bpfj.testkit.Property;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the runner writes without a kernel: program text, case headers, campaign determinism. */
class CorpusTextTest {
    @Test
    void generatedProgramsPrintAsAssemblyThatAssemblesBack() {
        Property.forAll("printed programs assemble back", ProgramGen.anyOf(ProgramGen.TYPES, ProgramMix.balanced()),
                Property.count(2000), p -> {
                    CorpusWriter.checkRoundTrip(p, CorpusWriter.text(p));
                    return true;
                });
    }

    @Test
    void campaignProgramsDependOnSeedAndIndexOnly() {
        Campaign.Options o = Campaign.Options.defaults(10, 99).withTypes(ProgramGen.TYPES);
        for (long i = 0; i < 30; i++) {
            assertEquals(Campaign.program(o, i), Campaign.program(o.withFrom(i), i));
        }
        assertEquals(ProgramType.SK_LOOKUP, Campaign.program(o, 0).type());
        assertEquals(ProgramType.SOCKET_FILTER, Campaign.program(o, 5).type());
    }

    @Test
    void caseFilesCarryTheKernelsVerdict(@TempDir Path dir) throws Exception {
        Program p = Campaign.program(Campaign.Options.defaults(1, 5), 0);
        Comparison c = new Comparison(p, Verdict.ACCEPTED, Verdict.rejected("R0 !read_ok", "EACCES", 3),
                Outcome.FALSE_ACCEPT);
        CorpusWriter w = new CorpusWriter(dir, x -> new CorpusWriter.Recording(false, "EACCES", 3, "R0 !read_ok", 4,
                "0: R1=ctx() R10=fp0\n3: (95) exit\nR0 !read_ok\nprocessed 4 insns (limit 1000000)\n"), "6.18-test");
        Path f = w.write(c, "seed 5, program 0");
        assertTrue(f.getFileName().toString().startsWith("difftest-sk-lookup-false-accept-"));
        String text = Files.readString(f);
        assertTrue(text.contains(CorpusWriter.text(p)), text);
        String stem = f.getFileName().toString().replace(".s", "");
        String expected = Files.readString(dir.resolve(stem + ".expected"));
        assertEquals("""
                # Recorded from Linux 6.18-test through bpfj's loader by difftest (seed 5, program 0); do not edit.
                program: diff
                verdict: reject
                errno: EACCES
                insn: 3
                message: R0 !read_ok
                processed: 4
                | 0: R1=ctx() R10=fp0
                | 3: (95) exit
                | R0 !read_ok
                | processed 4 insns (limit 1000000)
                """, expected);
        // The same program is not written twice.
        assertEquals(null, w.write(c, "again"));
        assertEquals(List.of(f), w.cases());
    }

    @Test
    void keyLineIsTheFirstMessageAfterTheLastInstruction() {
        String log = """
                0: R1=ctx() R10=fp0
                7: (85) call bpf_sk_lookup_tcp#84	; R0=sock_or_null(id=2,ref_obj_id=2)
                10: (95) exit
                Unreleased reference id=2 alloc_insn=7
                BPF_EXIT instruction in main prog would lead to reference leak
                processed 11 insns (limit 1000000) max_states_per_insn 0 total_states 1
                """;
        assertEquals("Unreleased reference id=2 alloc_insn=7", Messages.keyLine(log));
        assertEquals(10, Messages.failingSlot(log));
        assertEquals("expected prog array map for tail call",
                Messages.keyLine("3: (85) call bpf_tail_call#12\nexpected prog array map for tail callprocessed 3 insns"));
        assertEquals("R1 ptr 0xffff.... here", Messages.mask("R1 ptr 0xffff888104317400 here"));
    }

    @Test
    void verdictsAreClassified() {
        assertEquals(Outcome.MESSAGE_MISMATCH, Comparison.classify(Verdict.rejected("a", "EACCES", 1),
                Verdict.rejected("b", "EACCES", 1)));
        assertEquals(Outcome.AGREE, Comparison.classify(Verdict.rejected("a", "EACCES", 1),
                Verdict.rejected("a", "EINVAL", 1)));
        assertEquals(Outcome.FALSE_REJECT, Comparison.classify(Verdict.rejected("a", "EACCES", 1), Verdict.ACCEPTED));
        assertEquals(Outcome.FALSE_ACCEPT, Comparison.classify(Verdict.ACCEPTED, Verdict.rejected("a", "EACCES", 1)));
        assertEquals(Outcome.AGREE, Comparison.classify(Verdict.ACCEPTED, Verdict.ACCEPTED));
    }
}
