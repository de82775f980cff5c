# shellcheck shell=bash
# Keycloak (start-dev, in-memory database: the realm file is imported fresh at every start)
# Sourced by deploy/local/infra.sh, which provides env.sh's settings, HERE, JAVA, log and die.
#
# One unzipped dist in $OPSTAP_TOOLS serves every OPSTAP_HOME. What would be shared, is made
# per instance: the realm import dir (keycloak.migration.dir, which is all --import-realm sets,
# but pointing at this home instead of the dist's data/import), the transaction log and the
# temp dir. The one-time re-augmentation of the dist for start-dev writes into the dist, so
# starts are serialised with a lock, held until the (re)launched server says it runs.

KC_DIR="$OPSTAP_HOME/keycloak"
KC_LOG="$KC_DIR/keycloak.log"
KC_PIDFILE="$KC_DIR/keycloak.pid"
REALM_FILE="$OPSTAP_REPO/deploy/keycloak/opstap-realm.json"

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
