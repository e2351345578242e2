-- Up to 3 photos per commitment. The file lives in <data dir>/uploads/ under `file_name`, a
-- name the server chose; what it holds is a fresh encoding (no metadata of the upload).
-- AUTOINCREMENT: an id is never reused, so a cached /photos/{id} never shows another photo.
CREATE TABLE photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    byte_size INTEGER NOT NULL,
    alt_text TEXT NOT NULL CHECK (length(alt_text) BETWEEN 1 AND 250),
    caption TEXT NOT NULL DEFAULT '',
    uploaded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX photos_by_commitment ON photos (commitment_id, id);
