DROP TABLE workflow_events;
DROP TABLE progress_reports;
DROP TABLE resources;
DROP TABLE deliverables;
DROP TABLE partners;
DROP TABLE commitment_values;
DROP TABLE commitments;
DROP TABLE users;
