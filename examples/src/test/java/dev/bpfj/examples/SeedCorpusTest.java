package dev.bpfj.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.assembler.Disassembler;
import dev.bpfj.core.Program;
import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.dsl.examples.MessagePolicy;
import dev.bpfj.dsl.examples.ProxyAllPorts;
import dev.bpfj.dsl.examples.ReuseportSelect;
import dev.bpfj.dsl.examples.ServicesByPrefix;
import dev.bpfj.dsl.examples.SockhashTracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed programs of the DSL as verifier corpus cases ({@code verifier/.../corpus/seed/*.s}):
 * the committed files must be what the DSL builds today, printed by the disassembler, and must
 * assemble back to the same instructions. With {@code -Dbpfj.generate.corpus=true} the files are
 * (re)written instead; the kernel's verdicts are then recorded with
 * {@code scripts/record-verifier-corpus --missing}. Broken variants of each sit next to them
 * ({@code *_broken.s}), written by hand from these.
 */
class SeedCorpusTest {
    static final String HEADER = "# A seed program exported from the DSL by SeedCorpusTest (examples module); "
            + "regenerate rather than edit.\n";

    static Map<String, Program> seeds() {
        Map<String, Program> m = new LinkedHashMap<>();
        m.put("services_by_prefix_ipv4_tcp", ServicesByPrefix.ipv4(Protocol.TCP));
        m.put("services_by_prefix_ipv6_udp", ServicesByPrefix.ipv6(Protocol.UDP));
        m.put("proxy_all_ports_ipv4_tcp", ProxyAllPorts.program(Family.INET, Protocol.TCP, "192.0.2.1/32"));
        m.put("proxy_all_ports_ipv6_udp", ProxyAllPorts.program(Family.INET6, Protocol.UDP, "2001:db8::1/128"));
        m.put("reuseport_sockmap_hash", ReuseportSelect.program(ReuseportSelect.GroupMap.SOCKMAP,
                ReuseportSelect.Selector.HASH, 4, false));
        m.put("reuseport_sockmap_payload", ReuseportSelect.program(ReuseportSelect.GroupMap.SOCKMAP,
                ReuseportSelect.Selector.PAYLOAD, 4, true));
        m.put("reuseport_sockarray_payload", ReuseportSelect.program(ReuseportSelect.GroupMap.REUSEPORT_SOCKARRAY,
                ReuseportSelect.Selector.PAYLOAD, 4, false));
        m.put("msg_policy_cork_pull", MessagePolicy.SEED.program());
        m.put("msg_policy_apply_probe", new MessagePolicy(10, 'H', 64, 20, 1, true).program());
        m.put("sockhash_tracker", SockhashTracker.program());
        return m;
    }

    static Path dir() {
        return Path.of(System.getProperty("bpfj.repo.root", "..")).resolve("verifier/src/test/resources/corpus/seed");
    }

    static String text(Program p) {
        return HEADER + new Disassembler(new Disassembler.Options(true, true, false)).disassemble(p);
    }

    @Test
    void committedSeedCasesAreWhatTheDslBuilds() throws IOException {
        boolean write = Boolean.getBoolean("bpfj.generate.corpus");
        for (Map.Entry<String, Program> e : seeds().entrySet()) {
            Path f = dir().resolve(e.getKey() + ".s");
            String text = text(e.getValue());
            if (write) {
                Files.createDirectories(f.getParent());
                Files.writeString(f, text);
            }
            assertTrue(Files.exists(f), f + " is missing: run with -Dbpfj.generate.corpus=true");
            assertEquals(text, Files.readString(f), f + " is not what the DSL builds: regenerate it");
        }
    }

    @Test
    void printedSeedsAssembleToTheSameInstructions() {
        for (Map.Entry<String, Program> e : seeds().entrySet()) {
            Program p = e.getValue();
            Program back = Assembler.assemble(e.getKey() + ".s", text(p)).programs().getFirst();
            assertArrayEquals(p.encode(), back.encode(), e.getKey());
            assertEquals(p.type(), back.type(), e.getKey());
            assertEquals(p.expectedAttachType(), back.expectedAttachType(), e.getKey());
            // The assembler lists maps in the order the code uses them; the set is what matters.
            assertEquals(new java.util.HashSet<>(p.maps()), new java.util.HashSet<>(back.maps()), e.getKey());
        }
    }
}
