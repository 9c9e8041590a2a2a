-- Who has which page open (io.blueprint.collab.Presence): one row per open page of a journey's editor or a
-- guarantee, written by whichever node served it, so every node of a cluster shows the same people. A page
-- beats every few seconds; a row not seen for a while is someone who left without saying so, and is deleted.
CREATE TABLE presence (
    page_id      VARCHAR(36)              NOT NULL PRIMARY KEY,
    subject      VARCHAR(120)             NOT NULL,
    username     VARCHAR(100)             NOT NULL,
    display_name VARCHAR(200)             NOT NULL,
    role         VARCHAR(20)              NOT NULL,
    node         VARCHAR(100)             NOT NULL,
    entered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_presence_subject ON presence (subject, seen_at);
