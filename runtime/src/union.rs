//! [`UnionArgument<U>`]: what an argument of a union type takes.

/// A value an argument of the union type `U` takes: each member's type (`&str` and `String`
/// for a string member, `X` and `&X` for an interface member), and `U` itself. `idl!`
/// implements it for each union it generates, beside `From`.
///
/// Not `Into<U>`, so that a string reaches JavaScript as it is: `ctx.set_fill_style("red")`
/// passes the `&str` without making the union's `String` first (an allocation and a copy a
/// hand-written `&str` binding does not make).
pub trait UnionArgument<U>: Sized {
    /// The union value.
    fn into_union(self) -> U;

    /// The string, when the value is one of the union's string member: the generated call
    /// passes it to JavaScript borrowed.
    #[doc(hidden)]
    fn __as_str(&self) -> Option<&str> {
        None
    }
}
