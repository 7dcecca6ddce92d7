# Steps every bench runner shares (sourced from the project root; build_load_tool needs ROOT and WORK).

build_jar() {
    [ -f bootstrap/target/parlor.jar ] || mvn -B -q -ntp -DskipTests package
}

# Builds the jar when it is missing and makes the class-data archive now, not while timed.
prepare_server() {
    build_jar
    scripts/run.sh --prepare
}

# Copies the shared load tool (../shared/bench/chat-load, or PARLOR_CHAT_LOAD) into WORK, builds
# it there with Maven's output in a log file, and prints the path of its jar.
build_load_tool() {
    cp -r "${PARLOR_CHAT_LOAD:-$ROOT/../shared/bench/chat-load}" "$WORK/chat-load"
    mvn -q -B -ntp -f "$WORK/chat-load/pom.xml" package >"$WORK/tool-build.log" 2>&1 ||
        { cat "$WORK/tool-build.log" >&2; return 1; }
    echo "$WORK/chat-load/target/chat-load.jar"
}

# Waits up to 30 s for the server on the given port to answer /health.
await_health() {
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0; sleep 0.25; done
    echo "the server on port $1 did not start; see its server.log" >&2
    return 1
}
