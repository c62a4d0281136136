# Sourced by bpfj's scripts: finds a JDK >= 22 (bpfj uses java.lang.foreign) and exports JAVA_HOME.
# Order: $JAVA_HOME, then the newest under /usr/lib/jvm. Prints what to install when there is none.
# Shell built-ins only on the usual path: the bpfj launcher runs this before every command, and a
# forked process costs milliseconds on a loaded machine.

bpfj_jdk_major() {
    # Sets _bpfj_major to the major version of the JDK at $1 (empty when it is none). The JDK's
    # release file answers without starting a JVM (which would cost as much as bpfj's own start);
    # java itself is the fallback.
    local v="" line
    _bpfj_major=""
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
    v="${v%%[.+-]*}"
    case "$v" in
        [0-9]*) _bpfj_major="$v" ;;
        *) return 1 ;;
    esac
}

bpfj_find_jdk() {
    # Also sets BPFJ_JDK_MAJOR to the chosen JDK's major version.
    local min=22 best="" best_major=0 d
    if [ -n "${JAVA_HOME:-}" ] && bpfj_jdk_major "$JAVA_HOME" && [ "$_bpfj_major" -ge "$min" ]; then
        export JAVA_HOME
        BPFJ_JDK_MAJOR="$_bpfj_major"
        return 0
    fi
    for d in /usr/lib/jvm/*; do
        [ -d "$d" ] || continue
        bpfj_jdk_major "$d" || continue
        if [ "$_bpfj_major" -ge "$min" ] && [ "$_bpfj_major" -gt "$best_major" ]; then
            best="$d"
            best_major="$_bpfj_major"
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
    BPFJ_JDK_MAJOR="$best_major"
}

bpfj_require_maven() {
    if ! command -v mvn >/dev/null 2>&1; then
        echo "bpfj: Maven (mvn) is needed to build bpfj; install it (e.g. the 'maven' package)." >&2
        return 1
    fi
}
