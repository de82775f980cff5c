#!/usr/bin/env bash
# Runs the matching benchmark (never part of the test run): starts PostgreSQL, Kafka and Keycloak in their own "bench"
# profile (ports and data apart from a running platform or test run), runs MatchingBenchmark through the bench
# profile of matching-service, writes docs/benchmarks/matching.md and matching-raw.csv, and stops what it started.
# Sizes: BENCH_CANDIDATES (default 1000000), BENCH_VACANCIES (100000); extra arguments go to Maven.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export OPSTAP_PROFILE=test
unset OPSTAP_ENV_PROFILE KAFKA_BOOTSTRAP_SERVERS OPSTAP_OIDC_URL
# Its own home and ports, whatever the shell exported: this script wipes its home, and must never wipe a test run's.
export OPSTAP_HOME="${BENCH_HOME:-$(cd "$HERE/../.." && pwd)/.opstap/bench}"
export OPSTAP_DB_PORT="${BENCH_DB_PORT:-35432}" OPSTAP_KAFKA_PORT="${BENCH_KAFKA_PORT:-39092}"
export OPSTAP_KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-39093}" OPSTAP_KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-38180}"
# shellcheck source=env.sh
source "$HERE/env.sh"

"$HERE/infra.sh" down >/dev/null 2>&1 || true
rm -rf "$OPSTAP_HOME"
trap '"$HERE/infra.sh" down' EXIT
"$HERE/infra.sh" up

cd "$OPSTAP_REPO"
./mvnw -B verify -Pbench -pl matching-service -am -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.candidates="${BENCH_CANDIDATES:-1000000}" -Dbench.vacancies="${BENCH_VACANCIES:-100000}" \
  -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
