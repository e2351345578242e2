//! Passwords: the rules a new one must meet, and hashing with argon2id.

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

use crate::domain::{Field, FieldErrors};

/// The shortest password accepted.
pub const MIN_LENGTH: usize = 10;
/// The longest password accepted (hashing very long input would only waste time).
pub const MAX_LENGTH: usize = 256;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Why a new password is refused, as the key of a message that says how to fix it; `None`
/// when it is fine.
pub fn problem_with(password: &str, email: &str) -> Option<&'static str> {
    let length = password.chars().count();
    if password.is_empty() {
        Some("password-missing")
    } else if length < MIN_LENGTH {
        Some("password-too-short")
    } else if length > MAX_LENGTH {
        Some("password-too-long")
    } else if password.trim().eq_ignore_ascii_case(email.trim()) {
        Some("password-is-email")
    } else if COMMON.contains(password.to_lowercase().as_str()) {
        Some("password-too-common")
    } else {
        None
    }
}

/// Checks a new password and its confirmation, adding errors for the fields
/// `password` and `password_confirm`.
pub fn check_new(password: &str, confirm: &str, email: &str, errors: &mut FieldErrors) {
    if let Some(problem) = problem_with(password, email) {
        errors.add(Field::single("password"), problem);
    } else if confirm.is_empty() {
        errors.add(
            Field::single("password_confirm"),
            "password-confirm-missing",
        );
    } else if confirm != password {
        errors.add(
            Field::single("password_confirm"),
            "password-confirm-different",
        );
    }
}

/// Hashing failed (should not happen with valid parameters); carries no secret.
#[derive(Debug, thiserror::Error)]
#[error("password hashing failed")]
pub struct HashError;

/// Hashes a password with argon2id and a random salt, as a PHC string.
pub fn hash(password: &str) -> Result<String, HashError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|_| HashError)
}

/// True when `password` matches the stored PHC hash; false for any malformed hash.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash of a random password, checked when the email is unknown so that a failed login
/// takes the same time whether or not the account exists.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash(&crate::auth::token::Token::generate().0).unwrap_or_default());

/// Spends the time of one verification without any account; always false.
pub fn verify_dummy(password: &str) -> bool {
    verify(password, &DUMMY_HASH);
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_shorter_than_ten_characters_are_refused() {
        assert_eq!(
            problem_with("k7#pLm2q!", "ana@example.org"),
            Some("password-too-short")
        );
        assert_eq!(problem_with("k7#pLm2q!x", "ana@example.org"), None);
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(problem_with("éééééééééé", "ana@example.org").is_none());
    }

    #[test]
    fn an_empty_password_asks_for_one() {
        assert_eq!(problem_with("", "a@b.org"), Some("password-missing"));
    }

    #[test]
    fn very_long_passwords_are_refused() {
        assert!(problem_with(&"x7".repeat(129), "a@b.org").is_some());
    }

    #[test]
    fn the_email_address_is_not_a_password() {
        assert_eq!(
            problem_with("Ana.Long@Example.org", "ana.long@example.org"),
            Some("password-is-email")
        );
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for common in ["password123", "Qwertyuiop", "1234567890", "SUSTAINABILITY"] {
            assert!(
                problem_with(common, "a@b.org").is_some_and(|m| m == "password-too-common"),
                "{common}"
            );
        }
    }

    #[test]
    fn the_confirmation_must_match() {
        let mut errors = FieldErrors::new();
        check_new("tidal-basin-42", "tidal-basin-43", "a@b.org", &mut errors);
        assert!(errors.mentions("password_confirm"));
        let mut errors = FieldErrors::new();
        check_new("tidal-basin-42", "tidal-basin-42", "a@b.org", &mut errors);
        assert!(errors.is_empty());
    }

    #[test]
    fn hashes_are_argon2id_and_verify_only_the_right_password() {
        let stored = hash("tidal-basin-42").unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(!stored.contains("tidal-basin-42"));
        assert!(verify("tidal-basin-42", &stored));
        assert!(!verify("tidal-basin-43", &stored));
        assert!(!verify("tidal-basin-42", "not a hash"));
        assert!(!verify_dummy("tidal-basin-42"));
    }

    #[test]
    fn the_same_password_hashes_differently_each_time() {
        assert_ne!(
            hash("tidal-basin-42").unwrap(),
            hash("tidal-basin-42").unwrap()
        );
    }
}
