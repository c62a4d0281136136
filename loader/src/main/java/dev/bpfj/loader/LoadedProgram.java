package dev.bpfj.loader;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.ProgramType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A program loaded in the kernel, owning its fd and the maps the loader created for it. Closing
 * it closes those maps too; the kernel unloads the program once no fd, link, pin or attachment
 * holds it.
 */
public final class LoadedProgram extends FdHandle {
    private final String name;
    private final ProgramType type;
    private final AttachType expectedAttachType;
    private final Program source;
    private final Map<String, LoadedMap> maps;
    private final List<LoadedMap> owned;

    LoadedProgram(int fd, Program source, Map<String, LoadedMap> maps, List<LoadedMap> owned) {
        super(fd);
        this.name = source.name();
        this.type = source.type();
        this.expectedAttachType = source.expectedAttachType();
        this.source = source;
        this.maps = Map.copyOf(maps);
        this.owned = List.copyOf(owned);
    }

    private LoadedProgram(int fd, ProgramInfo info) {
        super(fd);
        this.name = info.name();
        this.type = info.type();
        this.expectedAttachType = null;
        this.source = null;
        this.maps = Map.of();
        this.owned = List.of();
    }

    /** Loads {@code p} with {@link ProgramLoader#load(Program)}: creates its maps, which it then owns. */
    public static LoadedProgram load(Program p) {
        return ProgramLoader.load(p);
    }

    /** Loads {@code p} reusing {@code maps} by name (not owned), creating the others. */
    public static LoadedProgram load(Program p, Map<String, LoadedMap> maps) {
        return ProgramLoader.load(p, maps);
    }

    /** Takes ownership of a program fd obtained elsewhere. */
    public static LoadedProgram adopt(int fd) {
        ProgramInfo info;
        try {
            info = ProgramInfo.of(fd);
        } catch (RuntimeException e) {
            dev.bpfj.loader.sys.Native.close(fd);
            throw e;
        }
        return new LoadedProgram(fd, info);
    }

    /** Opens the program pinned at {@code path}. */
    public static LoadedProgram openPinned(Path path) {
        return adopt(Pins.get(path));
    }

    /** Opens the program with kernel id {@code id}. */
    public static LoadedProgram byId(int id) {
        return adopt(Ids.fdById(Command.PROG_GET_FD_BY_ID, id));
    }

    public String name() {
        return name;
    }

    public ProgramType type() {
        return type;
    }

    /** The expected attach type it was loaded with; null when none or unknown (opened by id or pin). */
    public AttachType expectedAttachType() {
        return expectedAttachType;
    }

    /** The program it was loaded from; null when opened by id or pin. */
    public Program source() {
        return source;
    }

    /** The map the program uses under {@code name}, or null. */
    public LoadedMap map(String mapName) {
        return maps.get(mapName);
    }

    /** Every map the program uses, by name. */
    public Map<String, LoadedMap> maps() {
        return maps;
    }

    public ProgramInfo info() {
        return ProgramInfo.of(fd());
    }

    /** Pins the program at {@code path} in a bpffs. */
    public void pin(Path path) {
        Pins.pin(fd(), path, what());
    }

    /** Runs the program once or {@code repeat} times with BPF_PROG_TEST_RUN. */
    public TestRun.Result testRun(TestRun run) {
        return TestRun.run(this, run);
    }

    @Override
    protected String what() {
        return "program \"" + name + "\"";
    }

    @Override
    public void close() {
        super.close();
        for (LoadedMap m : owned) {
            m.close();
        }
    }
}
