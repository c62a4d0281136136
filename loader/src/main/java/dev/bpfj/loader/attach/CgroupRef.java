package dev.bpfj.loader.attach;

/** A cgroup v2 directory, as an fd cgroup programs attach to (a {@code Cgroup}, or {@link CgroupDir}). */
@FunctionalInterface
public interface CgroupRef {
    /** An open fd of the cgroup directory. */
    int cgroupFd();
}
