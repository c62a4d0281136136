package dev.bpfj.examples;

import dev.bpfj.core.abi.Errno;
import dev.bpfj.core.MapSpec;
import dev.bpfj.core.Program;
import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.CgroupSkb;
import dev.bpfj.dsl.Scalar;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.Codec;
import dev.bpfj.loader.LoadedMap;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.TypedMap;
import dev.bpfj.loader.attach.CgroupAttachment;
import dev.bpfj.loader.attach.CgroupProgram;
import dev.bpfj.loader.attach.CgroupQuery;
import dev.bpfj.loader.ns.Cgroup;
import dev.bpfj.loader.ns.NetNs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Scenario 5, replacing a cgroup program without a gap. Three counting cgroup_skb egress programs
 * are attached to a private cgroup with {@code BPF_F_ALLOW_MULTI}; each adds one to its own slot
 * of a shared array map for every packet. While a child process in that cgroup (and in a private
 * network namespace) sends UDP datagrams over loopback as fast as it can, the middle program is
 * replaced with {@code BPF_F_REPLACE} by a fourth one counting in another slot. Afterwards the
 * kernel's list keeps the order with the new program in the middle, and the counts add up: the
 * first and last programs saw exactly the datagrams the child sent, and the old and new middle
 * program together saw the same number, so no packet passed during the swap uncounted.
 *
 * <p>Then every error case of BPF_F_REPLACE returns its errno: OVERRIDE with REPLACE and REPLACE
 * without MULTI are EINVAL (refused by the loader before the call, with the kernel's errno), a
 * replace fd of -1 is EBADF, replacing a program attached to another cgroup is ENOENT.
 *
 * <p>Run it with {@code bpfj demo cgroup-replace} (as root).
 */
public final class CgroupReplace {
    static final AttachType EGRESS = AttachType.CGROUP_INET_EGRESS;
    /** count_0 .. count_2 attached, count_3 the replacement, count_4 for the error cases. */
    static final int PROGRAMS = 5;

    private CgroupReplace() {
    }

    /** Counting program {@code i}: adds one to {@code counts[i]} and lets the packet go. */
    public static Program program(int i) {
        CgroupSkb p = CgroupSkb.egress(ExampleNames.COUNT_PREFIX + i);
        ArrayMap counts = p.array("counts", Scalar.U64, PROGRAMS);
        p.ifPresent(counts.lookup(i), v -> v.add(1));
        p.allow();
        return p.build();
    }

    /** One expectation and whether it held. */
    public record Check(String what, boolean ok, String detail) {
        @Override
        public String toString() {
            return String.format("%-62s %s%s", what, ok ? "ok" : "FAILED", detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** Runs the scenario; the traffic runs {@code swapAfter} packets before and after the swap. */
    public static List<Check> run(long swapAfter, Consumer<String> log) throws IOException, InterruptedException {
        List<Check> out = new ArrayList<>();
        try (LoadedMap counts = LoadedMap.create(MapSpec.of("counts", dev.bpfj.core.abi.MapType.ARRAY, 4, 8, PROGRAMS));
             NetNs ns = NetNs.create();
             Cgroup cg = Cgroup.create(ExampleNames.CGROUP_PREFIX)) {
            List<LoadedProgram> progs = new ArrayList<>();
            try {
                for (int i = 0; i < PROGRAMS; i++) {
                    progs.add(ProgramLoader.load(program(i), Map.of("counts", counts)));
                }
                List<Integer> ids = progs.stream().map(p -> p.info().id()).toList();
                TypedMap<Integer, Long> c = counts.typed(Codec.u32(), Codec.u64());
                List<CgroupAttachment> attached = new ArrayList<>();
                try {
                    for (int i = 0; i < 3; i++) {
                        attached.add(CgroupProgram.of(progs.get(i)).attach(cg, EGRESS, CgroupProgram.Mode.MULTI));
                    }
                    List<Integer> before = CgroupQuery.attached(cg, EGRESS).progIds();
                    out.add(new Check("3 programs attached with BPF_F_ALLOW_MULTI, in order",
                            before.equals(ids.subList(0, 3)), "ids " + before));
                    log.accept("attached count_0, count_1, count_2 to " + cg.path() + " (ids " + before + ")");

                    Process child = cg.start(childCommand(ns));
                    BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream(),
                            StandardCharsets.UTF_8));
                    String ready = childOut.readLine();
                    if (!"ready".equals(ready)) {
                        throw new IllegalStateException("the traffic process did not start: " + ready
                                + drain(childOut));
                    }
                    LongSupplier first = () -> c.get(0).orElse(0L);
                    waitFor(first, swapAfter);
                    long atSwap = first.getAsLong();
                    attached.add(CgroupProgram.of(progs.get(3)).replace(cg, EGRESS, progs.get(1)));
                    log.accept("replaced count_1 with count_3 after " + atSwap + " packets, traffic still running");
                    waitFor(first, atSwap + swapAfter);
                    try (OutputStream in = child.getOutputStream()) {
                        in.write("stop\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    String last = childOut.readLine();
                    child.waitFor();
                    long sent = last != null && last.startsWith("sent ") ? Long.parseLong(last.substring(5)) : -1;
                    long c0 = c.get(0).orElse(0L), c1 = c.get(1).orElse(0L), c2 = c.get(2).orElse(0L),
                            c3 = c.get(3).orElse(0L);
                    log.accept("the child sent " + sent + " datagrams; counts " + c0 + ", " + c1 + " + " + c3 + ", "
                            + c2);
                    List<Integer> after = CgroupQuery.attached(cg, EGRESS).progIds();
                    out.add(new Check("after BPF_F_REPLACE the new program holds the old one's place",
                            after.equals(List.of(ids.get(0), ids.get(3), ids.get(2))), "ids " + after));
                    out.add(new Check("first and last program counted every packet sent",
                            sent > 0 && c0 == sent && c2 == sent, "sent " + sent + ", counted " + c0 + " and " + c2));
                    out.add(new Check("old + new middle program counted every packet, both some",
                            c1 + c3 == sent && c1 > 0 && c3 > 0, c1 + " + " + c3 + " = " + (c1 + c3)));

                    errors(cg, progs, out);
                } finally {
                    for (CgroupAttachment a : attached) {
                        a.close();
                    }
                }
                List<Integer> left = CgroupQuery.attached(cg, EGRESS).progIds();
                out.add(new Check("nothing attached after closing the attachments", left.isEmpty(), "ids " + left));
            } finally {
                progs.forEach(LoadedProgram::close);
            }
        }
        return out;
    }

    /** The seed's error cases. */
    static void errors(Cgroup cg, List<LoadedProgram> progs, List<Check> out) {
        // count_1 is no longer attached to cg: it may replace; count_0 is attached there.
        CgroupProgram p1 = CgroupProgram.of(progs.get(1));
        LoadedProgram p0 = progs.get(0);
        out.add(errno("BPF_F_ALLOW_OVERRIDE | BPF_F_REPLACE -> EINVAL", Errno.EINVAL,
                () -> p1.attach(cg, EGRESS, Flags.BPF_F_ALLOW_OVERRIDE | Flags.BPF_F_REPLACE, p0.fd())));
        out.add(errno("BPF_F_REPLACE without BPF_F_ALLOW_MULTI -> EINVAL", Errno.EINVAL,
                () -> p1.attach(cg, EGRESS, Flags.BPF_F_REPLACE, p0.fd())));
        out.add(errno("replace_bpf_fd = -1 -> EBADF", Errno.EBADF,
                () -> p1.attach(cg, EGRESS, Flags.BPF_F_ALLOW_MULTI | Flags.BPF_F_REPLACE, -1)));
        Cgroup other = cg.child("other");
        try (CgroupAttachment elsewhere = CgroupProgram.of(progs.get(4)).attach(other, EGRESS,
                CgroupProgram.Mode.MULTI)) {
            out.add(errno("replacing a program attached to another cgroup -> ENOENT", Errno.ENOENT,
                    () -> p1.replace(cg, EGRESS, progs.get(4))));
        }
    }

    static Check errno(String what, int want, java.util.function.Supplier<CgroupAttachment> attach) {
        try {
            CgroupAttachment a = attach.get();
            a.close();
            return new Check(what, false, "accepted");
        } catch (BpfException e) {
            return new Check(what, e.errno() == want, e.errnoName() + (e.hint() != null && e.hint().contains("before")
                    ? ", refused before the call" : ", from the kernel"));
        }
    }

    /** The traffic process: enters the namespace with nsenter, then runs {@link TrafficLoop} in a JVM. */
    static List<String> childCommand(NetNs ns) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(NetSetup.tool("nsenter"), "--net=/proc/" + ProcessHandle.current().pid() + "/fd/"
                        + ns.netnsFd(), java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), TrafficLoop.class.getName());
    }

    static void waitFor(LongSupplier counter, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (counter.getAsLong() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the traffic stalled at " + counter.getAsLong() + " packets");
            }
            Thread.sleep(5);
        }
    }

    static String drain(BufferedReader r) {
        StringBuilder sb = new StringBuilder();
        try {
            String l;
            while ((l = r.readLine()) != null && sb.length() < 2000) {
                sb.append('\n').append(l);
            }
        } catch (IOException e) {
            // what was read is enough
        }
        return sb.toString();
    }

    /** Runs the scenario with 20,000 packets on each side of the swap and prints each check. */
    public static boolean show(PrintWriter out) throws IOException, InterruptedException {
        List<Check> checks = run(20_000, out::println);
        checks.forEach(c -> out.println("  " + c));
        return checks.stream().allMatch(Check::ok);
    }

    public static void main(String[] args) {
        Scenarios.main("cgroup-replace");
    }
}
