# shellcheck shell=bash
# Kafka: one KRaft process that is broker and controller
# Sourced by deploy/local/infra.sh, which provides env.sh's settings, HERE, JAVA, log and die.

KAFKA_DIR="$OPSTAP_HOME/kafka"
KAFKA_CONF="$KAFKA_DIR/server.properties"
KAFKA_LOG="$KAFKA_DIR/kafka.log"
KAFKA_PIDFILE="$KAFKA_DIR/kafka.pid"

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

cmd_kafka_stop() {
  local pid
  pid=$(kafka_pid)
  stop_by_pid Kafka "$pid" "$KAFKA_PIDFILE"
}
