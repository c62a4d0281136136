package dev.bpfj.loader;

import java.util.Map;
import java.util.Objects;

/**
 * Options of {@link ProgramLoader#load(dev.bpfj.core.Program, LoadOptions)}.
 *
 * @param maps maps already created (or opened pinned), by the name the program's relocations use;
 *     the loader creates the others from the program's {@code MapSpec}s, and the loaded program
 *     owns only those it created
 * @param log how to ask for the verifier log
 */
public record LoadOptions(Map<String, LoadedMap> maps, LogOptions log) {
    public LoadOptions {
        maps = Map.copyOf(maps);
        Objects.requireNonNull(log, "log");
    }

    public static LoadOptions defaults() {
        return new LoadOptions(Map.of(), LogOptions.DEFAULT);
    }

    public LoadOptions withMaps(Map<String, LoadedMap> m) {
        return new LoadOptions(m, log);
    }

    public LoadOptions withLog(LogOptions l) {
        return new LoadOptions(maps, l);
    }
}
