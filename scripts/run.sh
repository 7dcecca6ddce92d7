#!/usr/bin/env bash
# Runs the server on whatever the environment configures (the embedded default when nothing is
# set), with the JVM flags Parlor is measured with. Builds the jar if it is missing. Keeps a
# class-data-sharing archive next to the jar, made by one short training start whenever the jar
# is newer than the archive, so that later starts load classes from it (about half the start-up).
# PARLOR_JAVA_OPTS adds or overrides JVM flags; --prepare only builds and trains, then exits.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
JAR=bootstrap/target/parlor.jar
ARCHIVE=bootstrap/target/parlor.jsa
# serial GC: one small heap and no concurrent GC threads suit a 1-2 core service box; the free
# ratios hand heap back after a burst, and two malloc arenas keep native memory from fragmenting
FLAGS=(-XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -Xss512k
    -XX:ReservedCodeCacheSize=64m)
# glibc keeps what the JVM freed (start-up's class parsing and compiling) in its arenas; a trim
# every two seconds hands it back (about 15 MiB of idle RSS). The flag exists from 17.0.9 and 21.0.1.
trims_native_heap() {
    local java release version major minor update
    java="$(readlink -f "$(command -v java)")"
    release="$(dirname "$java")/../release"
    [ -f "$release" ] || return 1
    version="$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$release")"
    IFS=. read -r major minor update <<<"$version"
    update="${update%%[!0-9]*}"
    case "$major" in
        17) [ "${update:-0}" -ge 9 ] ;;
        21) [ "${minor:-0}" -gt 0 ] || [ "${update:-0}" -ge 1 ] ;;
        *) [ "$major" -ge 22 ] 2>/dev/null ;;
    esac
}
trims_native_heap && FLAGS+=(-XX:TrimNativeHeapInterval=2000)
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

[ -f "$JAR" ] || mvn -B -q -ntp -DskipTests package

train() {
    local dir port pid
    dir="$(mktemp -d /tmp/parlor-cds.XXXXXX)"
    port=$((20000 + RANDOM % 30000))
    (cd "$dir" && exec env -i PATH="$PATH" HOME="${HOME:-/tmp}" MICRONAUT_SERVER_PORT="$port" \
        java "${FLAGS[@]}" -XX:ArchiveClassesAtExit="$ROOT/$ARCHIVE.part" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$ROOT/$JAR" >"$dir/training.log" 2>&1) &
    pid=$!
    for _ in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.25
    done
    curl -s -o /dev/null "http://127.0.0.1:$port/chat/rooms/0/messages?limit=1" || true
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ -s "$ARCHIVE.part" ] && mv "$ARCHIVE.part" "$ARCHIVE"
    rm -rf "$dir"
}

if [ ! -f "$ARCHIVE" ] || [ "$JAR" -nt "$ARCHIVE" ]; then
    train || echo "no class-data archive; starting without it" >&2
fi
[ "${1:-}" = "--prepare" ] && exit 0
SHARE=()
[ -f "$ARCHIVE" ] && SHARE=(-XX:SharedArchiveFile="$ROOT/$ARCHIVE" -Xshare:auto)
# shellcheck disable=SC2086 # PARLOR_JAVA_OPTS is a list of flags
exec java "${FLAGS[@]}" "${SHARE[@]}" ${PARLOR_JAVA_OPTS:-} -jar "$ROOT/$JAR" "$@"
