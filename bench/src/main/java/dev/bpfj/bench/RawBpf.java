package dev.bpfj.bench;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.PseudoSrc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The floor under the loader: the same bpf(2) calls the loader makes for a program (and its
 * maps), with every argument built once beforehand, so a loop over {@link #loadProgram} costs
 * the kernel's time plus a downcall and nothing else. The loader's own overhead is the
 * difference between {@code ProgramLoader.load} and this.
 *
 * <p>It uses the loader's internal {@code bpf_attr} layouts and its bpf(2) downcall (public types
 * of a package the loader module does not export), so the benchmark and the loader can never
 * disagree about the ABI; that needs the class path, as {@code bench/run} and
 * {@code bench/compare} run it.
 */
public final class RawBpf {
    private final StructLayout progLoad;
    private final StructLayout mapCreate;
    private final MethodHandle off;
    private final MethodHandle bpf;
    private final MethodHandle close;

    private RawBpf() {
        try {
            Class<?> attr = Class.forName("dev.bpfj.loader.sys.Attr");
            Class<?> nat = Class.forName("dev.bpfj.loader.sys.Native");
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            progLoad = (StructLayout) attr.getField("PROG_LOAD").get(null);
            mapCreate = (StructLayout) attr.getField("MAP_CREATE").get(null);
            off = l.findStatic(attr, "off", MethodType.methodType(long.class, StructLayout.class, String.class));
            bpf = l.findStatic(nat, "bpf", MethodType.methodType(int.class, int.class, MemorySegment.class, long.class));
            close = l.findStatic(nat, "close", MethodType.methodType(int.class, int.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("the raw bpf(2) floor needs the loader's internals on the class path "
                    + "(run through bench/run or bench/compare): " + e, e);
        }
    }

    private static RawBpf instance;

    /** The shared instance; fails with a clear message when the loader's internals are not reachable. */
    public static synchronized RawBpf get() {
        if (instance == null) {
            instance = new RawBpf();
        }
        return instance;
    }

    private long off(StructLayout layout, String field) {
        try {
            return (long) off.invokeExact(layout, field);
        } catch (Throwable t) {
            throw new IllegalStateException("no field " + field + " in " + layout.name().orElse("layout"), t);
        }
    }

    /** bpf(2); the result or -errno. */
    public int call(Command cmd, MemorySegment attr, StructLayout layout) {
        try {
            return (int) bpf.invokeExact(cmd.id(), attr, layout.byteSize());
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public void close(int fd) {
        try {
            int r = (int) close.invokeExact(fd);
            if (r < 0) {
                throw new IllegalStateException("close(" + fd + ") failed: " + r);
            }
        } catch (Throwable t) {
            throw t instanceof RuntimeException re ? re : new IllegalStateException(t);
        }
    }

    /**
     * A prepared BPF_PROG_LOAD: the attr points at the relocated instructions, {@code text};
     * {@code relocSlots[i]} is the slot whose immediate holds the fd of map {@code relocMaps[i]}.
     */
    public record ProgLoad(String name, MemorySegment attr, MemorySegment text, int[] relocSlots,
                           String[] relocMaps) {
        /** Points the map references at new fds (maps created again get new numbers). */
        public void patch(Map<String, Integer> mapFds) {
            for (int i = 0; i < relocSlots.length; i++) {
                text.set(ValueLayout.JAVA_INT, relocSlots[i] * 8L + 4, mapFds.get(relocMaps[i]));
            }
        }
    }

    /** A prepared BPF_MAP_CREATE. */
    public record MapCreate(String name, MemorySegment attr) {
    }

    /**
     * Builds the BPF_PROG_LOAD attr for {@code p} with its map references resolved to
     * {@code mapFds} (by map name), allocated in {@code arena}. No log is asked for, as the
     * loader's first attempt does.
     */
    public ProgLoad prepare(Program p, Map<String, Integer> mapFds, Arena arena) {
        List<Insn> insns = new ArrayList<>(p.insns());
        for (Relocation r : p.relocations()) {
            Insn.LoadImm64 ld = (Insn.LoadImm64) insns.get(r.insn());
            Integer fd = mapFds.get(r.symbol());
            if (fd == null) {
                throw new IllegalArgumentException(p.name() + ": no fd for map " + r.symbol());
            }
            insns.set(r.insn(), switch (r.kind()) {
                case MAP -> new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_FD, fd & 0xffffffffL);
                case MAP_VALUE -> new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_VALUE,
                        ((long) r.offset() << 32) | (fd & 0xffffffffL));
            });
        }
        byte[] code = InsnCodec.encode(insns, p.labels());
        int[] slotOf = InsnCodec.slotIndexes(insns);
        int[] relocSlots = new int[p.relocations().size()];
        String[] relocMaps = new String[relocSlots.length];
        for (int i = 0; i < relocSlots.length; i++) {
            relocSlots[i] = slotOf[p.relocations().get(i).insn()];
            relocMaps[i] = p.relocations().get(i).symbol();
        }
        MemorySegment text = arena.allocate(code.length, 8);
        MemorySegment.copy(code, 0, text, ValueLayout.JAVA_BYTE, 0, code.length);
        MemorySegment license = arena.allocateFrom(p.license());
        MemorySegment attr = arena.allocate(progLoad);
        attr.set(ValueLayout.JAVA_INT, off(progLoad, "prog_type"), p.type().id());
        attr.set(ValueLayout.JAVA_INT, off(progLoad, "insn_cnt"), code.length / 8);
        attr.set(ValueLayout.JAVA_LONG, off(progLoad, "insns"), text.address());
        attr.set(ValueLayout.JAVA_LONG, off(progLoad, "license"), license.address());
        if (p.expectedAttachType() != null) {
            attr.set(ValueLayout.JAVA_INT, off(progLoad, "expected_attach_type"), p.expectedAttachType().id());
        }
        putName(attr, off(progLoad, "prog_name"), p.name());
        return new ProgLoad(p.name(), attr, text, relocSlots, relocMaps);
    }

    /** Builds the BPF_MAP_CREATE attr for {@code spec} (not for map-in-map types). */
    public MapCreate prepare(MapSpec spec, Arena arena) {
        if (spec.inner() != null) {
            throw new IllegalArgumentException("map-in-map " + spec.name() + " is not supported by the floor");
        }
        MemorySegment attr = arena.allocate(mapCreate);
        attr.set(ValueLayout.JAVA_INT, off(mapCreate, "map_type"), spec.type().id());
        attr.set(ValueLayout.JAVA_INT, off(mapCreate, "key_size"), spec.keySize());
        attr.set(ValueLayout.JAVA_INT, off(mapCreate, "value_size"), spec.valueSize());
        attr.set(ValueLayout.JAVA_INT, off(mapCreate, "max_entries"), spec.maxEntries());
        attr.set(ValueLayout.JAVA_INT, off(mapCreate, "map_flags"), spec.flags());
        putName(attr, off(mapCreate, "map_name"), spec.name());
        return new MapCreate(spec.name(), attr);
    }

    /** One BPF_PROG_LOAD: the new fd, or throws with the errno. */
    public int loadProgram(ProgLoad l) {
        int fd = call(Command.PROG_LOAD, l.attr(), progLoad);
        if (fd < 0) {
            throw new IllegalStateException("BPF_PROG_LOAD of " + l.name() + " failed: errno " + -fd);
        }
        return fd;
    }

    /** One BPF_MAP_CREATE: the new fd, or throws with the errno. */
    public int createMap(MapCreate m) {
        int fd = call(Command.MAP_CREATE, m.attr(), mapCreate);
        if (fd < 0) {
            throw new IllegalStateException("BPF_MAP_CREATE of " + m.name() + " failed: errno " + -fd);
        }
        return fd;
    }

    /** The kernel keeps 15 characters of [A-Za-z0-9_.]; the rest is replaced as the loader does. */
    private static void putName(MemorySegment attr, long off, String name) {
        for (int i = 0; i < name.length() && i < 15; i++) {
            char c = name.charAt(i);
            attr.set(ValueLayout.JAVA_BYTE, off + i,
                    (byte) (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.') ? c : '_'));
        }
    }
}
