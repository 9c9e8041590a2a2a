-- The effort report's figures of one journey over a period computed from the raw rows alone, per touchpoint and
-- for the journey (the empty grouping set): the survey responses of its touchpoints' codes and the contacts of the
-- journey. Mean CES on the CES 2.0 scale (CES 1.0: 1 + (5 − a) × 1.5), sample standard deviation, low-effort
-- (≥ 5) and high-effort (≤ 3) shares; contacts, p50/p90 wait by nearest rank (percentile_disc: the smallest wait at
-- or under which at least that share waited; waits over an hour counted as 3601, as the report says "longer than an
-- hour"), mean transfers, FCR (resolved and not repeated), repeat rate (the customer's next contact of the journey
-- at most 168 h later — over all the journey's contacts, also those after the period) and channel-switch rate (of
-- the repeated ones, the next contact on another channel). Variables: service, journey, codes (a quoted list), from, to.
WITH s AS (
    SELECT touchpoint_code AS code,
           CASE WHEN ces_scale = 'CES2' THEN ces::numeric ELSE 1 + (5 - ces) * 1.5 END AS x
    FROM survey_response
    WHERE service_id = :service AND touchpoint_code IN (:codes) AND on_day BETWEEN :'from' AND :'to'
), surveys AS (
    SELECT COALESCE(code, '*') AS code, COUNT(*) AS n, AVG(x) AS mean, STDDEV_SAMP(x) AS sd,
           AVG(CASE WHEN x >= 5 THEN 1 ELSE 0 END) AS low, AVG(CASE WHEN x <= 3 THEN 1 ELSE 0 END) AS high
    FROM s GROUP BY GROUPING SETS ((code), ())
), c AS (
    SELECT touchpoint_code AS code, on_day, wait_seconds, transfers, resolved, channel,
           customer_hash IS NOT NULL AND COALESCE(next_at <= started_at + INTERVAL '168 hours', FALSE) AS repeated,
           next_channel
    FROM (SELECT e.*, lead(started_at) OVER w AS next_at, lead(channel) OVER w AS next_channel
          FROM contact_event e WHERE journey_id = :journey
          WINDOW w AS (PARTITION BY customer_hash ORDER BY started_at, id)) f
), contacts AS (
    SELECT COALESCE(code, '*') AS code, COUNT(*) AS contacts,
           percentile_disc(0.5) WITHIN GROUP (ORDER BY LEAST(wait_seconds, 3601)) AS p50,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY LEAST(wait_seconds, 3601)) AS p90,
           AVG(transfers) AS transfers,
           AVG(CASE WHEN resolved AND NOT repeated THEN 1 ELSE 0 END) AS fcr,
           AVG(CASE WHEN repeated THEN 1 ELSE 0 END) AS repeat,
           SUM(CASE WHEN repeated AND next_channel <> channel THEN 1 ELSE 0 END)::numeric
               / NULLIF(SUM(CASE WHEN repeated THEN 1 ELSE 0 END), 0) AS switch
    FROM c WHERE on_day BETWEEN :'from' AND :'to' GROUP BY GROUPING SETS ((code), ())
)
SELECT code, n, mean, sd, low, high, contacts, p50, p90, transfers, fcr, repeat, switch
FROM surveys FULL JOIN contacts USING (code) ORDER BY code;
