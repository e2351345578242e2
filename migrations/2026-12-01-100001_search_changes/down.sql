DROP TRIGGER search_changes_report_deleted;
DROP TRIGGER search_changes_report_updated;
DROP TRIGGER search_changes_report_inserted;
DROP TRIGGER search_changes_value_deleted;
DROP TRIGGER search_changes_value_updated;
DROP TRIGGER search_changes_commitment_deleted;
DROP TRIGGER search_changes_commitment_updated;
DROP TRIGGER search_changes_commitment_inserted;
DROP TRIGGER search_changes_pruned;
DROP TABLE search_changes;

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
