//! Iteration and collections: `iterable`, `async iterable`, `maplike`, `setlike`, unnamed
//! special operations (indexed and named getters, setters, deleters) and `stringifier`.

use quote::quote;

use super::InterfaceLowering;
use super::types::private;
use crate::model::{Member, MemberKind};

impl InterfaceLowering<'_, '_> {
    /// Plans the Rust API of an iteration or collection member.
    pub(super) fn collection_member(&mut self, member: &Member) {
        match member.kind {
            MemberKind::Stringifier => self.stringifier(),
            _ => self.diagnostics.error(
                member.loc,
                "iteration and collection members are not supported by idlbind yet",
            ),
        }
    }

    /// `stringifier`: `Display` through the object's `toString()`, which the stringifier
    /// defines.
    fn stringifier(&mut self) {
        let private = private();
        let self_type = &self.self_type;
        self.items.push(quote! {
            impl ::std::fmt::Display for #self_type {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    let value: &#private::js_sys::Object = #private::wasm_bindgen::JsCast::unchecked_ref(
                        ::std::convert::AsRef::<#private::wasm_bindgen::JsValue>::as_ref(self),
                    );
                    f.write_str(&::std::string::String::from(value.to_string()))
                }
            }
        });
    }
}
