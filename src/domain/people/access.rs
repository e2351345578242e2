//! Who may see what: the rules behind the access extractors, for records rather than routes.
//!
//! Every rule takes a [`Standing`]: who owns the commitment and whether the viewer is one of
//! its co-editors, loaded once per request (`db::editors::find_with_standing`).

use super::account::Account;
use crate::domain::vocab::Workflow;

/// Why a request about a commitment is refused: as if it did not exist, or forbidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The viewer may not even know the commitment exists (404).
    NotFound,
    /// The viewer sees it but may not do this (403).
    Forbidden,
}

/// What a request knows about a commitment's people, for the viewer asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Standing {
    /// The owner's account, if it has one.
    pub owner_id: Option<i64>,
    /// True when the viewer is one of the commitment's co-editors.
    pub editor: bool,
}

impl Standing {
    /// The standing of a viewer who is not an editor (or of nobody in particular).
    pub fn owned_by(owner_id: Option<i64>) -> Self {
        Standing {
            owner_id,
            editor: false,
        }
    }

    fn is_owner(&self, viewer: &Account) -> bool {
        self.owner_id == Some(viewer.id)
    }
}

/// True when `viewer` may open a commitment's page: anyone for published and archived ones;
/// for the others (awaiting review, returned) only the owner, editors and moderators.
pub fn may_see(workflow: Workflow, standing: Standing, viewer: Option<&Account>) -> bool {
    match workflow {
        Workflow::Published | Workflow::Archived => true,
        Workflow::Submitted | Workflow::Returned => follows_review(standing, viewer),
    }
}

/// True when `viewer` follows a commitment's review: its owner, editors and moderators, who
/// see its workflow history and what moderators said about it.
pub fn follows_review(standing: Standing, viewer: Option<&Account>) -> bool {
    viewer.is_some_and(|v| may_edit(standing, v))
}

/// True when `viewer` may change a commitment: its owner, editors and moderators (admins
/// included).
pub fn may_edit(standing: Standing, viewer: &Account) -> bool {
    standing.editor || may_manage_editors(standing, viewer)
}

/// True when `viewer` may add and remove a commitment's editors: its owner and moderators
/// (editors may not).
pub fn may_manage_editors(standing: Standing, viewer: &Account) -> bool {
    viewer.role.is_moderator() || standing.is_owner(viewer)
}

/// Why someone may not change a commitment: 404 when they may not even see it, else 403.
pub fn edit_refusal(workflow: Workflow, standing: Standing, viewer: &Account) -> Option<Refusal> {
    refusal(workflow, standing, viewer, may_edit(standing, viewer))
}

/// Why someone may not manage a commitment's editors: 404 when they may not see it, else 403.
pub fn manage_refusal(workflow: Workflow, standing: Standing, viewer: &Account) -> Option<Refusal> {
    refusal(
        workflow,
        standing,
        viewer,
        may_manage_editors(standing, viewer),
    )
}

fn refusal(
    workflow: Workflow,
    standing: Standing,
    viewer: &Account,
    allowed: bool,
) -> Option<Refusal> {
    if !may_see(workflow, standing, Some(viewer)) {
        Some(Refusal::NotFound)
    } else if !allowed {
        Some(Refusal::Forbidden)
    } else {
        None
    }
}

/// What a signed-in person may do about progress reports on a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportAccess {
    /// The owner, an editor or a moderator, on a published commitment: the form.
    File,
    /// The owner, an editor or a moderator, on one that is not published: a page saying why.
    NotPublished,
    /// Anyone else, on a published commitment: 403.
    Forbidden,
    /// Anyone else, on one that is not published: 404, as if it did not exist.
    NotFound,
}

/// Whether `viewer` may file a progress report on a commitment in `workflow`.
pub fn report_access(workflow: Workflow, standing: Standing, viewer: &Account) -> ReportAccess {
    let published = workflow == Workflow::Published;
    match (may_edit(standing, viewer), published) {
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

    fn owned(owner_id: Option<i64>) -> Standing {
        Standing::owned_by(owner_id)
    }

    fn edited(owner_id: Option<i64>) -> Standing {
        Standing {
            owner_id,
            editor: true,
        }
    }

    #[test]
    fn published_and_archived_commitments_are_public() {
        assert!(may_see(Workflow::Published, owned(None), None));
        assert!(may_see(Workflow::Archived, owned(Some(3)), None));
    }

    #[test]
    fn unpublished_ones_are_for_their_owner_and_moderators() {
        let owner = account(3, Role::Contributor);
        let other = account(4, Role::Contributor);
        let moderator = account(5, Role::Moderator);
        let admin = account(6, Role::Admin);
        assert!(may_see(Workflow::Submitted, owned(Some(3)), Some(&owner)));
        assert!(!may_see(Workflow::Submitted, owned(Some(3)), Some(&other)));
        assert!(!may_see(Workflow::Returned, owned(Some(3)), None));
        assert!(may_see(
            Workflow::Returned,
            owned(Some(3)),
            Some(&moderator)
        ));
        assert!(may_see(Workflow::Submitted, owned(None), Some(&admin)));
    }

    #[test]
    fn the_owner_and_moderators_follow_the_review_of_any_commitment() {
        let owner = account(3, Role::Contributor);
        let other = account(4, Role::Contributor);
        let moderator = account(5, Role::Moderator);
        assert!(follows_review(owned(Some(3)), Some(&owner)));
        assert!(follows_review(owned(Some(3)), Some(&moderator)));
        assert!(follows_review(owned(None), Some(&moderator)));
        assert!(!follows_review(owned(Some(3)), Some(&other)));
        assert!(!follows_review(owned(None), Some(&other)));
        assert!(!follows_review(owned(Some(3)), None));
    }

    #[test]
    fn owners_and_moderators_file_reports_on_published_commitments_only() {
        use ReportAccess::*;
        let owner = account(3, Role::Contributor);
        let other = account(4, Role::Contributor);
        let admin = account(6, Role::Admin);
        assert_eq!(
            report_access(Workflow::Published, owned(Some(3)), &owner),
            File
        );
        assert_eq!(
            report_access(Workflow::Published, owned(None), &admin),
            File
        );
        assert_eq!(
            report_access(Workflow::Published, owned(Some(3)), &other),
            Forbidden
        );
        for unpublished in [Workflow::Submitted, Workflow::Returned, Workflow::Archived] {
            assert_eq!(
                report_access(unpublished, owned(Some(3)), &owner),
                NotPublished
            );
            assert_eq!(
                report_access(unpublished, owned(Some(3)), &admin),
                NotPublished
            );
            assert_eq!(report_access(unpublished, owned(Some(3)), &other), NotFound);
        }
    }

    #[test]
    fn editors_see_edit_and_report_but_do_not_manage_editors() {
        use ReportAccess::*;
        let editor = account(4, Role::Contributor);
        let owner = account(3, Role::Contributor);
        let moderator = account(5, Role::Moderator);
        assert!(may_see(Workflow::Submitted, edited(Some(3)), Some(&editor)));
        assert!(follows_review(edited(Some(3)), Some(&editor)));
        assert!(may_edit(edited(Some(3)), &editor));
        assert!(edit_refusal(Workflow::Returned, edited(Some(3)), &editor).is_none());
        assert_eq!(
            report_access(Workflow::Published, edited(Some(3)), &editor),
            File
        );
        assert_eq!(
            report_access(Workflow::Submitted, edited(Some(3)), &editor),
            NotPublished
        );
        assert!(!may_manage_editors(edited(Some(3)), &editor));
        assert!(may_manage_editors(owned(Some(3)), &owner));
        assert!(may_manage_editors(owned(Some(3)), &moderator));
    }

    #[test]
    fn managing_editors_is_refused_with_403_or_404() {
        let editor = account(4, Role::Contributor);
        let stranger = account(7, Role::Contributor);
        let owner = account(3, Role::Contributor);
        assert!(matches!(
            manage_refusal(Workflow::Submitted, edited(Some(3)), &editor),
            Some(Refusal::Forbidden)
        ));
        assert!(matches!(
            manage_refusal(Workflow::Published, owned(Some(3)), &stranger),
            Some(Refusal::Forbidden)
        ));
        assert!(matches!(
            manage_refusal(Workflow::Submitted, owned(Some(3)), &stranger),
            Some(Refusal::NotFound)
        ));
        assert!(manage_refusal(Workflow::Submitted, owned(Some(3)), &owner).is_none());
        assert!(edit_refusal(Workflow::Published, owned(Some(3)), &stranger).is_some());
    }

    #[test]
    fn strangers_gain_nothing_from_an_ownerless_commitment() {
        let stranger = account(7, Role::Contributor);
        assert!(!may_edit(owned(None), &stranger));
        assert!(!follows_review(owned(None), Some(&stranger)));
    }
}
