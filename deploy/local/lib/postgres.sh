# shellcheck shell=bash
# PostgreSQL (zonky binaries: initdb, pg_ctl, postgres; no psql, no pg_isready)
# Sourced by deploy/local/infra.sh, which provides env.sh's settings, HERE, JAVA, log and die.

PG_DIR="$OPSTAP_HOME/postgres"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"

DATABASES=(intake trajectory matching employer reporting)

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

cmd_pg_stop() { # [mode]: fast (default), or immediate for fault tests (a crash: no checkpoint, recovery at next start)
  local pid mode=${1:-fast}
  pid=$(pg_pid)
  if [ -z "$pid" ]; then
    log "PostgreSQL not running"
    return 0
  fi
  pg_setup_user
  if ! (cd "$PG_DIR" && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m "$mode" -w -t 60 stop) >"$PG_DIR/pg_ctl.log" 2>&1; then
    cat "$PG_DIR/pg_ctl.log" >&2
    die "pg_ctl stop failed (postmaster pid $pid)"
  fi
  log "PostgreSQL stopped (pid $pid)"
}
