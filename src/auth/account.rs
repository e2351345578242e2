//! What a new account needs (name, email, password), checked once for the sign-up form and the CLI.

use crate::domain::text::{char_len, has_control_chars, is_valid_email};
use crate::domain::{Field, FieldErrors};

/// The longest name accepted.
const MAX_NAME_CHARS: usize = 200;

/// A checked new account; the password is still clear text, to be hashed before storing.
#[derive(Clone, PartialEq, Eq)]
pub struct NewAccount {
    pub name: String,
    pub email: String,
    pub password: String,
}

impl std::fmt::Debug for NewAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewAccount")
            .field("name", &self.name)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

/// Checks the name and email fields, adding errors for `name` and `email`.
pub fn check_identity(name: &str, email: &str, errors: &mut FieldErrors) {
    if name.is_empty() {
        errors.add(Field::single("name"), "account-name-missing");
    } else if char_len(name) > MAX_NAME_CHARS || has_control_chars(name) {
        errors.add(Field::single("name"), "account-name-too-long");
    }
    check_email(email, errors);
}

/// Checks an email field, adding an error for `email`.
pub fn check_email(email: &str, errors: &mut FieldErrors) {
    if email.is_empty() {
        errors.add(Field::single("email"), "login-email-missing");
    } else if !is_valid_email(email) {
        errors.add(Field::single("email"), "email-invalid");
    }
}

/// Checks every field of a new account; `name` and `email` are trimmed first.
pub fn parse(
    name: &str,
    email: &str,
    password: &str,
    password_confirm: &str,
) -> Result<NewAccount, FieldErrors> {
    let (name, email) = (name.trim(), email.trim());
    let mut errors = FieldErrors::new();
    check_identity(name, email, &mut errors);
    super::password::check_new(password, password_confirm, email, &mut errors);
    errors.into_result(|| NewAccount {
        name: name.to_string(),
        email: email.to_string(),
        password: password.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_account_is_accepted_and_trimmed() {
        let account = parse(
            " Ana Long ",
            " ana@example.org ",
            "tidal-basin-42",
            "tidal-basin-42",
        )
        .unwrap();
        assert_eq!(account.name, "Ana Long");
        assert_eq!(account.email, "ana@example.org");
    }

    #[test]
    fn every_missing_field_is_reported_at_once() {
        let errors = parse("", "", "", "").unwrap_err();
        assert!(errors.mentions("name"));
        assert!(errors.mentions("email"));
        assert!(errors.mentions("password"));
    }

    #[test]
    fn a_malformed_email_is_refused() {
        let errors = parse("Ana", "ana@", "tidal-basin-42", "tidal-basin-42").unwrap_err();
        assert_eq!(
            errors.for_anchor("email").map(|m| m.key),
            Some("email-invalid")
        );
    }

    #[test]
    fn names_stay_on_one_line() {
        let errors = parse("Ana\nLong", "a@b.org", "tidal-basin-42", "tidal-basin-42").unwrap_err();
        assert!(errors.mentions("name"));
    }

    #[test]
    fn debug_output_never_shows_the_password() {
        let account = parse("Ana", "a@b.org", "tidal-basin-42", "tidal-basin-42").unwrap();
        assert!(!format!("{account:?}").contains("tidal"));
    }
}
