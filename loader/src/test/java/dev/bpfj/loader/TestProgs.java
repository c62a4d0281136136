package dev.bpfj.loader;

import static dev.bpfj.core.insn.Insn.*;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.Relocation;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.AluOp;
import dev.bpfj.core.insn.AtomicOp;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.JmpOp;
import dev.bpfj.core.insn.Reg;
import dev.bpfj.core.insn.Size;
import dev.bpfj.core.insn.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small programs for the loader's kernel tests, built from core's instruction factories. */
public final class TestProgs {
    private TestProgs() {
    }

    /** Collects instructions, labels and map relocations. */
    static final class B {
        final List<Insn> insns = new ArrayList<>();
        final Map<String, Integer> labels = new HashMap<>();
        final List<Relocation> relocs = new ArrayList<>();

        B add(Insn... is) {
            insns.addAll(List.of(is));
            return this;
        }

        B label(String l) {
            labels.put(l, insns.size());
            return this;
        }

        B map(Reg dst, String map) {
            relocs.add(Relocation.map(insns.size(), map));
            insns.add(ldMap(dst));
            return this;
        }

        Program build(String name, ProgramType type, AttachType at, List<MapSpec> maps) {
            return new Program(name, type, at, "GPL", insns, labels, relocs, maps, List.of(), List.of(), null);
        }
    }

    public static Program returning(ProgramType type, AttachType at, int value) {
        return Program.of("ret" + value, type, at, List.of(mov64(Reg.R0, value), exit()));
    }

    /** A SOCKMAP with 8-byte values (so user space reads back cookies). */
    public static MapSpec sockmap(String name, int entries) {
        return MapSpec.of(name, MapType.SOCKMAP, 4, 8, entries);
    }

    /**
     * sk_lookup: when the local port is {@code port}, assign the socket at {@code key} of map
     * "sockets"; pass otherwise.
     */
    public static Program skLookupRedirect(String name, int port, int key) {
        return new B()
                .add(mov64(Reg.R6, Reg.R1),
                        load(Size.W, Reg.R2, Reg.R1, 60),
                        jump(JmpOp.JNE, Reg.R2, port, Target.label("pass")),
                        store(Size.W, Reg.R10, -4, key),
                        mov64(Reg.R2, Reg.R10),
                        alu64(AluOp.ADD, Reg.R2, -4))
                .map(Reg.R1, "sockets")
                .add(call(Helper.MAP_LOOKUP_ELEM.id()),
                        jump(JmpOp.JEQ, Reg.R0, 0, Target.label("pass")),
                        mov64(Reg.R7, Reg.R0),
                        mov64(Reg.R1, Reg.R6),
                        mov64(Reg.R2, Reg.R7),
                        mov64(Reg.R3, 0),
                        call(Helper.SK_ASSIGN.id()),
                        mov64(Reg.R1, Reg.R7),
                        call(Helper.SK_RELEASE.id()))
                .label("pass")
                .add(mov64(Reg.R0, Flags.SK_PASS), exit())
                .build(name, ProgramType.SK_LOOKUP, AttachType.SK_LOOKUP, List.of(sockmap("sockets", 4)));
    }

    /** sk_reuseport: select the socket at {@code key} of REUSEPORT_SOCKARRAY "group". */
    public static Program reuseportSelect(int key, int groupSize) {
        return new B()
                .add(store(Size.W, Reg.R10, -4, key),
                        mov64(Reg.R3, Reg.R10),
                        alu64(AluOp.ADD, Reg.R3, -4))
                .map(Reg.R2, "group")
                .add(mov64(Reg.R4, 0),
                        call(Helper.SK_SELECT_REUSEPORT.id()),
                        mov64(Reg.R0, Flags.SK_PASS),
                        exit())
                .build("select" + key, ProgramType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT,
                        List.of(MapSpec.of("group", MapType.REUSEPORT_SOCKARRAY, 4, 8, groupSize)));
    }

    /**
     * sk_msg: count each message in ARRAY "counts"[0] (atomic add), then return the verdict held in
     * "verdict"[0] (SK_PASS when absent).
     */
    public static Program skMsgCounting() {
        return new B()
                .add(store(Size.W, Reg.R10, -4, 0),
                        mov64(Reg.R2, Reg.R10),
                        alu64(AluOp.ADD, Reg.R2, -4))
                .map(Reg.R1, "counts")
                .add(call(Helper.MAP_LOOKUP_ELEM.id()),
                        jump(JmpOp.JEQ, Reg.R0, 0, Target.label("verdict")),
                        mov64(Reg.R1, 1),
                        new Insn.Atomic(Size.DW, AtomicOp.ADD, Reg.R0, 0, Reg.R1))
                .label("verdict")
                .add(mov64(Reg.R2, Reg.R10),
                        alu64(AluOp.ADD, Reg.R2, -4))
                .map(Reg.R1, "verdict")
                .add(call(Helper.MAP_LOOKUP_ELEM.id()),
                        mov64(Reg.R6, Flags.SK_PASS),
                        jump(JmpOp.JEQ, Reg.R0, 0, Target.label("out")),
                        load(Size.W, Reg.R6, Reg.R0, 0))
                .label("out")
                .add(mov64(Reg.R0, Reg.R6), exit())
                .build("msgcount", ProgramType.SK_MSG, AttachType.SK_MSG_VERDICT,
                        List.of(MapSpec.of("counts", MapType.ARRAY, 4, 8, 1),
                                MapSpec.of("verdict", MapType.ARRAY, 4, 4, 1),
                                sockmap("sockets", 4)));
    }
}
