-- Each sign-in, so that signing out ends it on the server: a cookie copied before sign-out
-- names a row that no longer exists. AUTOINCREMENT: an ended sign-in's id is never reused.
CREATE TABLE sign_ins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX sign_ins_by_user ON sign_ins (user_id);
CREATE INDEX sign_ins_by_age ON sign_ins (created_at);
