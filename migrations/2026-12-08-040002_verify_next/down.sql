ALTER TABLE account_tokens DROP COLUMN next_path;
