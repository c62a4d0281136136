package dev.bpfj.verifier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.loader.KernelMessages;
import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierOptions;
import dev.bpfj.verifier.VerifierResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * bpfj's verdict against the live kernel's, recorded for every corpus case: verdicts must agree
 * on every case, and the key message must equal the kernel's (kernel pointers masked) on at least
 * 95% of the rejected ones.
 */
class CorpusTest {
    private static List<Corpus.Case> cases;

    static synchronized List<Corpus.Case> cases() throws IOException {
        if (cases == null) {
            cases = Corpus.load(Corpus.dir());
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> verdictsAgreeWithTheKernel() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            VerifierResult r = Verifier.verify(c.program());
            assertEquals(c.expected().accepted(), r.accepted(),
                    () -> c.id() + ": kernel " + (c.expected().accepted() ? "accepts" : "rejects with '"
                            + c.expected().message() + "'") + ", bpfj " + (r.accepted() ? "accepts"
                            : "rejects with '" + r.message() + "'"));
        }));
    }

    @Test
    void keyMessagesMatchTheKernelOnAtLeast95Percent() throws IOException {
        int rejected = 0;
        int same = 0;
        List<String> diffs = new ArrayList<>();
        for (Corpus.Case c : cases()) {
            if (c.expected().accepted()) {
                continue;
            }
            rejected++;
            VerifierResult r = Verifier.verify(c.program());
            String mine = KernelMessages.mask(r.message());
            if (c.expected().message().equals(mine)) {
                same++;
            } else {
                diffs.add(c.id() + "\n    kernel: " + c.expected().message() + "\n    bpfj:   " + mine);
            }
        }
        System.out.println("corpus: " + cases().size() + " programs, " + rejected + " rejected by the kernel, key message "
                + "equal on " + same + "/" + rejected);
        diffs.forEach(d -> System.out.println("  message differs: " + d));
        assertTrue(rejected == 0 || same >= 0.95 * rejected,
                "key message equal on only " + same + " of " + rejected + " rejections");
    }

    /**
     * The {@code --log} output follows the kernel's level-1 format: on most rejections it is the
     * kernel's log line for line (map addresses aside, which bpfj prints as map names, and the
     * peak-states statistic, which counts freed states differently).
     */
    @Test
    void logsMatchTheKernelsOnMostRejections() throws IOException {
        int rejected = 0;
        int same = 0;
        for (Corpus.Case c : cases()) {
            if (c.expected().accepted() || Corpus.truncated(c.expected())) {
                continue;
            }
            rejected++;
            VerifierResult r = Verifier.verify(c.program(), VerifierOptions.DEFAULT.withLog(true));
            if (normalize(r.log().replaceAll("map\\[[A-Za-z0-9_.]+](\\+\\d+)?", "0xffff...."))
                    .equals(normalize(c.expected().log()))) {
                same++;
            }
        }
        System.out.println("corpus: --log equals the kernel's log on " + same + "/" + rejected
                + " rejections with a whole recorded log");
        assertTrue(rejected == 0 || same >= 0.9 * rejected, "logs equal on only " + same + " of " + rejected);
    }

    private static String normalize(String log) {
        return KernelMessages.mask(log).replaceAll(" +;", " ;").replaceAll("max_states_per_insn \\d+", "")
                .replaceAll("peak_states \\d+", "").strip();
    }
}
