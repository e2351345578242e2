-- A progress report that changes deliverable statuses saves a new version of the content
-- (kind "reported"), so that an edit form opened before it merges with those statuses instead
-- of putting the old ones back. SQLite cannot change a CHECK in place: rebuild.
CREATE TABLE revisions_new (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- "original", "edited", "restored" or "reported"; with what it restored in `restored_from`.
    kind TEXT NOT NULL CHECK (kind IN ('original', 'edited', 'restored', 'reported')),
    restored_from INTEGER,
    -- The content after this revision, as a JSON record (the record format of the spec).
    snapshot TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commitment_id, version)
);

INSERT INTO revisions_new (id, commitment_id, version, actor_id, kind, restored_from, snapshot, created_at)
SELECT id, commitment_id, version, actor_id, kind, restored_from, snapshot, created_at FROM revisions;

DROP TABLE revisions;

ALTER TABLE revisions_new RENAME TO revisions;
