-- What the effort reports need beyond V5's rollups, kept by the import in the batch's transaction like them.

-- Answers with CSAT 4 or 5: the CSAT KPI is the share of satisfied answers.
ALTER TABLE survey_day ADD COLUMN csat_satisfied BIGINT NOT NULL DEFAULT 0;
UPDATE survey_day SET csat_satisfied = (
    SELECT COUNT(*) FROM survey_response r
    WHERE r.service_id = survey_day.service_id AND r.touchpoint_code = survey_day.touchpoint_code
      AND r.on_day = survey_day.on_day AND r.csat >= 4);

-- Contacts with at least one transfer: the transfer-rate KPI.
ALTER TABLE contact_day ADD COLUMN transferred BIGINT NOT NULL DEFAULT 0;
UPDATE contact_day SET transferred = (
    SELECT COUNT(*) FROM contact_event e
    WHERE e.service_id = contact_day.service_id AND e.touchpoint_code = contact_day.touchpoint_code
      AND e.on_day = contact_day.on_day AND e.transfers > 0);

-- The distinct customers a touchpoint reached on a day (its survey respondents and its contacts), as a
-- Theta sketch (Apache DataSketches, compact form) of their keyed hashes: the sketches of a period's days
-- union into its distinct customers, exactly up to 16,384 of them and as an estimate (about 1%) beyond.
-- Distinct customers cannot be summed from daily counts, and counting them from the raw rows is the
-- scan the rollups exist to avoid. Rows imported before this migration are not in any sketch.
CREATE TABLE touchpoint_customers (
    service_id      BIGINT      NOT NULL REFERENCES service (id),
    touchpoint_code VARCHAR(40) NOT NULL,
    on_day          DATE        NOT NULL,
    sketch          BYTEA       NOT NULL,
    PRIMARY KEY (service_id, touchpoint_code, on_day)
);
