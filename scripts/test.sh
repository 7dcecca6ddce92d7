#!/usr/bin/env bash
# The whole test suite: installs PostgreSQL, Redis and chromium when missing (Debian packages),
# starts private instances on loopback, runs every module's tests including the *IT suites
# against them, smoke-tests the runnable jar on the embedded default, runs two instances on
# PostgreSQL and Redis and drives them with a browser (the web console) and stock clients (e2e/,
# Node), runs the fault suite, and stops everything again.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
source scripts/services.sh
source scripts/jdk.sh

PG_PORT="${PARLOR_TEST_PG_PORT:-55432}"
REDIS_PORT="${PARLOR_TEST_REDIS_PORT:-56379}"
APP_PORT="${PARLOR_TEST_APP_PORT:-58080}"
APP_PORT_2="${PARLOR_TEST_APP_PORT_2:-58081}"
APP_PORT_3="${PARLOR_TEST_APP_PORT_3:-58082}"
WORK="$(mktemp -d /tmp/parlor-test.XXXXXX)"
chmod 755 "$WORK"
PG_BIN=""
APP_PID=""

log() { printf '\n== %s\n' "$*"; }

ensure_packages() {
    local missing=()
    command -v redis-server >/dev/null || missing+=(redis-server)
    ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
    command -v chromium >/dev/null || missing+=(chromium)
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        if [ "$(id -u)" -ne 0 ]; then
            echo "installing ${missing[*]} needs root (apt-get)" >&2
            exit 1
        fi
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    PG_BIN="$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
}

start_postgres() {
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    mkdir -p "$WORK/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
    as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
    postgres_up
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qtAc \
        "SELECT 1 FROM pg_roles WHERE rolname='parlor'" | grep -q 1 ||
        "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE ROLE parlor LOGIN PASSWORD 'parlor'"
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE parlor OWNER parlor"
}

start_redis() {
    log "starting Redis on 127.0.0.1:$REDIS_PORT"
    redis_up
}

stop_all() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    instances_down
    redis_down
    [ -n "$PG_BIN" ] && [ -d "$WORK/pg/data" ] && postgres_down 2>/dev/null || true
    rm -rf "$WORK"
}

ADMIN_EMAIL="admin@parlor.test"
ADMIN_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -d '\n/+=')"

# /health on this port as the administrator sees it (anyone else gets the status alone).
admin_health() {
    local token=""
    # A loaded machine may take a while to create the administrator and hash its password.
    for _ in $(seq 1 240); do
        token="$(curl -fs -H 'Content-Type: application/json' \
            -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "http://127.0.0.1:$1/auth/login" |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])' 2>/dev/null)" && break
        sleep 0.25
    done
    [ -n "$token" ] || echo "the administrator could not log in on port $1" >&2
    curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$1/health"
}

# Starts the server with the README's run command and the given environment, waits for
# /health and prints it with its details (as the administrator).
smoke() {
    local dir="$WORK/app-$1"; shift
    mkdir -p "$dir"
    # a data directory of its own: run.sh works from the project root, whose ./data may hold an
    # administrator of an earlier run with another password
    (cd "$dir" && exec env -i PATH="$PATH" HOME="$HOME" MICRONAUT_SERVER_PORT="$APP_PORT" PARLOR_DATA_DIR="$dir/data" \
        PARLOR_ADMIN_EMAIL="$ADMIN_EMAIL" PARLOR_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$@" \
        "$ROOT/scripts/run.sh" >"$dir/server.log" 2>&1) &
    APP_PID=$!
    local health=""
    for _ in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$APP_PORT/health" >/dev/null 2>&1 && break
        sleep 0.25
    done
    health="$(admin_health "$APP_PORT" || true)"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
    echo "$health"
}

trap stop_all EXIT
ensure_packages
start_postgres
start_redis

PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/parlor"
log "mvn verify with the integration tests"
mvn -B -ntp verify -Pit \
    -Dparlor.test.postgres.url="$PG_URL" -Dparlor.test.postgres.username=parlor -Dparlor.test.postgres.password=parlor \
    -Dparlor.test.redis.uri="redis://127.0.0.1:$REDIS_PORT"

log "smoke test: scripts/run.sh on the embedded default"
embedded="$(smoke embedded)"
echo "$embedded"
echo "$embedded" | grep -q '"status":"UP"' && echo "$embedded" | grep -q 'H2' || { echo "embedded default is not UP" >&2; exit 1; }

# the first installed JDK of version 25 or later, whose start-up path differs (an ahead-of-time cache)
jdk25() {
    local release home
    for release in /usr/lib/jvm/*/release; do
        home="$(dirname "$release")"
        [ "$(version_number "$(jdk_version "$home")")" -ge 25 ] && { echo "$home"; return 0; }
    done
    return 1
}
if NEWER_JDK="$(jdk25)"; then
    log "smoke test: scripts/run.sh on the embedded default, JAVA_HOME=$NEWER_JDK"
    rm -f "$ROOT"/bootstrap/target/parlor-*.aot
    newer="$(smoke embedded-newer-jdk JAVA_HOME="$NEWER_JDK")"
    echo "$newer"
    echo "$newer" | grep -q '"status":"UP"' || { echo "embedded default is not UP on $NEWER_JDK" >&2; exit 1; }
    ls "$ROOT"/bootstrap/target/parlor-*.aot >/dev/null 2>&1 || { echo "no ahead-of-time cache was made on $NEWER_JDK" >&2; exit 1; }
else
    log "no JDK 25 or later installed: its smoke test is skipped"
fi

log "two instances on PostgreSQL and Redis, driven by stock clients (e2e/)"
SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
wait_for() {
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return; sleep 0.25; done
    echo "the instance on port $1 did not start" >&2
    exit 1
}
instance_up first "$APP_PORT" PARLOR_NOTIFICATION_UNREAD_AFTER=3s
instance_up second "$APP_PORT_2" PARLOR_NOTIFICATION_UNREAD_AFTER=3s
wait_for "$APP_PORT"
wait_for "$APP_PORT_2"
production="$(admin_health "$APP_PORT")"
echo "$production"
echo "$production" | grep -q '"status":"UP"' && echo "$production" | grep -q 'PostgreSQL' &&
    echo "$production" | grep -q '"redis":{"name":"parlor","status":"UP"' || { echo "production mode is not UP" >&2; exit 1; }
(cd e2e && mkdir -p target/node-reports && { [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --silent; })
log "web console in chromium: an owner on one instance, customers on both (screenshots in e2e/target/console)"
(cd e2e && PARLOR_URL="http://127.0.0.1:$APP_PORT" PARLOR_URL_2="http://127.0.0.1:$APP_PORT_2" PARLOR_CHROMIUM="$(command -v chromium)" \
    node --test --test-timeout=300000 --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=junit --test-reporter-destination=target/node-reports/TEST-console.xml console.browser.js)
log "stock clients against both instances"
(cd e2e && PARLOR_URL="http://127.0.0.1:$APP_PORT" PARLOR_URL_2="http://127.0.0.1:$APP_PORT_2" PARLOR_PID_2="$(cat "$WORK/second/pid")" \
    node --test --test-timeout=300000 --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=junit --test-reporter-destination=target/node-reports/TEST-e2e.xml)
instances_down

log "fault suite: Redis and PostgreSQL stopped and restarted, an instance killed, under two instances"
export WORK PG_BIN PG_PORT REDIS_PORT ROOT PG_URL SECRET ADMIN_EMAIL ADMIN_PASSWORD
(cd e2e && PARLOR_FAULTS="$ROOT/scripts/faults-control.sh" PARLOR_FAULT_PORTS="$APP_PORT,$APP_PORT_2,$APP_PORT_3" \
    PARLOR_ADMIN_EMAIL="$ADMIN_EMAIL" PARLOR_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    node --test --test-timeout=300000 --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=junit --test-reporter-destination=target/node-reports/TEST-faults.xml faults.suite.js)
log "all green"
