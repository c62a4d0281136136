package dev.bpfj.verifier.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link SocketCorpusGenerator} inside the test class path when
 * {@code -Dbpfj.generate.corpus=true} is given. Skipped in normal test runs.
 */
class GenerateSocketCorpusTest {
    @Test
    @EnabledIfSystemProperty(named = "bpfj.generate.corpus", matches = "true")
    void generate() throws Exception {
        SocketCorpusGenerator.main(new String[] {Corpus.dir().toString()});
    }
}
