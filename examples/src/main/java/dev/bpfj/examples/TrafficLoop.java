package dev.bpfj.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The traffic of scenario 5, run as a child process inside the scenario's cgroup (cgroup programs
 * see the sockets of the processes in the cgroup, not of the JVM that attached them). It sends
 * one-byte UDP datagrams over loopback to a socket of its own as fast as it can, prints
 * {@code ready} once it started and {@code sent N} when stdin delivers a line or ends.
 */
public final class TrafficLoop {
    private TrafficLoop() {
    }

    public static void main(String[] args) throws IOException {
        try (DatagramChannel rx = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
             DatagramChannel tx = DatagramChannel.open()) {
            tx.connect(rx.getLocalAddress());
            rx.configureBlocking(false);
            AtomicBoolean stop = new AtomicBoolean();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    new BufferedReader(new InputStreamReader(System.in)).readLine();
                } catch (IOException e) {
                    // treat as the end of input
                }
                stop.set(true);
            });
            System.out.println("ready");
            System.out.flush();
            ByteBuffer one = ByteBuffer.allocate(1);
            ByteBuffer sink = ByteBuffer.allocate(64);
            long sent = 0;
            while (!stop.get()) {
                one.clear();
                tx.write(one);
                sent++;
                if ((sent & 63) == 0) {
                    // Keep the receive queue short; egress is what is counted.
                    while (rx.receive(sink.clear()) != null) {
                        // drain
                    }
                }
            }
            System.out.println("sent " + sent);
        }
    }
}
