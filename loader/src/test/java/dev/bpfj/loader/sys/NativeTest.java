package dev.bpfj.loader.sys;

import dev.bpfj.core.abi.Errno;
import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.testkit.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeTest {
    @Test
    void syscallNumbersPerArchitecture() {
        assertEquals(321, Native.bpfSyscallNumber("Linux", "amd64"));
        assertEquals(321, Native.bpfSyscallNumber("Linux", "x86_64"));
        assertEquals(280, Native.bpfSyscallNumber("Linux", "aarch64"));
        assertEquals(-1, Native.bpfSyscallNumber("Linux", "riscv64"));
        assertEquals(-1, Native.bpfSyscallNumber("Mac OS X", "aarch64"));
    }

    @Test
    void errnoTableMatchesTheCLibrary(@TempDir Path dir) throws Exception {
        Env.requireTool("gcc");
        StringBuilder c = new StringBuilder("#include <errno.h>\n#include <stdio.h>\n#include <string.h>\nint main(void) {\n");
        Map<Integer, String> names = Errno.names();
        for (var e : names.entrySet()) {
            if (e.getKey() >= 512) {
                continue; // kernel-internal, not in errno.h
            }
            c.append("  printf(\"%d %d %s\\n\", ").append(e.getKey()).append(", ").append(e.getValue())
                    .append(", strerror(").append(e.getValue()).append("));\n");
        }
        c.append("  return 0;\n}\n");
        Files.writeString(dir.resolve("e.c"), c);
        Env.Run cc = Env.run(List.of("gcc", "-o", dir.resolve("e").toString(), dir.resolve("e.c").toString()), null, 60);
        assertEquals(0, cc.exitCode(), cc.stderr());
        int n = 0;
        for (String line : Env.run(dir.resolve("e").toString()).stdout().split("\n")) {
            String[] p = line.split(" ", 3);
            assertEquals(p[0], p[1], "errno value of " + names.get(Integer.parseInt(p[0])));
            assertEquals(p[2], Errno.description(Integer.parseInt(p[0])), "strerror of " + p[0]);
            n++;
        }
        assertTrue(n > 80, "compared " + n);
    }
}
