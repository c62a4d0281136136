package dev.bpfj.loader;

import java.nio.channels.NetworkChannel;

/**
 * A socket the loader may pass to the kernel: a JDK channel (through {@link ChannelFds}), a socket
 * created through FFM ({@link NativeSocket}), or a raw fd. The reference borrows the fd; whoever
 * opened the socket closes it.
 */
@FunctionalInterface
public interface SocketRef {
    /** The socket's file descriptor. */
    int socketFd();

    /**
     * A JDK socket channel ({@code ServerSocketChannel}, {@code SocketChannel},
     * {@code DatagramChannel}); needs {@code --add-exports java.base/sun.nio.ch=...}, see
     * {@link ChannelFds}.
     */
    static SocketRef of(NetworkChannel channel) {
        int fd = ChannelFds.fd(channel);
        return () -> fd;
    }

    /** A socket fd owned by someone else. */
    static SocketRef ofFd(int fd) {
        return () -> fd;
    }
}
