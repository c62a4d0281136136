package dev.bpfj.loader;

import dev.bpfj.core.abi.AttachType;
import dev.bpfj.core.abi.LinkType;
import dev.bpfj.loader.sys.Attr;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * What the kernel says about a link ({@code struct bpf_link_info}), with the target details of
 * the kinds bpfj attaches: netns (sk_lookup), cgroup, sockmap.
 *
 * @param typeId the kernel's {@code enum bpf_link_type} value (see {@link #type()})
 * @param attachType null when not reported for this kind
 * @param target the netns inode, cgroup id or map id; 0 when not reported
 */
public record LinkInfo(int id, int typeId, int progId, AttachType attachType, long target) {
    /** The link's kind, or null when bpfj does not know the value. */
    public LinkType type() {
        return LinkType.ofId(typeId);
    }

    public static LinkInfo of(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = a.allocate(Attr.LINK_INFO_BUFFER, 8);
            Ids.info(fd, info, "link fd " + fd);
            int type = info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO, "type"));
            int id = info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO, "id"));
            int prog = info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO, "prog_id"));
            LinkType kind = LinkType.ofId(type);
            return switch (kind == null ? LinkType.UNSPEC : kind) {
                case NETNS -> new LinkInfo(id, type, prog, AttachType.ofId(
                        info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO_NETNS, "netns.attach_type"))),
                        info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO_NETNS, "netns.netns_ino")) & 0xffffffffL);
                case CGROUP -> new LinkInfo(id, type, prog, AttachType.ofId(
                        info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO, "cgroup.attach_type"))),
                        info.get(ValueLayout.JAVA_LONG, Attr.off(Attr.LINK_INFO, "cgroup.cgroup_id")));
                case SOCKMAP -> new LinkInfo(id, type, prog, AttachType.ofId(
                        info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO_SOCKMAP, "sockmap.attach_type"))),
                        info.get(ValueLayout.JAVA_INT, Attr.off(Attr.LINK_INFO_SOCKMAP, "sockmap.map_id")));
                default -> new LinkInfo(id, type, prog, null, 0);
            };
        }
    }
}
