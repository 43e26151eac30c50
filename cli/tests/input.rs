//! What `idlbind check` makes of files that are unusual but valid as text: a line too long to
//! show whole, lone `\r` line breaks, a byte order mark, and a name defined in two files.
//! Each case is written to a folder of its own and checked there; the reports are compared as
//! text.

use std::path::PathBuf;
use std::process::Command;

struct Run {
    status: Option<i32>,
    stderr: String,
}

/// Writes `files` (name, contents) to a fresh folder and runs `idlbind check ARGS...` there.
fn check(case: &str, files: &[(&str, &[u8])], args: &[&str]) -> Run {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("input-{case}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, contents) in files {
        std::fs::write(dir.join(name), contents).unwrap();
    }
    let output = Command::new(env!("CARGO_BIN_EXE_idlbind"))
        .arg("check")
        .args(args)
        .current_dir(&dir)
        .output()
        .expect("the idlbind binary runs");
    Run {
        status: output.status.code(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn a_column_beyond_65535_is_reported() {
    let idl = format!(
        "[Exposed=Window] interface A {{{}attribute Bogus? ? x; }};\n",
        " ".repeat(65_536)
    );
    for flags in [&[][..], &["--syntax"]] {
        let args: Vec<&str> = flags.iter().copied().chain(["a.idl"]).collect();
        let run = check("long-line", &[("a.idl", idl.as_bytes())], &args);
        assert_eq!(run.status, Some(1), "{}", run.stderr);
        let expected = format!(
            "a.idl:1:65584: expected an attribute name, found `?`\n  |\n1 | ...{}attribute \
             Bogus? ? x; }};\n  | {}^\n\n1 error(s)\n",
            " ".repeat(63),
            " ".repeat(83)
        );
        assert_eq!(run.stderr, expected);
    }
}

#[test]
fn a_lone_carriage_return_ends_a_line() {
    let idl = "// A comment.\r[Exposed=Window]\rinterface A {\r  /* two\r  lines */\r  \
               attribute Bogus? ? x;\r};\r";
    for flags in [&[][..], &["--syntax"]] {
        let args: Vec<&str> = flags.iter().copied().chain(["a.idl"]).collect();
        let run = check("lone-cr", &[("a.idl", idl.as_bytes())], &args);
        assert_eq!(run.status, Some(1), "{}", run.stderr);
        assert_eq!(
            run.stderr,
            "a.idl:6:20: expected an attribute name, found `?`\n  |\n6 |   attribute Bogus? ? \
             x;\n  |                    ^\n\n1 error(s)\n"
        );
    }
}

#[test]
fn a_byte_order_mark_is_not_idl() {
    let valid = b"\xef\xbb\xbf[Exposed=Window] interface A { attribute long x; };\n";
    for flags in [&[][..], &["--syntax"], &["--strict"]] {
        let args: Vec<&str> = flags.iter().copied().chain(["a.idl"]).collect();
        let run = check("bom", &[("a.idl", valid)], &args);
        assert_eq!((run.status, run.stderr.as_str()), (Some(0), ""));
    }
    let invalid = b"\xef\xbb\xbf[Exposed=Window] interface A { attribute long x };\n";
    let run = check("bom-error", &[("a.idl", invalid)], &["a.idl"]);
    assert_eq!(
        run.stderr,
        "a.idl:1:49: expected `;`, found `}`\n  |\n1 | [Exposed=Window] interface A { attribute \
         long x };\n  |                                                 ^\n\n1 error(s)\n"
    );
}

#[test]
fn a_name_defined_twice_names_the_file_of_the_first() {
    let first = b"\n[Exposed=Window]\ninterface A {};\n";
    let second = b"[Exposed=Window] interface A {};\n[Exposed=Window] interface A {};\n\
                   partial interface A { attribute long x; };\n";
    let third = b"[Exposed=Window] partial interface A { attribute long x; };\n";
    let files = [("a.idl", &first[..]), ("b.idl", second), ("c.idl", third)];
    let run = check("twice", &files, &["a.idl", "b.idl", "c.idl"]);
    assert_eq!(run.status, Some(1), "{}", run.stderr);
    let messages: Vec<&str> = (run.stderr.lines())
        .filter(|line| line.contains(" twice "))
        .collect();
    assert_eq!(
        messages,
        [
            "b.idl:1:28: `A` is defined twice (first at `a.idl:3:11`); partial definitions must \
             say `partial`",
            "b.idl:2:28: `A` is defined twice (first at `a.idl:3:11`); partial definitions must \
             say `partial`",
            "c.idl:1:55: `x` is declared twice in `A` (first at `b.idl:3:38`); only operations \
             may share a name (overloads)",
        ]
    );
    // In the same file, the line is enough.
    let run = check("twice-here", &[("b.idl", second)], &["b.idl"]);
    assert!(
        run.stderr.contains(
            "b.idl:2:28: `A` is defined twice (first at line 1); partial definitions must say \
             `partial`"
        ),
        "{}",
        run.stderr
    );
}
