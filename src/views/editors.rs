//! The "Editors" section of a commitment's page, for its owner, editors and moderators.

use crate::db::editors::Editor;

/// Who keeps a commitment up to date with its owner, and the forms to change that.
#[derive(Debug, Clone, Default)]
pub struct EditorsArea {
    pub editors: Vec<Editor>,
    /// The owner and moderators: the add form and a remove button beside each editor.
    pub may_manage: bool,
    /// Moderators: a button to make an editor the owner.
    pub may_transfer: bool,
    /// The address typed in the add form (kept when it comes back with a problem).
    pub email: String,
}
