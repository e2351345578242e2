-- Words are indexed in memory (search::words), built from the commitments table: the FTS5 copy
-- of every text (title, sections, lead entity, partners) and its index are no longer read.
-- Dropping them takes the database from about 2.3 to about 1.1 times the size of its records.
-- The trigram table stays: only documents with Chinese, Japanese or Korean text are in it.
DROP TABLE commitments_fts;
