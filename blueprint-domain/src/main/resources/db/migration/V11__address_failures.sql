-- Failed sign-ins per network address (io.blueprint.web.security.AddressThrottle), shared by every node of a
-- cluster: an address that guesses against one node is held back on all of them. A row is deleted once its
-- address has been quiet for the lock period.
CREATE TABLE address_failure (
    address  VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures INT                      NOT NULL,
    last_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_address_failure_last ON address_failure (last_at);
