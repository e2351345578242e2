-- Mail a stranger can make the registry send (e.g. "this address is already registered"):
-- when each kind last went to each address (hashed), so that a flood sends one, not a
-- thousand.
CREATE TABLE mail_log (
    recipient_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (recipient_hash, kind)
) WITHOUT ROWID;
