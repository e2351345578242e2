DROP TABLE saved_drafts;
DROP TABLE form_drafts;
CREATE TABLE form_drafts (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX form_drafts_by_age ON form_drafts (created_at);
CREATE INDEX form_drafts_by_user ON form_drafts (user_id, created_at);
