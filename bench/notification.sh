#!/usr/bin/env bash
# Server-sent events: starts the runnable jar on the embedded default, opens 1,000 streams (50
# members in one group room, 20 streams each) with a stock EventSource, posts over STOMP and
# prints one JSON line: room-updated events/s delivered, their latency, and the live heap per
# open stream. Usage: bench/notification.sh [members] [streamsPerMember] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PORT="${PARLOR_BENCH_PORT:-58183}"
WORK="$(mktemp -d /tmp/parlor-sse-bench.XXXXXX)"
SERVER=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

source bench/lib.sh
[ -d e2e/node_modules ] || (cd e2e && npm ci --no-audit --no-fund --silent)
prepare_server
mkdir -p "$WORK/data"
(cd "$WORK/data" && exec env MICRONAUT_SERVER_PORT="$PORT" PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false PARLOR_HTTP_QUOTAS_ENABLED=false \
    PARLOR_JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
    "$ROOT/scripts/run.sh" >"$WORK/server.log" 2>&1) &
SERVER=$!
await_health "$PORT"
PARLOR_URL="http://127.0.0.1:$PORT" SERVER_PID="$SERVER" node e2e/stream-bench.mjs "$@"
