package dev.bpfj.verifier.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every rejection of the socket cases ({@code sock-*}, {@code seed}) gets a hint of its own, not
 * one of the catch-all sentences.
 */
class SocketCorpusHintsTest {
    private static final Set<String> CATCH_ALL = Set.of("the kernel refuses this instruction: see the message above",
            "this helper cannot be called here");

    @Test
    void socketRejectionsHaveSpecificHints() throws IOException {
        int rejected = 0;
        List<String> generic = new ArrayList<>();
        for (Corpus.Case c : CorpusTest.cases()) {
            if (!(c.id().startsWith("sock-") || c.id().startsWith("seed/")) || c.expected().accepted()) {
                continue;
            }
            rejected++;
            VerifierResult r = Verifier.verify(c.program());
            if (r.hint() == null || CATCH_ALL.contains(r.hint())) {
                generic.add(c.id() + ": " + r.message());
            }
        }
        System.out.println("socket corpus: " + (rejected - generic.size()) + "/" + rejected
                + " rejections with a specific hint");
        assertTrue(generic.isEmpty(), "catch-all hints for: " + String.join("\n  ", generic));
    }
}
