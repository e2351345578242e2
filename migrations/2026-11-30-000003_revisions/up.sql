-- Every saved version of a commitment's content, for its history page and for restoring.
-- The first revision of an edited commitment is its content before the first edit.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- "original", "edited" or "restored"; with what it restored in `restored_from`.
    kind TEXT NOT NULL CHECK (kind IN ('original', 'edited', 'restored')),
    restored_from INTEGER,
    -- The content after this revision, as a JSON record (the record format of the spec).
    snapshot TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (commitment_id, version)
);
