# Reading a JDK's version, shared by scripts/run.sh and scripts/test.sh. Sourced.

# The version a JDK's release file states, e.g. 17.0.15 or 25.0.1; nothing when HOME has none.
jdk_version() {
    [ -f "$1/release" ] && sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$1/release"
}

# The leading digits of a version part ("15" of "15-ea"), 0 when there are none.
version_number() {
    local digits="${1%%[!0-9]*}"
    echo "${digits:-0}"
}
