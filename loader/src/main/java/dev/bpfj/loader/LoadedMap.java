package dev.bpfj.loader;

import dev.bpfj.core.abi.PossibleCpus;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A live kernel map, owning its file descriptor. Keys and values are byte arrays of the map's sizes;
 * {@link #typed} gives a view with {@link Codec}s. For per-CPU maps a value holds one slot per
 * possible CPU, each rounded up to 8 bytes, as the kernel lays them out.
 *
 * <pre>{@code
 * try (LoadedMap m = LoadedMap.create(MapSpec.of("counts", MapType.ARRAY, 4, 8, 16))) {
 *     var counts = m.typed(Codec.u32(), Codec.u64());
 *     counts.put(3, 42L);
 * }
 * }</pre>
 */
public final class LoadedMap extends FdHandle {
    /** How an update treats an existing entry (the kernel's BPF_ANY, BPF_NOEXIST, BPF_EXIST). */
    public enum UpdateMode {
        ANY(Flags.BPF_ANY), NO_EXIST(Flags.BPF_NOEXIST), EXIST(Flags.BPF_EXIST);

        final long flag;

        UpdateMode(long flag) {
            this.flag = flag;
        }
    }

    // Field offsets of the attrs used on every map creation and element call, looked up once.
    private static final long MC_MAP_TYPE = Attr.off(Attr.MAP_CREATE, "map_type");
    private static final long MC_KEY_SIZE = Attr.off(Attr.MAP_CREATE, "key_size");
    private static final long MC_VALUE_SIZE = Attr.off(Attr.MAP_CREATE, "value_size");
    private static final long MC_MAX_ENTRIES = Attr.off(Attr.MAP_CREATE, "max_entries");
    private static final long MC_MAP_FLAGS = Attr.off(Attr.MAP_CREATE, "map_flags");
    private static final long MC_INNER_MAP_FD = Attr.off(Attr.MAP_CREATE, "inner_map_fd");
    private static final long MC_MAP_NAME = Attr.off(Attr.MAP_CREATE, "map_name");
    private static final long ME_MAP_FD = Attr.off(Attr.MAP_ELEM, "map_fd");
    private static final long ME_KEY = Attr.off(Attr.MAP_ELEM, "key");
    private static final long ME_VALUE = Attr.off(Attr.MAP_ELEM, "value");
    private static final long ME_FLAGS = Attr.off(Attr.MAP_ELEM, "flags");

    private final String name;
    private final MapType type;
    private final int keySize;
    private final int valueSize;
    private final int maxEntries;
    private final int flags;

    private LoadedMap(int fd, String name, MapType type, int keySize, int valueSize, int maxEntries, int flags) {
        super(fd);
        this.name = name;
        this.type = type;
        this.keySize = keySize;
        this.valueSize = valueSize;
        this.maxEntries = maxEntries;
        this.flags = flags;
    }

    /** Creates a map from its blueprint; map-in-map types get a template inner map, created and closed here. */
    public static LoadedMap create(MapSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.inner() != null) {
            try (LoadedMap inner = create(spec.inner())) {
                return create(spec, inner);
            }
        }
        return create(spec, null);
    }

    /** Creates a map-in-map whose inner maps look like {@code innerTemplate} (null for other types). */
    public static LoadedMap create(MapSpec spec, LoadedMap innerTemplate) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, Attr.MAP_CREATE);
            attr.set(ValueLayout.JAVA_INT, MC_MAP_TYPE, spec.type().id());
            attr.set(ValueLayout.JAVA_INT, MC_KEY_SIZE, spec.keySize());
            attr.set(ValueLayout.JAVA_INT, MC_VALUE_SIZE, spec.valueSize());
            attr.set(ValueLayout.JAVA_INT, MC_MAX_ENTRIES, spec.maxEntries());
            attr.set(ValueLayout.JAVA_INT, MC_MAP_FLAGS, spec.flags());
            if (innerTemplate != null) {
                attr.set(ValueLayout.JAVA_INT, MC_INNER_MAP_FD, innerTemplate.fd());
            }
            putName(attr, MC_MAP_NAME, spec.name());
            int fd = Bpf.call(Command.MAP_CREATE, attr, Attr.MAP_CREATE);
            if (fd < 0) {
                // The message is built only on failure: map creation is on every object load's path.
                Bpf.check(Command.MAP_CREATE, fd, "map \"" + spec.name() + "\" (" + spec.type().shortName()
                        + ", key " + spec.keySize() + ", value " + spec.valueSize() + ", max_entries "
                        + spec.maxEntries() + ")");
            }
            return new LoadedMap(fd, spec.name(), spec.type(), spec.keySize(), spec.valueSize(), spec.maxEntries(),
                    spec.flags());
        }
    }

    /** Takes ownership of a map fd obtained elsewhere; reads its shape from the kernel. */
    public static LoadedMap adopt(int fd) {
        MapInfo info;
        try {
            info = MapInfo.of(fd);
        } catch (RuntimeException e) {
            dev.bpfj.loader.sys.Native.close(fd);
            throw e;
        }
        return new LoadedMap(fd, info.name(), info.type(), info.keySize(), info.valueSize(), info.maxEntries(),
                info.flags());
    }

    /** Opens the map pinned at {@code path} in a bpffs. */
    public static LoadedMap openPinned(Path path) {
        return adopt(Pins.get(path));
    }

    /** Opens the map with kernel id {@code id}. */
    public static LoadedMap byId(int id) {
        return adopt(Ids.fdById(Command.MAP_GET_FD_BY_ID, id));
    }

    /**
     * Kernel object names are at most 15 characters of letters, digits, '_' and '.'; longer or
     * other names are shortened and cleaned rather than refused, the full name stays in Java.
     */
    static void putName(MemorySegment attr, long off, String name) {
        byte[] b = kernelName(name);
        MemorySegment.copy(b, 0, attr, ValueLayout.JAVA_BYTE, off, b.length);
    }

    /** The bytes {@link #putName} writes for {@code name} (no terminating NUL: the buffer is zeroed). */
    static byte[] kernelName(String name) {
        byte[] b = new byte[Math.min(15, name.length())];
        for (int i = 0; i < b.length; i++) {
            char c = name.charAt(i);
            b[i] = (byte) (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.') ? c : '_');
        }
        return b;
    }

    public String name() {
        return name;
    }

    public MapType type() {
        return type;
    }

    public int keySize() {
        return keySize;
    }

    public int valueSize() {
        return valueSize;
    }

    public int maxEntries() {
        return maxEntries;
    }

    public int flags() {
        return flags;
    }

    @Override
    protected String what() {
        return "map \"" + name + "\"";
    }

    /** The size of a value buffer as user space sees it: per-CPU maps hold one 8-byte-aligned slot per CPU. */
    public int userValueSize() {
        return isPerCpu(type) ? ((valueSize + 7) & ~7) * PossibleCpus.host().count() : valueSize;
    }

    static boolean isPerCpu(MapType t) {
        return t == MapType.PERCPU_ARRAY || t == MapType.PERCPU_HASH || t == MapType.LRU_PERCPU_HASH
                || t == MapType.PERCPU_CGROUP_STORAGE;
    }

    private MemorySegment keySeg(Arena a, byte[] key) {
        if (key == null) {
            return MemorySegment.NULL;
        }
        if (key.length != keySize) {
            throw new IllegalArgumentException(what() + " has " + keySize + "-byte keys, got " + key.length + " bytes");
        }
        return a.allocateFrom(ValueLayout.JAVA_BYTE, key);
    }

    private MemorySegment elemAttr(Arena a, MemorySegment key, MemorySegment value, long flagsValue) {
        MemorySegment attr = Attr.alloc(a, Attr.MAP_ELEM);
        attr.set(ValueLayout.JAVA_INT, ME_MAP_FD, fd());
        attr.set(ValueLayout.JAVA_LONG, ME_KEY, key.address());
        attr.set(ValueLayout.JAVA_LONG, ME_VALUE, value.address());
        attr.set(ValueLayout.JAVA_LONG, ME_FLAGS, flagsValue);
        return attr;
    }

    /** The value at {@code key}, or null when there is no such entry. */
    public byte[] lookup(byte[] key) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment value = a.allocate(userValueSize());
            int r = Bpf.call(Command.MAP_LOOKUP_ELEM, elemAttr(a, keySeg(a, key), value, 0), Attr.MAP_ELEM);
            if (r == -Errno.ENOENT) {
                return null;
            }
            Bpf.check(Command.MAP_LOOKUP_ELEM, r, what());
            return value.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** Sets {@code key} to {@code value}. */
    public void update(byte[] key, byte[] value, UpdateMode mode) {
        if (value.length != userValueSize()) {
            throw new IllegalArgumentException(what() + " has " + userValueSize() + "-byte values, got "
                    + value.length + " bytes");
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocateFrom(ValueLayout.JAVA_BYTE, value);
            Bpf.check(Command.MAP_UPDATE_ELEM, Bpf.call(Command.MAP_UPDATE_ELEM,
                    elemAttr(a, keySeg(a, key), v, mode.flag), Attr.MAP_ELEM), what());
        }
    }

    public void update(byte[] key, byte[] value) {
        update(key, value, UpdateMode.ANY);
    }

    /** Deletes {@code key}; false when it was absent. */
    public boolean delete(byte[] key) {
        try (Arena a = Arena.ofConfined()) {
            int r = Bpf.call(Command.MAP_DELETE_ELEM, elemAttr(a, keySeg(a, key), MemorySegment.NULL, 0),
                    Attr.MAP_ELEM);
            if (r == -Errno.ENOENT) {
                return false;
            }
            Bpf.check(Command.MAP_DELETE_ELEM, r, what());
            return true;
        }
    }

    /** The key after {@code key} (the first key when {@code key} is null), or null at the end. */
    public byte[] nextKey(byte[] key) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment next = a.allocate(Math.max(1, keySize));
            int r = Bpf.call(Command.MAP_GET_NEXT_KEY, elemAttr(a, keySeg(a, key), next, 0), Attr.MAP_ELEM);
            if (r == -Errno.ENOENT) {
                return null;
            }
            Bpf.check(Command.MAP_GET_NEXT_KEY, r, what());
            return next.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** The keys, walked lazily with BPF_MAP_GET_NEXT_KEY (entries changing meanwhile may be seen or not). */
    public Iterable<byte[]> keys() {
        return () -> new Iterator<>() {
            byte[] next = nextKey(null);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public byte[] next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                byte[] k = next;
                next = nextKey(k);
                return k;
            }
        };
    }

    /** All keys now in the map. */
    public List<byte[]> keyList() {
        List<byte[]> out = new ArrayList<>();
        keys().forEach(out::add);
        return out;
    }

    /** Makes the map read-only for user space (programs can still write). */
    public void freeze() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, Attr.MAP_ELEM);
            attr.set(ValueLayout.JAVA_INT, Attr.off(Attr.MAP_ELEM, "map_fd"), fd());
            Bpf.check(Command.MAP_FREEZE, Bpf.call(Command.MAP_FREEZE, attr, Attr.MAP_ELEM), what());
        }
    }

    /** Pins the map at {@code path}, which must lie in a mounted bpffs. */
    public void pin(Path path) {
        Pins.pin(fd(), path, what());
    }

    /** The kernel's description of this map. */
    public MapInfo info() {
        return MapInfo.of(fd());
    }

    /** A typed view; the codecs' sizes must match the map's. */
    public <K, V> TypedMap<K, V> typed(Codec<K> key, Codec<V> value) {
        return new TypedMap<>(this, key, value);
    }

    /**
     * Puts a socket into a SOCKMAP, SOCKHASH or REUSEPORT_SOCKARRAY at {@code key}. The map's value
     * size (4 or 8) decides how the fd is passed; the kernel takes its own reference to the socket.
     */
    public void putSocket(byte[] key, SocketRef socket) {
        requireSocketMap();
        int sfd = socket.socketFd();
        byte[] v = valueSize == 8 ? Codec.u64().encode((long) sfd) : Codec.u32().encode(sfd);
        update(key, v, UpdateMode.ANY);
    }

    public void putSocket(int key, SocketRef socket) {
        putSocket(Codec.u32().encode(key), socket);
    }

    /** The cookie of the socket at {@code key} (the map needs 8-byte values), or -1 when absent. */
    public long socketCookie(int key) {
        requireSocketMap();
        if (valueSize != 8) {
            throw new IllegalStateException(what() + " has 4-byte values; the kernel returns socket cookies "
                    + "only from maps with 8-byte values");
        }
        byte[] v = lookup(Codec.u32().encode(key));
        return v == null ? -1 : Codec.u64().decode(v);
    }

    void requireSocketMap() {
        if (type != MapType.SOCKMAP && type != MapType.SOCKHASH && type != MapType.REUSEPORT_SOCKARRAY) {
            throw new IllegalStateException(what() + " is a " + type.shortName()
                    + " map; sockets go into sockmap, sockhash or reuseport_sockarray maps");
        }
    }
}
