-- The guarantee outcome report's figures computed from the raw contact rows alone: the contacts of the guarantee's
-- touchpoints over the period, each judged by the version of its day (1 before the change day, 2 from it; threshold
-- t1 or t2 seconds) and priced by that version's two refund rules, as docs/guarantee-outcomes.md defines them:
--   rule 0, per started 10 minutes beyond the threshold 1,000 won, capped at 5,000 a breach (integer arithmetic:
--     (excess + 599) / 600 blocks);
--   rule 1, 10 % of the order rounded to the cent, then to the won, capped at 3,000; a breach without an order value
--     in won is unpriced.
-- Per month and version (owed per rule), per month (measured, breaches, customers owed: distinct customers with a
-- breach, plus one per breach naming none), per version and for the whole period. The claim rate is applied by the
-- caller. Variables: service, codes (a quoted list), from, to, change, t1, t2.
SELECT GROUPING(ym, r) AS g, ym, r, COUNT(*) AS measured,
       COUNT(*) FILTER (WHERE wait_seconds > t) AS breaches,
       COUNT(DISTINCT customer_hash) FILTER (WHERE wait_seconds > t) AS named,
       COUNT(*) FILTER (WHERE wait_seconds > t AND customer_hash IS NULL) AS anonymous,
       COALESCE(SUM(LEAST(5000, 1000 * ((wait_seconds - t + 599) / 600))) FILTER (WHERE wait_seconds > t), 0) AS per_ten,
       COALESCE(SUM(LEAST(3000, ROUND(ROUND(order_value * 0.1, 2), 0)))
                FILTER (WHERE wait_seconds > t AND currency = 'KRW' AND order_value IS NOT NULL), 0) AS percent,
       COUNT(*) FILTER (WHERE wait_seconds > t AND (order_value IS NULL OR currency IS DISTINCT FROM 'KRW')) AS unpriced
FROM (SELECT e.wait_seconds, e.order_value, e.currency, e.customer_hash, to_char(e.on_day, 'YYYY-MM') AS ym,
             CASE WHEN e.on_day < :'change' THEN 1 ELSE 2 END AS r,
             CASE WHEN e.on_day < :'change' THEN :t1 ELSE :t2 END AS t
      FROM contact_event e
      WHERE e.service_id = :service AND e.touchpoint_code IN (:codes) AND e.on_day BETWEEN :'from' AND :'to') x
GROUP BY GROUPING SETS ((ym, r), (ym), (r), ())
ORDER BY g, ym, r;
