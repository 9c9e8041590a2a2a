#!/usr/bin/env bash
# Benchmark: guarantee outcomes on PostgreSQL — the monthly outcome report over a year and the what-if over 6 months
# of a call guarantee whose touchpoints hold a share of 10,000,000 contact events — against raw SQL scans of the
# contact rows that compute the same figures. In one run:
#   1. a data set made by the reports bench's generator (lib/measured.sh, reports/generate.sql: every row computed
#      from its number and a salt, so one seed, one data set): the service "Outcome bench" with JOURNEYS journeys of
#      TOUCHPOINTS touchpoints (imported through the REST API), CONTACTS contact events (60 % with an order in won,
#      5 % in dollars) and SURVEYS survey responses over the whole months from MONTHS months before END_DAY to END_DAY
#      (Seoul days; by default the last day of the month before the server's current one, so that the what-if's
#      6 months are full), CUSTOMERS customers hashed with the server's key; raw rows by INSERT … SELECT with the raw
#      tables' keys and indexes dropped and built again after (ix_contact_touchpoint of V8 included);
#   2. the guarantee OB-CALL through the REST API on the first journey's 5 phone touchpoints: version 1 wait ≤ 180 s
#      (per started 10 minutes 1,000 won capped at 5,000, automatic; 10 % of the order capped at 3,000, on claim),
#      version 2 ≤ 120 s with the same rules, each submitted by the designer and published by the executive; the API
#      publishes from today on, so — the bench's shortcut — version 1's effective date is then moved in SQL to the
#      data set's first day, and version 2's (with version 1's end) to the 16th of the month half-way through; then a
#      draft (POST /guarantees/{id}/new-version) for the what-if;
#   3. timed, WARMUP + RUNS times each with a designer's API token: (a) GET /api/v1/reports/guarantees?service=&from=
#      &to= over the whole data set; (b) POST /api/v1/reports/guarantees/what-if on the draft with another threshold
#      each call (60 … 300 s) and other per-10-minutes terms (AMOUNT won capped at CAP); server time from WildFly's
#      access log (%D, ms) and client time on loopback, median and p95;
#   4. the raw scans, SCAN_RUNS times each, their medians and the ratios server / scan: scan.sql (the report's figures,
#      per month and version and for the period) and whatif.sql (the what-if's at SCAN_THRESHOLD seconds and the
#      version in force); every figure of both answers compared (exits non-zero on any mismatch, printing it).
# PROFILE=1 also prints EXPLAIN (ANALYZE, BUFFERS) of the occurrence query (MeasuredOccurrences, contact waits) over
# the what-if's months and over the year, each run twice (the second warm), and records the server with Java Flight
# Recorder during the timed calls (which slows them a little), printing where its CPU time went.
#
# Needs: PostgreSQL 15 on this machine (started if down), root (for su postgres), a build (mvn -DskipTests install).
# Creates the database and role obench (dropped first and at the end unless KEEP=1, which keeps them and reuses a
# data set of the same settings on the next run), starts the provisioned WildFly on it with -Xmx512m on its own ports
# (offset 600: 8680, 10590), and stops everything it started on exit.
# Settings: CONTACTS (10000000), SURVEYS (0), JOURNEYS (10), TOUCHPOINTS (50), CUSTOMERS (150000), END_DAY (the last
# day of the month before this one in Asia/Seoul), MONTHS (12), RUNS (20), WARMUP (5), SCAN_RUNS (3), SCAN_THRESHOLD
# (150), AMOUNT (2000), CAP (8000), KEEP, PROFILE.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
offset=600
zone=Asia/Seoul
CONTACTS=${CONTACTS:-10000000}
SURVEYS=${SURVEYS:-0}
JOURNEYS=${JOURNEYS:-10}
TOUCHPOINTS=${TOUCHPOINTS:-50}
CUSTOMERS=${CUSTOMERS:-150000}
# the what-if's months: the 6 whole months before the server's current month
what_if_to=$(date -d "$(TZ=$zone date +%Y-%m-01) - 1 day" +%F)
END_DAY=${END_DAY:-$what_if_to}
MONTHS=${MONTHS:-12}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-5}
SCAN_RUNS=${SCAN_RUNS:-3}
SCAN_THRESHOLD=${SCAN_THRESHOLD:-150}
AMOUNT=${AMOUNT:-2000}
CAP=${CAP:-8000}
KEEP=${KEEP:-}
PROFILE=${PROFILE:-0}
database=obench
role=obench
role_password=obench
# fixed, so that a kept data set and the server agree on the customers' hashes
customer_key=obench-customer-key-0123456789abcdef
code=OB-CALL
t1=180
t2=120
today=$(TZ=$zone date +%F)
end_month=$(date -d "$END_DAY" +%Y-%m-01)
from_day=$(date -d "$end_month - $((MONTHS - 1)) months" +%F)
days=$(( ($(date -u -d "$END_DAY" +%s) - $(date -u -d "$from_day" +%s)) / 86400 + 1 ))
change_day=$(date -d "$from_day + $((MONTHS / 2)) months + 15 days" +%F)
settings="contacts=$CONTACTS surveys=$SURVEYS journeys=$JOURNEYS touchpoints=$TOUCHPOINTS customers=$CUSTOMERS from=$from_day to=$END_DAY today=$today"

# shellcheck source=../lib/postgres.sh
source "$root/bench/lib/postgres.sh"
# shellcheck source=../lib/measured.sh
source "$root/bench/lib/measured.sh"
meta() { bench_sql -c "SELECT value FROM bench_meta WHERE name = '$1'"; }

start_on_data_set "$settings"

if [ -z "$loaded" ]; then
    started=$(now)
    echo "Journeys through the REST API ..." >&2
    service=$(import_journeys "Outcome bench" "$JOURNEYS" "$TOUCHPOINTS" OB)
    load_generator "$CUSTOMERS"
    register_touchpoints "(1, $service)"
    [ "$(bench_sql -c "SELECT COUNT(*) FROM bench_tp WHERE set_id = 1")" = $((JOURNEYS * TOUCHPOINTS)) ] \
        || { echo "the journeys' touchpoints are not all there"; exit 1; }
    journeys_s=$(since "$started")

    echo "Raw rows: $CONTACTS contact events and $SURVEYS survey responses, $from_day … $END_DAY, by INSERT … SELECT ..." >&2
    t=$(now)
    drop_raw_keys
    insert_contacts 1 "$CONTACTS" bench "$CUSTOMERS" "$from_day" "$days"
    if [ "$SURVEYS" -gt 0 ]; then insert_surveys 1 "$SURVEYS" bench "$CUSTOMERS" "$from_day" "$days"; fi
    raw_s=$(since "$t")
    t=$(now)
    build_raw_keys
    [ "$(bench_sql -c "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_contact_touchpoint'")" = 1 ] \
        || { echo "ix_contact_touchpoint is missing"; exit 1; }
    index_s=$(since "$t")
    t=$(now)
    bench_sql -c "VACUUM ANALYZE contact_event, survey_response"
    analyze_s=$(since "$t")

    echo "The guarantee through the REST API ..." >&2
    t=$(now)
    journey=$(bench_sql -c "SELECT journey_id FROM bench_tp WHERE set_id = 1 AND k = 0")
    codes=$(bench_sql -c "SELECT string_agg(code, ',' ORDER BY code) FROM (SELECT code FROM bench_tp
        WHERE set_id = 1 AND journey_id = $journey AND channel = 'PHONE' ORDER BY code LIMIT 5) p")
    read -r first second draft < <(python3 "$here/outcomes.py" guarantees base_url="$base_url" service="$service" \
        code="$code" codes="$codes" today="$today" t1="$t1" t2="$t2")
    # the bench's shortcut: the API publishes from today on, the data set lies in the past
    bench_sql <<SQL
UPDATE service_guarantee SET effective_from = '$from_day', ended_on = '$change_day' WHERE id = $first;
UPDATE service_guarantee SET effective_from = '$change_day' WHERE id = $second;
SQL
    guarantee_s=$(since "$t")
    bench_sql -c "INSERT INTO bench_meta VALUES ('settings', '$settings'), ('service', '$service'), ('codes', '$codes'),
        ('draft', '$draft'), ('load', 'journeys and customers ${journeys_s} s, raw rows ${raw_s} s, keys and indexes ${index_s} s, VACUUM ANALYZE ${analyze_s} s, guarantee ${guarantee_s} s: $(since "$started") s in all')"
fi
service=$(meta service)
codes=$(meta codes)
draft=$(meta draft)

if [ "$PROFILE" = 1 ]; then
    what_if_from=$(date -d "$(TZ=$zone date +%Y-%m-01) - 6 months" +%F)
    in_list=$(echo "$codes" | sed "s/\([^,]*\)/'\1'/g")
    for period in "$what_if_from $what_if_to" "$what_if_from $what_if_to" "$from_day $END_DAY" "$from_day $END_DAY"; do
        read -r first_day last_day <<< "$period"
        echo "EXPLAIN (ANALYZE, BUFFERS) of the occurrence query (contact waits), $first_day … $last_day:"
        bench_sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT e.touchpoint_code, e.on_day, e.started_at, e.wait_seconds, e.transfers,
            e.order_value, e.currency, e.customer_hash FROM contact_event e
            WHERE e.service_id = $service AND e.touchpoint_code IN ($in_list) AND e.on_day BETWEEN '$first_day' AND '$last_day'"
    done
fi

token=$(curl -sf -X POST "$base_url/api/v1/me/tokens" -u designer:designer-demo -H 'Content-Type: application/json' \
    -d "{\"name\":\"outcome bench $(date +%s)\",\"expiresOn\":\"$(date -d "$today + 7 days" +%F)\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')

if [ "$PROFILE" = 1 ]; then
    java_pid=$(pgrep -P "$pid" java)
    jcmd "$java_pid" JFR.start name=obench settings=profile filename="$data/server.jfr" >/dev/null
fi
status=0
python3 "$here/outcomes.py" measure base_url="$base_url" token="$token" access_log="$access_log" \
    database="$database" role="$role" password="$role_password" service="$service" codes="$codes" code="$code" \
    draft="$draft" from="$from_day" to="$END_DAY" what_if_to="$what_if_to" change="$change_day" today="$today" \
    t1="$t1" t2="$t2" amount="$AMOUNT" cap="$CAP" runs="$RUNS" warmup="$WARMUP" scan_runs="$SCAN_RUNS" \
    scan_threshold="$SCAN_THRESHOLD" scan_sql="$here/scan.sql" what_if_sql="$here/whatif.sql" settings="$settings" \
    load="$(meta load)" contacts="$(bench_sql -c "SELECT COUNT(*) FROM contact_event WHERE service_id = $service")" \
    db_size="$(bench_sql -c "SELECT pg_size_pretty(pg_database_size('$database'))")" || status=$?
if [ "$PROFILE" = 1 ]; then
    jcmd "$java_pid" JFR.stop name=obench >/dev/null
    echo
    echo "Where the server's CPU time went during the timed calls (JFR execution samples, report and what-if together):"
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$data/server.jfr" | python3 "$here/outcomes.py" frames
fi
exit "$status"
