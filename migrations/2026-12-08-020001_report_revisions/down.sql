-- Reported versions become plain edits again (the old CHECK knows no "reported").
CREATE TABLE revisions_old (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('original', 'edited', 'restored')),
    restored_from INTEGER,
    snapshot TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commitment_id, version)
);

INSERT INTO revisions_old (id, commitment_id, version, actor_id, kind, restored_from, snapshot, created_at)
SELECT id, commitment_id, version, actor_id,
       CASE kind WHEN 'reported' THEN 'edited' ELSE kind END,
       restored_from, snapshot, created_at
FROM revisions;

DROP TABLE revisions;

ALTER TABLE revisions_old RENAME TO revisions;
