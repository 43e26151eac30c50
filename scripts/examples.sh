#!/usr/bin/env bash
# Runs every example app (examples/*, but the shared page crate) in headless Chromium, in a
# release and in a debug build, through scripts/example.sh; each asserts what it did and
# reports to its page. Exits non-zero if any failed; the log names which.
set -uo pipefail

cd "$(dirname "$0")/.."

failed=()
for manifest in examples/*/Cargo.toml; do
    name="$(basename "$(dirname "$manifest")")"
    [ "$name" = page ] && continue
    for profile in release debug; do
        flag=()
        [ "$profile" = debug ] && flag=(--debug)
        echo "==> example $name ($profile)"
        if ! bash scripts/example.sh "${flag[@]}" "$name"; then
            failed+=("$name ($profile)")
        fi
    done
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "examples: failed: ${failed[*]}"
    exit 1
fi
echo "examples: all passed"
