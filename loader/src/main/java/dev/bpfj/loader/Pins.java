package dev.bpfj.loader;

import dev.bpfj.core.abi.Command;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;

/** BPF_OBJ_PIN and BPF_OBJ_GET. */
final class Pins {
    private Pins() {
    }

    static void pin(int fd, Path path, String what) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, Attr.OBJ);
            attr.set(ValueLayout.JAVA_LONG, Attr.off(Attr.OBJ, "pathname"),
                    a.allocateFrom(path.toAbsolutePath().toString()).address());
            attr.set(ValueLayout.JAVA_INT, Attr.off(Attr.OBJ, "bpf_fd"), fd);
            int r = Bpf.call(Command.OBJ_PIN, attr, Attr.OBJ);
            if (r < 0 && !BpfFs.isBpfFs(path.toAbsolutePath().getParent())) {
                throw new BpfException(Command.OBJ_PIN.kernelName(), -r, what + " at " + path
                        + "", "pins live in a bpffs; " + path.toAbsolutePath().getParent()
                        + " is not in one (BpfFs.mount mounts one)");
            }
            Bpf.check(Command.OBJ_PIN, r, what + " at " + path);
        }
    }

    /** A new fd for the object pinned at {@code path}. */
    static int get(Path path) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, Attr.OBJ);
            attr.set(ValueLayout.JAVA_LONG, Attr.off(Attr.OBJ, "pathname"),
                    a.allocateFrom(path.toAbsolutePath().toString()).address());
            return Bpf.check(Command.OBJ_GET, Bpf.call(Command.OBJ_GET, attr, Attr.OBJ), path.toString());
        }
    }
}
