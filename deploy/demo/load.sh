#!/usr/bin/env bash
# Loads demo data through the public APIs, as the real users would: the seven programmes from the
# domain texts (programmes/<tenant>--<name>.json, published by each tenant's admin), a few hand-made
# referrals from the municipal systems, employers with vacancies, SROI rulesets (sroi-rulesets/) and a signed
# SROI contract; then DemoLoader.java brings a few hundred clients with fifteen months of history.
# Skips what is already there.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../local/env.sh
source "$HERE/../local/env.sh"
TRAJECTORY=${OPSTAP_TRAJECTORY_URL:-http://127.0.0.1:8082}
INTAKE=${OPSTAP_INTAKE_URL:-http://127.0.0.1:8081}
EMPLOYER=${OPSTAP_EMPLOYER_URL:-http://127.0.0.1:8084}
TOKEN_URL="$OPSTAP_OIDC_URL/protocol/openid-connect/token"

log() { printf '[demo] %s\n' "$*"; }
token_of() { sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }
user_token() { curl -fsS -d grant_type=password -d client_id=opstap-web -d "username=$1" -d password=demo "$TOKEN_URL" | token_of; }
client_token() { curl -fsS -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$1-secret" "$TOKEN_URL" | token_of; }
post() { # url token file-or-json -> HTTP status; the body lands in $BODY
  curl -sS -o "$BODY" -w '%{http_code}' -X "${METHOD:-POST}" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' --data "$3" "$1"
}
get() { # url token -> body
  curl -fsS -H "Authorization: Bearer $2" "$1"
}
field() { # name: the first string value of that field in $BODY
  sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" "$BODY" | head -n 1
}
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

for tenant in uw pastiel; do
  admin=$(user_token "$tenant-admin")
  existing=$(get "$TRAJECTORY/programmes?size=100" "$admin")
  for file in "$HERE"/programmes/"$tenant"--*.json; do
    name=$(sed -n 's/^ *"name": *"\([^"]*\)".*/\1/p' "$file" | head -n 1)
    if grep -qF "\"name\":\"$name\"" <<<"$existing"; then
      log "programme $(basename "$file" .json) for $tenant: already there"
    else
      log "programme $(basename "$file" .json) for $tenant: HTTP $(post "$TRAJECTORY/programmes" "$admin" "@$file")"
    fi
  done
done

# Referrals: idempotent by municipality reference, so a second load answers 200 and changes nothing.
utrecht=$(client_token gemeente-utrecht)
ede=$(client_token gemeente-ede)
refer() { # token reference bsn given family dob target
  post "$INTAKE/referrals" "$1" "{\"municipalityReference\":\"$2\",\"bsn\":\"$3\",\"name\":{\"givenNames\":\"$4\",\"familyName\":\"$5\"},\
\"dateOfBirth\":\"$6\",\"contact\":{\"postcode\":\"3511 AB\"},\"targetGroup\":\"$7\",\"benefitSituation\":\"RETAINED_BENEFIT\",\
\"question\":\"Demo: werkfit maken richting regulier werk\"}"
}
log "referral DEMO-UTR-0001: HTTP $(refer "$utrecht" DEMO-UTR-0001 111222333 Fatima 'El Amrani' 1990-04-12 PARTICIPATIEWET)"
fatima=$(field clientId)
fatima_status=$(field status)
log "referral DEMO-UTR-0002: HTTP $(refer "$utrecht" DEMO-UTR-0002 123456782 Jan Jansen 1978-09-30 NUG)"
log "referral DEMO-EDE-0001: HTTP $(refer "$ede" DEMO-EDE-0001 999999990 Sanne 'de Vries' 2001-02-17 WAJONG)"

# SROI rulesets (sroi-rulesets/<code>.json), published by each tenant's admin as version 1 unless there.
for tenant in uw pastiel; do
  admin=$(user_token "$tenant-admin")
  for file in "$HERE"/sroi-rulesets/*.json; do
    code=$(basename "$file" .json)
    if curl -fsS -o /dev/null -H "Authorization: Bearer $admin" "$EMPLOYER/sroi/rulesets/$code/versions/1" 2>/dev/null; then
      log "SROI ruleset $code for $tenant: already there"
    else
      log "SROI ruleset $code for $tenant: HTTP $(post "$EMPLOYER/sroi/rulesets" "$admin" "@$file")"
    fi
  done
done

# Two employers in one network, a published place each, and a signed SROI contract for the first.
account_manager=$(user_token uw-account-manager)
code=$(post "$EMPLOYER/employers" "$account_manager" '{"name":"Groenbedrijf De Linde BV","kvkNumber":"30123456","postcodeArea":"3526",
"sector":"groenvoorziening","sbiCode":"8130","locations":["3526 KA","3454 PV"],"networks":["Werkgeversnetwerk Inclusief Utrecht"],
"contactPersons":[{"name":"Petra de Linde","role":"HR-manager","email":"hr@delinde.example"}]}')
log "employer Groenbedrijf De Linde BV: HTTP $code (409 = already there)"
if [ "$code" = 201 ]; then
  linde=$(field id)
  code=$(post "$EMPLOYER/employers" "$account_manager" '{"name":"Distributiecentrum Lage Weide BV","kvkNumber":"30654321",
"postcodeArea":"3542","sector":"logistiek","sbiCode":"5210","locations":["3542 AD"],"networks":["Werkgeversnetwerk Inclusief Utrecht"]}')
  log "employer Distributiecentrum Lage Weide BV: HTTP $code"
  lageweide=$(field id)
  place() { # employer kind title isco hours-max end-date
    post "$EMPLOYER/vacancies" "$account_manager" "{\"employerId\":\"$1\",\"vacancy\":{\"kind\":\"$2\",\"title\":\"$3\",\
\"occupationIsco\":\"$4\",\"workType\":\"$3\",\"hoursPerWeekMin\":16,\"hoursPerWeekMax\":$5,\"postcode\":\"3526 KA\",\
\"openings\":2,\"endDate\":$6,\"requiredCompetences\":{\"motivation\":3},\"requiredCertificates\":[\"VCA-basis\"],\
\"minWageValuePercent\":50,\"wageCostSubsidyPossible\":true,\"riasecCode\":\"RC\",\"sroiEligible\":true,\
\"additionalityStatement\":\"De plek komt bovenop de vaste formatie; er vervalt geen betaalde functie.\"}}" >/dev/null
    vacancy=$(field id)
    log "vacancy $3: publish HTTP $(post "$EMPLOYER/vacancies/$vacancy/publish" "$account_manager" '')"
  }
  place "$linde" SEASONAL_LOAN "Medewerker groenonderhoud" 9214 32 "\"$(date -d '+7 months' +%F)\""
  place "$lageweide" JOB "Orderpicker" 9333 38 null
  code=$(post "$EMPLOYER/sroi/contracts" "$account_manager" "{\"contractorEmployerId\":\"$linde\",\
\"contractingAuthority\":\"Gemeente Utrecht\",\"tenderReference\":\"UTR-2026-0142\",\"contractSumCents\":120000000,\
\"sroiPercentage\":5,\"startsOn\":\"$(date +%Y)-01-01\",\"endsOn\":\"$(($(date +%Y) + 1))-12-31\",\"rulesetCode\":\"HAAGLANDEN-2023\"}")
  contract=$(field id)
  log "SROI contract UTR-2026-0142 for De Linde: HTTP $code, sign HTTP $(post "$EMPLOYER/sroi/contracts/$contract/sign" "$account_manager" '')"
fi
# The demo employer user sees De Linde: an administrator links it through the Keycloak user attribute employer_id
# (Keycloak's demo realm is imported afresh at each start, so this runs every time).
linde=$(get "$EMPLOYER/employers?name=De%20Linde&size=1" "$account_manager" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
if [ -n "$linde" ]; then
  keycloak=${OPSTAP_OIDC_URL%/realms/*}
  kc_admin=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d "username=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    -d "password=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" "$keycloak/realms/master/protocol/openid-connect/token" | token_of)
  user=$(get "$keycloak/admin/realms/opstap/users?username=uw-employer&exact=true" "$kc_admin" | sed -n 's/^\[{"id":"\([^"]*\)".*/\1/p')
  METHOD=PUT post "$keycloak/admin/realms/opstap/users/$user" "$kc_admin" "{\"username\":\"uw-employer\",\"email\":\"uw-employer@opstap.example\",\
\"firstName\":\"Employer\",\"lastName\":\"UW Utrecht\",\"attributes\":{\"org\":[\"uw\"],\"employer_id\":[\"$linde\"]}}" \
    >/dev/null && log "demo user uw-employer linked to De Linde (employer_id $linde)"
fi

# One client all the way through intake into a trajectory, so caseloads and signals have something to show.
if [ "$fatima_status" = RECEIVED ]; then
  consultant=$(user_token uw-consultant)
  today=$(date +%F)
  for assessment in \
    "{\"instrument\":\"PARTICIPATION_LADDER\",\"assessedOn\":\"$today\",\"step\":4}" \
    "{\"instrument\":\"WAGE_VALUE\",\"assessedOn\":\"$today\",\"percent\":60}" \
    "{\"instrument\":\"COMPETENCES\",\"assessedOn\":\"$today\",\"socialSkills\":3,\"motivation\":4,\"workSkills\":3,\"learningAttitude\":4}" \
    "{\"instrument\":\"WORK_PREFERENCES\",\"assessedOn\":\"$today\",\"workTypes\":[\"groenvoorziening\"],\"hoursPerWeek\":24,\"postcode\":\"3526 KL\",\"maxTravelMinutes\":30}"; do
    post "$INTAKE/clients/$fatima/assessments" "$consultant" "$assessment" >/dev/null
  done
  programme=$(get "$TRAJECTORY/programmes?size=50" "$consultant" | grep -o '"programmeId":"[^"]*"[^}]*"name":"UW Werkfit' \
    | sed -n 's/^"programmeId":"\([^"]*\)".*/\1/p' | head -n 1)
  # intake-service learns programmes from events; wait until it knows this one.
  for _ in $(seq 1 30); do
    get "$INTAKE/clients/$fatima/programme-fit" "$consultant" | grep -q "$programme" && break
    sleep 1
  done
  log "admission of the DEMO-UTR-0001 client to UW Werkfit: HTTP $(post "$INTAKE/clients/$fatima/admission" "$consultant" "{\"programmeId\":\"$programme\"}")"
  trajectory=""
  for _ in $(seq 1 30); do
    get "$TRAJECTORY/trajectories?clientId=$fatima" "$consultant" >"$BODY"
    trajectory=$(field id)
    [ -n "$trajectory" ] && break
    sleep 1
  done
  if [ -n "$trajectory" ]; then
    METHOD=PUT post "$TRAJECTORY/trajectories/$trajectory/coach" "$consultant" '{"coach":"uw-jobcoach"}' >/dev/null
    METHOD=PUT post "$TRAJECTORY/trajectories/$trajectory/plan" "$consultant" "{\"priority\":\"LABOUR_MARKET_CHANCES\",\"goals\":[\
{\"category\":\"DEVELOPMENT\",\"description\":\"Zes uur per dag volhouden\",\"measurableTarget\":\"4 weken, 3 dagen per week\",\"dueOn\":\"$(date -d '+8 weeks' +%F)\"},\
{\"category\":\"LABOUR_MARKET_CHANCES\",\"description\":\"CV en sollicitatiebrief\",\"measurableTarget\":\"CV klaar en besproken\",\"dueOn\":\"$(date -d '+3 weeks' +%F)\"}]}" >/dev/null
    log "trajectory $trajectory: coach uw-jobcoach, development plan v1 (unsigned)"
  else
    log "trajectory for the DEMO-UTR-0001 client did not appear within 30 s"
  fi
fi

# The placement workflow: the account manager proposes the DEMO-UTR-0001 client for De Linde's place. uw-employer
# (linked to De Linde above) then sees her as an anonymous profile at GET /employer/proposals on matching-service.
MATCHING=${OPSTAP_MATCHING_URL:-http://127.0.0.1:8083}
if [ -n "${fatima:-}" ]; then
  account_manager=$(user_token uw-account-manager)
  linde_place=""
  for _ in $(seq 1 30); do # matching-service learns of the vacancy and the admission from events
    linde_place=$(get "$MATCHING/vacancies?size=50" "$account_manager" | grep -o '"vacancyId":"[^"]*","employerId":"[^"]*","title":"Medewerker groenonderhoud"' \
      | sed -n 's/^"vacancyId":"\([^"]*\)".*/\1/p' | head -n 1 || true)
    [ -n "$linde_place" ] && get "$MATCHING/candidates/$fatima" "$account_manager" >/dev/null 2>&1 && break
    sleep 1
  done
  proposed=$(get "$MATCHING/proposals?vacancyId=$linde_place&size=1" "$account_manager" 2>/dev/null \
    | sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p' || true)
  if [ -n "$linde_place" ] && [ "${proposed:-0}" = 0 ]; then
    log "proposal of the DEMO-UTR-0001 client for Medewerker groenonderhoud: HTTP $(post "$MATCHING/proposals" "$account_manager" \
      "{\"vacancyId\":\"$linde_place\",\"clientId\":\"$fatima\",\"note\":\"Groenvoorziening, 24 uur, gemotiveerd\"}")"
  else
    log "proposal for Medewerker groenonderhoud: already there or the place is not known to matching-service yet"
  fi
fi

# The living demo: a few hundred clients at every stage, with history (see DemoLoader.java for how it is made).
export OPSTAP_INTAKE_URL=$INTAKE OPSTAP_TRAJECTORY_URL=$TRAJECTORY OPSTAP_MATCHING_URL=$MATCHING OPSTAP_EMPLOYER_URL=$EMPLOYER \
  OPSTAP_OIDC_URL
exec java "$HERE/DemoLoader.java"
