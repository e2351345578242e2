-- Full text: words without accents (unicode61, remove_diacritics 2: "cote" finds "Côte").
CREATE VIRTUAL TABLE commitments_fts USING fts5(
    title, body, lead_entity, partners,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Full text for scripts without spaces between words (Chinese, Japanese, Korean): trigrams.
-- Only documents that hold such characters are kept here (a trigram index of every document
-- would be most of the database, and only these can match such words).
CREATE VIRTUAL TABLE commitments_trigram USING fts5(text, tokenize = 'trigram');

INSERT INTO commitments_fts (rowid, title, body, lead_entity, partners)
SELECT c.id, c.title,
       concat_ws(' ', c.objective, c.stakeholders, c.implementation, c.results,
                 c.enabling_factors, c.sustainability, c.other_sources, c.geographical_coverage),
       c.lead_entity,
       coalesce((SELECT group_concat(p.name, ' ') FROM partners p WHERE p.commitment_id = c.id), '')
FROM commitments c;
INSERT INTO commitments_trigram (rowid, text)
SELECT rowid, concat_ws(' ', title, body, lead_entity, partners) FROM commitments_fts
WHERE concat_ws(' ', title, body, lead_entity, partners) GLOB '*[぀-ヿ㐀-䶿一-鿿가-힯豈-﫿𠀀-𯨟]*';

-- A counter bumped by every change that search results depend on, so that the in-memory
-- facet index knows when to rebuild, whichever process (server or CLI) wrote. (SQLite has no
-- triggers on virtual tables: full-text rows are always written with their commitment row.)
CREATE TABLE search_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO search_version (id, version) VALUES (1, 1);

CREATE TRIGGER commitments_changed_insert AFTER INSERT ON commitments
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER commitments_changed_update AFTER UPDATE ON commitments
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER commitments_changed_delete AFTER DELETE ON commitments
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER values_changed_insert AFTER INSERT ON commitment_values
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER values_changed_delete AFTER DELETE ON commitment_values
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER reports_changed_insert AFTER INSERT ON progress_reports
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER reports_changed_update AFTER UPDATE ON progress_reports
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER reports_changed_delete AFTER DELETE ON progress_reports
BEGIN UPDATE search_version SET version = version + 1 WHERE id = 1; END;
