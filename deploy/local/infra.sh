#!/usr/bin/env bash
# Local Opstap infrastructure without Docker: PostgreSQL, Kafka (KRaft) and Keycloak as plain
# processes, with binaries fetched from Maven Central by ./mvnw. See usage() below.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$HERE/env.sh"

usage() {
  cat <<EOF
usage: $(basename "$0") <command>

  install         fetch Kafka, Keycloak and PostgreSQL through ./mvnw (only if missing) and
                  unpack them once into \$OPSTAP_TOOLS
  up              install, then start PostgreSQL, Kafka and Keycloak (each only if not
                  already running from this \$OPSTAP_HOME) and wait until all are ready
  down            stop everything this \$OPSTAP_HOME started
  status          show what runs (exit 0 when all three run, 3 otherwise)
  pg-start | pg-stop | pg-crash | kafka-start | kafka-stop | keycloak-start | keycloak-stop
                  one component (pg-crash: pg_ctl stop -m immediate, for fault tests); kafka-stop/-start keep the data dir (topics, offsets)

Profile: OPSTAP_PROFILE=run (default) or test (or use test-infra.sh); see env.sh.
  OPSTAP_HOME=$OPSTAP_HOME
  OPSTAP_TOOLS=$OPSTAP_TOOLS
  ports: postgres $OPSTAP_DB_PORT, kafka $OPSTAP_KAFKA_PORT (controller $OPSTAP_KAFKA_CONTROLLER_PORT), keycloak $OPSTAP_KEYCLOAK_PORT
EOF
}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { printf '[infra:%s] %s\n' "$OPSTAP_PROFILE" "$*"; }
die() { printf '[infra:%s] ERROR: %s\n' "$OPSTAP_PROFILE" "$*" >&2; exit 1; }

# One file per component; the commands below are built from their functions.
# shellcheck source=lib/process.sh
source "$HERE/lib/process.sh"
# shellcheck source=lib/install.sh
source "$HERE/lib/install.sh"
# shellcheck source=lib/postgres.sh
source "$HERE/lib/postgres.sh"
# shellcheck source=lib/kafka.sh
source "$HERE/lib/kafka.sh"
# shellcheck source=lib/keycloak.sh
source "$HERE/lib/keycloak.sh"

# ---------------------------------------------------------------------------------------------

cmd_up() {
  local start=$SECONDS
  cmd_install
  cmd_pg_start
  # The two JVMs start in parallel; Keycloak is the slow one, so it goes first.
  kc_launch
  kafka_launch
  kafka_wait
  kc_wait
  log "all up in $((SECONDS - start))s (OPSTAP_HOME=$OPSTAP_HOME)"
  cmd_status || true
}

cmd_down() {
  cmd_keycloak_stop
  cmd_kafka_stop
  cmd_pg_stop
}

cmd_status() {
  local pid running=0
  printf 'profile %s, OPSTAP_HOME %s\n' "$OPSTAP_PROFILE" "$OPSTAP_HOME"
  pid=$(pg_pid)
  if [ -n "$pid" ]; then
    running=$((running + 1))
    local pids
    mapfile -t pids < <(child_pids "$pid")
    printf '  %-10s running  pid %-7s %-34s rss %s MB (postmaster; +%s MB in %s child processes)  log %s\n' \
      postgres "$pid" "$OPSTAP_DB_HOST:$OPSTAP_DB_PORT" "$(rss_mb "$pid")" "$(rss_mb "${pids[@]}")" "${#pids[@]}" "$PG_LOG"
  else
    printf '  %-10s stopped\n' postgres
  fi
  pid=$(kafka_pid)
  if [ -n "$pid" ]; then
    running=$((running + 1))
    printf '  %-10s running  pid %-7s %-34s rss %s MB  log %s\n' kafka "$pid" \
      "$KAFKA_BOOTSTRAP_SERVERS (ctl $OPSTAP_KAFKA_CONTROLLER_PORT)" "$(group_rss_mb "$pid")" "$KAFKA_LOG"
  else
    printf '  %-10s stopped\n' kafka
  fi
  pid=$(kc_pid)
  if [ -n "$pid" ]; then
    running=$((running + 1))
    printf '  %-10s running  pid %-7s %-34s rss %s MB  log %s\n' keycloak "$pid" \
      "http://127.0.0.1:$OPSTAP_KEYCLOAK_PORT" "$(group_rss_mb "$pid")" "$KC_LOG"
  else
    printf '  %-10s stopped\n' keycloak
  fi
  [ "$running" = 3 ] || return 3
}

# One command at a time per OPSTAP_HOME (an `up` and a `down` racing would leave half a
# platform); status only reads, so it never waits.
case "${1:-}" in
  up | down | pg-start | pg-stop | pg-crash | kafka-start | kafka-stop | keycloak-start | keycloak-stop)
    mkdir -p "$OPSTAP_HOME"
    exec {HOME_LOCK_FD}>"$OPSTAP_HOME/.infra.lock"
    if ! flock -n "$HOME_LOCK_FD"; then
      log "another infra.sh command runs for $OPSTAP_HOME; waiting for it"
      flock "$HOME_LOCK_FD"
    fi
    ;;
esac

case "${1:-}" in
  install) cmd_install ;;
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  pg-start) cmd_pg_start ;;
  pg-stop) cmd_pg_stop ;;
  pg-crash) cmd_pg_stop immediate ;;
  kafka-start) kafka_launch && kafka_wait ;;
  kafka-stop) cmd_kafka_stop ;;
  keycloak-start) kc_launch && kc_wait ;;
  keycloak-stop) cmd_keycloak_stop ;;
  -h | --help | help) usage ;;
  *)
    usage >&2
    exit 2
    ;;
esac
