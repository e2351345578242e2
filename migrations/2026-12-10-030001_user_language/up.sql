-- The language a person chose for the interface and for the mail the registry sends them
-- (an ISO 639-1 code: en, fr, es, ar). NULL: not chosen; mail then goes in English.
ALTER TABLE users ADD COLUMN language TEXT;
