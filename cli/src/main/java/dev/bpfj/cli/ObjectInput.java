package dev.bpfj.cli;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.AssemblyException;
import dev.bpfj.assembler.Assembly;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.elf.ElfFormatException;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The programs and maps of a command's input: an ELF object, or assembly text when the name ends
 * in {@code .s}. Reading failures are reported on {@code err}, as one line (or the assembler's
 * located diagnostics), and give null.
 */
record ObjectInput(String name, List<Program> programs, List<MapSpec> maps) {

    static ObjectInput read(String input, PrintWriter err) {
        String name = input.equals("-") ? "<stdin>" : input;
        try {
            if (input.endsWith(".s")) {
                Assembly asm = Assembler.assemble(name, AsmCommand.readText(input));
                return new ObjectInput(name, asm.programs(), asm.maps());
            }
            ElfObject obj = ElfReader.read(AsmCommand.readBytes(input));
            for (String w : obj.warnings()) {
                err.println("bpfj: " + name + ": warning: " + w);
            }
            return new ObjectInput(name, obj.programs(), obj.maps());
        } catch (AssemblyException e) {
            err.print(e.format());
            return null;
        } catch (ElfFormatException e) {
            err.println("bpfj: " + name + ": " + e.getMessage());
            return null;
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + AsmCommand.reason(e));
            return null;
        }
    }

    /** The programs named in {@code names} (all when empty); null after reporting an unknown name. */
    List<Program> select(List<String> names, PrintWriter err) {
        if (names == null || names.isEmpty()) {
            return programs;
        }
        List<Program> out = new java.util.ArrayList<>();
        for (String n : names) {
            Program p = programs.stream().filter(x -> x.name().equals(n)).findFirst().orElse(null);
            if (p == null) {
                err.println("bpfj: " + name + " has no program '" + n + "'; it has "
                        + programs.stream().map(Program::name).toList());
                return null;
            }
            out.add(p);
        }
        return out;
    }
}
