//! Commitments made for a test on the running app, e.g.
//! `app.commitment().submitted().owned_by(&owner).create().await`.
//!
//! A commitment goes in through `registry import`, as an operator's would, so the app sees
//! exactly what an import leaves: its "imported" event included.

use serde_json::{json, Value};

use super::{import, spawn_app, water_record, Account, Role, TestApp};

/// A commitment being described: the water record, changed step by step.
#[must_use = "nothing is made until `create` is awaited"]
pub struct CommitmentBuilder<'a> {
    app: &'a TestApp,
    record: Value,
    owner: Option<i64>,
}

/// A commitment the builder made.
#[derive(Debug, Clone)]
pub struct Commitment {
    pub id: i64,
}

impl TestApp {
    /// Starts describing a commitment: the water record, published, without an owner.
    pub fn commitment(&self) -> CommitmentBuilder<'_> {
        CommitmentBuilder {
            app: self,
            record: water_record(),
            owner: None,
        }
    }
}

impl CommitmentBuilder<'_> {
    /// Published (the default).
    pub fn published(self) -> Self {
        self.in_workflow("published")
    }

    /// Submitted, awaiting review.
    pub fn submitted(self) -> Self {
        self.in_workflow("submitted")
    }

    /// In the workflow state with this slug (`submitted`, `returned`, …).
    pub fn in_workflow(self, workflow: &str) -> Self {
        self.with("workflow", json!(workflow))
    }

    /// With this title.
    pub fn titled(self, title: &str) -> Self {
        self.with("title", json!(title))
    }

    /// With the record key `key` set to `value` (any key of the import format).
    pub fn with(mut self, key: &str, value: Value) -> Self {
        self.record[key] = value;
        self
    }

    /// With every key of the JSON object `keys` set.
    pub fn with_keys(mut self, keys: Value) -> Self {
        let Value::Object(keys) = keys else {
            panic!("with_keys takes a JSON object, not {keys}");
        };
        self.record.as_object_mut().unwrap().extend(keys);
        self
    }

    /// Owned by this account.
    pub fn owned_by(mut self, owner: &impl AsRef<Account>) -> Self {
        self.owner = Some(owner.as_ref().id);
        self
    }

    /// Imports the commitment into the running app and gives it its owner.
    pub async fn create(self) -> Commitment {
        import(self.app.data_dir.path(), &[self.record]);
        let id = self.app.newest_commitment_id();
        if let Some(owner) = self.owner {
            let sql = format!("UPDATE commitments SET owner_id = {owner} WHERE id = {id}");
            self.app.execute(&sql);
        }
        Commitment { id }
    }
}

/// An app with one commitment (id 1) in `workflow`, owned by `owner@example.org`, who is
/// signed in to the app's main browser.
pub async fn app_with_owned_commitment(workflow: &str) -> TestApp {
    let app = spawn_app().await;
    let owner = app.sign_in("owner@example.org", Role::Contributor).await;
    app.commitment()
        .in_workflow(workflow)
        .owned_by(&owner)
        .create()
        .await;
    app
}
