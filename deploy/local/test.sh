#!/usr/bin/env bash
# Runs the whole test suite against real infrastructure: starts PostgreSQL, Kafka and Keycloak in
# the "test" profile (own ports and data dir, so it can run next to a running platform), runs
# `./mvnw verify`, then (on a full run) deploy/local/api-check.sh on the OpenAPI documents, and stops what it
# started. Extra arguments go to Maven (e.g. -pl intake-service -am) and skip the API check.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export OPSTAP_PROFILE=test
# shellcheck source=env.sh
source "$HERE/env.sh"

# The dashboard test drives a real headless browser: Chromium and chromedriver from Debian's packages.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo -n)
  if command -v apt-get >/dev/null 2>&1 && "${as_root[@]}" true 2>/dev/null; then
    echo "installing chromium and chromium-driver (Debian packages) for the dashboard's browser test"
    "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The dashboard test needs Chromium: sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi

if [ "${OPSTAP_TEST_FRESH:-1}" = 1 ]; then
  # Fresh data every run: tests must not depend on what an earlier run left behind.
  "$HERE/infra.sh" down >/dev/null 2>&1 || true
  rm -rf "$OPSTAP_HOME"
fi
trap '"$HERE/infra.sh" down' EXIT
"$HERE/infra.sh" up

cd "$OPSTAP_REPO"
./mvnw -B verify "$@"
# A full run also checks the OpenAPI documents the tests kept, as front-end teams meet them.
if [ $# -eq 0 ]; then
  "$HERE/api-check.sh"
fi
