package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up training runs go through their groups' commands and leave nothing behind. */
class LaunchTest {
    @TempDir
    Path dir;

    @Test
    void trainingRunsTheCommonCommandsAndCleansUp() throws IOException {
        String text = train("all");
        assertTrue(text.contains("accepted"), text);
        assertTrue(text.contains("r0 = 1"), text);
        assertTrue(text.contains("9500000000000000"), text);
    }

    @Test
    void eachGroupRunsOnlyItsOwnCommand() throws IOException {
        String verify = train("verify");
        assertTrue(verify.contains("accepted"), verify);
        assertFalse(verify.contains("9500000000000000"), verify);
        String asm = train("asm");
        assertTrue(asm.contains("9500000000000000"), asm);
        assertFalse(asm.contains("accepted") || asm.contains("r0 = 1"), asm);
        String disasm = train("disasm");
        assertTrue(disasm.contains("r0 = 1"), disasm);
        assertFalse(disasm.contains("accepted") || disasm.contains("9500000000000000"), disasm);
        // Loads the sample when bpf(2) allows it (closed again at once), fails quietly otherwise.
        String load = train("load");
        assertFalse(load.contains("r0 = 1") || load.contains("9500000000000000"), load);
    }

    /** What a training run for {@code group} prints; it must leave no temporary files. */
    private String train(String group) throws IOException {
        Path sample = dir.resolve("sample.s");
        Files.writeString(sample, Inputs.SMALL);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingDirs(tmp);
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Launch.train(group, sample.toString());
        } finally {
            System.setOut(out);
        }
        assertEquals(0, code);
        assertEquals(before, trainingDirs(tmp));
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> trainingDirs(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("bpfj-training")).sorted().toList();
        }
    }

    /** A small program with a map, helpers and a branch, as the launcher's sample. */
    private static final class Inputs {
        static final String SMALL = """
                .license "GPL"
                .map redir_map type=sockmap key=4 value=8 entries=1
                .program steer type=sk_lookup
                    r6 = r1
                    r2 = r10
                    r2 += -4
                    *(u32 *)(r10 - 4) = 0
                    r1 = redir_map ll
                    call bpf_map_lookup_elem
                    if r0 == 0 goto pass
                    r7 = r0
                    r1 = r6
                    r2 = r7
                    r3 = 0
                    call bpf_sk_assign
                    r1 = r7
                    call bpf_sk_release
                pass:
                    r0 = 1
                    exit
                """;
    }
}
