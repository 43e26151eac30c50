#!/usr/bin/env bash
# The whole web platform through idlbind: every file of the pinned @webref/idl
# package (one per spec), read together as one block.
#
#   1. writes docs/corpus.md: what each file binds and everything skipped, with
#      the reason (`idlbind report`);
#   2. expands all the files into one throwaway crate, target/corpus-check,
#      and type-checks it for wasm32 (`cargo check`), denying warnings;
#   3. prints how long the expansion and the type-check took.
#
# Usage: scripts/corpus.sh [--check] [--clean]
#   --check  do not write docs/corpus.md; fail if it differs from what the
#            current code generates (a stale table)
#   --clean  type-check from scratch (the crate's own artifacts removed first;
#            its dependencies stay built), as for the figures in docs/performance.md
#
# Fails if the type-check reports any error or warning, or (with --check) if
# the table is stale. Errors of the pipeline itself do not fail it: they are the
# table's "skipped" list. Logs are kept in target/corpus-check: report.log and
# expand.log (the pipeline's errors), check.log (rustc's output).
set -euo pipefail

cd "$(dirname "$0")/.."

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# File order, and so the table's, must not depend on the locale.
export LC_ALL=C

check_table=0
clean=0
for arg in "$@"; do
    case "$arg" in
        --check) check_table=1 ;;
        --clean) clean=1 ;;
        *)
            echo "usage: scripts/corpus.sh [--check] [--clean]" >&2
            exit 2
            ;;
    esac
done

target_triple="wasm32-unknown-unknown"
if ! rustup target list --installed | grep -qx "$target_triple"; then
    rustup target add "$target_triple"
fi

webref="$(bash scripts/webref.sh)"
version="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$webref/package.json")"
files=("$webref"/*.idl)

echo "==> building the CLI"
cargo build -p idlbind-cli --release
idlbind="target/release/idlbind"

crate="target/corpus-check"
mkdir -p "$crate/src"

# Seconds since an earlier `now`, to the millisecond.
now() { date +%s.%N; }
since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }

# --- the table ---------------------------------------------------------------
echo "==> idlbind report (${#files[@]} files of @webref/idl $version)"
table="$crate/corpus.md"
{
    echo "# The web platform's IDL through idlbind"
    echo
    echo "What idlbind binds of every file of [@webref/idl](https://www.npmjs.com/package/@webref/idl)"
    echo "$version (${#files[@]} files, one per spec), all read together as one block, so names"
    echo "defined in one file resolve in the others. Written by \`scripts/corpus.sh\` (\`idlbind"
    echo "report\`); do not edit it by hand: run \`scripts/corpus.sh\` to regenerate it."
    echo
    "$idlbind" report "${files[@]}" 2>"$crate/report.log"
} >"$table"
table_status=0
if [ "$check_table" -eq 1 ]; then
    if ! diff -u docs/corpus.md "$table" >"$crate/corpus.diff"; then
        table_status=1
        echo "error: docs/corpus.md is stale: the current code generates another table." >&2
        echo "       Run scripts/corpus.sh and commit docs/corpus.md. The start of the diff" >&2
        echo "       (all of it in $crate/corpus.diff):" >&2
        head -n 40 "$crate/corpus.diff" >&2
    else
        echo "docs/corpus.md is up to date"
    fi
else
    cp "$table" docs/corpus.md
    echo "wrote docs/corpus.md"
fi
grep -F '| **Total**' "$table" | sed 's/^/  /'
echo "  (columns: definitions, failed, members, bound, skipped)"

# --- the expansion -------------------------------------------------------------
echo "==> idlbind expand --time (the same ${#files[@]} files)"
expand_status=0
"$idlbind" expand --time "${files[@]}" >"$crate/expanded.rs" 2>"$crate/expand.log" ||
    expand_status=$?
# 1 means the pipeline reported errors: the code is still written (stand-ins for what
# failed), and the errors are in the table.
if [ "$expand_status" -gt 1 ]; then
    cat "$crate/expand.log" >&2
    echo "error: idlbind expand failed (exit $expand_status)" >&2
    exit 1
fi
# Timing on a shared machine varies: two more runs, and the figure is the best of the three
# for each phase.
grep '^time: ' "$crate/expand.log" >"$crate/expand.times"
for _ in 1 2; do
    # (Exit status 1, for the pipeline's errors, is expected, as above.)
    { "$idlbind" expand --time "${files[@]}" 2>&1 >/dev/null || true; } |
        grep '^time: ' >>"$crate/expand.times"
done
sed 's/^/  /' "$crate/expand.times"
best() { sed -n "s/.*$1 \([0-9.]*\) s.*/\1/p" "$crate/expand.times" | sort -n | head -n 1; }
expand_time="pipeline $(best pipeline) s, pretty-print $(best pretty-print) s"
pipeline_errors="$(sed -n 's/^\([0-9][0-9]*\) error(s)$/\1/p' "$crate/expand.log")"
echo "  pipeline errors: ${pipeline_errors:-0} (listed in the table; all of them in $crate/expand.log)"
echo "  generated: $(wc -l <"$crate/expanded.rs") lines"

cat >"$crate/Cargo.toml" <<'EOF'
# Written by scripts/corpus.sh: the expansion of every @webref/idl file, to type-check.
[package]
name = "corpus-check"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
idlbind = { path = "../../runtime" }

# The source is new at every change, so incremental data would only cost time and disk.
[profile.dev]
incremental = false

# Not a member of the repository's workspace.
[workspace]
EOF
# The dependencies at the versions the repository is tested with.
cp Cargo.lock "$crate/Cargo.lock"
{
    echo "//! Written by scripts/corpus.sh: \`idlbind expand\` of every @webref/idl $version file."
    echo "#![deny(warnings)]"
    cat "$crate/expanded.rs"
} >"$crate/src/lib.rs.new"
# Rewritten only when it changes, so that an unchanged crate that checked clean stays fresh.
if cmp -s "$crate/src/lib.rs.new" "$crate/src/lib.rs"; then
    rm "$crate/src/lib.rs.new"
else
    mv "$crate/src/lib.rs.new" "$crate/src/lib.rs"
fi

# --- the type-check --------------------------------------------------------------
cargo_check=(cargo check --manifest-path "$crate/Cargo.toml" --target "$target_triple")
echo "==> building the dependencies of the check"
"${cargo_check[@]}" -p idlbind
if [ "$clean" -eq 1 ]; then
    cargo clean --manifest-path "$crate/Cargo.toml" --target "$target_triple" -p corpus-check
fi
echo "==> cargo check of the generated crate ($crate, output in $crate/check.log)"
# GNU time, where installed, also gives the peak memory of the compiler.
measure=()
rm -f "$crate/check.rss"
if [ -x /usr/bin/time ]; then
    measure=(/usr/bin/time -f '%M %U %S' -o "$crate/check.rss")
fi
start="$(now)"
check_status=0
"${measure[@]}" "${cargo_check[@]}" >"$crate/check.log" 2>&1 || check_status=$?
check_time="$(since "$start")"
peak=""
if [ -s "$crate/check.rss" ]; then
    # The last line: a failed command's status line comes first.
    peak="$(tail -n 1 "$crate/check.rss" |
        awk '{ printf ", CPU %.1f s, peak memory %.1f GB", $2 + $3, $1 / 1048576 }')"
fi

# One line per kind of error: names in backticks folded, counted.
errors="$(grep -E '^error(\[E[0-9]+\])?: ' "$crate/check.log" |
    grep -vE '^error: (could not compile|aborting due to)' || true)"
if [ -n "$errors" ]; then
    echo "  errors by kind (warnings are errors here: #![deny(warnings)]):"
    sed -E 's/`[^`]*`/`_`/g' <<<"$errors" | sort | uniq -c | sort -rn | head -n 30
    echo "  the most frequent messages:"
    sort <<<"$errors" | uniq -c | sort -rn | head -n 15
    echo "  $(wc -l <<<"$errors") error(s) in all"
fi
if [ "$check_status" -ne 0 ] && [ -z "$errors" ]; then
    tail -n 20 "$crate/check.log"
fi

echo
echo "==> figures (wall-clock, $(nproc) cores)"
echo "  expand, ${#files[@]} files, best of 3: ${expand_time}"
echo "    (pipeline = parse, model, lower and emit, up to the generated tokens;"
echo "     pretty-print = those tokens to the text of lib.rs)"
if [ "$clean" -eq 1 ]; then
    echo "  type-check, from scratch: ${check_time} s${peak} (cargo check of the generated crate, dependencies already built)"
else
    echo "  type-check: ${check_time} s${peak} (cargo check of the generated crate; not forced clean, see --clean)"
fi

status=0
if [ "$check_status" -ne 0 ]; then
    echo "error: the generated crate does not type-check (exit $check_status); see $crate/check.log" >&2
    status=1
fi
if [ "$table_status" -ne 0 ]; then
    echo "error: docs/corpus.md is stale; see the diff above, or $crate/corpus.diff" >&2
    status=1
fi
exit "$status"
