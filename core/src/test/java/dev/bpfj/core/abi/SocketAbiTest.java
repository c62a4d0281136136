package dev.bpfj.core.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The socket API values, sock_ops op numbers and errno numbers against the installed C headers. */
class SocketAbiTest {
    @Test
    void socketConstantsMatchTheCHeaders() throws IllegalAccessException {
        Map<String, Long> mine = new LinkedHashMap<>();
        for (Field f : SocketAbi.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                mine.put(f.getName(), ((Number) f.get(null)).longValue());
            }
        }
        compare(List.of("sys/socket.h", "netinet/in.h", "netinet/tcp.h", "poll.h"), mine);
    }

    @Test
    void sockOpsOpsMatchTheUapiHeader() {
        Map<String, Long> mine = new LinkedHashMap<>();
        for (SockOpsOp op : SockOpsOp.values()) {
            mine.put(op.kernelName(), (long) op.value());
        }
        compare(List.of("linux/bpf.h"), mine);
    }

    @Test
    void errnoNumbersMatchTheCHeaders() {
        // Kernel-internal values bpf(2) can leak; no C library header defines them.
        Set<String> internal = Set.of("ENOTSUPP", "ERESTARTSYS");
        Map<String, Long> mine = new LinkedHashMap<>();
        Errno.names().forEach((n, name) -> {
            if (!internal.contains(name)) {
                mine.put(name, (long) n);
            }
        });
        compare(List.of("errno.h"), mine);
    }

    private static void compare(List<String> headers, Map<String, Long> mine) {
        Map<String, String> exprs = new LinkedHashMap<>();
        mine.keySet().forEach(n -> exprs.put(n, "(long long)(" + n + ")"));
        Map<String, String> got = AbiTestEnv.evalC(headers, exprs, "%lld");
        List<String> errors = new ArrayList<>();
        mine.forEach((n, v) -> {
            String h = got.get(n);
            if (h == null || Long.parseLong(h) != v) {
                errors.add(n + ": header " + h + ", bpfj " + v);
            }
        });
        assertEquals(List.of(), errors);
        System.out.printf("%s: %d constants match%n", headers, mine.size());
    }
}
