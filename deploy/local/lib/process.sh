# shellcheck shell=bash
# Processes, ports and locks: what every component's start and stop is built from.
# Sourced by deploy/local/infra.sh, which provides env.sh's settings, HERE, JAVA, log and die.

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

# Only /proc and kill: procps (ps, pgrep) is not on a minimal Debian.

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

stop_by_pid() { # name pid pidfile: stop a process group we started and forget its pid file
  if [ -z "$2" ]; then
    log "$1 not running"
  else
    stop_group "$2" "$1" 20
  fi
  rm -f "$3"
}
