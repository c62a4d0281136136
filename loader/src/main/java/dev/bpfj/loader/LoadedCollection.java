package dev.bpfj.loader;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole object loaded at once (for example the programs and maps of an ELF file): its maps,
 * created once and shared by all its programs, and its programs. One handle closes everything.
 *
 * <p>With a pin directory, maps already pinned there by name ({@code DIR/NAME}) are reused instead
 * of created (after checking they have the same shape), and new maps are pinned there: several
 * loads of one object then share their maps, as libbpf's pinning by name does.
 */
public final class LoadedCollection implements AutoCloseable {
    private final Map<String, LoadedMap> maps;
    private final Map<String, LoadedProgram> programs;

    private LoadedCollection(Map<String, LoadedMap> maps, Map<String, LoadedProgram> programs) {
        this.maps = Collections.unmodifiableMap(maps);
        this.programs = Collections.unmodifiableMap(programs);
    }

    /** Creates {@code mapSpecs} and loads {@code progs}; on any failure everything made so far is closed. */
    public static LoadedCollection load(List<MapSpec> mapSpecs, List<Program> progs, LogOptions log) {
        return load(mapSpecs, progs, log, null);
    }

    /**
     * Like {@link #load(List, List, LogOptions)}, reusing and pinning maps by name in {@code mapPinDir}
     * (a bpffs directory; null for none).
     */
    public static LoadedCollection load(List<MapSpec> mapSpecs, List<Program> progs, LogOptions log, Path mapPinDir) {
        Map<String, LoadedMap> maps = new LinkedHashMap<>();
        Map<String, LoadedProgram> loaded = new LinkedHashMap<>();
        boolean done = false;
        try {
            for (MapSpec spec : mapSpecs) {
                maps.put(spec.name(), openOrCreate(spec, mapPinDir));
            }
            // Programs may carry their own copies of the object's map specs; the object's win.
            for (Program p : progs) {
                for (MapSpec spec : p.maps()) {
                    if (!maps.containsKey(spec.name())) {
                        maps.put(spec.name(), openOrCreate(spec, mapPinDir));
                    }
                }
            }
            // Every map exists before the first program: one copy of the map table serves them all.
            LoadOptions options = new LoadOptions(maps, log);
            for (Program p : progs) {
                loaded.put(p.name(), ProgramLoader.load(p, options));
            }
            done = true;
            return new LoadedCollection(maps, loaded);
        } finally {
            if (!done) {
                loaded.values().forEach(LoadedProgram::close);
                maps.values().forEach(LoadedMap::close);
            }
        }
    }

    private static LoadedMap openOrCreate(MapSpec spec, Path pinDir) {
        if (pinDir == null) {
            return LoadedMap.create(spec);
        }
        Path pin = pinDir.resolve(spec.name());
        if (Files.exists(pin)) {
            LoadedMap m = LoadedMap.openPinned(pin);
            List<String> diffs = new ArrayList<>();
            if (m.type() != spec.type()) {
                diffs.add("type " + (m.type() == null ? "?" : m.type().shortName()) + " vs " + spec.type().shortName());
            }
            if (m.keySize() != spec.keySize()) {
                diffs.add("key size " + m.keySize() + " vs " + spec.keySize());
            }
            if (m.valueSize() != spec.valueSize()) {
                diffs.add("value size " + m.valueSize() + " vs " + spec.valueSize());
            }
            if (m.maxEntries() != spec.maxEntries()) {
                diffs.add("max_entries " + m.maxEntries() + " vs " + spec.maxEntries());
            }
            if (!diffs.isEmpty()) {
                m.close();
                throw new IllegalStateException("the map pinned at " + pin + " does not match map \"" + spec.name()
                        + "\": " + String.join(", ", diffs));
            }
            return m;
        }
        LoadedMap m = LoadedMap.create(spec);
        try {
            m.pin(pin);
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
        return m;
    }

    public Map<String, LoadedMap> maps() {
        return maps;
    }

    public Map<String, LoadedProgram> programs() {
        return programs;
    }

    public LoadedProgram program(String name) {
        return programs.get(name);
    }

    public LoadedMap map(String name) {
        return maps.get(name);
    }

    /** Closes every program, then every map. Pins stay. */
    @Override
    public void close() {
        programs.values().forEach(LoadedProgram::close);
        maps.values().forEach(LoadedMap::close);
    }
}
