#!/usr/bin/env bash
# Chat performance with the shared load tool (../shared/bench/chat-load): starts the runnable
# jar on the embedded default, or on PostgreSQL + Redis when DATASOURCES_DEFAULT_URL and
# PARLOR_REDIS_URI are set, runs the fanout (1 room, 50 subscribers) and rooms (500 rooms of 2)
# scenarios (each once to warm up, then once measured), and prints one JSON line with both results.
# Usage: bench/chat.sh [extra chat-load options]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PORT="${PARLOR_BENCH_PORT:-58182}"
WORK="$(mktemp -d /tmp/parlor-chat-bench.XXXXXX)"
SERVER=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

source bench/lib.sh
prepare_server
TOOL="$(build_load_tool)"

start_server() {
    mkdir -p "$WORK/data"
    (cd "$WORK/data" && exec env MICRONAUT_SERVER_PORT="$PORT" PARLOR_DATA_DIR="$WORK/data" PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false PARLOR_HTTP_QUOTAS_ENABLED=false \
        PARLOR_JWT_SECRET="${PARLOR_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}" \
        "$ROOT/scripts/run.sh" >"$WORK/server.log" 2>&1) &
    SERVER=$!
    await_health "$PORT"
}

start_server
PID="$SERVER" # scripts/run.sh execs java in the same process
# each scenario runs twice and the second (warm) run counts, as for the reference figures
for round in warm-up measured; do
    fanout="$(java -jar "$TOOL" --base-url "http://127.0.0.1:$PORT" --scenario fanout --server-pid "$PID" "$@" 2>"$WORK/fanout.log")"
    rooms="$(java -jar "$TOOL" --base-url "http://127.0.0.1:$PORT" --scenario rooms --server-pid "$PID" "$@" 2>"$WORK/rooms.log")"
done
python3 -c 'import json,sys; print(json.dumps({"fanout": json.loads(sys.argv[1]), "rooms": json.loads(sys.argv[2])}))' "$fanout" "$rooms"
