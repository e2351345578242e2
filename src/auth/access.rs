//! Who may see what: the rules behind the access extractors, for records rather than routes.

use crate::db::users::Account;
use crate::domain::Workflow;

/// True when `viewer` may open a commitment's page: anyone for published and archived ones;
/// for the others (awaiting review, returned) only the owner and moderators.
pub fn may_see(workflow: Workflow, owner_id: Option<i64>, viewer: Option<&Account>) -> bool {
    match workflow {
        Workflow::Published | Workflow::Archived => true,
        Workflow::Submitted | Workflow::Returned => follows_review(owner_id, viewer),
    }
}

/// True when `viewer` follows a commitment's review: its owner and moderators, who see its
/// workflow history and what moderators said about it.
pub fn follows_review(owner_id: Option<i64>, viewer: Option<&Account>) -> bool {
    viewer.is_some_and(|v| v.role.is_moderator() || owner_id == Some(v.id))
}

/// True when `viewer` may change a commitment: its owner and moderators (admins included).
pub fn may_edit(owner_id: Option<i64>, viewer: &Account) -> bool {
    viewer.role.is_moderator() || owner_id == Some(viewer.id)
}

/// Why someone may not change a commitment: 404 when they may not even see it, else 403.
pub fn edit_refusal(
    workflow: Workflow,
    owner_id: Option<i64>,
    viewer: &Account,
) -> Option<crate::error::AppError> {
    if !may_see(workflow, owner_id, Some(viewer)) {
        Some(crate::error::AppError::NotFound)
    } else if !may_edit(owner_id, viewer) {
        Some(crate::error::AppError::Forbidden)
    } else {
        None
    }
}

/// What a signed-in person may do about progress reports on a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportAccess {
    /// The owner or a moderator, on a published commitment: the form.
    File,
    /// The owner or a moderator, on one that is not published: a page saying why not yet.
    NotPublished,
    /// Anyone else, on a published commitment: 403.
    Forbidden,
    /// Anyone else, on one that is not published: 404, as if it did not exist.
    NotFound,
}

/// Whether `viewer` may file a progress report on a commitment in `workflow`.
pub fn report_access(workflow: Workflow, owner_id: Option<i64>, viewer: &Account) -> ReportAccess {
    let published = workflow == Workflow::Published;
    match (follows_review(owner_id, Some(viewer)), published) {
        (true, true) => ReportAccess::File,
        (true, false) => ReportAccess::NotPublished,
        (false, true) => ReportAccess::Forbidden,
        (false, false) => ReportAccess::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;

    fn account(id: i64, role: Role) -> Account {
        Account {
            id,
            email: format!("user{id}@example.org"),
            name: format!("User {id}"),
            role,
            verified: true,
            suspended: false,
            session_generation: 0,
            created_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn published_and_archived_commitments_are_public() {
        assert!(may_see(Workflow::Published, None, None));
        assert!(may_see(Workflow::Archived, Some(3), None));
    }

    #[test]
    fn unpublished_ones_are_for_their_owner_and_moderators() {
        let owner = account(3, Role::Contributor);
        let other = account(4, Role::Contributor);
        let moderator = account(5, Role::Moderator);
        let admin = account(6, Role::Admin);
        assert!(may_see(Workflow::Submitted, Some(3), Some(&owner)));
        assert!(!may_see(Workflow::Submitted, Some(3), Some(&other)));
        assert!(!may_see(Workflow::Returned, Some(3), None));
        assert!(may_see(Workflow::Returned, Some(3), Some(&moderator)));
        assert!(may_see(Workflow::Submitted, None, Some(&admin)));
    }

    #[test]
    fn the_owner_and_moderators_follow_the_review_of_any_commitment() {
        let owner = account(3, Role::Contributor);
        let other = account(4, Role::Contributor);
        let moderator = account(5, Role::Moderator);
        assert!(follows_review(Some(3), Some(&owner)));
        assert!(follows_review(Some(3), Some(&moderator)));
        assert!(follows_review(None, Some(&moderator)));
        assert!(!follows_review(Some(3), Some(&other)));
        assert!(!follows_review(None, Some(&other)));
        assert!(!follows_review(Some(3), None));
    }

    #[test]
    fn owners_and_moderators_file_reports_on_published_commitments_only() {
        use ReportAccess::*;
        let owner = account(3, Role::Contributor);
        let other = account(4, Role::Contributor);
        let admin = account(6, Role::Admin);
        assert_eq!(report_access(Workflow::Published, Some(3), &owner), File);
        assert_eq!(report_access(Workflow::Published, None, &admin), File);
        assert_eq!(
            report_access(Workflow::Published, Some(3), &other),
            Forbidden
        );
        for unpublished in [Workflow::Submitted, Workflow::Returned, Workflow::Archived] {
            assert_eq!(report_access(unpublished, Some(3), &owner), NotPublished);
            assert_eq!(report_access(unpublished, Some(3), &admin), NotPublished);
            assert_eq!(report_access(unpublished, Some(3), &other), NotFound);
        }
    }
}
