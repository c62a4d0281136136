package dev.bpfj.verifier.corpus;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link CorpusRecorder} inside the test class path; {@code scripts/record-verifier-corpus}
 * enables it with {@code -Dbpfj.record.corpus=true}. Skipped in normal test runs.
 */
class RecordCorpusTest {
    @Test
    @EnabledIfSystemProperty(named = "bpfj.record.corpus", matches = "true")
    void record() throws Exception {
        List<String> args = new ArrayList<>();
        args.add(Corpus.dir().toString());
        String filter = System.getProperty("bpfj.record.filter", "").strip();
        if (!filter.isEmpty()) {
            args.addAll(List.of(filter.split("\\s+")));
        }
        CorpusRecorder.main(args.toArray(String[]::new));
    }
}
