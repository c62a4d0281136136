package dev.bpfj.verifier.corpus;

import dev.bpfj.assembler.Assembly;
import dev.bpfj.core.Program;
import dev.bpfj.loader.KernelMessages;
import dev.bpfj.loader.LoadResult;
import dev.bpfj.loader.LogOptions;
import dev.bpfj.loader.ProgramLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the live kernel's verdict for every corpus case: assembles each {@code .s} file, loads
 * every program through bpfj's loader with a level-1 log, and writes the {@code .expected} file
 * next to it. Needs root and bpf(2); run it through {@code scripts/record-verifier-corpus}.
 *
 * <p>Arguments: the corpus directory, then optional substrings; only files whose path contains
 * one of them are recorded (all when none is given). {@code --missing} records only files that have
 * no recording yet.
 */
public final class CorpusRecorder {
    private CorpusRecorder() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Corpus.dir();
        boolean onlyMissing = false;
        List<String> filters = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--missing")) {
                onlyMissing = true;
            } else {
                filters.add(args[i]);
            }
        }
        String kernel = Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
        int files = 0;
        int programs = 0;
        int rejected = 0;
        for (Path src : Corpus.sources(dir)) {
            String s = src.toString();
            if (!filters.isEmpty() && filters.stream().noneMatch(s::contains)) {
                continue;
            }
            Path exp = Corpus.expectedFile(src);
            if (onlyMissing && Files.exists(exp)) {
                continue;
            }
            Assembly asm;
            try {
                asm = Corpus.assemble(src);
            } catch (RuntimeException e) {
                System.err.println(src + ": does not assemble: " + e.getMessage());
                continue;
            }
            List<Corpus.Expected> es = new ArrayList<>();
            for (Program p : asm.programs()) {
                LoadResult r = ProgramLoader.tryLoad(p, new LogOptions(1, false, true, 1 << 20, 256 << 20));
                String log = r.log() == null ? "" : r.log();
                if (r.accepted()) {
                    es.add(new Corpus.Expected(p.name(), true, null, -1, null, r.processedInsns(), log));
                } else {
                    String key = KernelMessages.keyLine(log);
                    if (key.isEmpty()) {
                        key = KernelMessages.mask(r.keyLine());
                    }
                    int slot = KernelMessages.failingSlot(log);
                    es.add(new Corpus.Expected(p.name(), false, r.errnoName(), slot, key, r.processedInsns(), log));
                    rejected++;
                }
                programs++;
            }
            Files.writeString(exp, Corpus.format(kernel, es));
            files++;
        }
        System.out.println("recorded " + programs + " programs (" + rejected + " rejected) in " + files + " files");
    }
}
