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
import java.lang.foreign.StructLayout;
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
            Attempt at = loadWithLog(p, prep.code, options.log());
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
            Attempt at = loadWithLog(p, prep.code, log);
            VerifierLog parsed = VerifierLog.parse(at.log);
            if (at.result >= 0) {
                dev.bpfj.loader.sys.Native.close(at.result);
                return new LoadResult(LoadResult.Stage.LOADED, 0, at.log, parsed.keyLine(), -1, SourcePos.UNKNOWN,
                        parsed.processedInsns(), parsed.verificationTimeUsec());
            }
            int insn = insnIndex(p, prep.code, parsed.slot());
            return new LoadResult(LoadResult.Stage.PROG_LOAD, -at.result, at.log, parsed.keyLine(), insn,
                    p.position(insn), parsed.processedInsns(), parsed.verificationTimeUsec());
        } finally {
            prep.closeOwned();
        }
    }

    private static VerifierRejection rejection(Program p, Prepared prep, int errno, String log) {
        VerifierLog parsed = VerifierLog.parse(log);
        int insn = insnIndex(p, prep.code, parsed.slot());
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

    /** Maps a kernel slot index back to an index into {@code p.insns()}; -1 when none matches. */
    static int insnIndex(Program p, byte[] code, int slot) {
        if (slot < 0) {
            return -1;
        }
        int[] slots = InsnCodec.slotIndexes(p.insns());
        for (int i = 0; i < p.insns().size(); i++) {
            if (slots[i] == slot) {
                return i;
            }
        }
        return -1;
    }

    // ---- preparation: maps and relocations ---------------------------------------------------

    record Prepared(byte[] code, Map<String, LoadedMap> maps, List<LoadedMap> owned) {
        void closeOwned() {
            for (LoadedMap m : owned) {
                m.close();
            }
        }
    }

    static Prepared prepare(Program p, Map<String, LoadedMap> given) {
        Map<String, LoadedMap> maps = new LinkedHashMap<>();
        List<LoadedMap> owned = new ArrayList<>();
        boolean done = false;
        try {
            for (String name : p.referencedMaps()) {
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
            byte[] code = relocate(p, maps);
            done = true;
            return new Prepared(code, maps, owned);
        } finally {
            if (!done) {
                owned.forEach(LoadedMap::close);
            }
        }
    }

    /** The program's bytes with every map relocation pointing at its map's fd. */
    static byte[] relocate(Program p, Map<String, LoadedMap> maps) {
        if (p.relocations().isEmpty()) {
            return p.encode();
        }
        List<Insn> insns = new ArrayList<>(p.insns());
        for (Relocation r : p.relocations()) {
            if (r.insn() < 0 || r.insn() >= insns.size() || !(insns.get(r.insn()) instanceof Insn.LoadImm64 ld)) {
                throw new IllegalArgumentException("program \"" + p.name() + "\": relocation for map \"" + r.symbol()
                        + "\" is on insn " + r.insn() + ", which is not a 64-bit immediate load");
            }
            int fd = maps.get(r.symbol()).fd();
            insns.set(r.insn(), switch (r.kind()) {
                case MAP -> new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_FD, fd & 0xffffffffL);
                case MAP_VALUE -> new Insn.LoadImm64(ld.dst(), PseudoSrc.MAP_VALUE,
                        ((long) r.offset() << 32) | (fd & 0xffffffffL));
            });
        }
        return InsnCodec.encode(insns, p.labels());
    }

    // ---- BPF_PROG_LOAD -----------------------------------------------------------------------

    record Attempt(int result, String log, int logTrueSize) {
    }

    /** One load as the options say: without a log first unless {@code always}, then with one. */
    static Attempt loadWithLog(Program p, byte[] code, LogOptions opt) {
        if (opt.level() == 0 && !opt.stats()) {
            return rawLoad(p, code, 0, 0);
        }
        if (!opt.always()) {
            Attempt first = rawLoad(p, code, 0, 0);
            if (first.result >= 0) {
                return first;
            }
        }
        int size = opt.initialSize();
        while (true) {
            Attempt at = rawLoad(p, code, opt.kernelLevel(), size);
            if (at.result != -Errno.ENOSPC || size >= opt.maxSize()) {
                return at;
            }
            int want = at.logTrueSize > size ? at.logTrueSize : size * 4;
            size = (int) Math.min((long) opt.maxSize(), Math.max(want, (long) size * 2));
        }
    }

    static Attempt rawLoad(Program p, byte[] code, int level, int logSize) {
        StructLayout l = Attr.PROG_LOAD;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment insns = a.allocate(code.length, 8);
            MemorySegment.copy(code, 0, insns, ValueLayout.JAVA_BYTE, 0, code.length);
            MemorySegment license = a.allocateFrom(p.license());
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "prog_type"), p.type().id());
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "insn_cnt"), code.length / 8);
            attr.set(ValueLayout.JAVA_LONG, Attr.off(l, "insns"), insns.address());
            attr.set(ValueLayout.JAVA_LONG, Attr.off(l, "license"), license.address());
            if (p.expectedAttachType() != null) {
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "expected_attach_type"), p.expectedAttachType().id());
            }
            LoadedMap.putName(attr, Attr.off(l, "prog_name"), p.name());
            MemorySegment logBuf = MemorySegment.NULL;
            if (level != 0) {
                logBuf = a.allocate(logSize);
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "log_level"), level);
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "log_size"), logSize);
                attr.set(ValueLayout.JAVA_LONG, Attr.off(l, "log_buf"), logBuf.address());
            }
            int r = Bpf.call(Command.PROG_LOAD, attr, l);
            String log = level != 0 ? logBuf.getString(0) : "";
            int trueSize = attr.get(ValueLayout.JAVA_INT, Attr.off(l, "log_true_size"));
            return new Attempt(r, log, trueSize);
        }
    }
}
