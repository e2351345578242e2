-- The search change log: every write that search results depend on appends the commitments it
-- touched, in the write's own transaction and whichever process writes (server or CLI), so the
-- in-memory facet index catches up by re-reading only those commitments. It replaces the
-- single `search_version` counter, which could only say "something changed: rebuild it all".
-- (Full-text rows are not logged: SQLite has no triggers on virtual tables, and full text is
-- read from SQLite at each search anyway. Photos, partners, deliverables and resources are not
-- logged either: the facet index does not read them.)
DROP TRIGGER reports_changed_delete;
DROP TRIGGER reports_changed_update;
DROP TRIGGER reports_changed_insert;
DROP TRIGGER values_changed_delete;
DROP TRIGGER values_changed_insert;
DROP TRIGGER commitments_changed_delete;
DROP TRIGGER commitments_changed_update;
DROP TRIGGER commitments_changed_insert;
DROP TABLE search_version;

-- AUTOINCREMENT: a seq is never reused, so "every change after seq N" stays well defined
-- even once old entries are pruned.
CREATE TABLE search_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id INTEGER NOT NULL
);

-- Bounded: every 10,000th entry drops those more than 100,000 entries old. An index further
-- behind than the oldest entry kept rebuilds from scratch (as it would anyway: that many
-- changes cost more to apply one by one than a rebuild).
CREATE TRIGGER search_changes_pruned AFTER INSERT ON search_changes
WHEN NEW.seq % 10000 = 0
BEGIN DELETE FROM search_changes WHERE seq <= NEW.seq - 100000; END;

CREATE TRIGGER search_changes_commitment_inserted AFTER INSERT ON commitments
BEGIN INSERT INTO search_changes (commitment_id) VALUES (NEW.id); END;
CREATE TRIGGER search_changes_commitment_updated AFTER UPDATE ON commitments
BEGIN
    INSERT INTO search_changes (commitment_id) VALUES (NEW.id);
    INSERT INTO search_changes (commitment_id) SELECT OLD.id WHERE OLD.id <> NEW.id;
END;
CREATE TRIGGER search_changes_commitment_deleted AFTER DELETE ON commitments
BEGIN INSERT INTO search_changes (commitment_id) VALUES (OLD.id); END;

-- Inserted values are not logged one by one: values are only ever inserted in the transaction
-- that inserts or updates their commitment's row, which is logged (a log entry per inserted
-- value made an import of 20,000 commitments 20 % slower, against 3 % without).
CREATE TRIGGER search_changes_value_updated AFTER UPDATE ON commitment_values
BEGIN
    INSERT INTO search_changes (commitment_id) VALUES (NEW.commitment_id);
    INSERT INTO search_changes (commitment_id)
    SELECT OLD.commitment_id WHERE OLD.commitment_id <> NEW.commitment_id;
END;
CREATE TRIGGER search_changes_value_deleted AFTER DELETE ON commitment_values
BEGIN INSERT INTO search_changes (commitment_id) VALUES (OLD.commitment_id); END;

CREATE TRIGGER search_changes_report_inserted AFTER INSERT ON progress_reports
BEGIN INSERT INTO search_changes (commitment_id) VALUES (NEW.commitment_id); END;
CREATE TRIGGER search_changes_report_updated AFTER UPDATE ON progress_reports
BEGIN
    INSERT INTO search_changes (commitment_id) VALUES (NEW.commitment_id);
    INSERT INTO search_changes (commitment_id)
    SELECT OLD.commitment_id WHERE OLD.commitment_id <> NEW.commitment_id;
END;
CREATE TRIGGER search_changes_report_deleted AFTER DELETE ON progress_reports
BEGIN INSERT INTO search_changes (commitment_id) VALUES (OLD.commitment_id); END;
