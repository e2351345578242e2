DROP TABLE site_notice;
DROP TABLE login_failures;
DROP TABLE account_tokens;
