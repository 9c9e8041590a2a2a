#!/usr/bin/env bash
# Benchmark: the effort report of a 50-touchpoint journey over a year on PostgreSQL, against a raw SQL scan of the
# raw rows beneath it. In one run:
#   1. a data set (generate.sql: every row computed from its number and a salt, so one seed, one data set): the
#      service "Report bench" with JOURNEYS journeys of TOUCHPOINTS touchpoints (imported through the REST API),
#      SURVEYS survey responses and CONTACTS contact events over DAYS days ending END_DAY (Seoul days), CUSTOMERS
#      customers hashed with the server's key; raw rows by INSERT … SELECT generate_series with the raw tables'
#      indexes dropped and built again after, the rollups by SQL from the raw rows as the importer defines them
#      (rollups.sql) and the customer sketches by a Java step with the importer's sketch settings (Sketches.java);
#   2. a check of that route: CHECK_ROWS responses and contacts of the same generator for a 5-touchpoint journey
#      and CHECK_CUSTOMERS customers (few, so that a quarter of the contacts repeat),
#      once uploaded through the importer (REST, CSV) into one service and once loaded by the SQL route into
#      another with the same codes; every rollup row and every sketch must be equal (exits non-zero if not);
#   3. the effort report GET /api/v1/reports/effort?journey=&from=&to= of the first journey over the whole year
#      (or REPORT_FROM … REPORT_TO, days inside the data set's: a period with ragged months, say), WARMUP + RUNS
#      times: the server time of each from WildFly's access log (%D, ms; record-request-start-time) and the client
#      time on loopback; median and p95;
#   4. the raw scan (scan.sql) SCAN_RUNS times, its median, the ratio report / scan, and a comparison of every figure
#      per touchpoint and for the journey (mismatches printed; exits non-zero if any).
# PROFILE=1 also prints EXPLAIN (ANALYZE, BUFFERS) of RollupReader's queries (the wait histogram's monthly form).
#
# Needs: PostgreSQL 15 on this machine (started if down), root (for su postgres), a build
# (mvn -DskipTests install). Creates the database and role rbench (dropped first and at the end unless KEEP=1, which
# keeps them and reuses a data set of the same settings on the next run), starts the provisioned WildFly on it with
# -Xmx512m on its own ports (offset 500: 8580, 10490), and stops everything it started on exit.
# Settings: SURVEYS, CONTACTS (10000000 each), JOURNEYS (10), TOUCHPOINTS (50), CUSTOMERS (150000), END_DAY
# (2026-11-30), DAYS (365), CHECK_ROWS (30000), CHECK_CUSTOMERS (2000), RUNS (20), WARMUP (5), SCAN_RUNS (3), KEEP, PROFILE,
# REPORT_FROM and REPORT_TO (the data set's first and last day).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
offset=500
SURVEYS=${SURVEYS:-10000000}
CONTACTS=${CONTACTS:-10000000}
JOURNEYS=${JOURNEYS:-10}
TOUCHPOINTS=${TOUCHPOINTS:-50}
CUSTOMERS=${CUSTOMERS:-150000}
END_DAY=${END_DAY:-2026-11-30}
DAYS=${DAYS:-365}
CHECK_ROWS=${CHECK_ROWS:-30000}
CHECK_CUSTOMERS=${CHECK_CUSTOMERS:-2000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-5}
SCAN_RUNS=${SCAN_RUNS:-3}
KEEP=${KEEP:-}
PROFILE=${PROFILE:-0}
database=rbench
role=rbench
role_password=rbench
zone=Asia/Seoul
# fixed, so that a kept data set and the server agree on the customers' hashes
customer_key=rbench-customer-key-0123456789abcdef
from_day=$(date -d "$END_DAY - $((DAYS - 1)) days" +%F)
REPORT_FROM=${REPORT_FROM:-$from_day}
REPORT_TO=${REPORT_TO:-$END_DAY}
settings="surveys=$SURVEYS contacts=$CONTACTS journeys=$JOURNEYS touchpoints=$TOUCHPOINTS customers=$CUSTOMERS from=$from_day to=$END_DAY check=$CHECK_ROWS/$CHECK_CUSTOMERS"

# shellcheck source=../lib/postgres.sh
source "$root/bench/lib/postgres.sh"
# shellcheck source=../lib/measured.sh
source "$root/bench/lib/measured.sh"

start_on_data_set "$settings"

if [ -z "$loaded" ]; then
    started=$(now)
    echo "Journeys through the REST API ..." >&2
    service=$(import_journeys "Report bench" "$JOURNEYS" "$TOUCHPOINTS" RB)
    importer_service=$(import_journeys "Report bench importer check" 1 5 RC)
    sql_service=$(import_journeys "Report bench SQL check" 1 5 RC)
    journeys_s=$(since "$started")

    t=$(now)
    load_generator "$CUSTOMERS"
    # sets: 1 the benchmark's service, 2 the importer check, 3 the SQL check (the same codes, so the same rows)
    register_touchpoints "(1, $service), (2, $importer_service), (3, $sql_service)"
    [ "$(bench_sql -c "SELECT COUNT(*) FROM bench_tp WHERE set_id = 1")" = $((JOURNEYS * TOUCHPOINTS)) ] \
        || { echo "the journeys' touchpoints are not all there"; exit 1; }
    prepare_s=$(since "$t")

    span=$((DAYS * 86400))
    start="$from_day 00:00:00 $zone"
    load_set() { # set, surveys, contacts, source, customers
        insert_surveys "$1" "$2" "$4" "$5" "$from_day" "$DAYS"
        insert_contacts "$1" "$3" "$4" "$5" "$from_day" "$DAYS"
    }
    echo "Raw rows: $SURVEYS survey responses and $CONTACTS contact events by INSERT … SELECT ..." >&2
    t=$(now)
    drop_raw_keys
    load_set 1 "$SURVEYS" "$CONTACTS" bench "$CUSTOMERS"
    load_set 3 "$CHECK_ROWS" "$CHECK_ROWS" bench-check "$CHECK_CUSTOMERS"
    raw_s=$(since "$t")
    t=$(now)
    build_raw_keys
    index_s=$(since "$t")

    echo "Rollups from the raw rows ..." >&2
    t=$(now)
    bench_sql -v services="$service,$sql_service" -c "SET work_mem = '256MB'" -f "$here/rollups.sql"
    rollups_s=$(since "$t")
    t=$(now)
    lib="$root/blueprint-web/target/blueprint/WEB-INF/lib"
    classpath="$lib/blueprint-domain-0.1.0-SNAPSHOT.jar:$(ls "$lib"/datasketches-java-*.jar):$(ls "$lib"/datasketches-memory-*.jar):$root/blueprint-web/target/jdbc/postgresql.jar"
    java -Xmx2g -cp "$classpath" "$here/Sketches.java" "$db_url" "$role" "$role_password" "$service" "$sql_service" >&2
    sketches_s=$(since "$t")
    t=$(now)
    bench_sql -c "VACUUM ANALYZE survey_response, contact_event, survey_day, survey_day_ces, contact_day, contact_day_wait, contact_month_wait, touchpoint_customers, bench_tp, bench_customer"
    analyze_s=$(since "$t")
    load_s=$(since "$started")
    bench_sql -c "INSERT INTO bench_meta VALUES ('settings', '$settings'), ('service', '$service'), ('importer_service', '$importer_service'),
        ('sql_service', '$sql_service'), ('load', 'journeys ${journeys_s} s, customers and touchpoints ${prepare_s} s, raw rows ${raw_s} s, keys and index ${index_s} s, rollups ${rollups_s} s, sketches ${sketches_s} s, VACUUM ANALYZE ${analyze_s} s: ${load_s} s in all')"

    echo "The importer check: $CHECK_ROWS responses and contacts through the REST import ..." >&2
    tps=$(bench_sql -c "SELECT COUNT(*) FROM bench_tp WHERE set_id = 2")
    bench_sql -c "COPY (SELECT 'RS-' || lpad(g.i::text, 9, '0') AS response_id, t.code AS touchpoint_code,
            to_char(g.answered_at AT TIME ZONE '$zone', 'YYYY-MM-DD\"T\"HH24:MI:SS') || '+09:00' AS answered_at,
            t.channel, g.ces, g.ces_scale, g.csat, g.nps, c.id AS customer
        FROM bench_surveys(2, $tps, $CHECK_ROWS, $CHECK_CUSTOMERS, '$start', $span) g JOIN bench_tp t ON t.set_id = 2 AND t.k = g.k
        LEFT JOIN bench_customer c ON c.no = g.customer_no ORDER BY g.i) TO STDOUT CSV HEADER" > "$data/surveys.csv"
    bench_sql -c "COPY (SELECT 'RC-' || lpad(g.i::text, 9, '0') AS contact_id, c.id AS customer, t.code AS touchpoint_code,
            to_char(g.started_at AT TIME ZONE '$zone', 'YYYY-MM-DD\"T\"HH24:MI:SS') || '+09:00' AS started_at, t.channel,
            g.wait_seconds, g.handle_seconds, g.transfers, CASE WHEN g.resolved THEN 'Y' ELSE 'N' END AS resolved,
            CASE WHEN g.abandoned THEN 'Y' ELSE 'N' END AS abandoned
        FROM bench_contacts(2, $tps, $CHECK_ROWS, $CHECK_CUSTOMERS, '$start', $span) g JOIN bench_tp t ON t.set_id = 2 AND t.k = g.k
        LEFT JOIN bench_customer c ON c.no = g.customer_no ORDER BY g.i) TO STDOUT CSV HEADER" > "$data/contacts.csv"
    for kind in survey-responses contact-events; do
        file="$data/surveys.csv"; [ "$kind" = contact-events ] && file="$data/contacts.csv"
        code=$(curl -s -o "$data/$kind.summary" -w '%{http_code}' -u ops:ops-demo -H 'Content-Type: text/csv' -X POST \
            --data-binary "@$file" "$base_url/api/v1/imports/$kind?service=$importer_service&source=bench-check&fileName=$kind.csv")
        [ "$code" = 201 ] || { echo "$kind import answered $code: $(head -c 2000 "$data/$kind.summary")"; exit 1; }
        echo "  $kind: $(cat "$data/$kind.summary" | head -c 300)" >&2
    done
    bench_sql -c "VACUUM ANALYZE survey_response, contact_event, survey_day, survey_day_ces, contact_day, contact_day_wait, contact_month_wait, touchpoint_customers"
fi

service=$(bench_sql -c "SELECT value FROM bench_meta WHERE name = 'service'")
importer_service=$(bench_sql -c "SELECT value FROM bench_meta WHERE name = 'importer_service'")
sql_service=$(bench_sql -c "SELECT value FROM bench_meta WHERE name = 'sql_service'")

# the importer check: every rollup row of the importer's service equals the SQL route's, both ways — per table its
# name, the importer's row count and the rows that differ
compare() { # table, its key and counter columns
    echo "SELECT '$1', (SELECT COUNT(*) FROM $1 WHERE service_id = $importer_service),
  (SELECT COUNT(*) FROM ((SELECT $2 FROM $1 WHERE service_id = $importer_service EXCEPT SELECT $2 FROM $1 WHERE service_id = $sql_service)
    UNION ALL (SELECT $2 FROM $1 WHERE service_id = $sql_service EXCEPT SELECT $2 FROM $1 WHERE service_id = $importer_service)) x)"
}
check=$(bench_sql <<SQL
$(compare survey_day "touchpoint_code, on_day, responses, ces1_responses, csat_responses, csat_sum, csat_satisfied, nps_responses, nps_promoters, nps_detractors")
UNION ALL $(compare survey_day_ces "touchpoint_code, on_day, half_points, responses")
UNION ALL $(compare contact_day "touchpoint_code, on_day, contacts, wait_seconds_sum, handle_seconds_sum, transfers_sum, transferred, resolved, abandoned, repeated, channel_switches, resolved_first")
UNION ALL $(compare contact_day_wait "touchpoint_code, on_day, wait_seconds, contacts")
UNION ALL $(compare contact_month_wait "touchpoint_code, month_start, wait_seconds, contacts")
UNION ALL $(compare touchpoint_customers "touchpoint_code, on_day, sketch");
SQL
)

journey=$(bench_sql -c "SELECT journey_id FROM bench_tp WHERE set_id = 1 AND k = 0")
codes=$(bench_sql -c "SELECT string_agg(quote_literal(code), ',' ORDER BY code) FROM bench_tp WHERE set_id = 1 AND journey_id = $journey")
[ "$(bench_sql -c "SELECT COUNT(*) FROM bench_tp WHERE set_id = 1 AND journey_id = $journey")" = "$TOUCHPOINTS" ] \
    || { echo "journey $journey has not $TOUCHPOINTS touchpoints"; exit 1; }

if [ "$PROFILE" = 1 ]; then
    for query in \
        "SELECT code, b, SUM(responses), SUM(ces1_responses), SUM(csat_responses), SUM(csat_sum), SUM(nps_responses), SUM(nps_promoters), SUM(nps_detractors) FROM (SELECT touchpoint_code AS code, 0 AS b, responses, ces1_responses, csat_responses, csat_sum, nps_responses, nps_promoters, nps_detractors FROM survey_day WHERE service_id = $service AND on_day BETWEEN '$REPORT_FROM' AND '$REPORT_TO' AND touchpoint_code IN ($codes)) r GROUP BY code, b" \
        "SELECT code, b, half_points, SUM(responses) FROM (SELECT touchpoint_code AS code, 0 AS b, half_points, responses FROM survey_day_ces WHERE service_id = $service AND on_day BETWEEN '$REPORT_FROM' AND '$REPORT_TO' AND touchpoint_code IN ($codes)) r GROUP BY code, b, half_points" \
        "SELECT code, b, SUM(contacts), SUM(wait_seconds_sum), SUM(handle_seconds_sum), SUM(transfers_sum), SUM(resolved), SUM(abandoned), SUM(repeated), SUM(channel_switches), SUM(resolved_first) FROM (SELECT touchpoint_code AS code, 0 AS b, contacts, wait_seconds_sum, handle_seconds_sum, transfers_sum, resolved, abandoned, repeated, channel_switches, resolved_first FROM contact_day WHERE service_id = $service AND on_day BETWEEN '$REPORT_FROM' AND '$REPORT_TO' AND touchpoint_code IN ($codes)) r GROUP BY code, b" \
        "SELECT code, b, wait_seconds, SUM(contacts) FROM (SELECT touchpoint_code AS code, 0 AS b, wait_seconds, contacts FROM contact_month_wait WHERE service_id = $service AND (month_start BETWEEN '$REPORT_FROM' AND '$REPORT_TO') AND touchpoint_code IN ($codes)) r GROUP BY code, b, wait_seconds"; do
        echo "EXPLAIN (ANALYZE, BUFFERS) ${query:0:90}…"
        bench_sql -c "EXPLAIN (ANALYZE, BUFFERS) $query"
    done
fi

python3 "$here/measure.py" "$base_url" "$access_log" "$journey" "$REPORT_FROM" "$REPORT_TO" "$RUNS" "$WARMUP" "$SCAN_RUNS" \
    "$here/scan.sql" "$service" "$codes" "$check" \
    "$(bench_sql -c "SELECT value FROM bench_meta WHERE name = 'load'")" "$settings" \
    "$(bench_sql -c "SELECT pg_size_pretty(pg_database_size('$database'))")" \
    "$(bench_sql -c "SELECT (SELECT COUNT(*) FROM survey_response WHERE service_id = $service) || ' ' || (SELECT COUNT(*) FROM contact_event WHERE service_id = $service)")"
