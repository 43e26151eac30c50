//! Runtime tests live in `tests/`.
