#!/usr/bin/env bash
# Measures logins/s and refreshes/s of the runnable jar on the embedded default, on this machine.
# Usage: bench/membership.sh [clients] [seconds]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PARLOR_BENCH_PORT:-58181}"
source bench/lib.sh
build_jar
DATA="$(mktemp -d /tmp/parlor-bench.XXXXXX)"
(cd "$DATA" && exec env MICRONAUT_SERVER_PORT="$PORT" PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false PARLOR_HTTP_QUOTAS_ENABLED=false \
    java -jar "$OLDPWD/bootstrap/target/parlor.jar" >"$DATA/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
await_health "$PORT"
java bench/MembershipBench.java "http://127.0.0.1:$PORT" "${1:-8}" "${2:-10}"
