//! Extended attributes: read from weedle2's tree, checked against the list of attributes
//! idlbind knows (anything else is almost always a typo, so it is an error).

use weedle::attribute::{ExtendedAttribute, ExtendedAttributeList, IdentifierOrString};

use crate::diagnostics::{Diagnostics, Loc};

/// The standard Web IDL attributes, the legacy ones, the ones specs commonly add, and
/// idlbind's own (`Throws`, `RustName`, and `Callback` and `EventType` for callbacks).
pub const KNOWN: &[&str] = &[
    // Web IDL
    "AllowResizable",
    "AllowShared",
    "Clamp",
    "CrossOriginIsolated",
    "Default",
    "EnforceRange",
    "Exposed",
    "Global",
    "NewObject",
    "PutForwards",
    "Replaceable",
    "SameObject",
    "SecureContext",
    "Unscopable",
    // Web IDL, legacy
    "LegacyFactoryFunction",
    "LegacyLenientSetter",
    "LegacyLenientThis",
    "LegacyNamespace",
    "LegacyNoInterfaceObject",
    "LegacyNullToEmptyString",
    "LegacyOverrideBuiltIns",
    "LegacyTreatNonObjectAsNull",
    "LegacyUnenumerableNamedProperties",
    "LegacyUnforgeable",
    "LegacyWindowAlias",
    // Other specs
    "CEReactions",
    // HTML's reflection of content attributes (how the browser implements the attribute;
    // the binding is an ordinary attribute)
    "Reflect",
    "ReflectDefault",
    "ReflectNonNegative",
    "ReflectPositive",
    "ReflectPositiveWithFallback",
    "ReflectRange",
    "ReflectSetter",
    "ReflectURL",
    "HTMLConstructor",
    "Serializable",
    "Transferable",
    "StringContext",
    "WebGLHandlesContextLoss",
    // idlbind
    "Throws",
    "RustName",
    "Callback",
    "EventType",
];

/// Old spellings that specs have since renamed, with the current name.
pub const RENAMED: &[(&str, &str)] = &[
    ("NoInterfaceObject", "LegacyNoInterfaceObject"),
    ("TreatNullAs", "LegacyNullToEmptyString"),
    ("LenientThis", "LegacyLenientThis"),
    ("LenientSetter", "LegacyLenientSetter"),
    ("OverrideBuiltins", "LegacyOverrideBuiltIns"),
    ("Unforgeable", "LegacyUnforgeable"),
    ("NamedConstructor", "LegacyFactoryFunction"),
    ("TreatNonObjectAsNull", "LegacyTreatNonObjectAsNull"),
];

#[derive(Clone, Debug, PartialEq)]
pub enum ExtAttrValue {
    None,
    Identifier(String, Loc),
    String(String),
    IdentifierList(Vec<String>),
    Arguments,
    NamedArguments(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExtAttr {
    pub name: String,
    pub loc: Loc,
    pub value: ExtAttrValue,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExtAttrs(pub Vec<ExtAttr>);

impl ExtAttrs {
    pub fn get(&self, name: &str) -> Option<&ExtAttr> {
        self.0.iter().find(|a| a.name == name)
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The global names `[Exposed]` lists (`*` as it is), or `None` without one.
    pub fn exposure(&self) -> Option<Vec<String>> {
        match &self.get("Exposed")?.value {
            ExtAttrValue::Identifier(name, _) => Some(vec![name.clone()]),
            ExtAttrValue::IdentifierList(names) => Some(names.clone()),
            _ => None,
        }
    }

    /// Reads an attribute list, reporting unknown names. `locate` gives the location of a
    /// slice of the source text (weedle2 hands out slices of the text it parsed).
    pub fn read(
        list: Option<&ExtendedAttributeList<'_>>,
        locate: &impl Fn(&str) -> Loc,
        diagnostics: &mut Diagnostics,
    ) -> ExtAttrs {
        let Some(list) = list else {
            return ExtAttrs::default();
        };
        let mut attrs = Vec::new();
        for attribute in &list.body.list {
            let (name, value) = match attribute {
                ExtendedAttribute::NoArgs(a) => (a.0.0, ExtAttrValue::None),
                ExtendedAttribute::Ident(a) => (
                    a.lhs_identifier.0,
                    match a.rhs {
                        IdentifierOrString::Identifier(id) => {
                            ExtAttrValue::Identifier(id.0.into(), locate(id.0))
                        }
                        IdentifierOrString::String(s) => ExtAttrValue::String(s.0.into()),
                    },
                ),
                ExtendedAttribute::IdentList(a) => (
                    a.identifier.0,
                    ExtAttrValue::IdentifierList(
                        a.list.body.list.iter().map(|i| i.0.to_owned()).collect(),
                    ),
                ),
                ExtendedAttribute::ArgList(a) => (a.identifier.0, ExtAttrValue::Arguments),
                ExtendedAttribute::NamedArgList(a) => (
                    a.lhs_identifier.0,
                    ExtAttrValue::NamedArguments(a.rhs_identifier.0.into()),
                ),
            };
            let loc = locate(name);
            check_known(name, loc, diagnostics);
            attrs.push(ExtAttr {
                name: name.to_owned(),
                loc,
                value,
            });
        }
        ExtAttrs(attrs)
    }
}

fn check_known(name: &str, loc: Loc, diagnostics: &mut Diagnostics) {
    if KNOWN.contains(&name) || RENAMED.iter().any(|(old, _)| *old == name) {
        return;
    }
    let lower = name.to_ascii_lowercase();
    let hint = KNOWN
        .iter()
        .map(|known| (edit_distance(&lower, &known.to_ascii_lowercase()), known))
        .filter(|(distance, _)| *distance <= 2)
        .min()
        .map(|(_, known)| format!("; did you mean `[{known}]`?"))
        .unwrap_or_default();
    diagnostics.error(loc, format!("unknown extended attribute `[{name}]`{hint}"));
}

/// Levenshtein distance, for "did you mean" hints.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("exposd", "exposed"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("throws", "throws"), 0);
    }
}
