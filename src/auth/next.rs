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

/// Why someone sent to sign in with this `next` is asked to: "account-reason-register".
pub fn reason(next: &str) -> Option<&'static str> {
    let path = next.split(['?', '#']).next().unwrap_or_default();
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let is_id = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        ["commitments", "new"] => Some("account-reason-register"),
        ["commitments", id, "edit"] if is_id(id) => Some("account-reason-edit"),
        ["commitments", id, "reports", "new"] if is_id(id) => Some("account-reason-report"),
        ["commitments", id, "contact"] if is_id(id) => Some("account-reason-contact"),
        ["account", "drafts", ..] => Some("account-reason-draft"),
        ["account", ..] => Some("account-reason-account"),
        ["moderation", ..] => Some("account-reason-moderation"),
        ["admin", ..] => Some("account-reason-admin"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sign_in_page_says_why_from_where_the_person_came() {
        assert_eq!(reason("/commitments/new"), Some("account-reason-register"));
        assert_eq!(reason("/commitments/12/edit"), Some("account-reason-edit"));
        assert_eq!(
            reason("/commitments/12/reports/new?x=1"),
            Some("account-reason-report")
        );
        assert_eq!(reason("/commitments/abc/edit"), None);
        assert_eq!(reason("/commitments"), None);
        assert_eq!(reason(""), None);
    }

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
