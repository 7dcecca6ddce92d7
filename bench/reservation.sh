#!/usr/bin/env bash
# Measures holds/s (uncontended, and 50 clients fighting for 10 slots) and availability latency
# for a designer with 5,000 reservations, against the runnable jar on the embedded default, on
# this machine. Usage: bench/reservation.sh [clients] [seconds] [holds-only]   (builds the jar first if it is missing)
# Any DATASOURCES_DEFAULT_* or PARLOR_REDIS_URI in the environment reaches the server unchanged,
# and so does PARLOR_JAVA_OPTS: the server runs with scripts/run.sh, so, for instance,
# PARLOR_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/holds.jfr,settings=profile profiles it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PARLOR_BENCH_PORT:-58182}"
source bench/lib.sh
prepare_server
DATA="$(mktemp -d /tmp/parlor-bench.XXXXXX)"
(cd "$DATA" && exec env MICRONAUT_SERVER_PORT="$PORT" PARLOR_DATA_DIR="$DATA/data" PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false PARLOR_HTTP_QUOTAS_ENABLED=false \
    PARLOR_RESERVATION_HOLD_TTL=2h "$OLDPWD/scripts/run.sh" >"$DATA/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
await_health "$PORT"
java bench/ReservationBench.java "http://127.0.0.1:$PORT" "${1:-8}" "${2:-10}" ${3:+"$3"}
