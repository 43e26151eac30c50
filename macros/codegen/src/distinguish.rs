//! Web IDL's distinguishability, as far as idlbind checks it, shared by the model's checks
//! (`model/check.rs`) and the CLI's validator (`syntax/validate.rs`) so that both find the same:
//! the flattened member types of a union, and overloads called with the same number of
//! arguments, must be distinguishable.
//!
//! Only what is surely not distinguishable is reported: two types of one category among
//! `boolean`, the numeric types, `bigint`, the string types, `symbol` and `object`; one other
//! type twice (the same interface, enum, dictionary, sequence, ...); two nullable types; `any`
//! with anything. Web IDL also forbids two dictionaries, two enums, or two sequences, in one
//! union or at one position of overloads, but the web platform's own IDL has unions of two
//! dictionaries and of two enums, and idlbind binds them: those are not reported.

/// The category of a type, for distinguishability.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Category {
    Any,
    Boolean,
    Numeric,
    BigInt,
    String,
    Symbol,
    Object,
    /// Any other type, by its IDL text: told apart from any other.
    Named(String),
    /// `undefined`, `Promise`, and what idlbind does not classify: never reported.
    Other,
}

/// What makes operations overloads of each other: the name and whether they are static; `None`
/// for constructors.
pub type OverloadKey = Option<(String, bool)>;

/// Whether two (non-union) types are surely not distinguishable; `a_null` and `b_null` say
/// whether each includes `null`.
pub fn indistinguishable(a: &Category, a_null: bool, b: &Category, b_null: bool) -> bool {
    use Category::*;
    if a_null && b_null {
        return true;
    }
    match (a, b) {
        (Any, _) | (_, Any) => true,
        (Other, _) | (_, Other) => false,
        (x, y) => x == y,
    }
}

// The messages are written where they are reported (`model/check.rs`, `model/resolve.rs`,
// `syntax/validate.rs`), in the same words; the CLI's tests compare them.

/// What a union with two member types that cannot be told apart has: `long` twice, or two
/// types that are not distinguishable.
pub fn union_pair(a: &str, b: &str) -> String {
    match a == b {
        true => format!("has `{a}` twice"),
        false => format!("has `{a}` and `{b}`, which are not distinguishable"),
    }
}

/// `1 argument`, `2 arguments`.
pub fn arguments(count: usize) -> String {
    match count {
        1 => "1 argument".to_owned(),
        n => format!("{n} arguments"),
    }
}

/// Where a list of overloads, each given as its arguments (`optional`, `variadic`), cannot be
/// told apart: for each overload after the first that clashes with an earlier one, its index,
/// the earlier one's, and the number of arguments. `clash(a, b, i)` says whether the `i`th
/// arguments of overloads `a` and `b` are not distinguishable, `same(a, b, i)` whether they
/// have the same type.
///
/// Two overloads of different lengths whose arguments are the same as far as the shorter one
/// goes (`f(a, b)` and `f(a, b, optional c)`) are not reported: Web IDL forbids them, but
/// idlbind binds them as one function with optional arguments, as IDL written before
/// `optional` did.
pub fn overload_clashes(
    arities: &[Vec<(bool, bool)>],
    clash: &dyn Fn(usize, usize, usize) -> bool,
    same: &dyn Fn(usize, usize, usize) -> bool,
) -> Vec<(usize, usize, usize)> {
    // The argument counts each overload can be called with (its effective overload set's
    // entries); a variadic argument counts once, as Web IDL's entries longest but one do.
    let counts = |args: &Vec<(bool, bool)>| -> Vec<usize> {
        let required = args.iter().take_while(|(o, v)| !o && !v).count();
        (required..=args.len()).collect()
    };
    let mut found = Vec::new();
    for b in 1..arities.len() {
        'earlier: for a in 0..b {
            for count in counts(&arities[b]) {
                if !counts(&arities[a]).contains(&count) {
                    continue;
                }
                let prefix =
                    arities[a].len() != arities[b].len() && (0..count).all(|i| same(a, b, i));
                if !prefix && (0..count).all(|i| clash(a, b, i)) {
                    found.push((b, a, count));
                    break 'earlier;
                }
            }
        }
    }
    found
}
