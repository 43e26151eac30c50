//! Compile-fail cases live in `cases/`, driven by `tests/ui.rs`.
