-- The what-if's figures computed from the raw contact rows alone: the contacts of the draft's touchpoints over the
-- what-if's months, judged twice as if each set of terms had been in force all along: the terms tried (threshold,
-- and the per-10-minutes rule's amount and cap) and the version in force today (t2, 1,000 won capped at 5,000); the
-- 10 % rule as in scan.sql. Per month and for the whole period, the same columns as scan.sql.
-- Variables: service, codes, from, to, threshold, amount, cap, t2.
SELECT GROUPING(ym) AS g, which, ym, COUNT(*) AS measured,
       COUNT(*) FILTER (WHERE wait_seconds > t) AS breaches,
       COUNT(DISTINCT customer_hash) FILTER (WHERE wait_seconds > t) AS named,
       COUNT(*) FILTER (WHERE wait_seconds > t AND customer_hash IS NULL) AS anonymous,
       COALESCE(SUM(LEAST(cap, amount * ((wait_seconds - t + 599) / 600))) FILTER (WHERE wait_seconds > t), 0) AS per_ten,
       COALESCE(SUM(LEAST(3000, ROUND(ROUND(order_value * 0.1, 2), 0)))
                FILTER (WHERE wait_seconds > t AND currency = 'KRW' AND order_value IS NOT NULL), 0) AS percent,
       COUNT(*) FILTER (WHERE wait_seconds > t AND (order_value IS NULL OR currency IS DISTINCT FROM 'KRW')) AS unpriced
FROM (SELECT e.wait_seconds, e.order_value, e.currency, e.customer_hash, to_char(e.on_day, 'YYYY-MM') AS ym,
             w.which, w.t, w.amount, w.cap
      FROM contact_event e
      CROSS JOIN (VALUES ('projected', :threshold, :amount, :cap), ('inForce', :t2, 1000, 5000)) AS w(which, t, amount, cap)
      WHERE e.service_id = :service AND e.touchpoint_code IN (:codes) AND e.on_day BETWEEN :'from' AND :'to') x
GROUP BY GROUPING SETS ((which, ym), (which))
ORDER BY which, g, ym;
