package dev.bpfj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The start-up training run goes through the common commands and leaves nothing behind. */
class LaunchTest {
    @TempDir
    Path dir;

    @Test
    void trainingRunsTheCommonCommandsAndCleansUp() throws IOException {
        Path sample = dir.resolve("sample.s");
        Files.writeString(sample, Inputs.SMALL);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingDirs(tmp);
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Launch.train(sample.toString());
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("accepted"), text);
        assertTrue(text.contains("r0 = 1"), text);
        assertEquals(before, trainingDirs(tmp));
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
