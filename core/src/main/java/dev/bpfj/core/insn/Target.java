package dev.bpfj.core.insn;

import java.util.Objects;

/**
 * Where a jump or local call goes: either an offset already resolved (in 8-byte slots, relative to
 * the next instruction, as the kernel counts) or a label resolved when the program is encoded.
 */
public sealed interface Target {
    record Offset(int slots) implements Target {
        @Override
        public String toString() {
            return (slots >= 0 ? "+" : "") + slots;
        }
    }

    record Label(String name) implements Target {
        public Label {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Target offset(int slots) {
        return new Offset(slots);
    }

    static Target label(String name) {
        return new Label(name);
    }
}
