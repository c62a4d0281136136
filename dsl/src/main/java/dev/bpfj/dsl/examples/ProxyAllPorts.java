package dev.bpfj.dsl.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.HashTable;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.dsl.Scalar;
import dev.bpfj.dsl.SkLookup;
import dev.bpfj.dsl.SockMap;

/**
 * Every port of an address to one socket (sk_lookup): connections to any port of {@code prefix}
 * go to the proxy socket in slot 0 of {@value #MAP}, taking precedence over sockets listening on
 * that port, except for the ports listed in the {@value #EXEMPT} hash (key: port in host order)
 * which keep their normal lookup. The proxy sees the original destination port as its accepted
 * socket's local port.
 *
 * <pre>{@code
 * Program p = ProxyAllPorts.program(Family.INET, Protocol.TCP, "192.0.2.1/32");
 * }</pre>
 */
public final class ProxyAllPorts {
    public static final String MAP = "proxy";
    public static final String EXEMPT = "exempt_ports";

    private ProxyAllPorts() {
    }

    public static Program program(Family family, Protocol protocol, String prefix) {
        SkLookup p = SkLookup.named("proxy_" + protocol.name().toLowerCase(java.util.Locale.ROOT));
        SockMap proxy = p.sockMap(MAP, 1);
        HashTable exempt = p.hash(EXEMPT, Scalar.U32, Scalar.U8, 64);
        SkLookup.Ctx ctx = p.ctx();
        p.ifThen(ctx.is(protocol).and(ctx.is(family)).and(family == Family.INET ? ctx.localIp4().in(prefix)
                : ctx.localIp6().in(prefix)), () -> {
                    p.ifPresent(exempt.lookup(ctx.localPort()), port -> p.pass());
                    p.ifPresent(p.lookup(proxy, 0), sk -> {
                        p.assign(sk);
                        p.release(sk);
                    });
                });
        p.pass();
        return p.build();
    }
}
