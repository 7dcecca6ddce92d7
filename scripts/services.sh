# Starting and stopping the services of the test run, shared by scripts/test.sh and the fault
# suite's scripts/faults-control.sh. Sourced; needs WORK, PG_BIN, PG_PORT and REDIS_PORT, and for
# Parlor instances ROOT, PG_URL, SECRET, ADMIN_EMAIL and ADMIN_PASSWORD.

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_up() {
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg -c fsync=off" start >/dev/null
}

postgres_down() {
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null
}

redis_up() {
    mkdir -p "$WORK/redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
        --dir "$WORK/redis" --pidfile "$WORK/redis/redis.pid" --logfile "$WORK/redis/log"
    for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return; sleep 0.1; done
    echo "Redis did not start" >&2
    return 1
}

redis_down() {
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

# Starts a Parlor instance on PostgreSQL and Redis in $WORK/<name>, in the background; its pid
# goes to $WORK/<name>/pid. Further arguments are extra environment (NAME=value).
instance_up() {
    local name="$1" port="$2"; shift 2
    mkdir -p "$WORK/$name"
    (cd "$WORK/$name" && exec env -i PATH="$PATH" HOME="$HOME" MICRONAUT_SERVER_PORT="$port" \
        DATASOURCES_DEFAULT_URL="$PG_URL" DATASOURCES_DEFAULT_USERNAME=parlor DATASOURCES_DEFAULT_PASSWORD=parlor \
        PARLOR_REDIS_URI="redis://127.0.0.1:$REDIS_PORT" PARLOR_JWT_SECRET="$SECRET" \
        PARLOR_ADMIN_EMAIL="$ADMIN_EMAIL" PARLOR_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false PARLOR_HTTP_QUOTAS_ENABLED=false "$@" \
        java -jar "$ROOT/bootstrap/target/parlor.jar" >>"$WORK/$name/server.log" 2>&1 </dev/null) &
    echo "$!" >"$WORK/$name/pid"
}

# Waits until the instance on this port answers /health, whatever it says.
instance_answers() {
    for _ in $(seq 1 240); do
        curl -s -o /dev/null "http://127.0.0.1:$1/health" && return
        sleep 0.25
    done
    echo "the instance on port $1 does not answer" >&2
    return 1
}

# Ends every instance started by instance_up, and waits (up to 20 s) until they are gone.
instances_down() {
    local pidfile pid
    for pidfile in "$WORK"/*/pid; do
        [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    for pidfile in "$WORK"/*/pid; do
        [ -f "$pidfile" ] || continue
        pid="$(cat "$pidfile")"
        for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        rm -f "$pidfile"
    done
}
