package dev.bpfj.examples;

import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.Program;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import dev.bpfj.elf.ElfWriter;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.VerifierRejection;
import dev.bpfj.verifier.Verifier;
import dev.bpfj.verifier.VerifierResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The walk-through behind {@code bpfj demo}: scenario 1 ({@link TwoServices}) from Java to the
 * kernel. Builds the program with the DSL, prints its disassembly and bpfj's verifier verdict,
 * writes the ELF object, and, when this process may use bpf(2), runs it in a private network
 * namespace and shows where each test connection went. Steps that need the kernel are skipped
 * with the reason when it cannot be used; the others always run.
 */
public final class Demo {
    private Demo() {
    }

    /**
     * @param elfOut where to write the ELF object; null for a new temporary file
     * @param run whether to run the program in the kernel (when privileges allow)
     */
    public record Options(Path elfOut, boolean run) {
    }

    /** Runs the walk-through; returns the exit code (0 success, 1 something did not work). */
    public static int run(PrintWriter out, Options options) {
        boolean ok = true;
        out.println("bpfj demo: two services, one port (sk_lookup)");
        out.println();
        out.println("Requests to port 80 of 192.0.2.0/24 or 2001:db8:a::/48 go to service A,");
        out.println("to 198.51.100.0/24 or 2001:db8:b::/48 to service B (TCP and UDP), although the");
        out.println("services listen on port 8001 and 8002. Other traffic takes the kernel's normal path.");
        out.println();

        Program program = TwoServices.program();
        out.println("1. Built with the Java DSL (dev.bpfj.examples.TwoServices.program()): "
                + program.insns().size() + " instructions, map \"services\" (sockmap, 4 slots)");
        String asm = new Disassembler(new Disassembler.Options(true, true, false)).disassemble(program);
        for (String line : asm.split("\n")) {
            out.println("   " + line.replace("\t", "    "));
        }
        out.println();

        out.print("2. bpfj's verifier: ");
        try {
            VerifierResult v = Verifier.verify(program);
            if (v.accepted()) {
                out.println("accepted (" + v.processed() + " instructions processed, " + v.states() + " states)");
            } else {
                ok = false;
                out.println("REJECTED at insn " + v.insn() + (v.location().equals(dev.bpfj.core.SourcePos.UNKNOWN) ? ""
                        : " (" + v.location() + ")") + ": " + v.message());
                if (v.hint() != null) {
                    out.println("   " + v.hint());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            out.println("skipped: the verifier could not check this program (" + e + ")");
        }
        out.println();

        out.print("3. ELF object: ");
        try {
            byte[] elf = ElfWriter.write(program);
            Path path = options.elfOut() != null ? options.elfOut()
                    : Files.createTempFile("bpfj-demo-" + program.name() + "-", ".o");
            Files.write(path, elf);
            ElfObject back = ElfReader.read(elf);
            boolean same = back.programs().size() == 1 && back.programs().getFirst().insns().equals(program.insns());
            out.println("wrote " + elf.length + " bytes to " + path);
            out.println("   read back: " + back.programs().size() + " program, " + back.maps().size() + " map, "
                    + (same ? "same instructions" : "DIFFERENT instructions") + "; inspect it with "
                    + "llvm-objdump -d or bpftool");
            ok &= same;
        } catch (java.nio.file.NoSuchFileException e) {
            ok = false;
            out.println("FAILED: cannot write " + e.getFile() + ": no such directory");
        } catch (IOException | RuntimeException e) {
            ok = false;
            out.println("FAILED: " + e);
        }
        out.println();

        out.print("4. In the kernel: ");
        String why = !options.run() ? "--no-run was given" : Scenarios.whyNotRunnable();
        if (why == null) {
            why = NetSetup.whyNotAvailable();
        }
        if (why != null) {
            out.println("skipped (" + why + ").");
            out.println("   As root, `bpfj demo` loads the program, links it to a private network namespace");
            out.println("   and shows where each test connection goes.");
            out.flush();
            return ok ? 0 : 1;
        }
        out.println("as root, in a private network namespace");
        out.flush();
        try {
            TwoServices.Report r = TwoServices.run(program, line -> {
                out.println("   " + line);
                out.flush();
            });
            long good = r.all().stream().filter(TwoServices.Probe::ok).count();
            out.println("   " + good + " of " + r.all().size() + " probes went where expected; namespace removed");
            ok &= r.ok();
        } catch (VerifierRejection e) {
            ok = false;
            out.println("   the kernel rejected the program: " + e.getMessage());
        } catch (BpfException e) {
            if (e.errno() == 1) {
                out.println("   skipped: " + e.getMessage());
            } else {
                ok = false;
                out.println("   FAILED: " + e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            ok = false;
            out.println("   FAILED: " + e);
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
