-- Where a person was going when they signed up (a local path): confirming the address takes
-- them there, signed in.
ALTER TABLE account_tokens ADD COLUMN next_path TEXT;
