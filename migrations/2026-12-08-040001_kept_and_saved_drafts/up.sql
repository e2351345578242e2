-- Forms that could not be accepted (the sign-in had ended, or the form token was stale) are kept
-- for a day under a random key held in the sender's browser (stored here hashed), for the
-- account that was signed in when it is known, else for whoever signs in in that browser and may
-- use the form. The old table (keyed by a token in the sign-in link) only held a day of data.
DROP TABLE form_drafts;
CREATE TABLE form_drafts (
    id INTEGER PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    -- NULL when the browser no longer said whose form it was (cookies cleared).
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    -- A hash of the client's address: a few kept forms per address and day.
    client_hash TEXT NOT NULL,
    -- The path the form was posted to: which form, for which commitment.
    form_path TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX form_drafts_by_age ON form_drafts (created_at);
CREATE INDEX form_drafts_by_client ON form_drafts (client_hash, created_at);
CREATE INDEX form_drafts_by_user ON form_drafts (user_id, created_at);

-- Drafts a person saved on purpose ("Save as draft"): kept until they delete or submit them.
CREATE TABLE saved_drafts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The commitment being edited; NULL for a registration.
    commitment_id INTEGER REFERENCES commitments (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX saved_drafts_by_user ON saved_drafts (user_id, updated_at);
