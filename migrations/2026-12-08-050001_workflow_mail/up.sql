-- Moderators who turned review mail off on /account (a missing row means mail is on).
CREATE TABLE mail_preferences (
    user_id INTEGER PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    review_mail BOOLEAN NOT NULL DEFAULT 1
);

-- What admins did to accounts, with their reason: the log of suspensions, and where the
-- reason shown at sign-in comes from (the newest "suspended" row of the account).
CREATE TABLE account_events (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    event TEXT NOT NULL CHECK (event IN ('suspended', 'unsuspended')),
    reason TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX account_events_by_user ON account_events (user_id, id);

-- Messages sent through a commitment's contact form: at most 5 per account per day.
CREATE TABLE contact_messages (
    id INTEGER PRIMARY KEY,
    sender_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    sent_at TIMESTAMP NOT NULL
);
CREATE INDEX contact_messages_by_sender ON contact_messages (sender_id, sent_at);
