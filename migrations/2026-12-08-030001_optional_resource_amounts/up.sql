-- A resource's amount is optional (in-kind and staff resources often have none): amount and
-- currency are both given or both null. SQLite cannot drop NOT NULL in place: rebuild.
CREATE TABLE resources_new (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    amount BIGINT CHECK (amount >= 0),
    currency TEXT,
    CHECK ((amount IS NULL) = (currency IS NULL)),
    PRIMARY KEY (commitment_id, position)
) WITHOUT ROWID;

INSERT INTO resources_new (commitment_id, position, kind, description, amount, currency)
SELECT commitment_id, position, kind, description, amount, currency FROM resources;

DROP TABLE resources;

ALTER TABLE resources_new RENAME TO resources;
