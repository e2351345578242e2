DROP TABLE reminders;
DROP TABLE commitment_editors;
