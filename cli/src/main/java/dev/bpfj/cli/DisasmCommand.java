package dev.bpfj.cli;

import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.Program;
import dev.bpfj.core.insn.DecodeException;
import dev.bpfj.elf.ElfFormatException;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpfj disasm}: instruction bytes to assembly text that assembles back to the same bytes. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = {"Disassemble eBPF instructions into LLVM syntax that 'bpfj asm' reads back to the same bytes."})
final class DisasmCommand implements Callable<Integer> {
    enum Format { text, hex }

    @Parameters(index = "0", paramLabel = "IN", description = "An ELF object (bpfj or clang), or instruction bytes with --raw; - reads standard input.")
    String input;

    @Option(names = "--raw", description = "The input is raw instruction bytes (8-byte little-endian slots).")
    boolean raw;

    @Option(names = "--labels", description = "Print jump targets as labels instead of +N offsets.")
    boolean labels;

    @Option(names = "--program", paramLabel = "NAME", description = "Only this program of an ELF object.")
    String program;

    @Option(names = "--numeric", description = "Print helper calls by number, as llvm-objdump does.")
    boolean numeric;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default; assembles back) or hex (slot numbers and bytes, like llvm-objdump).")
    Format format = Format.text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = input.equals("-") ? "<stdin>" : input;
        byte[] data;
        try {
            data = AsmCommand.readBytes(input);
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + AsmCommand.reason(e));
            return Main.EXIT_USAGE;
        }
        boolean elf = data.length >= 4 && data[0] == 0x7f && data[1] == 'E' && data[2] == 'L' && data[3] == 'F';
        Disassembler d = new Disassembler(new Disassembler.Options(!numeric, labels, format == Format.hex));
        if (!raw) {
            if (!elf) {
                err.println("bpfj: " + name + " is not an ELF object; use --raw for raw instruction bytes");
                return Main.EXIT_USAGE;
            }
            ElfObject obj;
            try {
                obj = ElfReader.read(data);
            } catch (ElfFormatException e) {
                err.println("bpfj: " + name + ": " + e.getMessage());
                return Main.EXIT_USAGE;
            }
            List<Program> programs = obj.programs();
            if (program != null) {
                Program p = obj.program(program);
                if (p == null) {
                    err.println("bpfj: " + name + " has no program '" + program + "'; it has "
                            + programs.stream().map(Program::name).toList());
                    return Main.EXIT_USAGE;
                }
                programs = List.of(p);
            }
            for (String w : obj.warnings()) {
                err.println("bpfj: " + name + ": warning: " + w);
            }
            try {
                out.print(d.disassemblePrograms(programs));
            } catch (RuntimeException e) {
                err.println("bpfj: " + name + ": " + e.getMessage());
                return Main.EXIT_FAILED;
            }
            out.flush();
            return 0;
        }
        try {
            out.print(d.disassemble(data));
        } catch (DecodeException e) {
            err.println("bpfj: " + name + ": " + e.getMessage() + " (byte offset " + (long) e.slot() * 8 + ")");
            return Main.EXIT_FAILED;
        }
        out.flush();
        return 0;
    }
}
