#!/usr/bin/env bash
# Benchmark: server time of the blueprint editor page for a journey of 30 stages and 200 steps.
#
# Starts the provisioned WildFly on its own ports (offset 300) with its own H2 database, imports a
# generated journey through the REST API, signs in, requests the editor page WARMUP + RUNS times
# and prints the times. Build first: mvn -DskipTests install
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
stages=${STAGES:-30}
steps=${STEPS:-200}
runs=${RUNS:-30}
warmup=${WARMUP:-10}
offset=300
# shellcheck source=../lib/server.sh
source "$root/bench/lib/server.sh"
start_server
python3 "$here/journey.py" "$stages" "$steps" > "$work/journey.json"
location=$(curl -sf -u designer:designer-demo -H 'Content-Type: application/json' \
    --data-binary @"$work/journey.json" -D - -o /dev/null "$base_url/api/v1/journeys/import" \
    | tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')
journey=${location##*/}
[ -n "$journey" ] || { echo "import failed"; exit 1; }

# sign in like a browser: the form's view state, then the form post
jar="$work/cookies"
view_state=$(curl -sf -c "$jar" "$base_url/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -sf -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "login=login" --data-urlencode "login:username=designer" \
    --data-urlencode "login:password=designer-demo" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$base_url/login.xhtml"

url="$base_url/journey/editor.xhtml?journey=$journey"
times="$work/times"
for i in $(seq 1 $((warmup + runs))); do
    t=$(curl -s -b "$jar" -o "$work/page.html" -w '%{http_code} %{time_starttransfer} %{time_total}' "$url")
    [ "${t%% *}" = 200 ] || { echo "editor page answered ${t%% *}"; exit 1; }
    [ "$i" -gt "$warmup" ] && echo "${t#* }" >> "$times"
done
cards=$(grep -o 'class="step-card' "$work/page.html" | wc -l)
python3 - "$times" "$stages" "$steps" "$cards" "$(wc -c < "$work/page.html")" "$runs" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
first_byte = sorted(r[0] * 1000 for r in rows)
total = sorted(r[1] * 1000 for r in rows)
def pct(v, p): return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]
print(f"editor page, journey of {sys.argv[2]} stages and {sys.argv[3]} steps ({sys.argv[4]} cards drawn, "
      f"{int(sys.argv[5]) // 1024} KiB of HTML), {sys.argv[6]} requests after warm-up, loopback:")
for name, v in (("time to first byte", first_byte), ("time to last byte", total)):
    print(f"  {name:18}: min {v[0]:6.1f} ms  median {statistics.median(v):6.1f} ms  "
          f"p90 {pct(v, 90):6.1f} ms  max {v[-1]:6.1f} ms")
PY
