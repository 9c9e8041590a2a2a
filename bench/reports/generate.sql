-- The report benchmark's generator: measured rows computed from their row number alone (hashint8extended of the
-- number and a salt: the same rows whatever the plan, the session or the order), so that one seed gives one data set.
-- bench_tp holds the touchpoints of each set (k = 0 … T−1 in code order, with the mean CES and wait the rows
-- scatter around); bench_customer the customers (number, identifier as a file has it, the keyed hash the importer
-- stores). Times are spread evenly over the span (row i at start + ⌊i · span / n⌋ s: no two rows of a kind share
-- an instant, so the next contact of a customer is never a tie).

CREATE TABLE IF NOT EXISTS bench_tp (
    set_id     INT         NOT NULL,
    k          INT         NOT NULL,
    service_id BIGINT      NOT NULL,
    journey_id BIGINT      NOT NULL,
    code       VARCHAR(40) NOT NULL,
    channel    VARCHAR(20) NOT NULL,
    ces_mean   FLOAT8      NOT NULL,
    wait_mean  FLOAT8      NOT NULL,
    PRIMARY KEY (set_id, k)
);
CREATE TABLE IF NOT EXISTS bench_customer (
    no   INT PRIMARY KEY,
    id   VARCHAR(20) NOT NULL,
    hash VARCHAR(43) NOT NULL
);
CREATE TABLE IF NOT EXISTS bench_meta (
    name  VARCHAR(40) PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);

-- a uniform number in [0, 1) and a whole number in [0, m) from row i and a salt
CREATE OR REPLACE FUNCTION bench_u(i BIGINT, salt BIGINT) RETURNS FLOAT8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8extended(i, salt) & 4503599627370495)::float8 / 4503599627370496.0 $$;
CREATE OR REPLACE FUNCTION bench_mod(i BIGINT, salt BIGINT, m BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8extended(i, salt) & 9223372036854775807) % m $$;
-- about normal (mean 0, sd 1): the sum of four uniforms, centred and scaled
CREATE OR REPLACE FUNCTION bench_z(i BIGINT, salt BIGINT) RETURNS FLOAT8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (bench_u(i, salt) + bench_u(i, salt + 1) + bench_u(i, salt + 2) + bench_u(i, salt + 3) - 2) * sqrt(3.0) $$;

-- Survey responses 0 … n−1 of a set: a touchpoint (the last of every 50 gets 1 answer in 500 of its share: few
-- answers — below the report's minimum of 30 on small runs, about 40 a year at 10M rows), CES 2.0 for 60 % and CES 1.0 for 40 % around the touchpoint's
-- mean (sd 1.4 on the CES 2.0 scale), CSAT on 70 %, NPS on 50 %, a customer on 90 % (of `customers`).
CREATE OR REPLACE FUNCTION bench_surveys(p_set INT, p_tps INT, p_n BIGINT, p_customers INT, p_start TIMESTAMPTZ, p_span BIGINT)
RETURNS TABLE (i BIGINT, k INT, answered_at TIMESTAMPTZ, ces_scale TEXT, ces INT, csat INT, nps INT, customer_no INT)
LANGUAGE sql STABLE AS $$
SELECT g.i, t.k, p_start + ((g.i * p_span) / p_n) * INTERVAL '1 second',
       CASE WHEN bench_u(g.i, 3) < 0.6 THEN 'CES2' ELSE 'CES1' END,
       CASE WHEN bench_u(g.i, 3) < 0.6
            THEN LEAST(7, GREATEST(1, round(t.ces_mean + 1.4 * bench_z(g.i, 4))))::int
            ELSE LEAST(5, GREATEST(1, round(5 - (t.ces_mean + 1.4 * bench_z(g.i, 4) - 1) / 1.5)))::int END,
       CASE WHEN bench_u(g.i, 8) < 0.7 THEN 2 + bench_mod(g.i, 9, 4)::int END,
       CASE WHEN bench_u(g.i, 10) < 0.5 THEN bench_mod(g.i, 11, 11)::int END,
       CASE WHEN bench_u(g.i, 12) < 0.9 THEN bench_mod(g.i, 13, p_customers)::int END
FROM generate_series(0::bigint, p_n - 1) AS g(i)
JOIN bench_tp t ON t.set_id = p_set AND t.k = CASE
    WHEN bench_mod(g.i, 1, p_tps) % 50 = 49 AND bench_mod(g.i, 2, 500) <> 0 THEN bench_mod(g.i, 1, p_tps) - 1
    ELSE bench_mod(g.i, 1, p_tps) END
$$;

-- Contact events 0 … n−1 of a set: a touchpoint, a wait around the touchpoint's mean (exponential, at most 90 min,
-- 2 % anywhere up to 90 min: some beyond the hour the histogram holds exactly), abandoned more often the longer the
-- wait, handle time, 0–3 transfers, 75 % of the answered ones resolved, a customer on 95 % (so that the same
-- customer comes back, sometimes to a touchpoint of another channel), an order of 1,000–300,000 won on 60 % and of
-- 5.00–504.99 dollars on 5 % (what a refund of a percentage of the order prices, or cannot price in won).
CREATE OR REPLACE FUNCTION bench_contacts(p_set INT, p_tps INT, p_n BIGINT, p_customers INT, p_start TIMESTAMPTZ, p_span BIGINT)
RETURNS TABLE (i BIGINT, k INT, started_at TIMESTAMPTZ, wait_seconds INT, handle_seconds INT, transfers INT,
               resolved BOOLEAN, abandoned BOOLEAN, customer_no INT, order_value NUMERIC(14, 2), currency VARCHAR(3))
LANGUAGE sql STABLE AS $$
SELECT w.i, w.k, w.started_at, w.wait, CASE WHEN w.abandoned THEN 0 ELSE 30 + floor(-ln(1 - bench_u(w.i, 26)) * 240)::int END,
       CASE WHEN w.abandoned THEN 0 ELSE LEAST(3, floor(-ln(1 - bench_u(w.i, 27)) / 1.8)::int) END,
       NOT w.abandoned AND bench_u(w.i, 28) < 0.75, w.abandoned,
       CASE WHEN bench_u(w.i, 29) < 0.95 THEN bench_mod(w.i, 30, p_customers)::int END,
       CASE WHEN bench_u(w.i, 31) < 0.60 THEN (1000 + bench_mod(w.i, 32, 299001))::numeric(14, 2)
            WHEN bench_u(w.i, 31) < 0.65 THEN ((500 + bench_mod(w.i, 32, 50000)) / 100.0)::numeric(14, 2) END,
       (CASE WHEN bench_u(w.i, 31) < 0.60 THEN 'KRW' WHEN bench_u(w.i, 31) < 0.65 THEN 'USD' END)::varchar(3)
FROM (SELECT v.*, v.wait > 30 AND bench_u(v.i, 25) < v.wait / 1500.0 AS abandoned
      FROM (SELECT g.i, t.k, p_start + ((g.i * p_span) / p_n) * INTERVAL '1 second' AS started_at,
                   CASE WHEN bench_u(g.i, 22) < 0.98 THEN LEAST(5400, floor(-ln(1 - bench_u(g.i, 23)) * t.wait_mean))::int
                        ELSE floor(bench_u(g.i, 24) * 5400)::int END AS wait
            FROM generate_series(0::bigint, p_n - 1) AS g(i)
            JOIN bench_tp t ON t.set_id = p_set AND t.k = bench_mod(g.i, 21, p_tps)) v) w
$$;
