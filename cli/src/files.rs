//! The files of one run: those bound and those only referred to.

use std::path::PathBuf;

use idlbind_codegen::source::{Role, Source};

pub struct Files {
    list: Vec<(PathBuf, Role)>,
}

impl Files {
    pub fn from_args(args: &[String]) -> Result<Files, String> {
        let mut list = Vec::new();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--refer" => {
                    let path = args.next().ok_or("`--refer` needs a file")?;
                    list.push((PathBuf::from(path), Role::Refer));
                }
                flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
                path => list.push((PathBuf::from(path), Role::Bind)),
            }
        }
        if !list.iter().any(|(_, role)| *role == Role::Bind) {
            return Err("no IDL file given".into());
        }
        Ok(Files { list })
    }

    /// The paths of every file, as given.
    pub fn names(&self) -> Vec<String> {
        (self.list.iter())
            .map(|(path, _)| path.display().to_string())
            .collect()
    }

    pub fn read(&self) -> Result<Vec<Source>, String> {
        self.list
            .iter()
            .map(|(path, role)| {
                let contents = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
                let name = path.display().to_string();
                Ok(Source::file(
                    name,
                    proc_macro2::Span::call_site(),
                    contents,
                    *role,
                ))
            })
            .collect()
    }
}
