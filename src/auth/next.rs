//! Where to go after signing in: only ever a path on this site (no open redirects).

/// Where a signed-in person lands when no (safe) `next` was given.
pub const DEFAULT_AFTER_LOGIN: &str = "/account";

/// The longest `next` kept; longer ones are ignored.
const MAX_LENGTH: usize = 2_000;

/// `next` when it is a local path (one leading `/`, not `//` or `/\`, no backslash or control
/// character that a browser might turn into another host); otherwise `None`.
pub fn local_path(next: &str) -> Option<&str> {
    let bytes = next.as_bytes();
    let local = bytes.first() == Some(&b'/')
        && !matches!(bytes.get(1), Some(b'/' | b'\\'))
        && next.len() <= MAX_LENGTH
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    local.then_some(next)
}

/// The place to redirect to after signing in.
pub fn after_login(next: Option<&str>) -> &str {
    next.and_then(local_path).unwrap_or(DEFAULT_AFTER_LOGIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_paths_are_kept() {
        for path in ["/", "/account", "/commitments?sdg=6&page=2", "/a//b"] {
            assert_eq!(local_path(path), Some(path));
        }
    }

    #[test]
    fn other_hosts_and_schemes_are_refused() {
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "evil.example",
            "",
            "/\t/evil.example",
            "/\\\\evil.example",
            "/x\\y",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn refused_or_missing_next_goes_to_the_account_page() {
        assert_eq!(after_login(Some("//evil.example")), "/account");
        assert_eq!(after_login(None), "/account");
        assert_eq!(after_login(Some("/moderation")), "/moderation");
    }

    #[test]
    fn absurdly_long_paths_are_ignored() {
        assert_eq!(local_path(&format!("/{}", "a".repeat(3000))), None);
    }
}
