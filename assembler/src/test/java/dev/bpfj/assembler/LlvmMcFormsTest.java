package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.testkit.Env;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recorded llvm-mc-19 corpus: every form llvm-mc-19 accepts assembles to the same bytes; the
 * forms it rejects get bpfj's documented decision.
 */
class LlvmMcFormsTest {
    /**
     * Forms llvm-mc-19 rejects and bpfj accepts, with the bytes bpfj produces. Everything else
     * llvm-mc-19 rejects, bpfj rejects too.
     */
    static final Map<String, String> BPFJ_ACCEPTS = Map.of(
            // The offset's own sign; llvm-mc wants "r10 - 4". Unambiguous, and verifier logs print "(r10 -4)".
            "*(u32 *)(r10 + -4) = r1", "631afcff00000000");

    @Test
    void corpusFormsMatchLlvmMc() {
        List<Corpus> forms = Corpus.load();
        int matched = 0, rejectedAlike = 0;
        List<String> failures = new ArrayList<>();
        for (Corpus f : forms) {
            String got;
            try {
                got = Env.hex(InsnCodec.encode(Assembler.assembleInsns(f.asm(), Assembler.Options.ENCODING_ONLY)));
            } catch (AssemblyException e) {
                got = null;
                if (!f.ok() && !BPFJ_ACCEPTS.containsKey(f.asm())) {
                    rejectedAlike++;
                    // A rejection still says where and why.
                    assertTrue(e.diagnostics().get(0).column() > 0, e::format);
                    continue;
                }
                failures.add(f.asm() + ": bpfj rejects: " + e.format());
                continue;
            }
            String want = f.ok() ? f.hex() : BPFJ_ACCEPTS.get(f.asm());
            if (want == null) {
                failures.add(f.asm() + ": llvm-mc-19 rejects (" + f.error() + ") but bpfj accepts: " + got);
            } else if (!want.equals(got)) {
                failures.add(f.asm() + ": bpfj " + got + ", expected " + want);
            } else {
                matched++;
            }
        }
        System.out.printf("llvm-mc-19 forms: %d of %d byte-identical, %d rejected by both%n", matched, forms.size(),
                rejectedAlike);
        if (!failures.isEmpty()) {
            fail(failures.size() + " forms disagree:\n" + String.join("\n", failures));
        }
        assertEquals(forms.size(), matched + rejectedAlike);
    }
}
