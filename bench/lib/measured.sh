# Shared by the benchmarks on a large measured data set (reports/, outcomes/): journeys imported through the REST
# API and raw survey responses and contact events made in SQL by bench/reports/generate.sql (every row computed from
# its number and a salt: one seed, one data set). Source it after lib/postgres.sh, with root, data (a temporary
# folder, or start_on_data_set makes it), zone, customer_key and KEEP set; import_journeys also needs base_url (a
# running server, lib/server.sh).

generator="$root/bench/reports"
now() { date +%s.%N; }
since() { awk "BEGIN {printf \"%.1f\", $(now) - $1}"; }

# The database and the server of a bench on this data set. With KEEP=1 a kept data set made with the same settings
# (bench_meta's row 'settings') is reused and loaded=yes; else the database is made anew and loaded is empty. Then the
# provisioned WildFly starts on it (lib/server.sh, offset) with the customer key and the server time of every request
# in its access log (access_log). The temporary folder data and, unless KEEP=1, the database go on exit.
start_on_data_set() { # settings
    data=$(mktemp -d)
    bench_cleanup() {
        rm -rf "$data"
        if [ "$KEEP" != 1 ]; then
            drop_database >/dev/null 2>&1 || true
        fi
    }
    # until the server starts (its trap then calls bench_cleanup)
    trap bench_cleanup EXIT
    loaded=""
    if [ "$KEEP" = 1 ] && bench_sql -c "SELECT value FROM bench_meta WHERE name = 'settings'" 2>/dev/null | grep -qxF "$1"; then
        loaded=yes
        echo "KEEP=1: reusing the data set in database $database ($1)" >&2
    else
        fresh_database
    fi
    echo "Starting Blueprint on PostgreSQL ..." >&2
    use_bench_database
    export BLUEPRINT_MEASUREMENT_CUSTOMER_KEY=$customer_key
    bench_prepare() { enable_access_log "$1"; }
    # shellcheck source=server.sh
    source "$root/bench/lib/server.sh"
    start_server
    access_log="$work/standalone/log/access.log"
}

import_journeys() { # service name, journeys, touchpoints, code prefix; prints the service's id
    python3 "$generator/journeys.py" "$1" "$2" "$3" "$4" | while IFS= read -r document; do
        code=$(curl -s -o "$data/journey.json" -w '%{http_code}' -u designer:designer-demo -H 'Content-Type: application/json' \
            -X POST --data-binary "$document" "$base_url/api/v1/journeys/import")
        [ "$code" = 201 ] || { echo "journey import answered $code: $(cat "$data/journey.json")" >&2; exit 1; }
    done
    bench_sql -c "SELECT id FROM service WHERE name = '$1'"
}

# the generator's tables and functions, and customers 0 … N−1 (identifier cust-NNNNNNN) hashed with the server's key
load_generator() { # customers
    bench_sql < "$generator/generate.sql"
    python3 - "$customer_key" "$1" > "$data/customers.csv" <<'PY'
import base64, hashlib, hmac, sys
key, count = sys.argv[1].encode(), int(sys.argv[2])
for no in range(count):
    ident = f"cust-{no:07d}"
    digest = hmac.new(key, ident.encode(), hashlib.sha256).digest()
    print(f"{no},{ident},{base64.urlsafe_b64encode(digest).rstrip(b'=').decode()}")
PY
    bench_sql -c "\\copy bench_customer FROM '$data/customers.csv' CSV"
}

# bench_tp: the touchpoints of each set's service, k = 0 … T−1 in code order; a touchpoint's mean CES and wait follow
# from its place in its journey (T01 … T50)
register_touchpoints() { # "(set, service id), …"
    bench_sql <<SQL
INSERT INTO bench_tp (set_id, k, service_id, journey_id, code, channel, ces_mean, wait_mean)
SELECT s.set_id, (row_number() OVER (PARTITION BY s.set_id ORDER BY t.code) - 1)::int, t.service_id, t.journey_id, t.code,
       t.channel, 4.0 + 0.05 * p.place, 25 + (p.place * 37) % 150
FROM touchpoint t
JOIN (VALUES $1) AS s(set_id, service_id) ON s.service_id = t.service_id
CROSS JOIN LATERAL (SELECT right(t.code, 2)::int AS place) p;
SQL
}

# The raw tables' keys and indexes are built once after the rows rather than row by row: dropped before a load,
# built again after with the definitions of V5 and V8.
drop_raw_keys() {
    bench_sql <<SQL
ALTER TABLE survey_response DROP CONSTRAINT uq_survey_response, DROP CONSTRAINT survey_response_pkey;
ALTER TABLE contact_event DROP CONSTRAINT uq_contact_event, DROP CONSTRAINT contact_event_pkey;
DROP INDEX ix_contact_customer;
DROP INDEX ix_contact_touchpoint;
SQL
}

build_raw_keys() {
    bench_sql <<SQL
SET maintenance_work_mem = '512MB';
ALTER TABLE survey_response ADD CONSTRAINT survey_response_pkey PRIMARY KEY (id),
    ADD CONSTRAINT uq_survey_response UNIQUE (service_id, source, response_id);
ALTER TABLE contact_event ADD CONSTRAINT contact_event_pkey PRIMARY KEY (id),
    ADD CONSTRAINT uq_contact_event UNIQUE (service_id, source, contact_id);
CREATE INDEX ix_contact_customer ON contact_event (journey_id, customer_hash, started_at);
CREATE INDEX ix_contact_touchpoint ON contact_event (service_id, touchpoint_code, on_day);
SQL
}

# Rows 0 … N−1 of a set, spread evenly over DAYS company days from FIRST_DAY, by INSERT … SELECT.
insert_surveys() { # set, rows, source, customers, first day, days
    local tps; tps=$(bench_sql -c "SELECT COUNT(*) FROM bench_tp WHERE set_id = $1")
    bench_sql <<SQL
SET synchronous_commit = off;
INSERT INTO survey_response (service_id, source, response_id, touchpoint_code, answered_at, on_day, channel, ces,
                             ces_scale, csat, nps, customer_hash)
SELECT t.service_id, '$3', 'RS-' || lpad(g.i::text, 9, '0'), t.code, g.answered_at,
       (g.answered_at AT TIME ZONE '$zone')::date, t.channel, g.ces, g.ces_scale, g.csat, g.nps, c.hash
FROM bench_surveys($1, $tps, $2, $4, '$5 00:00:00 $zone', $(($6 * 86400))) g
JOIN bench_tp t ON t.set_id = $1 AND t.k = g.k
LEFT JOIN bench_customer c ON c.no = g.customer_no;
SQL
}

insert_contacts() { # set, rows, source, customers, first day, days
    local tps; tps=$(bench_sql -c "SELECT COUNT(*) FROM bench_tp WHERE set_id = $1")
    bench_sql <<SQL
SET synchronous_commit = off;
INSERT INTO contact_event (service_id, source, contact_id, journey_id, touchpoint_code, started_at, on_day, channel,
                           wait_seconds, handle_seconds, transfers, resolved, abandoned, order_value, currency,
                           customer_hash)
SELECT t.service_id, '$3', 'RC-' || lpad(g.i::text, 9, '0'), t.journey_id, t.code, g.started_at,
       (g.started_at AT TIME ZONE '$zone')::date, t.channel, g.wait_seconds, g.handle_seconds, g.transfers, g.resolved,
       g.abandoned, g.order_value, g.currency, c.hash
FROM bench_contacts($1, $tps, $2, $4, '$5 00:00:00 $zone', $(($6 * 86400))) g
JOIN bench_tp t ON t.set_id = $1 AND t.k = g.k
LEFT JOIN bench_customer c ON c.no = g.customer_no;
SQL
}
