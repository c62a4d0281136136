package dev.bpfj.examples;

import java.util.Set;

/**
 * The names the examples give kernel objects, so that checks can tell theirs apart from other
 * programs on the machine. Program names are at most 15 characters, as the kernel keeps them.
 */
public final class ExampleNames {
    private ExampleNames() {
    }

    public static final String TWO_SERVICES = "two_services";
    public static final String EVERY_PORT = "every_port";
    public static final String REUSEPORT_MAP = "rp_select_map";
    public static final String REUSEPORT_ARRAY = "rp_select_arr";
    public static final String LIFECYCLE_MSG = "lifecycle_msg";
    public static final String COUNT_PREFIX = "count_";
    public static final String SOCKOPS = "policy_sockops";
    public static final String MSG_POLICY = "policy_msg";

    /** Every program name the examples load (the counting programs are count_0 .. count_9). */
    public static final Set<String> ALL = Set.of(TWO_SERVICES, EVERY_PORT, REUSEPORT_MAP, REUSEPORT_ARRAY,
            LIFECYCLE_MSG, SOCKOPS, MSG_POLICY, "count_0", "count_1", "count_2", "count_3", "count_4", "count_5",
            "count_6", "count_7", "count_8", "count_9");

    /** Prefix of the cgroups the examples create. */
    public static final String CGROUP_PREFIX = "bpfj-examples";
}
