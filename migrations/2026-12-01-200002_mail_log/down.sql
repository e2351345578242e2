DROP TABLE mail_log;
