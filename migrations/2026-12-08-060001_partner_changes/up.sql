-- The facet index now keeps every organisation (lead entity and partners) of the published
-- commitments, so a change to partners must reach the search change log like a change to
-- facet values. As for values, inserts are not logged one by one: partners are only inserted
-- in the transaction that inserts or updates their commitment's row, which is logged.
CREATE TRIGGER search_changes_partner_updated AFTER UPDATE ON partners
BEGIN
    INSERT INTO search_changes (commitment_id) VALUES (NEW.commitment_id);
    INSERT INTO search_changes (commitment_id)
    SELECT OLD.commitment_id WHERE OLD.commitment_id <> NEW.commitment_id;
END;
CREATE TRIGGER search_changes_partner_deleted AFTER DELETE ON partners
BEGIN INSERT INTO search_changes (commitment_id) VALUES (OLD.commitment_id); END;
