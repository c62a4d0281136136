/**
 * The bpfj text assembler and disassembler: LLVM BPF assembly (as llvm-objdump prints it and
 * llvm-mc reads it), kernel verifier-log forms, and bpfj's {@code .program}/{@code .map}
 * directives, turned into {@link dev.bpfj.core.Program}s with located diagnostics; and the way
 * back from instructions to text that re-assembles to the same bytes.
 */
module dev.bpfj.assembler {
    requires transitive dev.bpfj.core;
    requires org.antlr.antlr4.runtime;

    exports dev.bpfj.assembler;
}
