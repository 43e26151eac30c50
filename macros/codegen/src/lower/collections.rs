//! Iteration and collections: `iterable`, `async iterable`, `maplike`, `setlike`, unnamed
//! special operations (indexed and named getters, setters, deleters) and `stringifier`.

use super::InterfaceLowering;
use crate::model::Member;

impl InterfaceLowering<'_, '_> {
    /// Plans the Rust API of an iteration or collection member.
    pub(super) fn collection_member(&mut self, member: &Member) {
        self.diagnostics.error(
            member.loc,
            "iteration, collection and stringifier members are not supported by idlbind yet",
        );
    }
}
