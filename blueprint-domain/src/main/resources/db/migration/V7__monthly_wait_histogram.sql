-- The wait histogram again, per calendar month: a report over whole months reads one row per touchpoint, month and
-- distinct wait second instead of one per day (a year of a busy touchpoint is a few thousand rows instead of tens of
-- thousands), and the daily rows only for a period's ragged ends. Kept by the import in the batch's transaction
-- beside contact_day_wait, from the same contacts; month_start is the month's first day.
CREATE TABLE contact_month_wait (
    service_id      BIGINT      NOT NULL REFERENCES service (id),
    touchpoint_code VARCHAR(40) NOT NULL,
    month_start     DATE        NOT NULL,
    wait_seconds    INT         NOT NULL,
    contacts        BIGINT      NOT NULL,
    PRIMARY KEY (service_id, touchpoint_code, month_start, wait_seconds),
    CONSTRAINT ck_contact_month_wait CHECK (wait_seconds BETWEEN 0 AND 3601)
);

INSERT INTO contact_month_wait (service_id, touchpoint_code, month_start, wait_seconds, contacts)
SELECT service_id, touchpoint_code, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), wait_seconds, SUM(contacts)
FROM contact_day_wait
GROUP BY service_id, touchpoint_code, CAST(DATE_TRUNC('MONTH', on_day) AS DATE), wait_seconds
HAVING SUM(contacts) <> 0;
