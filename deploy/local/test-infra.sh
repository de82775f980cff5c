#!/usr/bin/env bash
# The same infrastructure with the "test" profile: its own OPSTAP_HOME (.opstap/test) and
# ports 25432 / 29092 / 29093 / 28180, so tests can run next to a running platform.
# usage: test-infra.sh <install|up|down|status|pg-start|pg-stop|kafka-start|kafka-stop|keycloak-start|keycloak-stop>
set -euo pipefail
export OPSTAP_PROFILE=test
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/infra.sh" "$@"
