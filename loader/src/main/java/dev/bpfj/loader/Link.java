package dev.bpfj.loader;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.Command;
import dev.bpfj.core.abi.Flags;
import dev.bpfj.loader.sys.Attr;
import dev.bpfj.loader.sys.Bpf;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.List;

/**
 * A BPF link: an attachment owned by a file descriptor. Closing the last fd (and removing any pin)
 * detaches the program; {@link #update} swaps the program atomically, with no moment where none
 * is attached.
 *
 * <p>Links are made by the typed programs of {@code dev.bpfj.loader.attach}, e.g.
 * {@code SkLookupProgram.attach(netns)}.
 */
public final class Link extends FdHandle {
    private final String what;

    private Link(int fd, String what) {
        super(fd);
        this.what = what;
    }

    /**
     * BPF_LINK_CREATE of {@code prog} on {@code targetFd} (a netns, cgroup or map fd) with
     * {@code type}. The typed programs call this with the target their kind takes.
     */
    public static Link create(LoadedProgram prog, int targetFd, AttachType type, int flags, String targetName) {
        StructLayout l = Attr.LINK_CREATE;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_create.prog_fd"), prog.fd());
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_create.target_fd"), targetFd);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_create.attach_type"), type.id());
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_create.flags"), flags);
            String what = "link of program \"" + prog.name() + "\" to " + targetName + " (" + type.kernelName() + ")";
            int fd = Bpf.check(Command.LINK_CREATE, Bpf.call(Command.LINK_CREATE, attr, l), what);
            return new Link(fd, what);
        }
    }

    /** Opens the link pinned at {@code path}. */
    public static Link openPinned(Path path) {
        return new Link(Pins.get(path), "link pinned at " + path);
    }

    /** Opens the link with kernel id {@code id}. */
    public static Link byId(int id) {
        return new Link(Ids.fdById(Command.LINK_GET_FD_BY_ID, id), "link " + id);
    }

    /** The ids of every link in the kernel. */
    public static List<Integer> loadedIds() {
        return Ids.all(Command.LINK_GET_NEXT_ID);
    }

    /** Atomically replaces the linked program with {@code next}. */
    public void update(LoadedProgram next) {
        update(next, null);
    }

    /**
     * Replaces the linked program with {@code next} only if it is still {@code expected}
     * (BPF_F_REPLACE); fails with EPERM otherwise, leaving the link as it is.
     */
    public void update(LoadedProgram next, LoadedProgram expected) {
        StructLayout l = Attr.LINK_UPDATE;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_update.link_fd"), fd());
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_update.new_prog_fd"), next.fd());
            if (expected != null) {
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_update.flags"), Flags.BPF_F_REPLACE);
                attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_update.old_prog_fd"), expected.fd());
            }
            Bpf.check(Command.LINK_UPDATE, Bpf.call(Command.LINK_UPDATE, attr, l),
                    what + " -> program \"" + next.name() + "\"");
        }
    }

    /**
     * Detaches the program now, even while other fds or pins hold the link (BPF_LINK_DETACH); the
     * link stays open but defunct until closed.
     */
    public void detach() {
        StructLayout l = Attr.LINK_DETACH;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment attr = Attr.alloc(a, l);
            attr.set(ValueLayout.JAVA_INT, Attr.off(l, "link_detach.link_fd"), fd());
            Bpf.check(Command.LINK_DETACH, Bpf.call(Command.LINK_DETACH, attr, l), what);
        }
    }

    /** Pins the link at {@code path}: it then outlives this process until the pin is removed. */
    public void pin(Path path) {
        Pins.pin(fd(), path, what);
    }

    public LinkInfo info() {
        return LinkInfo.of(fd());
    }

    @Override
    protected String what() {
        return what;
    }
}
