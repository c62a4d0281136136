package dev.bpfj.loader.attach;

import static org.junit.jupiter.api.Assertions.*;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.core.abi.ProgramType;
import dev.bpfj.loader.BpfException;
import dev.bpfj.loader.KernelLeakCheck;
import dev.bpfj.loader.Link;
import dev.bpfj.loader.LoadedProgram;
import dev.bpfj.loader.ProgramLoader;
import dev.bpfj.loader.TestProgs;
import dev.bpfj.loader.ns.Cgroup;
import dev.bpfj.core.abi.Errno;
import dev.bpfj.testkit.Env;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cgroup attach modes and the BPF_F_REPLACE errno matrix, in private cgroups. */
@ExtendWith(KernelLeakCheck.class)
class CgroupAttachTest {
    static final AttachType IN = AttachType.CGROUP_INET_INGRESS;

    @BeforeEach
    void root() {
        Env.requireRoot();
    }

    static List<LoadedProgram> load(int n) {
        List<LoadedProgram> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ProgramLoader.load(TestProgs.returning(ProgramType.CGROUP_SKB, IN, 1)));
        }
        return out;
    }

    static int id(LoadedProgram p) {
        return p.info().id();
    }

    @Test
    void replaceMatrix() {
        List<LoadedProgram> ps = load(5);
        try (Cgroup a = Cgroup.create("bpfj-test"); Cgroup b = Cgroup.create("bpfj-test")) {
            LoadedProgram p1 = ps.get(0), p2 = ps.get(1), p3 = ps.get(2), p4 = ps.get(3), other = ps.get(4);
            try (CgroupAttachment a1 = CgroupProgram.of(p1).attach(a, IN, CgroupProgram.Mode.MULTI);
                 CgroupAttachment a2 = CgroupProgram.of(p2).attach(a, IN, CgroupProgram.Mode.MULTI);
                 CgroupAttachment a3 = CgroupProgram.of(p3).attach(a, IN, CgroupProgram.Mode.MULTI);
                 CgroupAttachment ob = CgroupProgram.of(other).attach(b, IN, CgroupProgram.Mode.MULTI)) {
                assertEquals(List.of(id(p1), id(p2), id(p3)), CgroupQuery.attached(a, IN).progIds());
                assertEquals(Flags.BPF_F_ALLOW_MULTI, CgroupQuery.attached(a, IN).attachFlags());

                CgroupProgram c4 = CgroupProgram.of(p4);
                int overrideReplace = Flags.BPF_F_ALLOW_OVERRIDE | Flags.BPF_F_REPLACE;
                int multiReplace = Flags.BPF_F_ALLOW_MULTI | Flags.BPF_F_REPLACE;
                // Refused locally, with the errno the kernel gives (checked raw as well).
                assertErrno(Errno.EINVAL, () -> c4.attach(a, IN, overrideReplace, p2.fd()));
                assertEquals(-Errno.EINVAL, CgroupProgram.attachUnchecked(a, p4, IN, overrideReplace, p2.fd()));
                assertErrno(Errno.EINVAL, () -> c4.attach(a, IN, Flags.BPF_F_REPLACE, p2.fd()));
                assertEquals(-Errno.EINVAL, CgroupProgram.attachUnchecked(a, p4, IN, Flags.BPF_F_REPLACE, p2.fd()));
                int overrideMulti = Flags.BPF_F_ALLOW_OVERRIDE | Flags.BPF_F_ALLOW_MULTI;
                assertErrno(Errno.EINVAL, () -> c4.attach(a, IN, overrideMulti, null));
                assertEquals(-Errno.EINVAL, CgroupProgram.attachUnchecked(a, p4, IN, overrideMulti, 0));
                // Only the kernel can tell these.
                assertErrno(Errno.EBADF, () -> c4.attach(a, IN, multiReplace, -1));
                assertErrno(Errno.ENOENT, () -> c4.replace(a, IN, other));
                assertEquals(List.of(id(p1), id(p2), id(p3)), CgroupQuery.attached(a, IN).progIds());
                // A valid replace keeps the position.
                try (CgroupAttachment a4 = c4.replace(a, IN, p2)) {
                    assertEquals(List.of(id(p1), id(p4), id(p3)), CgroupQuery.attached(a, IN).progIds());
                }
                assertEquals(List.of(id(p1), id(p3)), CgroupQuery.attached(a, IN).progIds());
            }
            assertEquals(List.of(), CgroupQuery.attached(a, IN).progIds());
        } finally {
            ps.forEach(LoadedProgram::close);
        }
    }

    @Test
    void effectiveQueryGrowsItsBufferAndSeesInheritedPrograms() {
        List<LoadedProgram> ps = load(12);
        try (Cgroup parent = Cgroup.create("bpfj-test")) {
            Cgroup child = parent.child("leaf");
            List<CgroupAttachment> atts = new ArrayList<>();
            try {
                for (LoadedProgram p : ps.subList(0, 10)) {
                    atts.add(CgroupProgram.of(p).attach(parent, IN, CgroupProgram.Mode.MULTI));
                }
                for (LoadedProgram p : ps.subList(10, 12)) {
                    atts.add(CgroupProgram.of(p).attach(child, IN, CgroupProgram.Mode.MULTI));
                }
                List<Integer> eff = CgroupQuery.query(child.cgroupFd(), IN, Flags.BPF_F_QUERY_EFFECTIVE, 1).progIds();
                assertEquals(12, eff.size());
                List<Integer> own = CgroupQuery.attached(child, IN).progIds();
                assertEquals(List.of(id(ps.get(10)), id(ps.get(11))), own);
            } finally {
                atts.forEach(CgroupAttachment::close);
            }
        } finally {
            ps.forEach(LoadedProgram::close);
        }
    }

    @Test
    void linksAndExclusiveModes() throws Exception {
        List<LoadedProgram> ps = load(2);
        try (Cgroup cg = Cgroup.create("bpfj-test")) {
            try (Link l = CgroupProgram.of(ps.get(0)).link(cg)) {
                assertEquals(List.of(id(ps.get(0))), CgroupQuery.attached(cg, IN).progIds());
                assertEquals(IN, l.info().attachType());
            }
            assertEquals(List.of(), CgroupQuery.attached(cg, IN).progIds());
            try (CgroupAttachment x = CgroupProgram.of(ps.get(0)).attach(cg, IN, CgroupProgram.Mode.EXCLUSIVE)) {
                // The kernel answers EPERM when an exclusive program holds the attach point.
                assertErrno(Errno.EPERM, () -> CgroupProgram.of(ps.get(1)).attach(cg, IN, CgroupProgram.Mode.MULTI));
            }
            // A process can live in the cgroup and leaves with it.
            Process p = cg.start(List.of("sleep", "30"));
            for (int i = 0; i < 100 && cg.pids().isEmpty(); i++) {
                Thread.sleep(10);
            }
            assertEquals(List.of(p.pid()), cg.pids());
        } finally {
            ps.forEach(LoadedProgram::close);
        }
        try (LoadedProgram filter = ProgramLoader.load(TestProgs.returning(ProgramType.SOCKET_FILTER, null, 0))) {
            assertThrows(IllegalArgumentException.class, () -> CgroupProgram.of(filter));
        }
    }

    static void assertErrno(int errno, org.junit.jupiter.api.function.Executable e) {
        BpfException ex = assertThrows(BpfException.class, e);
        assertEquals(Errno.name(errno), ex.errnoName(), ex.getMessage());
    }
}
