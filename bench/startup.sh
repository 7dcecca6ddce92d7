#!/usr/bin/env bash
# Start-up time and idle memory of the README's run command (scripts/run.sh) on the embedded
# default, with the shared load tool's startup scenario: time to the first HTTP answer, then RSS
# after 5 s idle. Starts the server several times (each on a fresh data directory) and prints
# one JSON line with every run and the medians. Usage: bench/startup.sh [runs]   (default 3)
# PARLOR_JAVA_OPTS reaches the server, as with scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PORT="${PARLOR_BENCH_PORT:-58183}"
WORK="$(mktemp -d /tmp/parlor-startup-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

source bench/lib.sh
prepare_server
TOOL="$(build_load_tool)"

runs=()
for run in $(seq 1 "${1:-3}"); do
    mkdir -p "$WORK/data-$run"
    runs+=("$(java -jar "$TOOL" --base-url "http://127.0.0.1:$PORT" --scenario startup --launch-log "$WORK/server-$run.log" \
        --launch "env MICRONAUT_SERVER_PORT=$PORT PARLOR_DATA_DIR=$WORK/data-$run $ROOT/scripts/run.sh" 2>"$WORK/tool-$run.log")")
done
python3 - "${runs[@]}" <<'PY'
import json, statistics, sys
runs = [json.loads(line)["startup"] for line in sys.argv[1:]]
print(json.dumps({
    "runs": [{"firstAnswerMs": r["time_to_first_http_ms"], "idleRssMiB": round(r["idle_rss_kb_after_start"] / 1024, 1),
              "threads": r["threads_after_start"]} for r in runs],
    "medianFirstAnswerMs": statistics.median(r["time_to_first_http_ms"] for r in runs),
    "medianIdleRssMiB": round(statistics.median(r["idle_rss_kb_after_start"] for r in runs) / 1024, 1),
}))
PY
