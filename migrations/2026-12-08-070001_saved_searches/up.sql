-- Searches people keep on their account, to run again and to get mail about new matches.
-- `last_mailed_on` is the day of the latest alert (at most one a day); `saved_search_hits`
-- lists the commitments each search has already mailed, so a commitment goes out once.
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_mailed_on DATE
);
CREATE INDEX saved_searches_by_user ON saved_searches(user_id, id);

CREATE TABLE saved_search_hits (
    saved_search_id BIGINT NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    commitment_id BIGINT NOT NULL,
    mailed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (saved_search_id, commitment_id)
) WITHOUT ROWID;
