-- Co-editors: accounts the owner (or a moderator) lets keep a commitment up to date with them.
CREATE TABLE commitment_editors (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (commitment_id, user_id)
);
-- "Commitments you edit" on /account.
CREATE INDEX commitment_editors_by_user ON commitment_editors (user_id);

-- Every reminder `registry remind` sent, so that a commitment is reminded at most once per
-- 30 days.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    -- The reporting light that prompted it: due, overdue or inactive.
    reporting TEXT NOT NULL,
    sent_to TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL
);
CREATE INDEX reminders_by_commitment ON reminders (commitment_id, sent_at);
