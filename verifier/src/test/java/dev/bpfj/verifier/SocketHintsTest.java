package dev.bpfj.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.assembler.Assembler;
import dev.bpfj.core.Program;
import org.junit.jupiter.api.Test;

/**
 * The hints for rejections of socket programs name the fix in the program's own terms: the
 * helper and map a value came from, the lines involved, the helper or map type that fits.
 */
class SocketHintsTest {
    private static final String SOCKMAP_LOOKUP = """
                r6 = r1
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = sm ll
                call bpf_map_lookup_elem
            """;
    private static final String TCP_LOOKUP = """
                r6 = r1
                *(u64 *)(r10 - 16) = 0
                *(u32 *)(r10 - 8) = 0
                r2 = r10
                r2 += -16
                r3 = 12
                r4 = -1
                r5 = 0
                call bpf_sk_lookup_tcp
            """;

    private static VerifierResult reject(String text) {
        Program p = Assembler.assemble("t.s", text).programs().getFirst();
        VerifierResult r = Verifier.verify(p);
        assertFalse(r.accepted(), "expected a rejection");
        return r;
    }

    private static void hintContains(VerifierResult r, String... parts) {
        for (String part : parts) {
            assertTrue(r.hint().contains(part), () -> "hint for '" + r.message() + "' lacks '" + part + "': " + r.hint());
        }
    }

    @Test
    void uncheckedSockmapLookupNamesTheMapAndTheEmptySlot() {
        VerifierResult r = reject(".map sm type=sockmap key=4 value=8 entries=4\n.program t type=sk_lookup\n"
                + SOCKMAP_LOOKUP + "    r1 = *(u32 *)(r0 + 4)\n    r0 = 1\n    exit\n");
        assertEquals("R0 invalid mem access 'map_value_or_null'", r.message());
        hintContains(r, "r0 may be NULL here: bpf_map_lookup_elem on the sockmap 'sm' (line 8) returns NULL when "
                + "the slot is empty; test r0");
    }

    @Test
    void uncheckedSocketPassedToSkAssignNamesTheHelper() {
        VerifierResult r = reject(".map sm type=sockmap key=4 value=8 entries=4\n.program t type=sk_lookup\n"
                + SOCKMAP_LOOKUP + "    r7 = r0\n    r1 = r6\n    r2 = r7\n    r3 = 0\n    call bpf_sk_assign\n"
                + "    r1 = r7\n    call bpf_sk_release\n    r0 = 1\n    exit\n");
        hintContains(r, "r2 may be NULL here", "bpf_map_lookup_elem on the sockmap 'sm' (line 8)",
                "before passing it to bpf_sk_assign");
    }

    @Test
    void leakNamesTheAcquiringHelperAndTheExitLine() {
        VerifierResult r = reject(".program t type=sched_cls\n" + TCP_LOOKUP
                + "    if r0 == 0 goto out\n    r7 = r0\nout:\n    r0 = 0\n    exit\n");
        assertTrue(r.message().startsWith("Unreleased reference"), r.message());
        hintContains(r, "the socket from bpf_sk_lookup_tcp (line 10) is not released on the path through line 15",
                "call bpf_sk_release");
    }

    @Test
    void doubleReleaseAndUseAfterRelease() {
        String acquire = ".program t type=sched_cls\n" + TCP_LOOKUP + "    if r0 == 0 goto out\n    r7 = r0\n"
                + "    r1 = r7\n    call bpf_sk_release\n";
        hintContains(reject(acquire + "    r1 = r7\n    call bpf_sk_release\nout:\n    r0 = 0\n    exit\n"),
                "already released on this path", "release each socket exactly once");
        hintContains(reject(acquire + "    r0 = *(u32 *)(r7 + 4)\nout:\n    r0 = 0\n    exit\n"),
                "r7 held the socket from bpf_sk_lookup_tcp (line 10), released by bpf_sk_release on line 14");
    }

    @Test
    void releasingTheContextSocketSaysTheKernelOwnsIt() {
        VerifierResult r = reject("""
                .program t type=sk_lookup
                    r1 = *(u64 *)(r1 + 0)
                    if r1 == 0 goto out
                    call bpf_sk_release
                out:
                    r0 = 1
                    exit
                """);
        hintContains(r, "the context's sk field (line 2)", "kernel owns", "remove this call");
    }

    @Test
    void wrongMapTypeNamesTheMapTheHelperTakesAndTheOtherHelper() {
        VerifierResult r = reject("""
                .map peers type=sockmap key=4 value=8 entries=4
                .program t type=sk_msg
                    *(u32 *)(r10 - 4) = 0
                    r2 = peers ll
                    r3 = r10
                    r3 += -4
                    r4 = 0
                    call bpf_msg_redirect_hash
                    exit
                """);
        assertEquals("cannot pass map_type 15 into func bpf_msg_redirect_hash#71", r.message());
        hintContains(r, "bpf_msg_redirect_hash takes a sockhash map, but 'peers' is a sockmap: declare it as "
                + "sockhash, or call bpf_msg_redirect_map");
        VerifierResult arr = reject(".map ra type=reuseport_sockarray key=4 value=8 entries=4\n.program t type=sk_lookup\n"
                + SOCKMAP_LOOKUP.replace("sm ll", "ra ll") + "    r0 = 1\n    exit\n");
        hintContains(arr, "a reuseport_sockarray map works only with bpf_sk_select_reuseport");
    }

    @Test
    void helpersOfOtherProgramTypesSayWhereTheyWork() {
        VerifierResult r = reject(".program t type=sk_lookup\n" + TCP_LOOKUP + "    r0 = 1\n    exit\n");
        assertEquals("program of this type cannot use helper bpf_sk_lookup_tcp#84", r.message());
        hintContains(r, "sockmap or sockhash", "bpf_sk_assign");
        VerifierResult assign = reject("""
                .program t type=sk_msg
                    r2 = 0
                    r3 = 0
                    call bpf_sk_assign
                    r0 = 1
                    exit
                """);
        hintContains(assign, "bpf_sk_assign is not available to sk_msg programs; it is to sk_lookup, sched_cls programs");
    }

    @Test
    void sockmapUpdatesSayWhichProgramTypesMay() {
        VerifierResult r = reject("""
                .map sm type=sockmap key=4 value=8 entries=4
                .program t type=sk_msg
                    *(u32 *)(r10 - 4) = 0
                    r3 = *(u64 *)(r1 + 72)
                    r1 = sm ll
                    r2 = r10
                    r2 += -4
                    r4 = 0
                    call bpf_map_update_elem
                    r0 = 1
                    exit
                """);
        assertEquals("cannot update sockmap in this context", r.message());
        hintContains(r, "sk_msg programs cannot change the sockmap 'sm' with bpf_map_update_elem", "sched_cls");
    }

    @Test
    void returnCodesAreNamedPerType() {
        VerifierResult r = reject(".program t type=sk_lookup\n    r0 = 2\n    exit\n");
        hintContains(r, "sk_lookup programs must return SK_PASS (1) or SK_DROP (0), but r0 can be 2 at the exit on line 3");
    }

    @Test
    void packetPointersAfterMsgPullDataAreStale() {
        VerifierResult r = reject("""
                .program t type=sk_msg
                    r6 = r1
                    r2 = *(u64 *)(r1 + 0)
                    r3 = *(u64 *)(r1 + 8)
                    r4 = r2
                    r4 += 4
                    if r4 > r3 goto out
                    r7 = r2
                    r1 = r6
                    r2 = 0
                    r3 = 4
                    r4 = 0
                    call bpf_msg_pull_data
                    r0 = *(u8 *)(r7 + 0)
                out:
                    r0 = 1
                    exit
                """);
        hintContains(r, "r7 pointed into the packet (line 3), but bpf_msg_pull_data on line 13 invalidates every "
                + "packet pointer", "load data and data_end from the context again");
    }

    @Test
    void packetReadsPastTheCheckSayWhatToCompare() {
        VerifierResult r = reject("""
                .program t type=sk_reuseport
                    r2 = *(u64 *)(r1 + 0)
                    r3 = *(u64 *)(r1 + 8)
                    r4 = r2
                    r4 += 4
                    if r4 > r3 goto out
                    r0 = *(u32 *)(r2 + 2)
                out:
                    r0 = 1
                    exit
                """);
        hintContains(r, "bytes 2..5 from r2", "only 4 bytes from r2 are proven", "compare r2 + 6 with data_end");
    }

    @Test
    void contextWritesAndSizesNameTheField() {
        hintContains(reject(".program t type=sk_lookup\n    r2 = 1\n    *(u32 *)(r1 + 60) = r2\n    r0 = 1\n    exit\n"),
                "field local_port of struct bpf_sk_lookup", "read-only for sk_lookup programs");
        hintContains(reject(".program t type=sk_reuseport\n    r2 = *(u8 *)(r1 + 32)\n    r0 = 1\n    exit\n"),
                "field hash of struct sk_reuseport_md", "read with 4-byte loads");
        hintContains(reject(".program t type=sk_lookup\n    r2 = *(u32 *)(r1 + 0)\n    r0 = 1\n    exit\n"),
                "field sk of struct bpf_sk_lookup", "is a pointer: load it whole");
    }

    @Test
    void aWrongExpectedAttachTypeIsRefusedBeforeVerification() {
        VerifierResult r = reject(".program t type=sk_lookup attach=cgroup_inet_ingress\n    r0 = 1\n    exit\n");
        assertEquals("", r.message(), "the kernel's log is empty");
        assertEquals("EINVAL", r.errno());
        assertEquals(-1, r.insn());
        hintContains(r, "sk_lookup programs must be loaded with expected attach type BPF_SK_LOOKUP");
    }

    @Test
    void socketMapValuesAreSocketsNotStackMemory() {
        VerifierResult r = reject("""
                .map sm type=sockmap key=4 value=8 entries=4
                .program t type=sched_cls
                    *(u32 *)(r10 - 4) = 0
                    *(u64 *)(r10 - 16) = 0
                    r1 = sm ll
                    r2 = r10
                    r2 += -4
                    r3 = r10
                    r3 += -16
                    r4 = 0
                    call bpf_map_update_elem
                    r0 = 0
                    exit
                """);
        hintContains(r, "takes the socket itself as the value");
    }
}
