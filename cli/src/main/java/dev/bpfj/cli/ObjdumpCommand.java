package dev.bpfj.cli;

import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.elf.ElfFormatException;
import dev.bpfj.elf.ElfObject;
import dev.bpfj.elf.ElfReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpfj objdump}: what an ELF object holds (programs, maps, license), as a loader sees it. */
@Command(name = "objdump", mixinStandardHelpOptions = true,
        description = {"List the programs (section, type, instruction count), maps and license of an eBPF ELF object.",
            "Reads objects written by clang (-O2 -g -target bpf) and by bpfj."})
final class ObjdumpCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OBJ", description = "The ELF object; - reads standard input.")
    String input;

    @Option(names = "--sections", description = "Also list every section header.")
    boolean sections;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = input.equals("-") ? "<stdin>" : input;
        ElfObject obj;
        try {
            obj = input.equals("-") ? ElfReader.read(System.in) : ElfReader.read(Path.of(input));
        } catch (ElfFormatException e) {
            err.println("bpfj: " + name + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (NoSuchFileException e) {
            err.println("bpfj: cannot read " + name + ": no such file");
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println("bpfj: cannot read " + name + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        out.print(format(name, obj, sections));
        out.flush();
        for (String w : obj.warnings()) {
            err.println("bpfj: " + name + ": warning: " + w);
        }
        return 0;
    }

    static String format(String name, ElfObject obj, boolean withSections) {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(": eBPF ELF object, license \"").append(obj.license()).append("\"\n");
        sb.append("\nPrograms:\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SECTION", "NAME", "TYPE", "ATTACH", "INSNS", "SUBPROGRAMS"});
        for (Program p : obj.programs()) {
            String section = p.section() != null ? p.section() : sectionOf(obj, p);
            List<String> subs = p.functions().stream().skip(1).map(Program.Function::name).toList();
            rows.add(new String[] {section, p.name(), p.type().shortName(),
                p.expectedAttachType() == null ? "-" : p.expectedAttachType().shortName(),
                Integer.toString(p.insns().size()), subs.isEmpty() ? "-" : String.join(",", subs)});
        }
        table(sb, rows);
        sb.append("\nMaps:\n");
        rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "TYPE", "KEY", "VALUE", "ENTRIES", "FLAGS", "INNER"});
        for (MapSpec m : obj.maps()) {
            rows.add(mapRow(m));
        }
        table(sb, rows);
        if (withSections) {
            sb.append("\nSections:\n");
            rows = new ArrayList<>();
            rows.add(new String[] {"[NR]", "NAME", "TYPE", "OFFSET", "SIZE", "FLAGS", "LINK", "INFO", "ALIGN"});
            for (ElfObject.SectionInfo s : obj.sections()) {
                rows.add(new String[] {"[" + s.index() + "]", s.name(), s.type(), String.format(Locale.ROOT, "0x%x", s.offset()),
                    String.format(Locale.ROOT, "0x%x", s.size()), s.flags(), Integer.toString(s.link()),
                    Integer.toString(s.info()), Long.toString(s.align())});
            }
            table(sb, rows);
        }
        return sb.toString();
    }

    /** The section the program's main function sits in (the reader leaves canonical names implicit). */
    private static String sectionOf(ElfObject obj, Program p) {
        for (ElfObject.CodeSection cs : obj.code()) {
            if (cs.name().equals(".text")) {
                continue;
            }
            for (ElfObject.FunctionSymbol f : cs.functions()) {
                if (f.name().equals(p.name())) {
                    return cs.name();
                }
            }
        }
        return "?";
    }

    private static String[] mapRow(MapSpec m) {
        String inner = "-";
        if (m.inner() != null) {
            MapSpec i = m.inner();
            inner = i.name() + " (" + i.type().shortName() + ", key " + i.keySize() + ", value " + i.valueSize()
                    + ", entries " + Integer.toUnsignedString(i.maxEntries()) + ")";
        }
        return new String[] {m.name(), m.type().shortName(), Integer.toUnsignedString(m.keySize()),
            Integer.toUnsignedString(m.valueSize()), Integer.toUnsignedString(m.maxEntries()),
            String.format(Locale.ROOT, "0x%x", m.flags()), inner};
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        if (rows.size() == 1) {
            sb.append("  (none)\n");
            return;
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i + 1 < r.length) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
