CREATE TABLE resources_old (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),
    currency TEXT NOT NULL,
    PRIMARY KEY (commitment_id, position)
) WITHOUT ROWID;

INSERT INTO resources_old (commitment_id, position, kind, description, amount, currency)
SELECT commitment_id, position, kind, description, COALESCE(amount, 0), COALESCE(currency, '')
FROM resources;

DROP TABLE resources;

ALTER TABLE resources_old RENAME TO resources;
