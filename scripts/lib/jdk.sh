# Sourced by bpfj's scripts: finds a JDK >= 22 (bpfj uses java.lang.foreign) and exports JAVA_HOME.
# Order: $JAVA_HOME, then the newest under /usr/lib/jvm. Prints what to install when there is none.

bpfj_jdk_major() {
    # Prints the major version of the JDK at $1, or nothing. The JDK's release file answers
    # without starting a JVM (which would cost as much as bpfj's own start); java itself is the
    # fallback.
    local v="" line
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    if [ -r "$1/release" ]; then
        while IFS= read -r line; do
            case "$line" in
                JAVA_VERSION=*) v="${line#JAVA_VERSION=}"; v="${v//\"/}"; break ;;
            esac
        done < "$1/release"
        v="${v#1.}"
    fi
    case "$v" in
        [0-9]*) ;;
        *) v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p') ;;
    esac
    [ -n "$v" ] && echo "${v%%[.+-]*}"
}

bpfj_find_jdk() {
    local min=22 best="" best_major=0 d m
    if [ -n "${JAVA_HOME:-}" ]; then
        m=$(bpfj_jdk_major "$JAVA_HOME")
        if [ -n "$m" ] && [ "$m" -ge "$min" ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    for d in /usr/lib/jvm/*; do
        [ -d "$d" ] || continue
        m=$(bpfj_jdk_major "$d") || continue
        if [ -n "$m" ] && [ "$m" -ge "$min" ] && [ "$m" -gt "$best_major" ]; then
            best="$d"
            best_major="$m"
        fi
    done
    if [ -z "$best" ]; then
        cat >&2 <<MSG
bpfj: no JDK 22 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*).
bpfj calls bpf(2) through java.lang.foreign, which needs JDK 22+; JDK 25 is what bpfj is built with.
Install one, for example the Temurin 25 JDK or your distribution's openjdk-25-jdk package,
then run again (or point JAVA_HOME at it).
MSG
        return 1
    fi
    export JAVA_HOME="$best"
}

bpfj_require_maven() {
    if ! command -v mvn >/dev/null 2>&1; then
        echo "bpfj: Maven (mvn) is needed to build bpfj; install it (e.g. the 'maven' package)." >&2
        return 1
    fi
}
