//! Who acts in a test: accounts made through the library, and browsers signed in to them.

use std::ops::Deref;
use std::sync::atomic::Ordering;

use super::internals::{create_verified, NewAccount};
use super::{Browser, Role, TestApp};

/// An account of the app: its address, its password and its id.
#[derive(Debug, Clone)]
pub struct Account {
    pub email: String,
    pub password: String,
    pub id: i64,
}

impl AsRef<Account> for Account {
    fn as_ref(&self) -> &Account {
        self
    }
}

/// A browser of its own, signed in to an account.
pub struct User {
    pub account: Account,
    browser: Browser,
}

impl Deref for User {
    type Target = Browser;

    fn deref(&self) -> &Browser {
        &self.browser
    }
}

impl AsRef<Account> for User {
    fn as_ref(&self) -> &Account {
        &self.account
    }
}

impl TestApp {
    /// Creates an active, verified account through the library; returns its password.
    pub fn create_user(&self, email: &str, role: Role) -> String {
        self.new_account(email, role).password
    }

    /// Creates an active, verified account with `role` (named after its role and address).
    pub fn new_account(&self, email: &str, role: Role) -> Account {
        let password = password_of(email);
        let account = NewAccount {
            name: format!("{} {}", role.label(), email.split('@').next().unwrap()),
            email: email.to_string(),
            password: password.clone(),
        };
        let mut conn = self.pool().get().unwrap();
        let id = create_verified(&mut conn, &account, role).unwrap();
        Account {
            email: email.to_string(),
            password,
            id,
        }
    }

    /// The account `email` made by [`TestApp::new_account`].
    pub fn account(&self, email: &str) -> Account {
        Account {
            email: email.to_string(),
            password: password_of(email),
            id: self.user_id(email),
        }
    }

    /// Creates `<role>@example.org` and signs in as it in the app's main browser.
    pub async fn login_as(&self, role: Role) -> (String, String) {
        let email = format!("{}@example.org", role.slug());
        let account = self.sign_in(&email, role).await;
        (account.email, account.password)
    }

    /// Creates the account `email` with `role` and signs in as it in the app's main browser.
    pub async fn sign_in(&self, email: &str, role: Role) -> Account {
        let account = self.new_account(email, role);
        let response = self.login(email, &account.password).await;
        assert_eq!(response.status(), 303, "signing in as {email}");
        account
    }

    /// A new account with `role` (`<role>.<n>@example.org`), signed in in a browser of its own.
    pub async fn signed_in(&self, role: Role) -> User {
        let n = self.accounts_made.fetch_add(1, Ordering::Relaxed) + 1;
        self.signed_in_as(&format!("{}.{n}@example.org", role.slug()), role)
            .await
    }

    /// A new account `email` with `role`, signed in in a browser of its own.
    pub async fn signed_in_as(&self, email: &str, role: Role) -> User {
        let account = self.new_account(email, role);
        let browser = self.browser();
        let response = browser.login(email, &account.password).await;
        assert_eq!(response.status(), 303, "signing in as {email}");
        User { account, browser }
    }
}

/// The password [`TestApp::new_account`] gives the account `email`.
fn password_of(email: &str) -> String {
    format!("tidal-basin-{}", email.len() * 7919)
}
