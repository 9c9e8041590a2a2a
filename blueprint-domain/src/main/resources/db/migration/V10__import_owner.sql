-- Which node runs an import, and when it last said it still does. In a cluster a starting node marks as
-- interrupted only its own running imports and those whose node has stopped beating (io.blueprint.measurement
-- .ImportRecords#interruptAbandoned), never the imports another live node is running. Rows from before this
-- migration have no node: they count as abandoned.
ALTER TABLE measurement_import ADD COLUMN node VARCHAR(100);
ALTER TABLE measurement_import ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
