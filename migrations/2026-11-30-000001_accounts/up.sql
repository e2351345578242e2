-- Single-use links mailed to account holders (verify an address, reset a password).
-- Only a SHA-256 hash of each token is kept.
CREATE TABLE account_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose, created_at);

-- Recent failed sign-ins per account or client address (both hashed), to slow down guessing.
CREATE TABLE login_failures (
    subject_hash TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP NOT NULL
) WITHOUT ROWID;

-- The one site notice: a banner on every page, and the read-only switch.
CREATE TABLE site_notice (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    message TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT 'info' CHECK (level IN ('info', 'warning')),
    read_only BOOLEAN NOT NULL DEFAULT 0,
    updated_at TIMESTAMP,
    updated_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO site_notice (id) VALUES (1);
