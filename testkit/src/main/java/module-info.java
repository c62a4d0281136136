/**
 * Test support for bpfj and its users: seeded generators with shrinking, a property runner that
 * prints the seed of a failure, random instructions, and requirements on the environment
 * (oracle tools, privileges) that skip locally and fail under {@code CI=true}.
 */
module dev.bpfj.testkit {
    requires transitive dev.bpfj.core;
    requires transitive org.junit.jupiter.api;

    exports dev.bpfj.testkit;
}
