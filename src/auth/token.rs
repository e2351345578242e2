//! Secret tokens for mailed links and CSRF: random, compared in constant time, stored only hashed.

use chrono::{Duration, NaiveDateTime};
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Random bytes in a token (256 bits).
const TOKEN_BYTES: usize = 32;

/// A fresh random secret, as 64 lower-case hex digits. Never logged, never stored as is.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(pub String);

impl Token {
    /// A new token from the operating system's secure random source (via `ThreadRng`).
    pub fn generate() -> Self {
        let mut bytes = [0u8; TOKEN_BYTES];
        rand::rng().fill_bytes(&mut bytes);
        Token(hex(&bytes))
    }

    /// The hash kept in the database.
    pub fn hash(&self) -> String {
        hash(&self.0)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

/// The SHA-256 of a token, as hex: what the database stores and looks tokens up by.
/// (A fast hash is right here: the token is random, so there is nothing to guess.)
pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// True when both are equal, taking the same time wherever they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What a mailed link is for; each has its own lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Confirms the email address of a new account.
    Verify,
    /// Lets the owner of the address choose a new password.
    Reset,
}

impl Purpose {
    /// The value stored in `account_tokens.purpose`.
    pub fn slug(self) -> &'static str {
        match self {
            Purpose::Verify => "verify",
            Purpose::Reset => "reset",
        }
    }

    /// How long a link stays valid: 24 hours to verify, 1 hour to reset.
    pub fn lifetime(self) -> Duration {
        match self {
            Purpose::Verify => Duration::hours(24),
            Purpose::Reset => Duration::hours(1),
        }
    }

    /// When a token issued at `issued` stops working.
    pub fn expires(self, issued: NaiveDateTime) -> NaiveDateTime {
        issued + self.lifetime()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn tokens_are_long_random_and_different() {
        let a = Token::generate();
        let b = Token::generate();
        assert_eq!(a.0.len(), 64);
        assert!(a.0.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn the_stored_hash_is_not_the_token() {
        let token = Token::generate();
        assert_ne!(token.hash(), token.0);
        assert_eq!(token.hash(), hash(&token.0));
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn debug_output_hides_the_token() {
        assert_eq!(format!("{:?}", Token("secret".into())), "Token(…)");
    }

    #[test]
    fn verification_links_last_a_day_and_reset_links_an_hour() {
        let issued = at("2026-03-01 10:00");
        assert_eq!(Purpose::Verify.expires(issued), at("2026-03-02 10:00"));
        assert_eq!(Purpose::Reset.expires(issued), at("2026-03-01 11:00"));
    }

    #[test]
    fn comparison_needs_equal_strings() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(!same("", "a"));
    }
}
