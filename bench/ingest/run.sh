#!/usr/bin/env bash
# Benchmark: the import of measured data into PostgreSQL against the floor, a raw COPY of the same file.
# In one run, for survey responses and for contact events:
#   1. generates ROWS rows of Blueprint CSV (generate.py: deterministic seed, the last 90 days, one service's
#      touchpoints, CES 2.0 and 1.0, about 200,000 customers so that contacts repeat, waits 0-600 s)
#   2. COPY: psql's \copy of the file into an equal table (the V5 table's column types for the file's
#      columns, a bigserial primary key, the same unique key (service_id, source, id) with service_id and
#      source as constant defaults, the same checks and, for contacts, the same two secondary indexes: by
#      customer (V5) and by touchpoint and day (V8, on a day column computed from started_at as the import does))
#   3. import: the REST upload end to end (curl --data-binary, Basic auth as ops), timed by curl, while
#      jstat samples the server's heap every 0.5 s
# and prints both times of every round and their medians, the ratio of the medians import/COPY, rows/s of
# each, the server's peak heap, each import's summary, and a SELECT COUNT(*) of the stored rows. The issue's
# target: the import takes at most 2x the COPY and the server stays within its 512 MiB heap.
#
# Needs: PostgreSQL 15 on this machine (started if down), root (for su postgres), a build
# (mvn -DskipTests install). Creates the database and role blueprint_bench (dropped first, and again at
# the end), starts the provisioned WildFly on it with -Xmx512m on its own ports (offset 600: 8680, 10590),
# and stops everything it started on exit.
# Settings: ROWS (1000000 of each kind), SEED (11), ROUNDS (3: each round a COPY then an import of each kind,
# into a new service; the medians and their ratio are the figures, since one run on a noisy machine can be off
# by 20 %), KEEP (a folder: the server log, the heap samples and, with THREAD_SAMPLES=1, thread dumps of the
# server every 2 s during each upload are copied there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
offset=600
ROWS=${ROWS:-1000000}
SEED=${SEED:-11}
KEEP=${KEEP:-}
THREAD_SAMPLES=${THREAD_SAMPLES:-0}
ROUNDS=${ROUNDS:-3}
database=blueprint_bench
role=blueprint_bench
role_password="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

# shellcheck source=../lib/postgres.sh
source "$root/bench/lib/postgres.sh"
now() { date +%s.%N; }

data=$(mktemp -d)
sampler=""
dumper=""
bench_cleanup() {
    for started in $sampler $dumper; do kill "$started" 2>/dev/null || true; wait "$started" 2>/dev/null || true; done
    if [ -n "$KEEP" ]; then
        mkdir -p "$KEEP"
        cp "$work/server.out" "$KEEP/" 2>/dev/null || true
        cp "$data"/*.jstat "$data"/*.threads "$KEEP/" 2>/dev/null || true
    fi
    rm -rf "$data"
    drop_database >/dev/null 2>&1 || true
}
# until the server starts (its trap then calls bench_cleanup)
trap bench_cleanup EXIT

echo "Generating $ROWS survey responses and $ROWS contact events (seed $SEED) ..." >&2
touchpoints=$(python3 "$here/generate.py" "$data" "$ROWS" "$ROWS" "$SEED")

fresh_database

echo "Starting Blueprint on PostgreSQL ..." >&2
use_bench_database
BLUEPRINT_MEASUREMENT_CUSTOMER_KEY="bench-customer-key-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export BLUEPRINT_MEASUREMENT_CUSTOMER_KEY
# Undertow refuses request bodies over its max-post-size, 10 MiB unless set, whatever the import allows
# (blueprint.measurement.max-file-bytes, 512 MiB): a file of a million rows would be cut off and answered 400.
# The provisioned server allows 512 MiB (configure-server.cli); a configuration without the setting gets it here.
bench_prepare() {
    grep -q '<http-listener name="default" [^>]*max-post-size=' "$1/standalone.xml" ||
        sed -i 's|<http-listener name="default" |<http-listener name="default" max-post-size="536870912" |' "$1/standalone.xml"
    grep -q 'max-post-size="536870912"' "$1/standalone.xml" || { echo "could not set max-post-size"; exit 1; }
}
# shellcheck source=../lib/server.sh
source "$root/bench/lib/server.sh"
start_server
java_pid=$(pgrep -P "$pid" java | head -1)
[ -n "$java_pid" ] || { echo "no java process under $pid"; exit 1; }
max_heap=$(jcmd "$java_pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')

# a service whose journey has the touchpoint codes of the files: one for each round, so that every round imports
# into an empty journey as the first does (and the COPY of each round goes under that service's id)
new_service() {
    local service_name document code
    service_name="Ingest bench $(date -u +%FT%TZ) round $1"
    document=$(python3 - "$service_name" "$touchpoints" <<'PY'
import json, sys
name, touchpoints = sys.argv[1], json.loads(sys.argv[2])
steps = [{"key": f"P{i}", "stage": "S1", "lane": "FRONTSTAGE", "title": f"Customer uses {tp['code']}",
          "owningTeam": "Care centre", "touchpoint": {"code": tp["code"], "channel": tp["channel"]}}
         for i, tp in enumerate(touchpoints, 1)]
print(json.dumps({"format": "blueprint-journey/1", "service": name, "name": "Ask about an order",
                  "stages": [{"key": "S1", "name": "Ask"}], "steps": steps}))
PY
)
    code=$(curl -s -o "$data/journey.json" -w '%{http_code}' -u designer:designer-demo -H 'Content-Type: application/json' \
        -X POST --data-binary "$document" "$base_url/api/v1/journeys/import")
    [ "$code" = 201 ] || { echo "journey import answered $code: $(cat "$data/journey.json")" >&2; exit 1; }
    curl -sf -u ops:ops-demo "$base_url/api/v1/services" | python3 -c '
import json, sys
print(next(s["id"] for s in json.load(sys.stdin) if s["name"] == sys.argv[1]))' "$service_name"
}
service=$(new_service 1)

# the equal tables for the raw COPY: V5's column types for the file's columns (the customer as the file
# has it), a bigserial primary key, the same unique key with constant service and source, the same checks
bench_sql <<SQL
CREATE TABLE copy_survey_response (
    id              BIGSERIAL PRIMARY KEY,
    service_id      BIGINT                   NOT NULL DEFAULT $service,
    source          VARCHAR(100)             NOT NULL DEFAULT 'bench-copy',
    response_id     VARCHAR(100)             NOT NULL,
    touchpoint_code VARCHAR(40)              NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    on_day          DATE                     NOT NULL GENERATED ALWAYS AS ((answered_at AT TIME ZONE 'Asia/Seoul')::date) STORED,
    channel         VARCHAR(20),
    ces             SMALLINT                 NOT NULL,
    ces_scale       VARCHAR(4)               NOT NULL,
    csat            SMALLINT,
    nps             SMALLINT,
    customer        VARCHAR(43),
    CONSTRAINT uq_copy_survey_response UNIQUE (service_id, source, response_id),
    CONSTRAINT ck_copy_survey_scale CHECK (ces_scale IN ('CES2', 'CES1')),
    CONSTRAINT ck_copy_survey_ces CHECK ((ces_scale = 'CES2' AND ces BETWEEN 1 AND 7) OR (ces_scale = 'CES1' AND ces BETWEEN 1 AND 5)),
    CONSTRAINT ck_copy_survey_csat CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    CONSTRAINT ck_copy_survey_nps CHECK (nps IS NULL OR nps BETWEEN 0 AND 10)
);
CREATE TABLE copy_contact_event (
    id              BIGSERIAL PRIMARY KEY,
    service_id      BIGINT                   NOT NULL DEFAULT $service,
    source          VARCHAR(100)             NOT NULL DEFAULT 'bench-copy',
    contact_id      VARCHAR(100)             NOT NULL,
    journey_id      BIGINT                   NOT NULL DEFAULT 1,
    customer        VARCHAR(43),
    touchpoint_code VARCHAR(40)              NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    on_day          DATE                     NOT NULL GENERATED ALWAYS AS ((started_at AT TIME ZONE 'Asia/Seoul')::date) STORED,
    channel         VARCHAR(20)              NOT NULL,
    wait_seconds    INT                      NOT NULL,
    handle_seconds  INT                      NOT NULL,
    transfers       INT                      NOT NULL,
    resolved        BOOLEAN                  NOT NULL,
    abandoned       BOOLEAN                  NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    order_value     NUMERIC(14, 2),
    currency        VARCHAR(3),
    repeated        BOOLEAN                  NOT NULL DEFAULT FALSE,
    channel_switch  BOOLEAN                  NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_copy_contact_event UNIQUE (service_id, source, contact_id),
    CONSTRAINT ck_copy_contact_durations CHECK (wait_seconds >= 0 AND handle_seconds >= 0 AND transfers >= 0)
);
CREATE INDEX ix_copy_contact_customer ON copy_contact_event (journey_id, customer, started_at);
CREATE INDEX ix_copy_contact_touchpoint ON copy_contact_event (service_id, touchpoint_code, on_day);
SQL

# the heap of the server while an upload runs: jstat -gc every 0.5 s (one process, so sampling costs little)
start_sampler() {
    jstat -gc "$java_pid" 500 > "$data/$1.jstat" 2>/dev/null &
    sampler=$!
    if [ "$THREAD_SAMPLES" = 1 ]; then
        ( while kill -0 "$sampler" 2>/dev/null; do jcmd "$java_pid" Thread.print >> "$data/$1.threads" 2>/dev/null; sleep 2; done ) &
        dumper=$!
    fi
}
stop_sampler() {
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    sampler=""
    if [ -n "$dumper" ]; then wait "$dumper" 2>/dev/null || true; dumper=""; fi
}

declare -A figures
measure() {
    local kind=$1 file=$2 copy_table=$3 copy_columns=$4 table=$5 round=$6
    local rows=$((ROWS))
    local bytes; bytes=$(stat -c %s "$file")
    echo "$kind, round $round of $ROUNDS: raw COPY ..." >&2
    # the round's service id: its own rows under the same unique key, as the import's are
    bench_sql -c "ALTER TABLE $copy_table ALTER COLUMN service_id SET DEFAULT $service" >/dev/null
    admin_sql "$database" <<< 'CHECKPOINT;'
    local t0 t1 t2
    t0=$(now)
    bench_sql -c "\\copy $copy_table ($copy_columns) FROM '$file' CSV HEADER" >/dev/null
    t1=$(now)
    local copied; copied=$(bench_sql -c "SELECT COUNT(*) FROM $copy_table WHERE service_id = $service")
    echo "$kind, round $round of $ROUNDS: REST import ..." >&2
    admin_sql "$database" <<< 'CHECKPOINT;'
    start_sampler "$kind-$round"
    local answer
    answer=$(curl -s -o "$data/$kind-$round.summary" -w '%{http_code} %{time_total}' -u ops:ops-demo -H 'Content-Type: text/csv' \
        -X POST --data-binary "@$file" "$base_url/api/v1/imports/$kind?service=$service&source=bench-$kind&fileName=$(basename "$file")")
    stop_sampler
    local status=${answer%% *} import_seconds=${answer#* }
    [ "$status" = 201 ] || { echo "$kind import answered $status: $(head -c 2000 "$data/$kind-$round.summary")"; exit 1; }
    local stored; stored=$(bench_sql -c "SELECT COUNT(*) FROM $table WHERE service_id = $service AND source = 'bench-$kind'")
    figures[$kind]="${figures[$kind]:+${figures[$kind]};}$kind|$rows|$bytes|$(awk "BEGIN {print $t1 - $t0}")|$copied|$import_seconds|$stored|$data/$kind-$round.summary|$data/$kind-$round.jstat"
}

# the rounds alternate COPY and import, so that a slower spell of the machine falls on both
for round in $(seq 1 "$ROUNDS"); do
    [ "$round" = 1 ] || service=$(new_service "$round")
    measure survey-responses "$data/surveys.csv" copy_survey_response \
        "response_id,touchpoint_code,answered_at,channel,ces,ces_scale,csat,nps,customer" survey_response "$round"
    measure contact-events "$data/contacts.csv" copy_contact_event \
        "contact_id,customer,touchpoint_code,started_at,channel,wait_seconds,handle_seconds,transfers,resolved,abandoned,resolved_at,order_value,currency" \
        contact_event "$round"
done

python3 - "$max_heap" "$(nproc)" "${figures[survey-responses]}" "${figures[contact-events]}" <<'PY'
import datetime, json, statistics, sys

max_heap, cpus = int(sys.argv[1]), sys.argv[2]
print(f"Measured-data import vs raw COPY, PostgreSQL 15 on loopback, server heap -Xmx{max_heap >> 20}m, {cpus} CPUs, "
      f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%dT%H:%M:%SZ}")


def heap(jstat_file):
    used, old, full_gcs, young_gcs, samples = 0.0, 0.0, [], [], 0
    for sample in open(jstat_file):
        fields = sample.split()
        if not fields or not fields[0][0].isdigit():
            continue
        v = list(map(float, fields))
        # S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT CGC CGCT GCT (KiB)
        used = max(used, v[2] + v[3] + v[5] + v[7])
        old = max(old, v[7])
        young_gcs.append(v[12])
        full_gcs.append(v[14])
        samples += 1
    return used, old, int(full_gcs[-1] - full_gcs[0]) if full_gcs else 0, samples


ok = True
for argument in sys.argv[3:]:
    rounds = [line.split("|") for line in argument.split(";")]
    kind, rows, size = rounds[0][0], int(rounds[0][1]), int(rounds[0][2])
    print(f"\n{kind}: {rows:,} rows, {size / 2**20:.1f} MiB of CSV, {len(rounds)} rounds (COPY, then import, in each)")
    copies, imports, peak_used, peak_old, full = [], [], 0.0, 0.0, 0
    for number, (_, _, _, copy_s, copied, import_s, counted, summary_file, jstat_file) in enumerate(rounds, 1):
        copy_s, import_s, copied, counted = float(copy_s), float(import_s), int(copied), int(counted)
        summary = json.load(open(summary_file))
        used, old, full_gcs, samples = heap(jstat_file)
        peak_used, peak_old, full = max(peak_used, used), max(peak_old, old), full + full_gcs
        copies.append(copy_s)
        imports.append(import_s)
        print(f"  round {number}: COPY {copy_s:6.2f} s ({copied:,} rows), import {import_s:6.2f} s, ratio {import_s / copy_s:4.2f};"
              f" import status {summary['status']}, stored {summary['stored']:,}, duplicates {summary['duplicates']:,},"
              f" rejected {summary['rejected']:,}, COUNT(*) {counted:,}; heap peak {used / 1024:.0f} MiB ({samples} samples)")
        ok = ok and counted == rows and summary["stored"] == rows and copied == rows
    copy_m, import_m = statistics.median(copies), statistics.median(imports)
    print(f"  raw COPY (psql \\copy, equal table), median  {copy_m:8.2f} s  {rows / copy_m:10,.0f} rows/s")
    print(f"  REST import (curl, end to end), median     {import_m:8.2f} s  {rows / import_m:10,.0f} rows/s")
    print(f"  ratio of the medians import / COPY         {import_m / copy_m:8.2f}    (target: at most 2.00;"
          f" per round {', '.join(f'{i / c:.2f}' for c, i in zip(copies, imports))})")
    print(f"  server heap during the uploads (jstat -gc every 0.5 s): peak used {peak_used / 1024:.0f} MiB, "
          f"peak old generation {peak_old / 1024:.0f} MiB, of {max_heap >> 20} MiB; full GCs {full}")
sys.exit(0 if ok else 1)
PY
