#!/usr/bin/env bash
# Runs the benchmarks (never part of the test run): starts PostgreSQL, Kafka and Keycloak in their own "bench" profile
# (ports and data apart from a running platform or test run), runs them through the services' bench profile, writes
# docs/benchmarks/<name>.md and <name>-raw.csv, and stops what it started.
#   ./deploy/local/bench.sh [matching|reporting|footprint|all] [maven arguments...]     (default: all)
# matching:  MatchingBenchmark, sizes BENCH_CANDIDATES (default 1000000) and BENCH_VACANCIES (100000)
# reporting: ReportingBenchmark, BENCH_EVENTS (default 1000000) journey events through the live consumers, then a replay
# footprint: FootprintBenchmark (platform-tests), each packaged service's start to ready and resident memory, BENCH_RUNS (3)
set -euo pipefail

WHICH=all
case "${1:-}" in
  matching | reporting | footprint | all) WHICH="$1"; shift ;;
esac

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
if [ "$WHICH" = matching ] || [ "$WHICH" = all ]; then
  ./mvnw -B verify -Pbench -pl matching-service -am -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbench.candidates="${BENCH_CANDIDATES:-1000000}" -Dbench.vacancies="${BENCH_VACANCIES:-100000}" \
    -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
fi
if [ "$WHICH" = reporting ] || [ "$WHICH" = all ]; then
  ./mvnw -B verify -Pbench -pl reporting-service -am -Dtest=ReportingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbench.events="${BENCH_EVENTS:-1000000}" -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
fi
if [ "$WHICH" = footprint ] || [ "$WHICH" = all ]; then
  # Packages every service, then starts the jars one by one and together.
  ./mvnw -B verify -Pbench -pl intake-service,trajectory-service,matching-service,employer-service,reporting-service,platform-tests -am \
    -Dtest=FootprintBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.runs="${BENCH_RUNS:-3}" \
    -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
fi
