#!/usr/bin/env bash
# Benchmark: what authentication costs an API call. Measures requests/s, in one run on one server:
#   1. the public charter JSON without credentials (the reference: the same endpoint, no authentication)
#   2. the same charter JSON with an API token (Authorization: Bearer)
#   3. the same charter JSON with HTTP Basic (verified once, then recognised from the credential cache)
#   4. GET /api/v1/me, the cheapest authenticated endpoint, with the token and with Basic
# and prints each beside the reference with the ratio. The issue's bar: authenticated throughput at
# least 80% of the unauthenticated reference on the same endpoint (rows 2 and 3).
#
# Starts the provisioned WildFly on its own ports (offset 500) with its own H2 database and stops it on
# exit; drives it with wrk (Debian package, installed if missing). Build first: mvn -DskipTests install
# Settings: CONNECTIONS (20), SECONDS per measurement (15), WARMUP seconds (5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
offset=500
CONNECTIONS=${CONNECTIONS:-20}
SECONDS_EACH=${SECONDS:-15}
WARMUP=${WARMUP:-5}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
# shellcheck source=../lib/server.sh
source "$root/bench/lib/server.sh"
start_server

basic="Basic $(printf 'ops:ops-demo' | base64)"
expires=$(date -u -d '+30 days' +%F)
token=$(curl -sf -X POST "$base_url/api/v1/me/tokens" -H "Authorization: $basic" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench\",\"expiresOn\":\"$expires\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')
bearer="Bearer $token"
charter="$base_url/api/v1/charter?lang=en"
me="$base_url/api/v1/me"
for check in "$charter|" "$charter|$bearer" "$charter|$basic" "$me|$bearer" "$me|$basic"; do
    url=${check%%|*}; auth=${check#*|}
    code=$(curl -s -o /dev/null -w '%{http_code}' ${auth:+-H "Authorization: $auth"} "$url")
    [ "$code" = 200 ] || { echo "$url answered $code with ${auth%% *}"; exit 1; }
done

# requests/s of one measurement: rate URL [AUTHORIZATION]
rate() {
    local url=$1 auth=${2:-}
    local args=(-t2 "-c$CONNECTIONS" --timeout 10s)
    [ -n "$auth" ] && args+=(-H "Authorization: $auth")
    wrk "${args[@]}" "-d${WARMUP}s" "$url" >/dev/null
    wrk "${args[@]}" "-d${SECONDS_EACH}s" "$url" | awk '/Non-2xx/ {bad=$NF} /^Requests\/sec/ {rps=$2} END {if (bad) {print "ERR " bad} else {print rps}}'
}

printf 'Authenticated API throughput, %d connections, %d s each after %d s warm-up, H2, loopback, %s\n' \
    "$CONNECTIONS" "$SECONDS_EACH" "$WARMUP" "$(date -u +%FT%TZ)"
reference=$(rate "$charter")
token_charter=$(rate "$charter" "$bearer")
basic_charter=$(rate "$charter" "$basic")
token_me=$(rate "$me" "$bearer")
basic_me=$(rate "$me" "$basic")
reference_again=$(rate "$charter")
for figure in "$reference" "$token_charter" "$basic_charter" "$token_me" "$basic_me" "$reference_again"; do
    case $figure in ERR*) echo "a measurement had non-2xx answers: $figure"; exit 1;; esac
done
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
printf '%-52s %10s %8s\n' "endpoint and credential" "req/s" "ratio"
printf '%-52s %10.0f %8s\n' "charter JSON, no credentials (reference)" "$reference" "1.00"
printf '%-52s %10.0f %8s\n' "charter JSON, API token" "$token_charter" "$(ratio "$token_charter" "$reference")"
printf '%-52s %10.0f %8s\n' "charter JSON, Basic (cached verification)" "$basic_charter" "$(ratio "$basic_charter" "$reference")"
printf '%-52s %10.0f %8s\n' "GET /api/v1/me, API token" "$token_me" "$(ratio "$token_me" "$reference")"
printf '%-52s %10.0f %8s\n' "GET /api/v1/me, Basic (cached verification)" "$basic_me" "$(ratio "$basic_me" "$reference")"
printf '%-52s %10.0f %8s\n' "charter JSON, no credentials (reference, again)" "$reference_again" "$(ratio "$reference_again" "$reference")"
