package dev.bpfj.dsl.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.CgroupSkb;
import dev.bpfj.dsl.Scalar;

/**
 * A counting cgroup_skb program: adds 1 to entry 0 of its {@code map} (an array of one U64) for
 * every packet and lets it through. Several of them, each with its own map, show the order and
 * completeness of multi-program cgroup attachments.
 *
 * <pre>{@code
 * Program first = PacketCounter.ingress("count_a", "counter_a");
 * }</pre>
 */
public final class PacketCounter {
    private PacketCounter() {
    }

    public static Program ingress(String name, String map) {
        return program(CgroupSkb.ingress(name), map);
    }

    public static Program egress(String name, String map) {
        return program(CgroupSkb.egress(name), map);
    }

    private static Program program(CgroupSkb p, String map) {
        ArrayMap counter = p.array(map, Scalar.U64, 1);
        p.ifPresent(counter.lookup(0), v -> v.add(1));
        p.allow();
        return p.build();
    }
}
