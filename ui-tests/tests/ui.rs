//! Compile-fail suite: every file in `cases/` is a tiny program with one kind of bad IDL, and
//! the `.stderr` next to it is what the compiler must say about it.
//!
//! To (re)generate the expected output after a deliberate change to a message:
//!
//! ```text
//! TRYBUILD=overwrite cargo test -p idlbind-ui-tests
//! ```
//!
//! Then read every `.stderr` that changed before accepting it: the error must point at the
//! offending IDL token and say clearly what is wrong, with no `proc macro panicked` and no
//! cascading second error (such as `cannot find type` for a definition that was reported).
//!
//! The programs in `pass/` must compile: IDL that was once rejected by mistake, bound.
//!
//! Which case shows which of the pipeline's messages is in `README.md`; `tests/audit.rs` keeps
//! that table complete.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("cases/*.rs");
    cases.pass("pass/*.rs");
}
