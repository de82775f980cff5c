#!/usr/bin/env bash
# Runs the benchmarks (never part of the test run): starts PostgreSQL, Kafka and Keycloak in their own "bench" profile
# (ports and data apart from a running platform or test run), runs them through the services' bench profile, writes
# docs/benchmarks/<name>.md and <name>-raw.csv, and stops what it started.
#   ./deploy/local/bench.sh [matching|reporting|footprint|write|read|pipeline|all] [maven arguments...]     (default: all)
# matching:  MatchingBenchmark, sizes BENCH_CANDIDATES (default 1000000) and BENCH_VACANCIES (100000)
# reporting: ReportingBenchmark, BENCH_EVENTS (default 1000000) journey events through the live consumers, then a replay
# write:     ReferralWriteBenchmark (intake-service) with Gatling (load-tests): POST /referrals against a plain-insert
#            baseline, closed and open model, BENCH_RUNS (3) runs of BENCH_SECONDS (20) s each
# read:      CaseloadReadBenchmark (trajectory-service): a coach's caseload with BENCH_TRAJECTORIES (100000) trajectories in
#            the tenant, BENCH_USERS (50) at once, against the bare SQL; BENCH_RUNS runs of BENCH_SECONDS s
# pipeline:  EventPipelineBenchmark (reporting-service): outbox relay against a plain idempotent producer, BENCH_RELAY_EVENTS
#            (50000); placement commit to KPI latency at BENCH_RATE (200) placements/s
# footprint: FootprintBenchmark (platform-tests), each packaged service's start to ready and resident memory, BENCH_RUNS (3)
set -euo pipefail

WHICH=all
case "${1:-}" in
  matching | reporting | footprint | write | read | pipeline | all) WHICH="$1"; shift ;;
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

# One benchmark at a time: a second one would share these ports, wipe the first one's data and halve its CPU.
mkdir -p "$(dirname "$OPSTAP_HOME")"
exec 9>"$(dirname "$OPSTAP_HOME")/bench.lock"
flock -n 9 || { echo "bench.sh: another benchmark is running (lock $(dirname "$OPSTAP_HOME")/bench.lock)" >&2; exit 1; }

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
if [ "$WHICH" = write ] || [ "$WHICH" = all ]; then
  # Gatling runs in JVMs of its own (it needs Netty 4.2, the services 4.1): package it and its class path first.
  ./mvnw -B -q package -Pbench -pl load-tests
  ./mvnw -B verify -Pbench -pl intake-service -am -Dtest=ReferralWriteBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.runs="${BENCH_RUNS:-3}" -Dbench.seconds="${BENCH_SECONDS:-20}" \
    -Dbench.load-tests="$OPSTAP_REPO/load-tests/target" -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
fi
if [ "$WHICH" = read ] || [ "$WHICH" = all ]; then
  ./mvnw -B verify -Pbench -pl trajectory-service -am -Dtest=CaseloadReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.runs="${BENCH_RUNS:-3}" -Dbench.seconds="${BENCH_SECONDS:-20}" \
    -Dbench.trajectories="${BENCH_TRAJECTORIES:-100000}" -Dbench.users="${BENCH_USERS:-50}" \
    -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
fi
if [ "$WHICH" = pipeline ] || [ "$WHICH" = all ]; then
  ./mvnw -B verify -Pbench -pl reporting-service -am -Dtest=EventPipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.runs="${BENCH_RUNS:-3}" -Dbench.seconds="${BENCH_SECONDS:-20}" \
    -Dbench.relay-events="${BENCH_RELAY_EVENTS:-50000}" -Dbench.rate="${BENCH_RATE:-200}" \
    -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
fi
if [ "$WHICH" = footprint ] || [ "$WHICH" = all ]; then
  # Packages every service, then starts the jars one by one and together.
  ./mvnw -B verify -Pbench -pl intake-service,trajectory-service,matching-service,employer-service,reporting-service,platform-tests -am \
    -Dtest=FootprintBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.runs="${BENCH_RUNS:-3}" \
    -Dbench.out="$OPSTAP_REPO/docs/benchmarks" "$@"
fi
"$HERE/bench-summary.sh"
