#!/usr/bin/env bash
# Checks every service's OpenAPI document as its users would meet it: Spectral's standard OpenAPI ruleset
# (errors fail, warnings are listed) and a typed TypeScript client generated with openapi-typescript and
# compiled with tsc --strict. The documents are the ones the services served during the tests
# (<service>/target/openapi/openapi.json, written by ServiceBasicsContract), so run the tests first.
# npm packages (versions pinned in deploy/local/api-check/package-lock.json) go to $OPSTAP_TOOLS/api-check.
#   --write-access-matrix   also regenerate docs/access-matrix.md from the documents (after changing endpoints)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$HERE/env.sh"
SERVICES=(intake-service trajectory-service matching-service employer-service reporting-service)
WORK="$OPSTAP_TOOLS/api-check"

log() { printf '[api-check] %s\n' "$*"; }

command -v npm >/dev/null 2>&1 || {
  if command -v apt-get >/dev/null 2>&1; then
    log "installing Node.js and npm from Debian"
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else
    log "npm is needed"; exit 1
  fi
}

mkdir -p "$WORK"
if ! cmp -s "$HERE/api-check/package-lock.json" "$WORK/package-lock.json" || [ ! -d "$WORK/node_modules" ]; then
  log "installing Spectral, openapi-typescript and TypeScript (npm ci)"
  cp "$HERE/api-check/package.json" "$HERE/api-check/package-lock.json" "$WORK/"
  (cd "$WORK" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
cp "$HERE/api-check/.spectral.yaml" "$HERE/api-check/tsconfig.json" "$WORK/"
rm -rf "$WORK/generated" && mkdir -p "$WORK/generated"

failed=0
for service in "${SERVICES[@]}"; do
  doc="$OPSTAP_REPO/$service/target/openapi/openapi.json"
  if [ ! -f "$doc" ]; then
    log "$service: no $doc (run the tests first)"; failed=1; continue
  fi
  log "$service: Spectral (spectral:oas)"
  if ! "$WORK/node_modules/.bin/spectral" lint --ruleset "$WORK/.spectral.yaml" --fail-severity error \
      --display-only-failures "$doc"; then
    failed=1
  fi
  "$WORK/node_modules/.bin/openapi-typescript" "$doc" --output "$WORK/generated/$service.ts" --silent || failed=1
done

log "compiling the generated TypeScript clients (tsc --strict)"
"$WORK/node_modules/.bin/tsc" -p "$WORK/tsconfig.json" || failed=1

if [ "${1:-}" = --write-access-matrix ]; then
  mkdir -p "$OPSTAP_REPO/docs"
  node "$HERE/api-check/access-matrix.mjs" "$OPSTAP_REPO" || failed=1
fi

if [ "$failed" != 0 ]; then
  log "FAILED"; exit 1
fi
log "all OpenAPI documents pass Spectral and compile as TypeScript"
