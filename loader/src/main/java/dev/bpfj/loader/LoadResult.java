package dev.bpfj.loader;

import dev.bpfj.core.SourcePos;
import dev.bpfj.core.abi.Errno;

/**
 * The kernel's verdict on a program, as {@link ProgramLoader#tryLoad} reports it without throwing.
 *
 * @param stage where the attempt ended: {@link Stage#LOADED}, or the step that failed
 * @param errno 0 when accepted
 * @param log the whole verifier log ("" when none was asked for)
 * @param keyLine the log's key line, or for failures before BPF_PROG_LOAD the error message
 * @param insnIndex the failing instruction as an index into {@code Program.insns()}, or -1
 * @param source the user's source position for {@code insnIndex}, or {@link SourcePos#UNKNOWN}
 * @param processedInsns from {@code processed N insns}, or -1 when the log does not say
 * @param verificationTimeUsec from {@code verification time N usec} (needs stats), or -1
 */
public record LoadResult(Stage stage, int errno, String log, String keyLine, int insnIndex, SourcePos source,
                         long processedInsns, long verificationTimeUsec) {
    /** How far a load attempt got. */
    public enum Stage {
        /** The program could not be encoded (for example an unknown label). */
        ENCODE,
        /** A map of the program could not be created. */
        MAP_CREATE,
        /** BPF_PROG_LOAD failed: the verifier (or an earlier check in the kernel) refused. */
        PROG_LOAD,
        /** The kernel accepted the program. */
        LOADED
    }

    public boolean accepted() {
        return stage == Stage.LOADED;
    }

    /** {@code EACCES}, {@code EINVAL}, ...; empty when accepted. */
    public String errnoName() {
        return errno == 0 ? "" : Errno.name(errno);
    }
}
