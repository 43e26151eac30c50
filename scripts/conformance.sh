#!/usr/bin/env bash
# Checks the generated glue against headless Chromium: every JavaScript object and property
# the code generated for the web platform's IDL (@webref/idl, all files read together)
# reaches must exist where, and as, the glue uses it. Writes docs/conformance.md.
#
#   bash scripts/conformance.sh           regenerate docs/conformance.md
#   bash scripts/conformance.sh --check   as scripts/test.sh runs it: the report goes to a
#                                         temporary file and is compared with the one in the
#                                         repository (a difference is a note, not a failure)
#
# Fails if a lookup is wrong (see docs/conformance.md), or if a deliberately misplaced probe
# (scripts/conformance/probes.json) is not classified as expected. The pieces:
# `idlbind manifest` (cli/src/manifest.rs) lists the lookups, scripts/conformance/run.py
# serves scripts/conformance/check.html to Chromium and collects what checker.js found in a
# window and in dedicated, shared and service workers, report.py classifies and writes.
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

webref="$(bash scripts/webref.sh)"
version="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$webref/package.json")"
files=("$webref"/*.idl)

cargo build --quiet -p idlbind-cli
# Relative paths: the manifest names specs by file name.
status=0
(cd "$webref" && "$OLDPWD/target/debug/idlbind" manifest ./*.idl) \
    >"$work/manifest.json" 2>"$work/manifest.log" || status=$?
# Status 1: the corpus still has IDL that idlbind reports as errors; the rest is generated.
if [ "$status" -gt 1 ]; then
    cat "$work/manifest.log" >&2
    exit "$status"
fi
echo "manifest: $(grep -c '"spec":' "$work/manifest.json") lookups from ${#files[@]} IDL files" \
    "($(tail -n 1 "$work/manifest.log"))"

python3 scripts/conformance/run.py --manifest "$work/manifest.json" --out "$work/results.json"

output=docs/conformance.md
args=()
if $check; then
    args+=(--check)
fi
python3 scripts/conformance/report.py --manifest "$work/manifest.json" \
    --results "$work/results.json" --output "$output" "${args[@]}" \
    --webref "$version" --files "${#files[@]}" \
    --chromium "$(/usr/bin/chromium --version 2>/dev/null | sed 's/ built on.*//')"
