package dev.bpfj.verifier.engine;

import dev.bpfj.core.Program;
import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.CtxField;
import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.MapType;
import dev.bpfj.core.abi.ProgramType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sentence in plain words on how to fix a rejection, keyed on the kernel's message. */
final class Hints {
    private Hints() {
    }

    private static final Pattern READ_OK = Pattern.compile("R(\\d+) !read_ok");
    private static final Pattern INVALID_MEM = Pattern.compile("R(\\d+) invalid mem access '([a-z_]+)'");
    private static final Pattern CTX = Pattern.compile("invalid bpf_context access off=(-?\\d+) size=(\\d+)");
    private static final Pattern UNRELEASED = Pattern.compile("Unreleased reference id=(\\d+) alloc_insn=(\\d+)");
    private static final Pattern EXIT_RANGE = Pattern.compile("At program exit the register R0 .*\\[(-?\\d+), (-?\\d+)\\]");
    private static final Pattern ARG_TYPE = Pattern.compile("R(\\d+) type=([a-z_]+) expected=(.*)");
    private static final Pattern MAP_VALUE = Pattern.compile(
            "invalid access to map value, value_size=(\\d+) off=(-?\\d+) size=(\\d+)");
    private static final Pattern CANNOT_PASS = Pattern.compile("cannot pass map_type (\\d+) into func (\\S+)#\\d+");
    private static final Pattern CANNOT_USE = Pattern.compile("program of this type cannot use helper (\\S+)#\\d+");
    private static final Pattern STACK = Pattern.compile("invalid (read from|write to) stack R(\\d+) off=(-?\\d+) size=(\\d+)");

    static String hint(String msg, Program p, Cfg cfg, int insn) {
        String type = p.type().shortName();
        Matcher m;
        if (msg.isEmpty()) {
            return attachTypeHint(p);
        }
        String specific = SocketHints.hint(msg, p, cfg, insn);
        if (specific != null) {
            return specific;
        }
        if ((m = READ_OK.matcher(msg)).matches()) {
            int r = Integer.parseInt(m.group(1));
            if (r == 0 && insn >= 0 && insn < cfg.n && cfg.at[insn] instanceof dev.bpfj.core.insn.Insn.Exit) {
                return "r0 holds the return value but is not set on this path: assign it (e.g. r0 = 0) before exit";
            }
            if (r >= 1 && r <= 5) {
                return "r" + r + " is not set here; helper and function calls overwrite r1-r5, so keep values "
                        + "needed after a call in r6-r9 or set r" + r + " again";
            }
            return "r" + r + " is read before anything was written to it on this path: initialize it first";
        }
        if ((m = INVALID_MEM.matcher(msg)).matches()) {
            String r = "r" + m.group(1);
            String t = m.group(2);
            if (t.endsWith("_or_null")) {
                String why = t.startsWith("map_value") ? " (bpf_map_lookup_elem returns NULL when the key is absent)"
                        : t.startsWith("sock") ? " (socket lookups return NULL when nothing matches)" : "";
                return r + " may be NULL here" + why + ": test it with 'if " + r + " == 0 goto ...' before using it";
            }
            if (t.equals("scalar")) {
                return r + " holds a number, not a pointer: only pointers (context, stack, map values, "
                        + "checked packet data) can be dereferenced";
            }
            return r + " is a " + t + " pointer, which cannot be read or written through directly";
        }
        if ((m = CTX.matcher(msg)).matches()) {
            int off = Integer.parseInt(m.group(1));
            int size = Integer.parseInt(m.group(2));
            CtxLayout l = CtxLayout.of(p.type(), p.expectedAttachType());
            if (l != null) {
                CtxField f = off >= 0 ? l.fieldAt(off) : null;
                String where = f == null ? "no field of struct " + l.structName() + " at offset " + off
                        : "field " + f.name() + " of struct " + l.structName() + " (offset " + f.offset() + ", "
                        + f.size() + " bytes)";
                return "a " + type + " program cannot access " + size + " bytes at offset " + off + " of its context ("
                        + where + "): use a field's offset with an allowed size, and write only writable fields";
            }
            return "a " + type + " program cannot access " + size + " bytes at offset " + off + " of its context";
        }
        if ((m = UNRELEASED.matcher(msg)).matches()) {
            int alloc = Integer.parseInt(m.group(2));
            String where = lineOf(p, cfg, alloc);
            return "the reference acquired at insn " + alloc + where + " is not released on this path: call "
                    + "bpf_sk_release on it (after the NULL check) before exit";
        }
        if ((m = EXIT_RANGE.matcher(msg)).matches()) {
            return type + " programs must return a value between " + m.group(1) + " and " + m.group(2)
                    + ": set r0 to an allowed verdict before exit";
        }
        if (msg.startsWith("At program exit the register R0 is not a known value")) {
            return type + " programs must return a number: set r0 to a verdict, not a pointer, before exit";
        }
        if ((m = ARG_TYPE.matcher(msg)).matches()) {
            return "argument r" + m.group(1) + " of this call must be " + m.group(3) + ", but it holds "
                    + m.group(2) + (m.group(2).endsWith("_or_null") ? " (check it against 0 first)" : "");
        }
        if ((m = MAP_VALUE.matcher(msg)).matches()) {
            return "the access ends at byte " + (Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)))
                    + " of a " + m.group(1) + "-byte map value: keep offset + size within the value";
        }
        if ((m = CANNOT_PASS.matcher(msg)).matches()) {
            MapType mt = MapType.ofId(Integer.parseInt(m.group(1)));
            return m.group(2) + " does not work with " + (mt == null ? "this map type" : mt.shortName() + " maps")
                    + ": pass a map of a type it accepts";
        }
        if ((m = CANNOT_USE.matcher(msg)).matches()) {
            return m.group(1) + " is not available to " + type + " programs: use a helper this program type may call";
        }
        if ((m = STACK.matcher(msg)).matches()) {
            return "the stack lives below r10: use offsets from -512 up to -" + m.group(4)
                    + " (r10 - 8 for 8 bytes), aligned to the access size";
        }
        if (msg.startsWith("misaligned stack access")) {
            return "stack accesses must be aligned to their size: use an offset that is a multiple of it";
        }
        if (msg.startsWith("unreachable insn")) {
            return "this instruction can never run: remove it or make a jump reach it";
        }
        if (msg.startsWith("jump out of range")) {
            return "the jump leaves its function or the program: fix its target";
        }
        if (msg.startsWith("last insn is not an exit")) {
            return "end the program and every function with exit (or a goto)";
        }
        if (msg.startsWith("jump into the middle of ldimm64")) {
            return "a jump lands inside a 64-bit immediate load: jump to the instruction itself";
        }
        if (msg.startsWith("infinite loop detected")) {
            return "the loop comes back to the same state: make the loop variable change and the exit condition reachable";
        }
        if (msg.startsWith("BPF program is too large")) {
            return "the verifier would explore too many paths: reduce branches or loop bounds, or share code in functions";
        }
        if (msg.contains("min value is negative")) {
            return "the offset may be negative: check it is >= 0 (or compare unsigned) before using it";
        }
        if (msg.contains("unbounded memory access")) {
            return "the offset or size has no upper bound: compare it with a limit (or mask it) before using it";
        }
        if (msg.contains("max value is outside") || msg.contains("min value is outside")) {
            return "the variable offset can reach past the end: bound it more tightly before the access";
        }
        if (msg.startsWith("invalid access to packet") || msg.endsWith("offset is outside of the packet")) {
            return "prove the bytes are in the packet first: compare data + offset + size with data_end and "
                    + "access only on the branch where it fits";
        }
        if (msg.equals("frame pointer is read only")) {
            return "r10 is the frame pointer and cannot be written: copy it to another register first";
        }
        if (msg.equals("div by zero")) {
            return "division or modulo by the constant 0 is refused: divide by a non-zero value";
        }
        if (msg.startsWith("invalid shift")) {
            return "shift amounts must be 0..63 for 64-bit and 0..31 for 32-bit operations";
        }
        if (msg.contains("subtraction from stack pointer prohibited")) {
            return "add a negative offset instead (e.g. r2 += -8)";
        }
        if (msg.contains("pointer arithmetic") || msg.contains("on pointer prohibited")
                || msg.contains("pointer prohibited")) {
            return "this pointer cannot be changed that way: only adding or subtracting bounded numbers is allowed, "
                    + "and not on every pointer kind";
        }
        if (msg.startsWith("cannot call GPL-restricted function")) {
            return "this helper is GPL-only: give the program a GPL-compatible license (.license \"GPL\")";
        }
        if (msg.startsWith("invalid func")) {
            return "there is no kernel helper with this id: check the helper name or number";
        }
        if (msg.equals("expected prog array map for tail call")) {
            return "bpf_tail_call needs a prog_array map in r2";
        }
        if (msg.contains("must be referenced when passed to release function")) {
            return "only sockets from lookup helpers (bpf_sk_lookup_*, socket-map lookups) can be released";
        }
        if (msg.contains("reference has not been acquired before")) {
            return "this reference was already released on this path: release it once";
        }
        if (msg.startsWith("fd ") && msg.endsWith("is not pointing to valid bpf_map")) {
            return "the map this instruction refers to is not defined: declare it with .map";
        }
        if (msg.equals("same insn cannot be used with different pointers")) {
            return "this load or store is reached with different pointer kinds: split it per pointer kind";
        }
        if (msg.startsWith("invalid size of register")) {
            return "pointers on the stack must be stored and loaded with 8-byte accesses";
        }
        if (msg.startsWith("dereference of modified") || msg.startsWith("variable ") || msg.startsWith("negative offset")) {
            return "use this pointer unmodified: add the offset to the load or store instead of to the register";
        }
        if (msg.equals("cannot write into packet")) {
            return type + " programs may only read packet data directly";
        }
        if (msg.contains("cannot write into")) {
            return "this memory is read-only for the program";
        }
        if (msg.startsWith("BPF_LD_[ABS|IND] instructions not allowed")) {
            return "legacy packet loads (skb[...]) work only in socket_filter and tc programs";
        }
        if (msg.startsWith("the call stack of")) {
            return "calls nest at most 8 functions deep: flatten the call chain";
        }
        if (msg.startsWith("combined stack size")) {
            return "the functions of one call chain use more than 512 bytes of stack together: use less stack";
        }
        if (msg.startsWith("program of this type") || msg.startsWith("helper call")) {
            return "this helper cannot be called here";
        }
        return "the kernel refuses this instruction: see the message above";
    }

    /** The load was refused before verification: the expected attach type does not fit the type. */
    private static String attachTypeHint(Program p) {
        ProgramType t = p.type();
        AttachType at = p.expectedAttachType();
        String allowed = t.expectedAttachTypes().stream().map(AttachType::kernelName)
                .collect(java.util.stream.Collectors.joining(" or "));
        String named = at == null ? "none" : at.id() == 0 ? at.kernelName() + " (0, the same as none)" : at.kernelName();
        return t.shortName() + " programs must be loaded with expected attach type " + allowed + ", this one names "
                + named + ": the kernel refuses the load with EINVAL before verifying (fix the program's attach type)";
    }

    private static String lineOf(Program p, Cfg cfg, int slot) {
        if (slot < 0 || slot >= cfg.n || cfg.listIndex[slot] < 0) {
            return "";
        }
        SourcePos pos = p.position(cfg.listIndex[slot]);
        return pos.isKnown() ? " (line " + pos.line() + ")" : "";
    }
}
