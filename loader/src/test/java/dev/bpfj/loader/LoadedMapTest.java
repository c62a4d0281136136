package dev.bpfj.loader;

import dev.bpfj.core.abi.PossibleCpus;
import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.ns.NetNs;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.testkit.Env;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KernelLeakCheck.class)
class LoadedMapTest {
    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    @Test
    void hashMapTypedOperationsIterationAndFreeze() {
        try (LoadedMap m = LoadedMap.create(MapSpec.of("kv", MapType.HASH, 4, 8, 16))) {
            TypedMap<Integer, Long> kv = m.typed(Codec.u32(), Codec.u64());
            for (int i = 1; i <= 5; i++) {
                kv.put(i, i * 100L);
            }
            assertEquals(Map.of(1, 100L, 2, 200L, 3, 300L, 4, 400L, 5, 500L), kv.entries());
            assertTrue(kv.remove(3));
            assertFalse(kv.remove(3));
            assertTrue(kv.get(3).isEmpty());
            assertEquals(4, m.keyList().size());
            BpfException dup = assertThrows(BpfException.class, () -> kv.put(1, 7L, LoadedMap.UpdateMode.NO_EXIST));
            assertEquals(Errno.EEXIST, dup.errno());
            BpfException missing = assertThrows(BpfException.class, () -> kv.put(9, 7L, LoadedMap.UpdateMode.EXIST));
            assertEquals(Errno.ENOENT, missing.errno());
            MapInfo info = m.info();
            assertEquals(MapType.HASH, info.type());
            assertEquals("kv", info.name());
            assertEquals(16, info.maxEntries());
            m.freeze();
            BpfException frozen = assertThrows(BpfException.class, () -> kv.put(1, 1L));
            assertEquals(Errno.EPERM, frozen.errno());
            assertEquals(100L, kv.get(1).orElseThrow());
        }
    }

    @Test
    void perCpuValuesHoldOneSlotPerPossibleCpu() {
        try (LoadedMap m = LoadedMap.create(MapSpec.of("pc", MapType.PERCPU_ARRAY, 4, 4, 2))) {
            int n = PossibleCpus.host().count();
            assertEquals(8 * n, m.userValueSize());
            byte[] v = new byte[8 * n];
            for (int i = 0; i < n; i++) {
                v[i * 8] = (byte) (i + 1);
            }
            m.update(Codec.u32().encode(1), v);
            assertArrayEquals(v, m.lookup(Codec.u32().encode(1)));
        }
    }

    @Test
    void mapInMapTakesInnerMapFds() {
        MapSpec inner = MapSpec.of("inner", MapType.ARRAY, 4, 4, 1);
        try (LoadedMap outer = LoadedMap.create(MapSpec.of("outer", MapType.ARRAY_OF_MAPS, 4, 4, 2).withInner(inner));
             LoadedMap one = LoadedMap.create(inner)) {
            outer.update(Codec.u32().encode(0), Codec.u32().encode(one.fd()));
            // Reading back gives the inner map's id.
            assertEquals(one.info().id(), Codec.u32().decode(outer.lookup(Codec.u32().encode(0))));
        }
    }

    @Test
    void badSpecsAndKeysAreExplained() {
        BpfException e = assertThrows(BpfException.class,
                () -> LoadedMap.create(MapSpec.of("bad", MapType.ARRAY, 8, 4, 1)));
        assertEquals(Errno.EINVAL, e.errno());
        assertTrue(e.getMessage().startsWith("BPF_MAP_CREATE: EINVAL (Invalid argument): map \"bad\""), e.getMessage());
        try (LoadedMap m = LoadedMap.create(MapSpec.of("ok", MapType.ARRAY, 4, 4, 1))) {
            assertThrows(IllegalArgumentException.class, () -> m.lookup(new byte[8]));
            assertThrows(IllegalArgumentException.class, () -> m.typed(Codec.u64(), Codec.u32()));
            assertThrows(IllegalStateException.class, () -> m.socketCookie(0));
        }
    }

    @Test
    void pinsInAPrivateBpffsAndOpensThemAgain(@TempDir Path dir) throws IOException {
        BpfFs.mount(dir);
        try {
            assertTrue(BpfFs.isBpfFs(dir));
            Path pin = dir.resolve("counts");
            int id;
            try (LoadedMap m = LoadedMap.create(MapSpec.of("counts", MapType.ARRAY, 4, 8, 4))) {
                m.typed(Codec.u32(), Codec.u64()).put(2, 42L);
                m.pin(pin);
                id = m.info().id();
            }
            try (LoadedMap again = LoadedMap.openPinned(pin)) {
                assertEquals(id, again.info().id());
                assertEquals(MapType.ARRAY, again.type());
                assertEquals(42L, again.typed(Codec.u32(), Codec.u64()).get(2).orElseThrow());
            }
            Files.delete(pin); // unpin
            assertThrows(BpfException.class, () -> LoadedMap.openPinned(pin));
            try (LoadedProgram p = ProgramLoader.load(TestProgs.returning(ProgramType.SOCKET_FILTER, null, 0))) {
                p.pin(dir.resolve("prog"));
                try (LoadedProgram q = LoadedProgram.openPinned(dir.resolve("prog"))) {
                    assertEquals(p.info().id(), q.info().id());
                }
                Files.delete(dir.resolve("prog"));
            }
        } finally {
            BpfFs.unmount(dir);
        }
        try (LoadedMap m = LoadedMap.create(MapSpec.of("x", MapType.ARRAY, 4, 4, 1))) {
            BpfException e = assertThrows(BpfException.class, () -> m.pin(dir.resolve("x")));
            assertTrue(e.getMessage().contains("not in one"), e.getMessage());
        }
    }

    @Test
    void collectionsShareMapsAndReusePinnedOnes(@TempDir Path dir) {
        BpfFs.mount(dir);
        try {
            Program a = TestProgs.skLookupRedirect("a", 7777, 0);
            Program b = TestProgs.skLookupRedirect("b", 7778, 1);
            List<MapSpec> maps = List.of(TestProgs.sockmap("sockets", 4));
            int mapId;
            try (LoadedCollection c = LoadedCollection.load(maps, List.of(a, b), LogOptions.DEFAULT, dir)) {
                mapId = c.map("sockets").info().id();
                assertEquals(List.of(mapId), c.program("a").info().mapIds());
                assertEquals(List.of(mapId), c.program("b").info().mapIds());
            }
            try (LoadedCollection c = LoadedCollection.load(maps, List.of(a), LogOptions.DEFAULT, dir)) {
                assertEquals(mapId, c.map("sockets").info().id(), "reused the pinned map");
            }
            List<MapSpec> other = List.of(MapSpec.of("sockets", MapType.SOCKMAP, 4, 8, 8));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> LoadedCollection.load(other, List.of(a), LogOptions.DEFAULT, dir));
            assertTrue(e.getMessage().contains("max_entries 4 vs 8"), e.getMessage());
        } finally {
            BpfFs.unmount(dir);
        }
    }

    @Test
    void socketsFromNioChannelsAndFfmWithCookies() throws IOException {
        assertTrue(ChannelFds.available(), "the test JVM runs with " + ChannelFds.requiredFlag());
        try (NetNs ns = NetNs.create();
             LoadedMap hash = LoadedMap.create(MapSpec.of("sh", MapType.SOCKHASH, 4, 8, 4));
             LoadedMap map4 = LoadedMap.create(MapSpec.of("sm", MapType.SOCKMAP, 4, 4, 4))) {
            ServerSocketChannel ch = ns.call(() -> ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0)));
            NativeSocket ns2 = ns.call(() -> NativeSocket.tcpListener(new InetSocketAddress("127.0.0.1", 0), 8, false));
            try (ch; ns2) {
                hash.putSocket(7, SocketRef.of(ch));
                hash.putSocket(8, ns2);
                assertEquals(NativeSocket.cookieOf(SocketRef.of(ch)), hash.socketCookie(7));
                assertEquals(ns2.cookie(), hash.socketCookie(8));
                assertEquals(-1, hash.socketCookie(9));
                map4.putSocket(0, ns2);
                assertTrue(map4.delete(Codec.u32().encode(0)));
                // An empty SOCKMAP slot is EINVAL to delete, not ENOENT (kernel behaviour).
                BpfException empty = assertThrows(BpfException.class, () -> map4.delete(Codec.u32().encode(0)));
                assertEquals(Errno.EINVAL, empty.errno());
            }
        }
        assertTrue(ChannelFds.requiredFlag().startsWith("--add-exports java.base/sun.nio.ch="));
    }
}
