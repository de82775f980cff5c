#!/usr/bin/env bash
# Gathers the benchmarks' results (docs/benchmarks/<name>.md, each written by its own run) into docs/benchmarks.md,
# in a fixed order. bench.sh calls it after every run; it only reads and writes files.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="$REPO/docs/benchmarks"
OUT="$REPO/docs/benchmarks.md"
{
  cat <<'HEAD'
# Benchmarks

Every figure here is produced by `./deploy/local/bench.sh [name]` (never by the test run) and compared with a baseline
measured in the same run on the same machine; each section names its date, machine and versions. These machines are
shared and noisy, so figures are medians of several runs. This page is rebuilt from `docs/benchmarks/<name>.md` after
every benchmark run; raw results sit next to them.

| section | command | what it compares |
|---|---|---|
| [Write path](#write-path-municipal-referrals) | `bench.sh write` | `POST /referrals` against a plain Panache insert, Gatling closed and open model |
| [Read path](#read-path-a-coachs-caseload) | `bench.sh read` | a coach's caseload in a tenant of 100,000 trajectories against its bare SQL |
| [Event pipeline](#event-pipeline-outbox-relay-and-placement-to-kpi) | `bench.sh pipeline` | outbox relay against a plain idempotent producer; placement commit to KPI |
| [Footprint and start](#footprint-and-start) | `bench.sh footprint` | each service's start and memory against an idle JVM; the whole platform |
| [Matching](#matching-benchmark) | `bench.sh matching` | the in-memory index against the same query in PostgreSQL |
| [Reporting](#reporting-benchmark) | `bench.sh reporting` | live consumers and a replay against a plain consumer |
HEAD
  for name in write-path read-path pipeline footprint matching reporting; do
    file="$DIR/$name.md"
    echo
    if [ -f "$file" ]; then
      # One level deeper under this page's title; links to raw files now start from docs/.
      sed -e 's/^#/##/' -e 's/](\([a-z-]*-raw\.[a-z]*\))/](benchmarks\/\1)/g' "$file"
    else
      echo "## $name"
      echo
      echo "Not measured yet: \`./deploy/local/bench.sh ${name%-path}\`."
    fi
  done
} > "$OUT"
echo "wrote $OUT"
