package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bpfj.core.abi.CtxLayout;
import dev.bpfj.core.abi.Helper;
import dev.bpfj.core.abi.HelperAccess;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.dsl.asm.DslException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each program the kernel would reject either does not compile against the DSL (shown with the
 * offending line in a comment and a reflection check that the method is not there) or fails at
 * {@code build()} pointing at the Java line that caused it.
 */
class MisuseTest {

    private static int line() {
        return StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow().getLineNumber());
    }

    private static void assertAt(DslException e, int line, String words) {
        assertEquals("MisuseTest.java", e.position().file(), e.getMessage());
        assertEquals(line, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("MisuseTest.java:" + line + ": error: "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    private static Set<String> publicMethods(Class<?> c) {
        return Arrays.stream(c.getMethods()).filter(m -> m.getDeclaringClass() != Object.class)
                .map(Method::getName).collect(Collectors.toSet());
    }

    // ---- 1. Dereferencing a socket that may be NULL ------------------------------------------------

    @Test
    void nullableSocketHasNothingToDereference() {
        // SocketRef ref = p.lookup(map, 0);
        // p.assign(ref);          // does not compile: assign takes a Socket, which only ifPresent hands out
        // ref.protocol();         // does not compile: SocketRef has no members
        assertTrue(publicMethods(SocketRef.class).isEmpty(), "SocketRef exposes " + publicMethods(SocketRef.class));
        for (Method m : SkLookup.class.getMethods()) {
            boolean takesRef = Arrays.asList(m.getParameterTypes()).contains(SocketRef.class);
            if (takesRef) {
                assertEquals("ifPresent", m.getName(), "only ifPresent may take a SocketRef: " + m);
            }
        }
        // The same holds for map values that may be NULL.
        assertTrue(publicMethods(ValueRef.class).isEmpty());
    }

    // ---- 2. Missing release --------------------------------------------------------------------

    @Test
    void socketNotReleasedAtEndOfIfPresentFailsAtItsLine() {
        SkLookup p = SkLookup.named("leak");
        SockMap m = p.sockMap("m", 1);
        int at = line() + 1;
        p.ifPresent(p.lookup(m, 0), sk -> p.assign(sk));
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "still held at the end of this ifPresent");
    }

    @Test
    void returningWhileHoldingASocketFailsAtTheReturn() {
        SkLookup p = SkLookup.named("leak");
        SockMap m = p.sockMap("m", 1);
        int[] at = new int[1];
        p.ifPresent(p.lookup(m, 0), sk -> {
            p.assign(sk);
            at[0] = line() + 1;
            p.pass();
        });
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at[0], "is still held: call release");
    }

    @Test
    void lookupNeverCheckedFailsAtTheReturnNamingTheLookup() {
        SkLookup p = SkLookup.named("leak");
        SockMap m = p.sockMap("m", 1);
        int lookup = line() + 1;
        p.lookup(m, 0);
        int at = line() + 1;
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "socket from m from MisuseTest.java:" + lookup + " is neither checked");
    }

    @Test
    void releaseOnOnePathOnlyFailsWhereThePathsJoin() {
        SkLookup p = SkLookup.named("half");
        SockMap m = p.sockMap("m", 1);
        SkLookup.Ctx ctx = p.ctx();
        int[] at = new int[1];
        p.ifPresent(p.lookup(m, 0), sk -> {
            at[0] = line() + 1;
            p.ifThen(ctx.localPort().eq(80), () -> p.release(sk));
            p.release(sk);
        });
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at[0], "released on one path but held on another");
    }

    @Test
    void useAfterReleaseFailsAtTheUse() {
        SkLookup p = SkLookup.named("uaf");
        SockMap m = p.sockMap("m", 1);
        int[] at = new int[1];
        p.ifPresent(p.lookup(m, 0), sk -> {
            p.release(sk);
            at[0] = line() + 1;
            p.assign(sk);
        });
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at[0], "used after its release");
    }

    @Test
    void socketUsedOutsideItsIfPresentFails() {
        SkLookup p = SkLookup.named("escape");
        SockMap m = p.sockMap("m", 1);
        Socket[] kept = new Socket[1];
        p.ifPresent(p.lookup(m, 0), sk -> {
            kept[0] = sk;
            p.release(sk);
        });
        int at = line() + 1;
        p.assign(kept[0]);
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "outside its ifPresent");
    }

    // ---- 3. A helper the program type may not call --------------------------------------------

    @Test
    void helpersExistOnlyOnTheTypesThatMayCallThem() {
        // SkLookup p = ...; p.select(map, 0);      // does not compile: bpf_sk_select_reuseport is sk_reuseport's
        // SkMsg m = ...;    m.assign(sk);          // does not compile: bpf_sk_assign is sk_lookup's
        record Case(Class<?> builder, ProgramType type, String method, Helper helper) {
        }
        List<Case> cases = List.of(
                new Case(SkLookup.class, ProgramType.SK_LOOKUP, "assign", Helper.SK_ASSIGN),
                new Case(SkLookup.class, ProgramType.SK_LOOKUP, "release", Helper.SK_RELEASE),
                new Case(SkReuseport.class, ProgramType.SK_REUSEPORT, "select", Helper.SK_SELECT_REUSEPORT),
                new Case(SkReuseport.class, ProgramType.SK_REUSEPORT, "loadBytes", Helper.SKB_LOAD_BYTES),
                new Case(SkMsg.class, ProgramType.SK_MSG, "redirect", Helper.MSG_REDIRECT_HASH),
                new Case(SkMsg.class, ProgramType.SK_MSG, "applyBytes", Helper.MSG_APPLY_BYTES),
                new Case(SkMsg.class, ProgramType.SK_MSG, "corkBytes", Helper.MSG_CORK_BYTES),
                new Case(SkMsg.class, ProgramType.SK_MSG, "pullData", Helper.MSG_PULL_DATA),
                new Case(SkMsg.class, ProgramType.SK_MSG, "pushData", Helper.MSG_PUSH_DATA),
                new Case(SkMsg.class, ProgramType.SK_MSG, "popData", Helper.MSG_POP_DATA),
                new Case(SockOps.class, ProgramType.SOCK_OPS, "update", Helper.SOCK_HASH_UPDATE),
                new Case(SockOps.class, ProgramType.SOCK_OPS, "setCallbackFlags", Helper.SOCK_OPS_CB_FLAGS_SET));
        List<Class<?>> builders = List.of(SkLookup.class, SkReuseport.class, SkMsg.class, SockOps.class,
                CgroupSkb.class);
        List<ProgramType> types = List.of(ProgramType.SK_LOOKUP, ProgramType.SK_REUSEPORT, ProgramType.SK_MSG,
                ProgramType.SOCK_OPS, ProgramType.CGROUP_SKB);
        for (Case c : cases) {
            assertTrue(HelperAccess.allowed(c.type(), c.helper()), c + " must be allowed by the kernel table");
            assertTrue(publicMethods(c.builder()).contains(c.method()), c.toString());
            for (int i = 0; i < builders.size(); i++) {
                boolean has = publicMethods(builders.get(i)).contains(c.method());
                if (!HelperAccess.allowed(types.get(i), c.helper())) {
                    assertFalse(has, builders.get(i).getSimpleName() + " must not offer " + c.method()
                            + ": the kernel refuses " + c.helper().kernelName() + " there");
                }
            }
        }
    }

    @Test
    void theTableCheckBacksUpTheTypes() {
        // Reaching a helper through the generator anyway still fails at build(), with the line.
        SkLookup p = SkLookup.named("bad");
        SockMap m = p.sockMap("m", 1);
        int at = line() + 1;
        p.gen.call(Helper.SK_SELECT_REUSEPORT, dev.bpfj.dsl.asm.CallSite.current(), Gen.ctxArg(),
                new Gen.Arg.MapRef(m.spec()), Gen.imm(0), Gen.imm(0));
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "cannot use helper bpf_sk_select_reuseport");
    }

    // ---- 4. Returning 2 from sk_lookup ---------------------------------------------------------

    @Test
    void verdictsAreTyped() {
        // p.ret(2);            // does not compile: ret takes a Verdict (SK_PASS or SK_DROP)
        for (Class<?> c : List.of(SkLookup.class, SkReuseport.class, SkMsg.class)) {
            for (Method m : c.getMethods()) {
                if (m.getName().equals("ret")) {
                    assertEquals(List.of(Verdict.class), List.of(m.getParameterTypes()), m.toString());
                }
                if (m.getParameterCount() == 1 && m.getReturnType() == void.class
                        && Set.of(int.class, long.class).contains(m.getParameterTypes()[0])) {
                    assertFalse(Set.of("ret", "exit", "exitWith", "returns").contains(m.getName()), m.toString());
                }
            }
        }
        assertEquals(Set.of(0, 1), Arrays.stream(Verdict.values()).map(Verdict::value).collect(Collectors.toSet()));
        Method exitWith = Arrays.stream(ProgramBuilder.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("exitWith")).findFirst().orElseThrow();
        assertFalse(Modifier.isPublic(exitWith.getModifiers()));
    }

    // ---- 5. Writing a context field ------------------------------------------------------------

    @Test
    void contextsHaveNoSetters() {
        // p.ctx().localPort().set(8080);   // does not compile: a Val is read-only
        // p.ctx().setLocalPort(8080);      // does not compile: contexts have no setters
        for (Class<?> c : List.of(SkLookup.Ctx.class, SkReuseport.Ctx.class, SkMsg.Ctx.class, SocketCtx.class)) {
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == Object.class) {
                    continue;
                }
                assertTrue(Set.of(Val.class, Ip4.class, Ip6.class, Cond.class).contains(m.getReturnType()),
                        "context accessor returns a value: " + m);
                assertFalse(m.getName().startsWith("set"), m.toString());
            }
        }
        assertFalse(publicMethods(Val.class).contains("set"));
    }

    @Test
    void theOnlyContextWritesAreTheOnesTheKernelAllows() {
        // sock_ops may write reply, cgroup_skb may write mark: the table agrees, and nothing else is offered.
        var reply = CtxLayout.of(ProgramType.SOCK_OPS).field("reply").orElseThrow();
        assertTrue(reply.allowsWrite(reply.offset(), 4));
        var mark = CtxLayout.of(ProgramType.CGROUP_SKB).field("mark").orElseThrow();
        assertTrue(mark.allowsWrite(mark.offset(), 4));
        assertTrue(publicMethods(SockOps.class).contains("reply"));
        assertTrue(publicMethods(CgroupSkb.class).contains("setMark"));
        for (var f : CtxLayout.of(ProgramType.SK_LOOKUP).fields()) {
            assertFalse(f.writable(), "sk_lookup's context is read-only, yet " + f.name() + " is writable");
        }
    }

    // ---- More patterns the verifier rejects -----------------------------------------------------

    @Test
    void packetDataReadAfterPullDataFailsAtTheRead() {
        SkMsg p = SkMsg.named("stale");
        int[] at = new int[1];
        p.withData(4, d -> {
            p.pullData(0, 100);
            at[0] = line() + 1;
            p.ifThen(d.u8(0).eq(1), p::drop);
        });
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at[0], "no longer valid");
    }

    @Test
    void packetReadOutsideTheCheckedWindowIsRefused() {
        SkMsg p = SkMsg.named("oob");
        p.withData(4, d -> assertThrows(IllegalArgumentException.class, () -> d.be32(1)));
    }

    @Test
    void mapValueUsedOutsideItsIfPresentFails() {
        CgroupSkb p = CgroupSkb.ingress("escape");
        ArrayMap a = p.array("a", Scalar.U64, 1);
        MapValue[] kept = new MapValue[1];
        p.ifPresent(a.lookup(0), v -> kept[0] = v);
        int at = line() + 1;
        kept[0].add(1);
        p.allow();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "outside its ifPresent");
    }

    @Test
    void missingVerdictFailsAtBuild() {
        SkLookup p = SkLookup.named("open");
        int at = line() + 1;
        p.ifThen(p.ctx().localPort().eq(80), p::drop);
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "without a verdict");
    }

    @Test
    void statementAfterReturnIsUnreachable() {
        SkLookup p = SkLookup.named("dead");
        p.pass();
        int at = line() + 1;
        p.drop();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "unreachable statement");
    }

    @Test
    void variableReadBeforeAssignmentFails() {
        SkLookup p = SkLookup.named("unset");
        Var v = p.var();
        p.ifThen(p.ctx().localPort().eq(80), () -> v.set(1));
        int at = line() + 1;
        p.ifThen(v.eq(1), p::drop);
        p.pass();
        DslException e = assertThrows(DslException.class, p::build);
        assertAt(e, at, "read before it is assigned");
    }

    @Test
    void wrongKeyTypeIsRefusedAtOnce() {
        SkMsg p = SkMsg.named("key");
        SockHash h = p.sockHash("h", Struct.named("k").u32("a").build(), 4);
        Rec other = p.record(Struct.named("other").u32("a").build());
        int at = line() + 1;
        DslException e = assertThrows(DslException.class, () -> p.redirect(h, other, Direction.INGRESS));
        assertAt(e, at, "key of map h");
    }
}
