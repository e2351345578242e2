-- The language a commitment's text is written in (ISO 639-1, SPEC's `language`); '' = not stated.
ALTER TABLE commitments ADD COLUMN language TEXT NOT NULL DEFAULT '';
