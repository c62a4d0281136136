package dev.bpfj.elf;

/**
 * Programs that cannot be written as an ELF object: a name that is not a C identifier, maps that
 * disagree under one name, a call into the middle of a function, global data. The message names
 * the program and, where there is one, the instruction.
 */
public final class ElfWriteException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ElfWriteException(String message) {
        super(message);
    }

    public ElfWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
