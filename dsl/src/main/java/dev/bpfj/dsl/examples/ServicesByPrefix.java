package dev.bpfj.dsl.examples;

import dev.bpfj.core.Program;
import dev.bpfj.dsl.Cond;
import dev.bpfj.dsl.Family;
import dev.bpfj.dsl.Protocol;
import dev.bpfj.dsl.SkLookup;
import dev.bpfj.dsl.SockMap;
import dev.bpfj.dsl.Var;
import dev.bpfj.dsl.When;
import dev.bpfj.dsl.Branches;
import java.util.List;

/**
 * Several services sharing one port, chosen by destination prefix (sk_lookup): a connection to
 * {@code prefixes[i]} on {@code port} goes to the socket in slot {@code i} of the
 * {@value #MAP} sockmap, whatever address that socket is bound to; other traffic takes the normal
 * path. One program handles one family and protocol; attach one per combination.
 *
 * <pre>{@code
 * Program tcp = ServicesByPrefix.ipv4(Protocol.TCP);          // 192.0.2.0/24 -> 0, 198.51.100.0/24 -> 1
 * Program udp6 = ServicesByPrefix.ipv6(Protocol.UDP);         // 2001:db8:a::/48 -> 0, 2001:db8:b::/48 -> 1
 * }</pre>
 */
public final class ServicesByPrefix {
    /** Name of the sockmap holding the services' sockets. */
    public static final String MAP = "services";
    /** The port the services share. */
    public static final int PORT = 80;
    /** The seed's IPv4 prefixes: slot 0 and slot 1. */
    public static final List<String> IPV4_PREFIXES = List.of("192.0.2.0/24", "198.51.100.0/24");
    /** The IPv6 prefixes used for the IPv6 variant: slot 0 and slot 1. */
    public static final List<String> IPV6_PREFIXES = List.of("2001:db8:a::/48", "2001:db8:b::/48");

    private ServicesByPrefix() {
    }

    /** The seed program for IPv4: port 80, 192.0.2.0/24 to slot 0, 198.51.100.0/24 to slot 1. */
    public static Program ipv4(Protocol protocol) {
        return program(Family.INET, protocol, PORT, IPV4_PREFIXES);
    }

    /** The IPv6 variant: port 80, 2001:db8:a::/48 to slot 0, 2001:db8:b::/48 to slot 1. */
    public static Program ipv6(Protocol protocol) {
        return program(Family.INET6, protocol, PORT, IPV6_PREFIXES);
    }

    /** Lookups of {@code family}/{@code protocol} to {@code port} in {@code prefixes.get(i)} go to slot i. */
    public static Program program(Family family, Protocol protocol, int port, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            throw new IllegalArgumentException("at least one prefix");
        }
        SkLookup p = SkLookup.named("svc_" + (family == Family.INET ? "v4_" : "v6_")
                + protocol.name().toLowerCase(java.util.Locale.ROOT));
        SockMap services = p.sockMap(MAP, prefixes.size());
        SkLookup.Ctx ctx = p.ctx();
        p.ifThen(ctx.is(protocol).and(ctx.is(family)).and(ctx.localPort().eq(port)), () -> {
            Var slot = p.var();
            Branches chain = null;
            for (int i = 0; i < prefixes.size(); i++) {
                int s = i;
                Cond in = family == Family.INET ? ctx.localIp4().in(prefixes.get(i))
                        : ctx.localIp6().in(prefixes.get(i));
                When w = chain == null ? p.when(in) : chain.orWhen(in);
                chain = w.then(() -> slot.set(s));
            }
            chain.otherwise(p::pass);
            p.ifPresent(p.lookup(services, slot), sk -> {
                p.assign(sk);
                p.release(sk);
            });
        });
        p.pass();
        return p.build();
    }
}
