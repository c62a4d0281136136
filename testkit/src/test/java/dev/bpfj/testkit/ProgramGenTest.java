package dev.bpfj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.Program;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.core.insn.Insn;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProgramGenTest {
    @Test
    void programsAreWellFormedAndEncode() {
        Gen<Program> gen = ProgramGen.anyOf(ProgramGen.TYPES, ProgramMix.balanced());
        Property.forAll("generated programs are well-formed", gen, Property.count(3000), p -> {
            assertTrue(ProgramShrinker.wellFormed(p), "not well-formed");
            assertTrue(p.insns().size() >= 2);
            for (String m : p.referencedMaps()) {
                assertTrue(p.map(m) != null, "undeclared map " + m);
            }
            return true;
        });
    }

    @Test
    void sameSeedSameProgram() {
        ProgramGen gen = ProgramGen.of(ProgramType.SK_MSG);
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(gen.generate(new SplittableRandom(seed), 30), gen.generate(new SplittableRandom(seed), 30));
        }
    }

    @Test
    void everyTypeGetsEveryFamily() {
        for (ProgramType t : ProgramGen.TYPES) {
            for (RuleFamily f : RuleFamily.values()) {
                ProgramGen gen = ProgramGen.of(t).withMix(ProgramMix.focus(f));
                SplittableRandom r = new SplittableRandom(t.ordinal() * 31L + f.ordinal());
                for (int i = 0; i < 200; i++) {
                    assertTrue(ProgramShrinker.wellFormed(gen.generate(r, 30)), t + " " + f);
                }
            }
        }
    }

    @Test
    void programsUseTheRuleFamilies() {
        // Over many programs each kind of code shows up: calls of local functions, socket lookups
        // and releases, map lookups, loops (back edges), packet loads.
        Set<String> seen = new java.util.HashSet<>();
        SplittableRandom r = new SplittableRandom(7);
        for (ProgramType t : ProgramGen.TYPES) {
            ProgramGen gen = ProgramGen.of(t);
            for (int i = 0; i < 300; i++) {
                Program p = gen.generate(r, 30);
                if (!p.functions().isEmpty()) {
                    seen.add("call");
                }
                for (Insn insn : p.insns()) {
                    if (insn instanceof Insn.Call(int id)) {
                        Helper h = Helper.ofId(id);
                        if (h != null) {
                            seen.add(h.shortName());
                        }
                    }
                    if (insn instanceof Insn.LoadAbs || insn instanceof Insn.LoadInd) {
                        seen.add("ld_abs");
                    }
                }
            }
        }
        for (String s : List.of("call", "map_lookup_elem", "sk_lookup_tcp", "sk_release", "sk_assign",
                "sk_select_reuseport", "msg_redirect_map", "sock_map_update", "ld_abs")) {
            assertTrue(seen.contains(s), "never generated: " + s);
        }
    }

    @Test
    void shrinkerFindsSmallPrograms() {
        // Shrink towards "calls bpf_sk_release": the result is the release and what it needs to be
        // well-formed, far smaller than the original.
        ProgramGen gen = ProgramGen.of(ProgramType.SCHED_CLS).withMix(ProgramMix.focus(RuleFamily.SOCKET));
        SplittableRandom r = new SplittableRandom(11);
        int found = 0;
        for (int i = 0; i < 200 && found < 10; i++) {
            Program p = gen.generate(r, 40);
            if (!callsRelease(p)) {
                continue;
            }
            found++;
            Program small = Property.shrink(gen, p, x -> !callsRelease(x));
            assertTrue(callsRelease(small));
            assertTrue(ProgramShrinker.wellFormed(small));
            assertTrue(small.insns().size() <= 3, "shrunk to " + small.insns().size() + " insns: " + small.insns());
        }
        assertTrue(found > 0);
    }

    @Test
    void removalKeepsLabelsRelocationsAndFunctions() {
        SplittableRandom r = new SplittableRandom(3);
        Set<ProgramType> withFunctions = EnumSet.noneOf(ProgramType.class);
        for (int i = 0; i < 500; i++) {
            ProgramGen gen = ProgramGen.of(ProgramGen.TYPES.get(i % ProgramGen.TYPES.size()))
                    .withMix(ProgramMix.focus(RuleFamily.CALL));
            Program p = gen.generate(r, 30);
            if (!p.functions().isEmpty()) {
                withFunctions.add(p.type());
            }
            ProgramShrinker.candidates(p).limit(50).forEach(c -> {
                assertTrue(c.insns().size() <= p.insns().size());
                for (var rel : c.relocations()) {
                    assertTrue(c.insns().get(rel.insn()) instanceof Insn.LoadImm64);
                    assertTrue(c.map(rel.symbol()) != null);
                }
                for (Program.Function f : c.functions()) {
                    assertEquals(f.start(), c.labels().get(f.name()));
                }
            });
        }
        assertTrue(withFunctions.size() >= 3);
    }

    @Test
    void mutationsStayWellFormedAndNearTheirBase() {
        SplittableRandom r = new SplittableRandom(5);
        for (ProgramType t : ProgramGen.TYPES) {
            List<Program> bases = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                bases.add(ProgramGen.of(t).generate(r, 30));
            }
            ProgramMutator m = ProgramMutator.of(bases);
            int changed = 0;
            for (int i = 0; i < 300; i++) {
                Program p = m.generate(r, 30);
                assertTrue(ProgramShrinker.wellFormed(p), t + ": " + p);
                int base = bases.stream().mapToInt(b -> b.insns().size()).max().orElse(0);
                assertTrue(p.insns().size() <= base + 3);
                if (!bases.contains(p)) {
                    changed++;
                }
            }
            assertTrue(changed > 250, t + ": only " + changed + " of 300 variants differ from their base");
        }
    }

    private static boolean callsRelease(Program p) {
        return p.insns().stream().anyMatch(i -> i instanceof Insn.Call(int id) && id == Helper.SK_RELEASE.id());
    }
}
