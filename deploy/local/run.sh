#!/usr/bin/env bash
# Starts the whole platform on this machine: PostgreSQL, Kafka and Keycloak (deploy/local/infra.sh),
# the five services, and demo data. Prints where everything runs, then stays in the foreground
# until Ctrl-C or SIGTERM and stops what it started, as `docker compose up` does; a service that crashes
# meanwhile is restarted with backoff.
#   OPSTAP_SKIP_BUILD=1   use the service jars already built (otherwise only changed services are rebuilt)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$HERE/env.sh"

SERVICES=(intake-service:8081 trajectory-service:8082 matching-service:8083 employer-service:8084 reporting-service:8085)
LOGS="$OPSTAP_HOME/logs"
mkdir -p "$LOGS"
PIDS=()
INFRA_WAS_UP=0
"$HERE/infra.sh" status >/dev/null 2>&1 && INFRA_WAS_UP=1

log() { printf '[run] %s\n' "$*"; }

stop_all() {
  trap - INT TERM EXIT
  log "stopping services"
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    # Up to 30 s: on its first stop a service also writes its class-data archive.
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ "$INFRA_WAS_UP" = 0 ]; then
    "$HERE/infra.sh" down
  else
    log "infrastructure was already running before; leaving it up"
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$HERE/infra.sh" up

cd "$OPSTAP_REPO"
# Rebuild only the services whose sources (or the shared modules and poms they build on) changed since
# their jar was packaged: a second start without changes skips Maven altogether.
SHARED_SOURCES=(pom.xml services-parent/pom.xml event-contracts/pom.xml event-contracts/src platform-support/pom.xml platform-support/src)
stale_services() {
  local entry name jar
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    jar="$name/target/quarkus-app/quarkus-run.jar"
    if [ ! -f "$jar" ] || [ -n "$(find "$name/pom.xml" "$name/src" "${SHARED_SOURCES[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]; then
      printf '%s\n' "$name"
    fi
  done
}
if [ "${OPSTAP_SKIP_BUILD:-0}" != 1 ]; then
  mapfile -t STALE < <(stale_services)
  if [ "${#STALE[@]}" -gt 0 ]; then
    modules=$(IFS=,; echo "${STALE[*]}")
    log "building $modules (./mvnw package -DskipTests -pl $modules -am)"
    ./mvnw -B -q package -DskipTests -pl "$modules" -am
  else
    log "service jars are up to date; not building"
  fi
fi

# The services' JVM options (deploy/local/service-jvm.options), less any this JVM does not know.
mapfile -t JVM_OPTIONS < <(grep -v -e '^#' -e '^[[:space:]]*$' "$HERE/service-jvm.options")
if ! java "${JVM_OPTIONS[@]}" -version >/dev/null 2>&1; then
  KNOWN=()
  for option in "${JVM_OPTIONS[@]}"; do
    if java "$option" -version >/dev/null 2>&1; then
      KNOWN+=("$option")
    else
      log "this JVM does not know $option; starting the services without it"
    fi
  done
  JVM_OPTIONS=("${KNOWN[@]}")
fi

STARTED_AT=()
RESTARTS=()
start_service() { # index
  local entry=${SERVICES[$1]} name port jar
  name=${entry%%:*}
  port=${entry##*:}
  jar="$OPSTAP_REPO/$name/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || { log "missing $jar: build first"; exit 1; }
  # The nightly sweeps (aftercare ends, SROI months credited, vacancies expired) run every minute here, so that the
  # demo's history is settled within a minute of loading; in production they keep their nightly default.
  local extra=()
  case $name in
    trajectory-service) extra=(-Dopstap.trajectory.sweep-cron="0 * * * * ?") ;;
    employer-service) extra=(-Dopstap.employer.sweep-cron="30 * * * * ?") ;;
  esac
  # Class data sharing: the first run records the classes the service loads into an archive as it stops (Ctrl-C);
  # later starts map that archive instead of loading and verifying them again (docs/benchmarks/footprint.md).
  local archive="$OPSTAP_HOME/cds/$name.jsa" share
  mkdir -p "$OPSTAP_HOME/cds"
  if [ -f "$archive" ] && [ "$archive" -nt "$jar" ]; then
    share=(-XX:SharedArchiveFile="$archive")
  else
    rm -f "$archive"
    share=(-XX:ArchiveClassesAtExit="$archive")
  fi
  log "starting $name on port $port (log: $LOGS/$name.log)"
  java -Xms32m -Xmx256m "${JVM_OPTIONS[@]}" "${share[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -Dquarkus.http.port="$port" \
    "${extra[@]}" -jar "$jar" >>"$LOGS/$name.log" 2>&1 &
  PIDS[$1]=$!
  STARTED_AT[$1]=$SECONDS
}

for i in "${!SERVICES[@]}"; do
  : >"$LOGS/${SERVICES[$i]%%:*}.log"
  RESTARTS[$i]=0
  start_service "$i"
done

wait_ready() { # name port
  local deadline=$((SECONDS + 180))
  until curl -fsS "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      log "$1 did not become ready; last lines of its log:"
      tail -n 40 "$LOGS/$1.log" >&2
      exit 1
    fi
    sleep 1
  done
}
for entry in "${SERVICES[@]}"; do wait_ready "${entry%%:*}" "${entry##*:}"; done

"$OPSTAP_REPO/deploy/demo/load.sh" || log "the demo data did not load completely (see above); the platform runs on"

echo
echo "Opstap is ready."
for entry in "${SERVICES[@]}"; do
  printf '  %-20s http://127.0.0.1:%s   (Swagger UI: /q/swagger-ui)\n' "${entry%%:*}" "${entry##*:}"
done
printf '  %-20s http://127.0.0.1:%s   (realm opstap; demo users <tenant>-<role>, password demo)\n' keycloak "$OPSTAP_KEYCLOAK_PORT"
printf '  %-20s %s\n' kafka "$KAFKA_BOOTSTRAP_SERVERS"
printf '  %-20s %s:%s (user %s)\n' postgresql "$OPSTAP_DB_HOST" "$OPSTAP_DB_PORT" "$OPSTAP_DB_USER"
echo "Press Ctrl-C to stop everything."

# Stay in the foreground and supervise: a service that dies is started again after a pause that doubles
# with each crash in a row (2 s up to 60 s), as a process supervisor or a compose restart policy would.
# A service that stayed up for 5 minutes starts counting from zero again. Ctrl-C stops everything.
RESTART_AT=()
while true; do
  for i in "${!SERVICES[@]}"; do
    name=${SERVICES[$i]%%:*}
    if [ -n "${RESTART_AT[$i]:-}" ]; then
      if [ "$SECONDS" -ge "${RESTART_AT[$i]}" ]; then
        RESTART_AT[$i]=""
        start_service "$i"
      fi
    elif ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      status=0
      wait "${PIDS[$i]}" 2>/dev/null || status=$?
      if [ $((SECONDS - STARTED_AT[$i])) -ge 300 ]; then RESTARTS[$i]=0; fi
      RESTARTS[$i]=$((RESTARTS[$i] + 1))
      delay=60
      [ "${RESTARTS[$i]}" -lt 6 ] && delay=$((2 ** RESTARTS[$i]))
      log "$name stopped unexpectedly (exit status $status, crash ${RESTARTS[$i]} in a row); restarting in ${delay}s; see $LOGS/$name.log"
      RESTART_AT[$i]=$((SECONDS + delay))
    fi
  done
  sleep 1 &
  wait $! || true
done
