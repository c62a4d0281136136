package dev.bpfj.loader;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.NetworkChannel;

/**
 * The one place bpfj reads the file descriptor out of a JDK socket channel.
 *
 * <p>The JDK keeps channel fds internal: its channel implementations implement
 * {@code sun.nio.ch.SelChImpl}, whose {@code getFDVal()} returns the fd. Calling it needs the JVM
 * flag {@code --add-exports java.base/sun.nio.ch=dev.bpfj.loader} when bpfj runs on the module path,
 * or {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED} on the class path. Without the flag
 * {@link #fd} fails with a message naming it. Programs that cannot add JVM flags can create their
 * sockets with {@link NativeSocket} instead.
 */
public final class ChannelFds {
    private ChannelFds() {
    }

    /** The JVM flag that makes {@link #fd} work for the calling module. */
    public static String requiredFlag() {
        Module m = ChannelFds.class.getModule();
        return "--add-exports java.base/sun.nio.ch=" + (m.isNamed() ? m.getName() : "ALL-UNNAMED");
    }

    /** True when the JVM was started with {@link #requiredFlag()}. */
    public static boolean available() {
        return Object.class.getModule().isExported("sun.nio.ch", ChannelFds.class.getModule());
    }

    /** The fd of {@code channel}; the channel keeps owning it. */
    public static int fd(NetworkChannel channel) {
        if (!available()) {
            throw new IllegalStateException("reading the file descriptor of a JDK channel needs the JVM flag "
                    + requiredFlag() + "; or create the socket with NativeSocket instead");
        }
        if (!channel.isOpen()) {
            throw new IllegalStateException("the channel is closed");
        }
        try {
            Class<?> selCh = Class.forName("sun.nio.ch.SelChImpl");
            if (!selCh.isInstance(channel)) {
                throw new IllegalArgumentException(channel.getClass().getName()
                        + " is not one of the JDK's socket channels");
            }
            Method m = selCh.getMethod("getFDVal");
            return (int) m.invoke(channel);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("this JDK keeps channel fds differently (" + e
                    + "); create the socket with NativeSocket instead", e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("reading the file descriptor of a JDK channel needs the JVM flag "
                    + requiredFlag(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read the channel's fd: " + e.getCause(), e.getCause());
        }
    }
}
