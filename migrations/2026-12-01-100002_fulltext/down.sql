CREATE VIRTUAL TABLE commitments_fts USING fts5(
    title, body, lead_entity, partners,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO commitments_fts (rowid, title, body, lead_entity, partners)
SELECT c.id, c.title,
       concat_ws(char(10), nullif(c.objective, ''), nullif(c.stakeholders, ''),
                 nullif(c.implementation, ''), nullif(c.results, ''),
                 nullif(c.enabling_factors, ''), nullif(c.sustainability, ''),
                 nullif(c.other_sources, ''), nullif(c.geographical_coverage, '')),
       c.lead_entity,
       coalesce((SELECT group_concat(p.name, char(10)) FROM partners p WHERE p.commitment_id = c.id), '')
FROM commitments c;
