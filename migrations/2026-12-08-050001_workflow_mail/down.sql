DROP TABLE contact_messages;
DROP TABLE account_events;
DROP TABLE mail_preferences;
