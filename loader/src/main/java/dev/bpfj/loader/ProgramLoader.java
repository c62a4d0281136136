package dev.bpfj.loader;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.PseudoSrc;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import dev.bpfj.core.abi.Errno;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@link Program}s into the kernel: creates (or takes) their maps, resolves each map
 * relocation on an {@code ld_imm64} to the map's fd, encodes and calls BPF_PROG_LOAD.
 *
 * <p>By default the first load asks for no log (the kernel verifies faster without one); when it
 * is refused the loader loads again with log level 1 into a buffer that grows on ENOSPC, guided by
 * the kernel's {@code log_true_size}. A refusal becomes a {@link VerifierRejection}; {@link #tryLoad}
 * reports it as a {@link LoadResult} instead, for tools that collect kernel verdicts.
 *
 * <pre>{@code
 * try (LoadedProgram p = ProgramLoader.load(program)) {
 *     ...
 * } catch (VerifierRejection r) {
 *     System.err.println(r.source() + ": " + r.keyLine());
 * }
 * }</pre>
 */
public final class ProgramLoader {
    private ProgramLoader() {
    }

    /** Loads {@code p}, creating all its maps; the returned program owns them. */
    public static LoadedProgram load(Program p) {
        return load(p, LoadOptions.defaults());
    }

    /** Loads {@code p} reusing the given maps by name; creates the rest. */
    public static LoadedProgram load(Program p, Map<String, LoadedMap> maps) {
        return load(p, LoadOptions.defaults().withMaps(maps));
    }

    /**
     * Loads {@code p}.
     *
     * @throws VerifierRejection when the kernel refuses the program
     * @throws BpfException when a map cannot be created or the caller lacks privileges
     * @throws IllegalArgumentException when the program refers to a map it does not define
     */
    public static LoadedProgram load(Program p, LoadOptions options) {
        Prepared prep = prepare(p, options.maps());
        boolean done = false;
        try {
            Attempt at = loadWithLog(p, prep, options.log());
            if (at.result < 0) {
                int errno = -at.result;
                if (errno == Errno.EPERM) {
                    throw new BpfException(Command.PROG_LOAD.kernelName(), errno, "program \"" + p.name() + "\"");
                }
                throw rejection(p, prep, errno, at.log);
            }
            LoadedProgram lp = new LoadedProgram(at.result, p, prep.maps, prep.owned);
            done = true;
            return lp;
        } finally {
            if (!done) {
                prep.closeOwned();
            }
        }
    }

    /**
     * Loads {@code p} and reports the kernel's verdict without throwing; an accepted program is
     * closed again at once and every map created for it too. With {@link LogOptions#withStats()} the
     * result carries processed-instruction counts and verification time also for accepted programs.
     */
    public static LoadResult tryLoad(Program p, LogOptions log) {
        Prepared prep;
        try {
            prep = prepare(p, Map.of());
        } catch (BpfException e) {
            return new LoadResult(LoadResult.Stage.MAP_CREATE, e.errno(), "", e.getMessage(), -1,
                    SourcePos.UNKNOWN, -1, -1);
        } catch (RuntimeException e) {
            int insn = e instanceof dev.bpfj.core.insn.EncodeException ee ? ee.index() : -1;
            return new LoadResult(LoadResult.Stage.ENCODE, 0, "", String.valueOf(e.getMessage()), insn,
                    p.position(insn), -1, -1);
        }
        try {
            Attempt at = loadWithLog(p, prep, log);
            VerifierLog parsed = VerifierLog.parse(at.log);
            if (at.result >= 0) {
                dev.bpfj.loader.sys.Native.close(at.result);
                return new LoadResult(LoadResult.Stage.LOADED, 0, at.log, parsed.keyLine(), -1, SourcePos.UNKNOWN,
                        parsed.processedInsns(), parsed.verificationTimeUsec());
            }
            int insn = prep.template.insnIndex(parsed.slot());
            return new LoadResult(LoadResult.Stage.PROG_LOAD, -at.result, at.log, parsed.keyLine(), insn,
                    p.position(insn), parsed.processedInsns(), parsed.verificationTimeUsec());
        } finally {
            prep.closeOwned();
        }
    }

    private static VerifierRejection rejection(Program p, Prepared prep, int errno, String log) {
        VerifierLog parsed = VerifierLog.parse(log);
        int insn = prep.template.insnIndex(parsed.slot());
        return new VerifierRejection(p.name(), errno, log, parsed.keyLine(), parsed.context(), insn,
                p.position(insn), parsed.processedInsns(), attachTypeHint(p, errno, log));
    }

    /**
     * For an EINVAL with an empty log, what is wrong with the expected attach type, when that is
     * the likely cause (core's tables say which types need which); else null.
     */
    static String attachTypeHint(Program p, int errno, String log) {
        if (errno != Errno.EINVAL || (log != null && !log.isBlank())) {
            return null;
        }
        var type = p.type();
        var at = p.expectedAttachType();
        if (at == null && type.requiresExpectedAttachType()) {
            return type.shortName() + " programs must be loaded with an expected attach type ("
                    + type.expectedAttachTypes().stream().map(dev.bpfj.core.abi.AttachType::kernelName).toList()
                    + "); this one names none";
        }
        if (at != null && !type.acceptsExpectedAttachType(at)) {
            return type.shortName() + " programs cannot be loaded with expected attach type " + at.kernelName()
                    + "; allowed: " + type.expectedAttachTypes().stream()
                            .map(dev.bpfj.core.abi.AttachType::kernelName).toList();
        }
        return null;
    }

    // ---- preparation: maps and relocations ---------------------------------------------------

    record Prepared(Template template, Map<String, LoadedMap> maps, List<LoadedMap> owned) {
        void closeOwned() {
            for (LoadedMap m : owned) {
                m.close();
            }
        }
    }

    static Prepared prepare(Program p, Map<String, LoadedMap> given) {
        Template t = Template.of(p);
        Map<String, LoadedMap> maps = new LinkedHashMap<>();
        List<LoadedMap> owned = new ArrayList<>();
        boolean done = false;
        try {
            for (String name : t.referencedMaps) {
                LoadedMap m = given.get(name);
                if (m == null) {
                    MapSpec spec = p.map(name);
                    if (spec == null) {
                        throw new IllegalArgumentException("program \"" + p.name() + "\" refers to map \"" + name
                                + "\", which is neither among its maps nor given to the loader");
                    }
                    m = LoadedMap.create(spec);
                    owned.add(m);
                }
                maps.put(name, m);
            }
            // Maps the program defines but never references are still created: programs may
            // expose them to user space (and ELF objects list them).
            for (MapSpec spec : p.maps()) {
                if (!maps.containsKey(spec.name())) {
                    LoadedMap m = given.get(spec.name());
                    if (m == null) {
                        m = LoadedMap.create(spec);
                        owned.add(m);
                    }
                    maps.put(spec.name(), m);
                }
            }
            t.code(); // an encoding problem surfaces here, after the maps, as before the cache
            done = true;
            return new Prepared(t, maps, owned);
        } finally {
            if (!done) {
                owned.forEach(LoadedMap::close);
            }
        }
    }

    /**
     * What every load of one {@link Program} shares, computed once per program instance (programs
     * are immutable): the encoded instructions with each map reference already marked as a map fd
     * or map value load, where each fd goes, the maps referenced, the slot of every instruction,
     * the license and name bytes. A load then copies the bytes and patches one 32-bit immediate
     * per relocation instead of re-encoding the program.
     */
    static final class Template {
        final List<String> referencedMaps;
        private final byte[] code;
        private final RuntimeException encodeError;
        /** Byte offset in {@link #code} of the immediate that takes the fd of map {@link #fdMaps}[i]. */
        final int[] fdOffsets;
        final String[] fdMaps;
        private final int[] slots;
        final byte[] license;
        final byte[] name;
        final int progType;
        final int expectedAttachType;

        private Template(Program p) {
            referencedMaps = List.copyOf(p.referencedMaps());
            int n = p.relocations().size();
            fdOffsets = new int[n];
            fdMaps = new String[n];
            byte[] c = null;
            int[] sl = null;
            RuntimeException err = null;
            try {
                List<Insn> insns = p.insns();
                if (n > 0) {
                    insns = new ArrayList<>(insns);
                    for (Relocation r : p.relocations()) {
                        if (r.insn() < 0 || r.insn() >= insns.size()
                                || !(insns.get(r.insn()) instanceof Insn.LoadImm64 ld)) {
                            throw new IllegalArgumentException("program \"" + p.name() + "\": relocation for map \""
                                    + r.symbol() + "\" is on insn " + r.insn()
                                    + ", which is not a 64-bit immediate load");
                        }
                        insns.set(r.insn(), switch (r.kind()) {
                            case MAP -> new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_FD, 0);
                            case MAP_VALUE -> new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_VALUE,
                                    (long) r.offset() << 32);
                        });
                    }
                }
                c = InsnCodec.encode(insns, p.labels());
                sl = InsnCodec.slotIndexes(insns);
                for (int i = 0; i < n; i++) {
                    Relocation r = p.relocations().get(i);
                    fdOffsets[i] = sl[r.insn()] * 8 + 4; // the first slot's imm holds the fd
                    fdMaps[i] = r.symbol();
                }
            } catch (RuntimeException e) {
                err = e;
            }
            code = c;
            slots = sl;
            encodeError = err;
            byte[] lic = p.license().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            license = java.util.Arrays.copyOf(lic, lic.length + 1); // NUL-terminated
            name = LoadedMap.kernelName(p.name());
            progType = p.type().id();
            expectedAttachType = p.expectedAttachType() == null ? -1 : p.expectedAttachType().id();
        }

        /** The encoded instructions (fds not yet patched in); throws what encoding threw. */
        byte[] code() {
            if (encodeError != null) {
                throw encodeError;
            }
            return code;
        }

        /** Maps a kernel slot index back to an index into the program's instructions; -1 when none matches. */
        int insnIndex(int slot) {
            if (slot < 0 || slots == null) {
                return -1;
            }
            int i = java.util.Arrays.binarySearch(slots, 0, slots.length - 1, slot);
            return i >= 0 ? i : -1;
        }

        private static final java.lang.ref.ReferenceQueue<Program> GONE = new java.lang.ref.ReferenceQueue<>();
        private static final java.util.concurrent.ConcurrentHashMap<Key, Template> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** Identity of a program, held weakly: a template lives as long as its program. */
        private static final class Key extends java.lang.ref.WeakReference<Program> {
            private final int hash;

            Key(Program p, java.lang.ref.ReferenceQueue<Program> q) {
                super(p, q);
                hash = System.identityHashCode(p);
            }

            @Override
            public int hashCode() {
                return hash;
            }

            @Override
            public boolean equals(Object o) {
                if (o == this) {
                    return true;
                }
                if (!(o instanceof Key k)) {
                    return false;
                }
                Program p = get();
                return p != null && p == k.get();
            }
        }

        static Template of(Program p) {
            for (Object gone; (gone = GONE.poll()) != null; ) {
                CACHE.remove(gone);
            }
            Template t = CACHE.get(new Key(p, null));
            if (t == null) {
                t = new Template(p);
                CACHE.put(new Key(p, GONE), t);
            }
            return t;
        }
    }

    // ---- BPF_PROG_LOAD -----------------------------------------------------------------------

    record Attempt(int result, String log, int logTrueSize) {
    }

    // Field offsets of BPF_PROG_LOAD's attr, looked up once.
    private static final long PROG_TYPE = Attr.off(Attr.PROG_LOAD, "prog_type");
    private static final long INSN_CNT = Attr.off(Attr.PROG_LOAD, "insn_cnt");
    private static final long INSNS = Attr.off(Attr.PROG_LOAD, "insns");
    private static final long LICENSE = Attr.off(Attr.PROG_LOAD, "license");
    private static final long LOG_LEVEL = Attr.off(Attr.PROG_LOAD, "log_level");
    private static final long LOG_SIZE = Attr.off(Attr.PROG_LOAD, "log_size");
    private static final long LOG_BUF = Attr.off(Attr.PROG_LOAD, "log_buf");
    private static final long PROG_NAME = Attr.off(Attr.PROG_LOAD, "prog_name");
    private static final long EXPECTED_ATTACH_TYPE = Attr.off(Attr.PROG_LOAD, "expected_attach_type");
    private static final long LOG_TRUE_SIZE = Attr.off(Attr.PROG_LOAD, "log_true_size");
    private static final long ATTR_SIZE = Attr.PROG_LOAD.byteSize();
    private static final long CODE_AT = (ATTR_SIZE + 7) & ~7L;
    private static final ValueLayout.OfInt IMM = ValueLayout.JAVA_INT.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * How often BPF_PROG_LOAD is repeated when it fails with EAGAIN, which the kernel returns when
     * a signal arrives while it verifies (libbpf also repeats a few times).
     */
    static final int EAGAIN_RETRIES = 5;

    /**
     * Calls {@code call} until it does not fail with EAGAIN, at most {@code 1 + retries} times;
     * returns the last result.
     */
    static int retryOnEagain(java.util.function.IntSupplier call, int retries) {
        int r = call.getAsInt();
        for (int i = 0; i < retries && r == -Errno.EAGAIN; i++) {
            r = call.getAsInt();
        }
        return r;
    }

    /** One load as the options say: without a log first unless {@code always}, then with one. */
    static Attempt loadWithLog(Program p, Prepared prep, LogOptions opt) {
        try (Call call = new Call(prep)) {
            if (opt.level() == 0 && !opt.stats()) {
                return call.attempt(0, 0);
            }
            if (!opt.always()) {
                Attempt first = call.attempt(0, 0);
                if (first.result >= 0) {
                    return first;
                }
            }
            int size = opt.initialSize();
            while (true) {
                Attempt at = call.attempt(opt.kernelLevel(), size);
                if (at.result != -Errno.ENOSPC || size >= opt.maxSize()) {
                    return at;
                }
                int want = at.logTrueSize > size ? at.logTrueSize : size * 4;
                size = (int) Math.min((long) opt.maxSize(), Math.max(want, (long) size * 2));
            }
        }
    }

    /**
     * The memory of one load: attr, instructions (map fds patched in) and license in one zeroed
     * block, filled once and reused by every attempt; only the log fields change between attempts.
     */
    private static final class Call implements AutoCloseable {
        private final Arena arena = Arena.ofConfined();
        private final MemorySegment attr;

        Call(Prepared prep) {
            Template t = prep.template;
            byte[] code = t.code();
            long licenseAt = CODE_AT + code.length;
            MemorySegment block = arena.allocate(licenseAt + t.license.length, 8);
            MemorySegment.copy(code, 0, block, ValueLayout.JAVA_BYTE, CODE_AT, code.length);
            for (int i = 0; i < t.fdOffsets.length; i++) {
                block.set(IMM, CODE_AT + t.fdOffsets[i], prep.maps.get(t.fdMaps[i]).fd());
            }
            MemorySegment.copy(t.license, 0, block, ValueLayout.JAVA_BYTE, licenseAt, t.license.length);
            attr = block.asSlice(0, ATTR_SIZE);
            attr.set(ValueLayout.JAVA_INT, PROG_TYPE, t.progType);
            attr.set(ValueLayout.JAVA_INT, INSN_CNT, code.length / 8);
            attr.set(ValueLayout.JAVA_LONG, INSNS, block.address() + CODE_AT);
            attr.set(ValueLayout.JAVA_LONG, LICENSE, block.address() + licenseAt);
            if (t.expectedAttachType >= 0) {
                attr.set(ValueLayout.JAVA_INT, EXPECTED_ATTACH_TYPE, t.expectedAttachType);
            }
            MemorySegment.copy(t.name, 0, attr, ValueLayout.JAVA_BYTE, PROG_NAME, t.name.length);
        }

        Attempt attempt(int level, int logSize) {
            if (level == 0) {
                setLog(0, 0, MemorySegment.NULL);
                int r = retryOnEagain(() -> Bpf.call(Command.PROG_LOAD, attr, Attr.PROG_LOAD), EAGAIN_RETRIES);
                return new Attempt(r, "", attr.get(ValueLayout.JAVA_INT, LOG_TRUE_SIZE));
            }
            // A log buffer of its own per attempt: it may grow to megabytes and is dropped at once.
            try (Arena logArena = Arena.ofConfined()) {
                MemorySegment logBuf = logArena.allocate(logSize);
                setLog(level, logSize, logBuf);
                int r = retryOnEagain(() -> Bpf.call(Command.PROG_LOAD, attr, Attr.PROG_LOAD), EAGAIN_RETRIES);
                return new Attempt(r, logBuf.getString(0), attr.get(ValueLayout.JAVA_INT, LOG_TRUE_SIZE));
            }
        }

        private void setLog(int level, int size, MemorySegment buf) {
            attr.set(ValueLayout.JAVA_INT, LOG_LEVEL, level);
            attr.set(ValueLayout.JAVA_INT, LOG_SIZE, size);
            attr.set(ValueLayout.JAVA_LONG, LOG_BUF, buf.address());
            attr.set(ValueLayout.JAVA_INT, LOG_TRUE_SIZE, 0);
        }

        @Override
        public void close() {
            arena.close();
        }
    }
}
