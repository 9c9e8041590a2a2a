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
# Settings: CONNECTIONS (20), MEASURE_SECONDS per measurement (8), WARMUP seconds per endpoint (10), ROUNDS (3).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
offset=500
CONNECTIONS=${CONNECTIONS:-20}
SECONDS_EACH=${MEASURE_SECONDS:-8}
WARMUP=${WARMUP:-10}
ROUNDS=${ROUNDS:-3}
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
    wrk "${args[@]}" "-d${SECONDS_EACH}s" "$url" | awk '/Non-2xx/ {bad=$NF} /^Requests\/sec/ {rps=$2} END {if (bad) {print "ERR " bad} else {print rps}}'
}

printf 'Authenticated API throughput, %d connections, %d rounds of %d s per endpoint after %d s warm-up each, H2, loopback, %s\n' \
    "$CONNECTIONS" "$ROUNDS" "$SECONDS_EACH" "$WARMUP" "$(date -u +%FT%TZ)"
names=("charter JSON, no credentials (reference)" "charter JSON, API token" "charter JSON, Basic (cached verification)"
       "GET /api/v1/me, API token" "GET /api/v1/me, Basic (cached verification)")
urls=("$charter" "$charter" "$charter" "$me" "$me")
auths=("" "$bearer" "$basic" "$bearer" "$basic")
# every endpoint warmed first, so no measurement pays for the JIT; then the rounds interleave them,
# so a noisy moment of the shared machine falls on all of them alike
for i in "${!urls[@]}"; do
    SECONDS_EACH=$WARMUP rate "${urls[$i]}" "${auths[$i]}" >/dev/null
done
declare -a results
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!urls[@]}"; do
        figure=$(rate "${urls[$i]}" "${auths[$i]}")
        case $figure in ERR*) echo "${names[$i]} had non-2xx answers: $figure"; exit 1;; esac
        results[$i]="${results[$i]:-} $figure"
    done
done
python3 - "${names[@]}" -- "${results[@]}" <<'PY'
import statistics, sys
args = sys.argv[1:]
cut = args.index("--")
names, runs = args[:cut], [list(map(float, r.split())) for r in args[cut + 1:]]
medians = [statistics.median(r) for r in runs]
print(f"{'endpoint and credential':52} {'median req/s':>12} {'rounds':>24} {'ratio':>6}")
for name, run, median in zip(names, runs, medians):
    rounds = " ".join(f"{x:.0f}" for x in run)
    print(f"{name:52} {median:12.0f} {rounds:>24} {median / medians[0]:6.2f}")
print(f"token on the charter / anonymous charter: {medians[1] / medians[0]:.2f}; "
      f"Basic on the charter / anonymous charter: {medians[2] / medians[0]:.2f} (bar: at least 0.80)")
PY
