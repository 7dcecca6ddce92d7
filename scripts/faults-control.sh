#!/usr/bin/env bash
# The faults that e2e/faults.test.js causes, with the environment scripts/test.sh exports:
#   redis-stop | redis-start | postgres-stop | postgres-start
#   kill <name>            kill -9 of an instance started by `start`
#   start <name> <port> [NAME=value...]   starts an instance and waits until it answers
set -euo pipefail
source "$(dirname "$0")/services.sh"

case "${1:-}" in
    redis-stop) redis_down ;;
    redis-start) redis_up ;;
    postgres-stop) postgres_down ;;
    postgres-start) postgres_up ;;
    kill)
        pid="$(cat "$WORK/$2/pid")"
        kill -9 "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
        ;;
    start)
        name="$2" port="$3"; shift 3
        instance_up "$name" "$port" "$@"
        instance_answers "$port" || { tail -n 60 "$WORK/$name/server.log" >&2; exit 1; }
        ;;
    *) echo "usage: $0 redis-stop|redis-start|postgres-stop|postgres-start|kill NAME|start NAME PORT [ENV...]" >&2; exit 2 ;;
esac
