ALTER TABLE commitments DROP COLUMN language;
