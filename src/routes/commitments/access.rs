//! Per-commitment access checks as extractors, each with its handler's own rule.
//!
//! The commitment of the path, the signed-in person and how they stand towards it. Anonymous visitors are sent to sign in, unknown commitments answer 404 and refused people
//! 404 or 403, as each rule says, before the handler (and its form) is read at all.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};

use crate::db::editors::find_with_standing;
use crate::db::photos;
use crate::db::reports::deliverables_of;
use crate::domain::people::access::{
    edit_refusal, manage_refusal, may_see, report_access, ReportAccess, Standing,
};
use crate::domain::report::deliverable_update::StoredDeliverable;
use crate::domain::{Account, Commitment, Refusal};
use crate::error::AppError;
use crate::site::{CommitmentPath, CurrentUser, VerifiedUser};
use crate::state::AppState;

/// One handler's rule: admits `user` to commitment `id`, with what the handler needs, or refuses.
pub(super) trait Rule: Sized + 'static {
    /// True when only an account whose email address is confirmed may come at all.
    const VERIFIED: bool = false;

    async fn admit(state: &AppState, id: i64, user: Account) -> Result<Self, AppError>;
}

/// Reads the signed-in person (or sends them to sign in) and the commitment id, then applies
/// the rule of `R`.
fn admitted<R: Rule>(req: &HttpRequest) -> Pin<Box<dyn Future<Output = Result<R, AppError>>>> {
    let req = req.clone();
    Box::pin(async move {
        let user = match R::VERIFIED {
            true => VerifiedUser::extract(&req).await?.0,
            false => CurrentUser::extract(&req).await?.0,
        };
        let CommitmentPath(id) = CommitmentPath::extract(&req).await?;
        let state = web::Data::<AppState>::extract(&req)
            .await
            .map_err(|_| AppError::Unexpected(anyhow::anyhow!("no application state")))?;
        R::admit(&state, id, user).await
    })
}

/// Makes a `Rule` an extractor.
macro_rules! commitment_access {
    ($name:ty $(, $param:ident: $bound:path)?) => {
        impl$(<$param: $bound>)? FromRequest for $name {
            type Error = AppError;
            type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                admitted::<Self>(req)
            }
        }
    };
}

/// Commitment `id` and how `user` stands towards it (owner, editor, ...), or 404 when there is
/// no such commitment.
async fn with_standing(
    state: &AppState,
    id: i64,
    user: &Account,
) -> Result<(Commitment, Standing), AppError> {
    let viewer = user.id;
    state
        .db(move |conn| Ok(find_with_standing(conn, id, Some(viewer))?))
        .await?
        .ok_or(AppError::NotFound)
}

/// Loads commitment `id` for `user` to change, or the refusal (404 or 403).
pub(in crate::routes) async fn editable(
    state: &AppState,
    id: i64,
    user: &Account,
) -> Result<Commitment, AppError> {
    let (commitment, standing) = with_standing(state, id, user).await?;
    match edit_refusal(commitment.workflow, standing, user) {
        Some(refusal) => Err(refusal.into()),
        None => Ok(commitment),
    }
}

/// A commitment its owner, an editor or a moderator is about to change.
pub struct Editable {
    pub commitment: Commitment,
    pub user: Account,
}

impl Rule for Editable {
    async fn admit(state: &AppState, id: i64, user: Account) -> Result<Self, AppError> {
        let commitment = editable(state, id, &user).await?;
        Ok(Editable { commitment, user })
    }
}
commitment_access!(Editable);

/// A rule that needs no more of the commitment than its id: how it refuses, if it does.
pub(super) trait Check: 'static {
    async fn refusal(
        state: &AppState,
        id: i64,
        user: &Account,
    ) -> Result<Option<Refusal>, AppError>;
}

/// Commitment `id` and the person, admitted by the check `C`.
pub struct Admitted<C> {
    pub id: i64,
    pub user: Account,
    check: PhantomData<C>,
}

impl<C: Check> Rule for Admitted<C> {
    async fn admit(state: &AppState, id: i64, user: Account) -> Result<Self, AppError> {
        match C::refusal(state, id, &user).await? {
            Some(refusal) => Err(refusal.into()),
            None => Ok(Admitted {
                id,
                user,
                check: PhantomData,
            }),
        }
    }
}
commitment_access!(Admitted<C>, C: Check);

/// Changing a commitment's photos (owner, editors, moderators); only its workflow and the
/// person's standing are read.
pub struct ChangesPhotos;

impl Check for ChangesPhotos {
    async fn refusal(
        state: &AppState,
        id: i64,
        user: &Account,
    ) -> Result<Option<Refusal>, AppError> {
        let viewer_id = user.id;
        let guard = state
            .db(move |conn| Ok(photos::guard(conn, id, Some(viewer_id))?))
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(edit_refusal(guard.workflow, guard.standing, user))
    }
}

/// Adding and removing a commitment's editors (its owner or a moderator).
pub struct ManagesEditors;

impl Check for ManagesEditors {
    async fn refusal(
        state: &AppState,
        id: i64,
        user: &Account,
    ) -> Result<Option<Refusal>, AppError> {
        let (c, standing) = with_standing(state, id, user).await?;
        Ok(manage_refusal(c.workflow, standing, user))
    }
}

/// A commitment a confirmed account may write to the contact of: any it may see (else 404).
pub struct Addressee {
    pub id: i64,
    pub title: String,
    pub contact_name: String,
    pub user: Account,
}

impl Rule for Addressee {
    const VERIFIED: bool = true;

    async fn admit(state: &AppState, id: i64, user: Account) -> Result<Self, AppError> {
        let (c, standing) = with_standing(state, id, &user).await?;
        if !may_see(c.workflow, standing, Some(&user)) {
            return Err(AppError::NotFound);
        }
        let (title, contact_name) = (c.content.title, c.content.contact.name);
        Ok(Addressee {
            id,
            title,
            contact_name,
            user,
        })
    }
}
commitment_access!(Addressee);

/// A commitment with its deliverables, for its owner, an editor or a moderator to report on
/// (others get 404 or 403); `published` is false when no report can be filed yet.
pub struct Reporter {
    pub commitment: Commitment,
    pub known: Vec<StoredDeliverable>,
    pub published: bool,
    pub user: Account,
}

impl Rule for Reporter {
    async fn admit(state: &AppState, id: i64, user: Account) -> Result<Self, AppError> {
        let viewer = user.id;
        let (commitment, standing, known) = state
            .db(
                move |conn| match find_with_standing(conn, id, Some(viewer))? {
                    Some((c, standing)) => Ok(Some((c, standing, deliverables_of(conn, id)?))),
                    None => Ok(None),
                },
            )
            .await?
            .ok_or(AppError::NotFound)?;
        let published = match report_access(commitment.workflow, standing, &user) {
            ReportAccess::File => true,
            ReportAccess::NotPublished => false,
            ReportAccess::Forbidden => return Err(AppError::Forbidden),
            ReportAccess::NotFound => return Err(AppError::NotFound),
        };
        Ok(Reporter {
            commitment,
            known,
            published,
            user,
        })
    }
}
commitment_access!(Reporter);
