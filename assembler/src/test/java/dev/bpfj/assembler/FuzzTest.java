package dev.bpfj.assembler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bpfj.testkit.Property;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated lines, assembled as files: the assembler answers with programs or located
 * diagnostics, never with any other exception. The default run checks 200,000 lines;
 * {@code -Dbpfj.scale=5} checks a million.
 */
class FuzzTest {
    @Test
    void randomLinesGiveDiagnosticsNeverCrashes() {
        long seed = Property.seed();
        int lines = Property.count(200_000);
        SplittableRandom r = new SplittableRandom(seed);
        int files = 0, accepted = 0, diagnostics = 0;
        int done = 0;
        while (done < lines) {
            int n = r.nextInt(1, 200);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(Lines.random(r)).append(r.nextInt(20) == 0 ? "\r\n" : "\n");
            }
            done += n;
            files++;
            String text = sb.toString();
            Assembler.Options o = r.nextBoolean() ? Assembler.Options.DEFAULT : Assembler.Options.ENCODING_ONLY;
            try {
                Assembly a = Assembler.assemble("fuzz.s", text, o);
                for (var p : a.programs()) {
                    p.encode();
                }
                accepted++;
            } catch (AssemblyException e) {
                assertFalse(e.diagnostics().isEmpty());
                for (Diagnostic d : e.diagnostics()) {
                    diagnostics++;
                    if (d.message().startsWith("cannot parse this line") || d.message().contains("Exception")) {
                        fail("seed " + seed + ": internal error surfaced as a diagnostic: " + d.format());
                    }
                    assertTrue(d.line() >= 0, d::format);
                    d.format();
                }
            } catch (RuntimeException | Error e) {
                throw new AssertionError("seed " + seed + ": assembler threw on file " + files + ":\n" + text, e);
            }
        }
        System.out.printf("fuzz: %d lines in %d files, %d files accepted, %d diagnostics, no crash (seed %d)%n",
                done, files, accepted, diagnostics, seed);
    }
}
