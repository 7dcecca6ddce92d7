#!/usr/bin/env bash
# Chat under a login burst: starts the runnable jar on the embedded default (or on PostgreSQL +
# Redis when DATASOURCES_DEFAULT_URL and PARLOR_REDIS_URI are set), runs the shared load tool's
# fanout scenario once to warm up, once measured alone, then once measured while
# bench/MembershipBench.java logs in with [clients] clients without pause, and prints one JSON
# line: both latency summaries, the p99 ratio and the logins/s of the burst.
# Usage: bench/login-burst.sh [clients] [burst seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
CLIENTS="${1:-8}"
BURST_SECONDS="${2:-45}"
PORT="${PARLOR_BENCH_PORT:-58183}"
WORK="$(mktemp -d /tmp/parlor-burst-bench.XXXXXX)"
SERVER=""
BURST=""
trap '[ -n "$BURST" ] && kill $BURST 2>/dev/null; [ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

source bench/lib.sh
prepare_server
TOOL="$(build_load_tool)"

mkdir -p "$WORK/data"
(cd "$WORK/data" && exec env MICRONAUT_SERVER_PORT="$PORT" PARLOR_DATA_DIR="$WORK/data" \
    PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false PARLOR_HTTP_QUOTAS_ENABLED=false \
    PARLOR_JWT_SECRET="${PARLOR_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}" \
    "$ROOT/scripts/run.sh" >"$WORK/server.log" 2>&1) &
SERVER=$!
await_health "$PORT"

fanout() {
    java -jar "$TOOL" --base-url "http://127.0.0.1:$PORT" --scenario fanout --server-pid "$SERVER" "$@" 2>>"$WORK/fanout.log"
}
fanout >/dev/null
alone="$(fanout)"
java bench/MembershipBench.java "http://127.0.0.1:$PORT" "$CLIENTS" "$BURST_SECONDS" logins-only >"$WORK/burst.json" &
BURST=$!
sleep 3 # the burst's members are signed up and its logins running
during="$(fanout --wait-quiet-seconds 0)"
wait "$BURST"
BURST=""
python3 - "$alone" "$during" "$(cat "$WORK/burst.json")" <<'PY'
import json, sys
alone, during, burst = (json.loads(a) for a in sys.argv[1:4])
def summary(run):
    r = run["result"]
    return {"latency_ms": {k: r["latency_ms"][k] for k in ("p50", "p99", "p999")},
            "accepted_per_s": r["accepted_per_s"], "delivery_check": r["delivery_check"]}
a, d = summary(alone), summary(during)
print(json.dumps({"alone": a, "during_login_burst": d,
                  "p99_ratio": round(d["latency_ms"]["p99"] / a["latency_ms"]["p99"], 3),
                  "burst": burst}))
PY
