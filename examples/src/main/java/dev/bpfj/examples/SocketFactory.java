package dev.bpfj.examples;

import dev.bpfj.core.abi.SocketAbi;
import dev.bpfj.loader.NativeSocket;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process of scenario 4 that only creates sockets. A socket belongs to the cgroup of the
 * process that created it (and accepted sockets to their listener's), so sockets made here, inside
 * the scenario's cgroup, are seen by the cgroup's sock_ops program even when the scenario's JVM,
 * which stays in its own cgroup, takes them over ({@code pidfd_getfd}) and does the rest.
 *
 * <p>Usage: {@code SocketFactory COUNT}; prints {@code fds N N ...} (IPv4 TCP sockets, unbound),
 * then waits until stdin delivers a line or ends.
 */
public final class SocketFactory {
    private SocketFactory() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        List<NativeSocket> socks = new ArrayList<>();
        StringBuilder line = new StringBuilder("fds");
        for (int i = 0; i < count; i++) {
            NativeSocket s = NativeSocket.open(SocketAbi.AF_INET, SocketAbi.SOCK_STREAM);
            socks.add(s);
            line.append(' ').append(s.socketFd());
        }
        System.out.println(line);
        System.out.flush();
        System.in.read();
        socks.forEach(NativeSocket::close);
    }
}
