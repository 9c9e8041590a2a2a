-- Every batch of measured data counts itself in its service's lock row, in the transaction that stores it.
-- An import that finds the count where its own last batch left it knows that nothing else was stored for
-- the service in between, and can decide its next batch's repeat contacts from the contacts it stored itself
-- (io.blueprint.measurement.ContactHistory) instead of reading them back.
ALTER TABLE measurement_lock ADD COLUMN batches BIGINT DEFAULT 0 NOT NULL;
