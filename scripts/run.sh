#!/usr/bin/env bash
# Runs the server on whatever the environment configures (the embedded default when nothing is
# set), with the JVM flags Parlor is measured with, on the JDK of JAVA_HOME (else the java on the
# PATH; Java 17 or newer). Builds the jar if it is missing. Keeps an archive of the loaded classes
# next to the jar, one per JDK version, made by one short training start whenever the jar is newer
# than the archive, so that later starts load classes from it: a class-data-sharing archive on
# Java 17 to 24, an ahead-of-time cache (classes linked, method profiles kept) on Java 25 and later.
# PARLOR_JAVA_OPTS adds or overrides JVM flags; --prepare only builds and trains, then exits.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
JAR=bootstrap/target/parlor.jar
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA="$(readlink -f "$(command -v "$JAVA")")"
# serial GC: one small heap and no concurrent GC threads suit a 1-2 core service box; the free
# ratios hand heap back after a burst yet leave a fifth free after a full collection (tighter
# ratios made a chat burst run back-to-back full collections), and two malloc arenas keep native
# memory from fragmenting
FLAGS=(-XX:+UseSerialGC -Xms16m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k
    -XX:ReservedCodeCacheSize=64m)
source scripts/jdk.sh
VERSION="$(jdk_version "$(dirname "$JAVA")/.." || true)"
IFS=. read -r MAJOR MINOR UPDATE <<<"${VERSION:-0}"
MAJOR="$(version_number "$MAJOR")" MINOR="$(version_number "${MINOR:-}")" UPDATE="$(version_number "${UPDATE:-}")"
# glibc keeps what the JVM freed (start-up's class parsing and compiling) in its arenas; a trim
# every two seconds hands it back (about 15 MiB of idle RSS). The flag exists from 17.0.9 and 21.0.1.
trims_native_heap() {
    case "$MAJOR" in
        17) [ "$UPDATE" -ge 9 ] ;;
        21) [ "$MINOR" -gt 0 ] || [ "$UPDATE" -ge 1 ] ;;
        *) [ "$MAJOR" -ge 22 ] ;;
    esac
}
trims_native_heap && FLAGS+=(-XX:TrimNativeHeapInterval=2000)
# argon2 is reached through JNA, which Java 22 and later warn about unless native access is granted
[ "$MAJOR" -ge 22 ] && FLAGS+=(--enable-native-access=ALL-UNNAMED)
# Java 25: object headers of 8 bytes instead of 12 (JEP 519), a smaller heap for the same objects
[ "$MAJOR" -ge 25 ] && FLAGS+=(-XX:+UseCompactObjectHeaders)
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

[ -f "$JAR" ] || mvn -B -q -ntp -DskipTests package
if [ "$MAJOR" -ge 25 ]; then
    ARCHIVE="bootstrap/target/parlor-$VERSION.aot"
    TRAIN=(-XX:AOTCacheOutput="$ROOT/$ARCHIVE.part" -Xlog:aot=off -Xlog:cds=off)
    SHARE=(-XX:AOTCache="$ROOT/$ARCHIVE")
else
    ARCHIVE="bootstrap/target/parlor-${VERSION:-unknown}.jsa"
    TRAIN=(-XX:ArchiveClassesAtExit="$ROOT/$ARCHIVE.part" -Xlog:cds=off -Xlog:cds+dynamic=off)
    SHARE=(-XX:SharedArchiveFile="$ROOT/$ARCHIVE" -Xshare:auto)
fi

train() {
    local dir port pid
    dir="$(mktemp -d /tmp/parlor-cds.XXXXXX)"
    port=$((20000 + RANDOM % 30000))
    (cd "$dir" && exec env -i PATH="$PATH" HOME="${HOME:-/tmp}" MICRONAUT_SERVER_PORT="$port" \
        "$JAVA" "${FLAGS[@]}" "${TRAIN[@]}" -jar "$ROOT/$JAR" >"$dir/training.log" 2>&1) &
    pid=$!
    for _ in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.25
    done
    curl -s -o /dev/null "http://127.0.0.1:$port/chat/rooms/0/messages?limit=1" || true
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local made=1
    [ -s "$ARCHIVE.part" ] && mv "$ARCHIVE.part" "$ARCHIVE" && made=0
    rm -rf "$dir" "$ARCHIVE.part"
    return "$made"
}

if [ ! -f "$ARCHIVE" ] || [ "$JAR" -nt "$ARCHIVE" ]; then
    # an archive of an older jar would only be refused with a warning at every start
    train || { rm -f "$ARCHIVE"; echo "no class archive could be made; starting without one" >&2; }
fi
[ "${1:-}" = "--prepare" ] && exit 0
[ -f "$ARCHIVE" ] || SHARE=()
# shellcheck disable=SC2086 # PARLOR_JAVA_OPTS is a list of flags
exec "$JAVA" "${FLAGS[@]}" "${SHARE[@]}" ${PARLOR_JAVA_OPTS:-} -jar "$ROOT/$JAR" "$@"
