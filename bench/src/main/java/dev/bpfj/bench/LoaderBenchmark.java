package dev.bpfj.bench;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.loader.LoadOptions;
import dev.bpfj.loader.LoadedCollection;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.ProgramLoader;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The loader's own overhead (needs root and bpf(2)). Each pair does the same kernel work:
 * {@code programs} loads and closes every example program through {@code ProgramLoader} with its
 * maps already created, {@code programsFloor} makes the same BPF_PROG_LOAD calls with arguments
 * built beforehand ({@link RawBpf}); {@code objects} loads and closes the examples' objects with
 * {@code LoadedCollection} (maps created too), {@code objectsFloor} makes the same map and program
 * calls raw. The loader's overhead is each pair's difference; the kernel's share is the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed, pre-touched heap, so allocating sides do not pay first-touch page faults the floors do not.
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms256m", "-Xmx256m",
        "-XX:+AlwaysPreTouch"})
public class LoaderBenchmark {
    List<Program> programs;
    List<List<Program>> objects;
    final List<RawBpf.ProgLoad> prepared = new ArrayList<>();
    final List<List<RawBpf.MapCreate>> objectMaps = new ArrayList<>();
    final List<List<RawBpf.ProgLoad>> objectProgs = new ArrayList<>();
    /** Per object, its maps, created once for the {@code programs} pair. */
    final List<Map<String, LoadedMap>> objectLoadedMaps = new ArrayList<>();
    /** Per object, its map specs, built once so {@code objects} times the loader and not this list. */
    final List<List<MapSpec>> objectSpecs = new ArrayList<>();
    Arena arena;
    RawBpf raw;

    @Setup
    public void setup() {
        raw = RawBpf.get();
        arena = Arena.ofShared();
        programs = Workloads.examplePrograms();
        objects = Workloads.objectGroups(programs);
        for (List<Program> object : objects) {
            Map<String, LoadedMap> own = new HashMap<>();
            for (Program p : object) {
                for (MapSpec m : p.maps()) {
                    own.computeIfAbsent(m.name(), n -> LoadedMap.create(m));
                }
            }
            Map<String, Integer> fds = new HashMap<>();
            own.forEach((k, v) -> fds.put(k, v.fd()));
            for (Program p : object) {
                prepared.add(raw.prepare(p, fds, arena));
            }
            List<RawBpf.MapCreate> creates = new ArrayList<>();
            for (MapSpec m : mapsOf(object).values()) {
                creates.add(raw.prepare(m, arena));
            }
            objectMaps.add(creates);
            List<RawBpf.ProgLoad> loads = new ArrayList<>();
            for (Program p : object) {
                loads.add(raw.prepare(p, fds, arena));
            }
            objectProgs.add(loads);
            objectLoadedMaps.add(own);
            objectSpecs.add(List.copyOf(mapsOf(object).values()));
        }
    }

    static Map<String, MapSpec> mapsOf(List<Program> object) {
        Map<String, MapSpec> m = new LinkedHashMap<>();
        for (Program p : object) {
            for (MapSpec s : p.maps()) {
                m.putIfAbsent(s.name(), s);
            }
        }
        return m;
    }

    @TearDown
    public void tearDown() {
        for (Map<String, LoadedMap> own : objectLoadedMaps) {
            own.values().forEach(LoadedMap::close);
        }
        arena.close();
    }

    @Benchmark
    public int programs() {
        int n = 0;
        for (int o = 0; o < objects.size(); o++) {
            LoadOptions opts = LoadOptions.defaults().withMaps(objectLoadedMaps.get(o));
            for (Program p : objects.get(o)) {
                try (LoadedProgram lp = ProgramLoader.load(p, opts)) {
                    n += lp.fd();
                }
            }
        }
        return n;
    }

    @Benchmark
    public int programsFloor() {
        int n = 0;
        for (RawBpf.ProgLoad l : prepared) {
            int fd = raw.loadProgram(l);
            n += fd;
            raw.close(fd);
        }
        return n;
    }

    @Benchmark
    public int objects() {
        int n = 0;
        for (int o = 0; o < objects.size(); o++) {
            try (LoadedCollection c = LoadedCollection.load(objectSpecs.get(o), objects.get(o), LogOptions.DEFAULT)) {
                n += c.programs().size();
            }
        }
        return n;
    }

    @Benchmark
    public int objectsFloor() {
        int n = 0;
        // Insertion order: maps are closed in the order they were created, as LoadedCollection does.
        Map<String, Integer> fds = new LinkedHashMap<>();
        for (int o = 0; o < objects.size(); o++) {
            fds.clear();
            for (RawBpf.MapCreate m : objectMaps.get(o)) {
                fds.put(m.name(), raw.createMap(m));
            }
            List<RawBpf.ProgLoad> loads = objectProgs.get(o);
            int[] progFds = new int[loads.size()];
            for (int i = 0; i < progFds.length; i++) {
                RawBpf.ProgLoad l = loads.get(i);
                l.patch(fds);
                progFds[i] = raw.loadProgram(l);
            }
            for (int fd : progFds) {
                raw.close(fd);
                n++;
            }
            for (int fd : fds.values()) {
                raw.close(fd);
            }
        }
        return n;
    }
}
