//! Errors as values: every stage records what is wrong with a location in the IDL and
//! carries on, so one build reports every problem at once.

/// A range of one IDL source (the inline block or a file), in byte offsets of its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Loc {
    pub source: usize,
    pub start: usize,
    pub end: usize,
}

impl Loc {
    pub fn new(source: usize, start: usize, end: usize) -> Self {
        Loc { source, start, end }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub loc: Loc,
    pub message: String,
}

/// The errors of one expansion, in the order they were found.
#[derive(Default, Debug)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    /// What `list` holds, for finding a repeat in constant time.
    seen: std::collections::HashSet<(Loc, String)>,
}

impl Diagnostics {
    pub fn error(&mut self, loc: Loc, message: impl Into<String>) {
        self.push(Diagnostic {
            loc,
            message: message.into(),
        });
    }

    /// Adds another's diagnostics after these, each once.
    pub fn append(&mut self, other: Diagnostics) {
        for diagnostic in other.list {
            self.push(diagnostic);
        }
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        // Two stages may notice the same fault; say it once.
        if self
            .seen
            .insert((diagnostic.loc, diagnostic.message.clone()))
        {
            self.list.push(diagnostic);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}
