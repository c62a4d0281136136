package dev.bpfj.verifier;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.DecodeException;
import dev.bpfj.core.insn.Insn;
import dev.bpfj.core.insn.InsnCodec;
import dev.bpfj.core.insn.Target;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.bpfj.verifier.engine.Engine;

/**
 * Entry point: the kernel's verdict on a {@link Program}, computed without a kernel. Privileged
 * (root) semantics of Linux 6.18.
 *
 * <pre>{@code
 * VerifierResult r = Verifier.verify(program);
 * if (!r.accepted()) {
 *     System.err.println(r.location() + ": error: " + r.message());
 * }
 * }</pre>
 */
public final class Verifier {
    private Verifier() {
    }

    public static VerifierResult verify(Program program) {
        return verify(program, VerifierOptions.DEFAULT);
    }

    public static VerifierResult verify(Program program, VerifierOptions options) {
        return new Engine(program, program.insns(), options, Map.of(), Map.of()).run();
    }

    /**
     * The verdict on raw instruction bytes as the kernel would receive them, including encodings
     * bpfj's model cannot hold: unknown opcodes are refused before anything else, instructions
     * using reserved fields when the walk reaches them, each with the kernel's message. Map
     * references cannot be resolved (there are no maps), as with a bad map fd.
     */
    public static VerifierResult verifyRaw(String name, ProgramType type, AttachType expectedAttachType,
                                           String license, byte[] code, VerifierOptions options) {
        if (code.length % 8 != 0) {
            throw new IllegalArgumentException("program size " + code.length + " is not a multiple of 8 bytes");
        }
        ByteBuffer buf = ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN);
        long[] slots = new long[code.length / 8];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = buf.getLong();
        }
        List<Insn> insns = new ArrayList<>();
        Map<Integer, String> bad = new HashMap<>();
        Map<Integer, Insn> shown = new HashMap<>();
        for (int s = 0; s < slots.length; s++) {
            boolean wide = (slots[s] & 0xff) == 0x18 && s + 1 < slots.length;
            long[] one = wide ? new long[] {slots[s], slots[s + 1]} : new long[] {slots[s]};
            try {
                Insn insn = InsnCodec.decodeSlots(one).getFirst();
                insns.add(insn);
                s += insn.slots() - 1;
            } catch (DecodeException e) {
                // Keep one slot per undecodable instruction; the engine reports it in the kernel's order.
                bad.put(s, e.kernelMessage());
                Insn lenient = lenient(slots[s]);
                if (lenient != null) {
                    shown.put(s, lenient);
                }
                insns.add(lenient != null && lenient.slots() == 1 ? lenient : new Insn.Ja(Target.offset(0)));
            }
        }
        Program p = new Program(name, type, expectedAttachType, license, insns, Map.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        return new Engine(p, insns, options, bad, shown).run();
    }

    /** The instruction with its reserved fields cleared, for the log; null when still undecodable. */
    private static Insn lenient(long slot) {
        long[] masks = {~(0xffffL << 16), ~(0xfL << 12), ~(0xffffffffL << 32), ~(0xfL << 8)};
        long v = slot;
        for (long m : masks) {
            v &= m;
            try {
                return InsnCodec.decodeSlots(new long[] {v}).getFirst();
            } catch (DecodeException e) {
                // try clearing the next field
            }
        }
        return null;
    }
}
