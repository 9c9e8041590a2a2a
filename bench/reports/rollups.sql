-- The rollups of the services in :services (a comma list) built from their raw rows, as the importer keeps
-- them (Rollups, SurveyStore.contribute, ContactStore.contribute, RepeatContacts): per service, touchpoint and
-- company day (the rows' on_day). CES in half points of the CES 2.0 scale (a CES 1.0 answer a is 1 + (5 − a) × 1.5,
-- that is 2 + 3 (5 − a) half points); waits exact up to 3600 s, 3601 for every longer one; a contact is repeated
-- when the same customer contacted the same journey again after it, at most 168 hours after its start (the next
-- contact: the customer's first later one in the journey; the generator gives no two contacts one instant, so it is
-- the next by start), switched channel when that next contact's channel differs,
-- resolved first when resolved and not repeated. Contacts without a customer are never repeated.
DELETE FROM survey_day WHERE service_id IN (:services);
DELETE FROM survey_day_ces WHERE service_id IN (:services);
DELETE FROM contact_day WHERE service_id IN (:services);
DELETE FROM contact_day_wait WHERE service_id IN (:services);
DELETE FROM contact_month_wait WHERE service_id IN (:services);

INSERT INTO survey_day (service_id, touchpoint_code, on_day, responses, ces1_responses, csat_responses, csat_sum,
                        csat_satisfied, nps_responses, nps_promoters, nps_detractors)
SELECT service_id, touchpoint_code, on_day, COUNT(*), COUNT(*) FILTER (WHERE ces_scale = 'CES1'), COUNT(csat),
       COALESCE(SUM(csat), 0), COUNT(*) FILTER (WHERE csat >= 4), COUNT(nps), COUNT(*) FILTER (WHERE nps >= 9),
       COUNT(*) FILTER (WHERE nps <= 6)
FROM survey_response WHERE service_id IN (:services)
GROUP BY service_id, touchpoint_code, on_day ORDER BY 1, 2, 3;

INSERT INTO survey_day_ces (service_id, touchpoint_code, on_day, half_points, responses)
SELECT service_id, touchpoint_code, on_day, h, COUNT(*)
FROM (SELECT service_id, touchpoint_code, on_day,
             CASE WHEN ces_scale = 'CES2' THEN 2 * ces ELSE 2 + 3 * (5 - ces) END AS h
      FROM survey_response WHERE service_id IN (:services)) r
GROUP BY service_id, touchpoint_code, on_day, h ORDER BY 1, 2, 3, 4;

INSERT INTO contact_day (service_id, touchpoint_code, on_day, contacts, wait_seconds_sum, handle_seconds_sum,
                         transfers_sum, transferred, resolved, abandoned, repeated, channel_switches, resolved_first)
SELECT service_id, touchpoint_code, on_day, COUNT(*), SUM(wait_seconds), SUM(handle_seconds), SUM(transfers),
       COUNT(*) FILTER (WHERE transfers > 0), COUNT(*) FILTER (WHERE resolved), COUNT(*) FILTER (WHERE abandoned),
       COUNT(*) FILTER (WHERE repeated), COUNT(*) FILTER (WHERE repeated AND next_channel <> channel),
       COUNT(*) FILTER (WHERE resolved AND NOT repeated)
FROM (SELECT service_id, touchpoint_code, on_day, wait_seconds, handle_seconds, transfers, resolved, abandoned, channel,
             customer_hash IS NOT NULL AND COALESCE(next_at <= started_at + INTERVAL '168 hours', FALSE) AS repeated,
             next_channel
      FROM (SELECT e.*, lead(started_at) OVER w AS next_at, lead(channel) OVER w AS next_channel
            FROM contact_event e WHERE service_id IN (:services)
            WINDOW w AS (PARTITION BY journey_id, customer_hash ORDER BY started_at, id)) f) r
GROUP BY service_id, touchpoint_code, on_day ORDER BY 1, 2, 3;

INSERT INTO contact_day_wait (service_id, touchpoint_code, on_day, wait_seconds, contacts)
SELECT service_id, touchpoint_code, on_day, LEAST(wait_seconds, 3601), COUNT(*)
FROM contact_event WHERE service_id IN (:services)
GROUP BY service_id, touchpoint_code, on_day, LEAST(wait_seconds, 3601) ORDER BY 1, 2, 3, 4;

INSERT INTO contact_month_wait (service_id, touchpoint_code, month_start, wait_seconds, contacts)
SELECT service_id, touchpoint_code, date_trunc('month', on_day)::date, wait_seconds, SUM(contacts)
FROM contact_day_wait WHERE service_id IN (:services)
GROUP BY service_id, touchpoint_code, date_trunc('month', on_day)::date, wait_seconds ORDER BY 1, 2, 3, 4;
