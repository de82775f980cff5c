# shellcheck shell=bash
# Opstap local environment: ports, paths and credentials of the local infrastructure.
#
#   source deploy/local/env.sh                      # "run" profile: the platform you click through
#   OPSTAP_PROFILE=test source deploy/local/env.sh  # "test" profile: other ports and data dir,
#                                                   # so tests can run next to a running platform
#   eval "$(deploy/local/env.sh)"                   # same, by printing export lines
#
# Every variable can be overridden from the environment. No `set -euo pipefail` here on
# purpose: this file is sourced into other shells (yours, infra.sh, test scripts) and must not
# change their options.

OPSTAP_PROFILE="${OPSTAP_PROFILE:-run}"
case "$OPSTAP_PROFILE" in
  run | test) ;;
  *)
    echo "env.sh: OPSTAP_PROFILE must be 'run' or 'test', not '$OPSTAP_PROFILE'" >&2
    # shellcheck disable=SC2317 # exit is for when the file is executed, not sourced
    return 2 2>/dev/null || exit 2
    ;;
esac

# Values exported by an env.sh of the *other* profile (e.g. you sourced the run profile into
# your shell and then call test-infra.sh) would silently point the test instance at the run
# instance. Drop them so the defaults of the requested profile apply.
if [ -n "${OPSTAP_ENV_PROFILE:-}" ] && [ "$OPSTAP_ENV_PROFILE" != "$OPSTAP_PROFILE" ]; then
  unset OPSTAP_HOME OPSTAP_DB_PORT OPSTAP_KAFKA_PORT OPSTAP_KAFKA_CONTROLLER_PORT \
    OPSTAP_KEYCLOAK_PORT OPSTAP_OIDC_URL KAFKA_BOOTSTRAP_SERVERS
fi

OPSTAP_REPO="${OPSTAP_REPO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"

if [ "$OPSTAP_PROFILE" = test ]; then
  _opstap_home_default="$OPSTAP_REPO/.opstap/test"
  _opstap_db_port=25432 _opstap_kafka_port=29092 _opstap_ctrl_port=29093 _opstap_kc_port=28180
else
  _opstap_home_default="$OPSTAP_REPO/.opstap/run"
  _opstap_db_port=15432 _opstap_kafka_port=19092 _opstap_ctrl_port=19093 _opstap_kc_port=18180
fi

# Downloaded binaries are shared by both profiles; data, logs and pids are per OPSTAP_HOME.
OPSTAP_TOOLS="${OPSTAP_TOOLS:-$OPSTAP_REPO/.opstap/tools}"
OPSTAP_HOME="${OPSTAP_HOME:-$_opstap_home_default}"
# Relative paths would change meaning as soon as a script cd's somewhere else.
case "$OPSTAP_TOOLS" in /*) ;; *) OPSTAP_TOOLS="$PWD/$OPSTAP_TOOLS" ;; esac
case "$OPSTAP_HOME" in /*) ;; *) OPSTAP_HOME="$PWD/$OPSTAP_HOME" ;; esac

OPSTAP_DB_HOST="${OPSTAP_DB_HOST:-127.0.0.1}"
OPSTAP_DB_PORT="${OPSTAP_DB_PORT:-$_opstap_db_port}"
OPSTAP_DB_USER="${OPSTAP_DB_USER:-opstap}"
OPSTAP_DB_PASSWORD="${OPSTAP_DB_PASSWORD:-opstap}"

OPSTAP_KAFKA_PORT="${OPSTAP_KAFKA_PORT:-$_opstap_kafka_port}"
OPSTAP_KAFKA_CONTROLLER_PORT="${OPSTAP_KAFKA_CONTROLLER_PORT:-$_opstap_ctrl_port}"
KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$OPSTAP_KAFKA_PORT}"

OPSTAP_KEYCLOAK_PORT="${OPSTAP_KEYCLOAK_PORT:-$_opstap_kc_port}"
OPSTAP_OIDC_URL="${OPSTAP_OIDC_URL:-http://127.0.0.1:$OPSTAP_KEYCLOAK_PORT/realms/opstap}"

OPSTAP_ENV_PROFILE="$OPSTAP_PROFILE"
unset _opstap_home_default _opstap_db_port _opstap_kafka_port _opstap_ctrl_port _opstap_kc_port

export OPSTAP_PROFILE OPSTAP_ENV_PROFILE OPSTAP_REPO OPSTAP_TOOLS OPSTAP_HOME \
  OPSTAP_DB_HOST OPSTAP_DB_PORT OPSTAP_DB_USER OPSTAP_DB_PASSWORD \
  OPSTAP_KAFKA_PORT OPSTAP_KAFKA_CONTROLLER_PORT KAFKA_BOOTSTRAP_SERVERS \
  OPSTAP_KEYCLOAK_PORT OPSTAP_OIDC_URL

# Executed instead of sourced: print the settings as export lines.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  for _v in OPSTAP_PROFILE OPSTAP_ENV_PROFILE OPSTAP_REPO OPSTAP_TOOLS OPSTAP_HOME \
    OPSTAP_DB_HOST OPSTAP_DB_PORT OPSTAP_DB_USER OPSTAP_DB_PASSWORD \
    OPSTAP_KAFKA_PORT OPSTAP_KAFKA_CONTROLLER_PORT KAFKA_BOOTSTRAP_SERVERS \
    OPSTAP_KEYCLOAK_PORT OPSTAP_OIDC_URL; do
    printf 'export %s=%q\n' "$_v" "${!_v}"
  done
fi
