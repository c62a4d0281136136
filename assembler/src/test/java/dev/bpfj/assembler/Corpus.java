package dev.bpfj.assembler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The recorded llvm-mc-19 forms corpus (a copy of the shared oracle file in test resources). */
record Corpus(String group, String asm, boolean ok, String hex, String printed, String error) {

    static List<Corpus> load() {
        try (InputStream in = Corpus.class.getResourceAsStream("/llvm-mc-19-forms.jsonl")) {
            if (in == null) {
                throw new IllegalStateException("llvm-mc-19-forms.jsonl missing from test resources");
            }
            List<Corpus> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> o = MiniJson.object(line);
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) o.get("llvm_mc_19");
                boolean ok = (Boolean) r.get("ok");
                out.add(new Corpus((String) o.get("group"), (String) o.get("asm"), ok, (String) r.get("hex"),
                        (String) r.get("printed"), (String) r.get("error")));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
